/**
 * The pane's writes append their `Nhật ký` row (issue #14 point 4) on the memory port, in the same
 * step as the write (the check stays 1 read + 1 write), by the `Người thực hiện` kept in the document:
 * check, setup, export mark, decision, criteria import, candidates, score links, history import.
 */
import { demoRegister } from "../../src/workbook/demo";
import { demoWorkbook } from "../../src/adapters/memory/demo";
import { MemoryPort } from "../../src/adapters/memory/port";
import { MemoryWorkbook } from "../../src/adapters/memory/workbook";
import { AUDIT_SHEET } from "../../src/domain/register/contract";
import { TOOL_VERSION } from "../../src/domain/audit/chain";
import { checkAudit, PANE_ACTION, readAuditRows } from "../../src/workbook/edit/audit";
import { findSheet } from "../../src/workbook/read";
import { defaultOptions } from "../../src/workbook/plan/options";
import {
  addCandidates,
  addCriteriaSheet,
  linkScores,
  paneAudit,
  readSnapshot,
  runCheck,
  setUpRegister,
} from "../../src/taskpane/service";
import { importHistoryFile } from "../../src/taskpane/historyDoc";
import { isEmptyCell } from "../../src/domain/cell";
import { TEMPLATES } from "../../src/domain/criteria/templates";
import { COL, SHEET } from "../../src/domain/register/contract";
import { person, registerWorkbook } from "../helpers/registers";

const today = { year: 2026, month: 11, day: 20 };

async function auditRows(port: MemoryPort): Promise<string[][]> {
  const grid = findSheet(await port.readGrids([AUDIT_SHEET]), AUDIT_SHEET);
  return grid ? (readAuditRows(grid)?.rows ?? []) : [];
}

/** One demo register for the file: the check's rows first, then the criteria and history writes. */
let demo: Awaited<ReturnType<typeof demoWorkbook>>;
beforeAll(async () => {
  demo = await demoWorkbook(demoRegister(2026));
});
afterAll(() => demo.workbook.dispose());

describe("the pane's audit trail", () => {
  it("the check and the export mark each append a row by the document's Người thực hiện", async () => {
    const { port } = demo;
    expect(port.auditBy()).toBeNull();
    await port.setAuditBy("  Lê Văn C ");
    expect(port.auditBy()).toBe("Lê Văn C");
    expect(await auditRows(port)).toEqual([]);
    port.syncs = 0;
    await runCheck(port, today);
    expect(port.syncs).toBe(2); // the row rides in the results write
    await port.markExported(today, [5], paneAudit(port, PANE_ACTION.markExported));
    const rows = await auditRows(port);
    expect(rows.map((r) => [r[0], r[2], r[3], r[7]])).toEqual([
      [
        "1",
        "Ghi kết quả kiểm tra (bản xem thử)",
        "Lê Văn C",
        `Sổ Thi đua ${TOOL_VERSION} (bản xem thử)`,
      ],
      [
        "2",
        "Đánh dấu đã trình (bản xem thử)",
        "Lê Văn C",
        `Sổ Thi đua ${TOOL_VERSION} (bản xem thử)`,
      ],
    ]);
    const check = checkAudit(await port.readGrids([AUDIT_SHEET]));
    expect(check).toMatchObject({ kind: "checked", check: { intact: true, rows: 2 } });
    // A check with nothing new to write writes nothing, so records nothing.
    await runCheck(port, today);
    expect(await auditRows(port)).toHaveLength(2);
  });

  it("setup of a new register starts Nhật ký with its row", async () => {
    const wb = new MemoryWorkbook();
    const port = new MemoryPort(wb);
    await port.setAuditBy("Phạm Thị D");
    await setUpRegister(port, defaultOptions({ year: 2026 }), []);
    const rows = await auditRows(port);
    expect(rows).toHaveLength(1);
    expect(rows[0]![2]).toBe("Thiết lập, nâng cấp sổ (bản xem thử)");
    expect(rows[0]![3]).toBe("Phạm Thị D");
    wb.dispose();
  });
});

describe("the pane's criteria and history writes", () => {
  it("criteria import, candidates, score links and history import append one row each, chain intact", async () => {
    const { port } = demo;
    await port.setAuditBy("Trần Thị E");
    const set = { ...TEMPLATES[0]!, name: "TC Khen đột xuất" };
    const nominee = (await readSnapshot(port)).snapshot.nominations!.rows.find(
      (r) => typeof r.cells.name === "string" && isEmptyCell(r.cells.score ?? null)
    )!.cells.name as string;
    const decided = { [COL.status]: "Đã quyết định", [COL.decisionNo]: "150/QĐ-UBND" };
    const lastYear = await registerWorkbook({
      options: { year: 2025 },
      rows: [person("Đinh Văn Khoa", { ...decided, [COL.decisionDate]: "20/12/2025" })],
    });
    const bytes = new Uint8Array(await lastYear.xlsx.writeBuffer());
    const steps: [string, string, () => Promise<unknown>][] = [
      [PANE_ACTION.criteriaImport, set.name, () => addCriteriaSheet(port, set)],
      [PANE_ACTION.addCandidates, set.name, () => addCandidates(port, set.name, [nominee])],
      [PANE_ACTION.link, SHEET.nominations, () => linkScores(port)],
      [
        PANE_ACTION.historyImport,
        SHEET.history,
        () => importHistoryFile(port, "so-2025.xlsx", new Blob([bytes])),
      ],
    ];
    for (const [action, sheet, write] of steps) {
      const before = await auditRows(port);
      await write();
      const after = await auditRows(port);
      expect(after).toHaveLength(before.length + 1);
      expect(after.slice(0, before.length)).toEqual(before); // earlier rows untouched
      const row = after[after.length - 1]!;
      expect([row[2], row[3], row[4]]).toEqual([`${action} (bản xem thử)`, "Trần Thị E", sheet]);
      expect(Number(row[6])).toBeGreaterThan(0);
      expect(checkAudit(await port.readGrids([AUDIT_SHEET]))).toMatchObject({
        kind: "checked",
        check: { intact: true, rows: after.length },
      });
    }
    // Nothing left to add: nothing written, nothing recorded.
    const n = (await auditRows(port)).length;
    await addCriteriaSheet(port, set);
    await linkScores(port);
    expect(await auditRows(port)).toHaveLength(n);
  });
});

/**
 * The pane's writes append their `Nhật ký` row (issue #14 point 4) on the memory port, in the same
 * step as the write (the check stays 1 read + 1 write), by the `Người thực hiện` kept in the document.
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
import { paneAudit, runCheck, setUpRegister } from "../../src/taskpane/service";

const today = { year: 2026, month: 11, day: 20 };

async function auditRows(port: MemoryPort): Promise<string[][]> {
  const grid = findSheet(await port.readGrids([AUDIT_SHEET]), AUDIT_SHEET);
  return grid ? (readAuditRows(grid)?.rows ?? []) : [];
}

describe("the pane's audit trail", () => {
  it("the check and the export mark each append a row by the document's Người thực hiện", async () => {
    const { workbook, port } = await demoWorkbook(demoRegister(2026));
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
    workbook.dispose();
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

/**
 * The audit trail through the real CLI (issue #14 point 4): the demo starts `Nhật ký` with its
 * `Khởi tạo` row, each writing command appends one row (`--by` recorded), `verify` finds the chain
 * intact; a row changed or deleted by another program (openpyxl) is named, exit 1; bad input, exit 2.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import { TOOL_VERSION } from "../src/domain/audit/chain";
import { AUDIT_SHEET } from "../src/domain/register/contract";
import { readAuditRows } from "../src/workbook/edit/audit";
import { findSheet } from "../src/workbook/read";
import { gridsOfBytes } from "../src/adapters/xlsx/registerBytes";
import { ROOT, runCli, tempDir } from "./helpers/cli";

const auditRows = (file: string): string[][] => {
  const grid = findSheet(gridsOfBytes(file, readFileSync(file)), AUDIT_SHEET);
  return readAuditRows(grid!)!.rows;
};

describe("Nhật ký and verify", () => {
  const dir = tempDir();
  const reg = path.join(dir, "so-thi-dua-mau.xlsx");
  const copy = (name: string) => path.join(dir, name);

  beforeAll(() => {
    expect(runCli(["demo", "--out", dir]).code).toBe(0);
    const marked = runCli([
      "export",
      reg,
      "--out",
      copy("tt.xlsx"),
      "--force",
      "--mark-exported",
      "--by",
      "Trần Thị B",
    ]);
    expect(marked.code).toBe(0);
    expect(runCli(["decide", reg, "--number", "12/QĐ-UBND", "--date", "20/12/2026"]).code).toBe(0);
    // Tampered copies made by another program: a cell changed, a row deleted, the sheet removed.
    const py = `
import openpyxl, sys
src = sys.argv[1]
wb = openpyxl.load_workbook(src); wb["${AUDIT_SHEET}"]["D3"] = "Người khác"; wb.save(sys.argv[2])
wb = openpyxl.load_workbook(src); wb["${AUDIT_SHEET}"].delete_rows(3); wb.save(sys.argv[3])
wb = openpyxl.load_workbook(src); del wb["${AUDIT_SHEET}"]; wb.save(sys.argv[4])
`;
    const r = spawnSync(
      "/usr/bin/python3",
      ["-c", py, reg, copy("changed.xlsx"), copy("deleted.xlsx"), copy("none.xlsx")],
      { encoding: "utf8" }
    );
    expect(r.stderr).toBe("");
  });

  it("appends one row per writing command, with --by, the action and the version", () => {
    const rows = auditRows(reg);
    const version = (
      JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string }
    ).version;
    expect(TOOL_VERSION).toBe(version);
    expect(rows.map((r) => [r[0], r[2]])).toEqual([
      ["1", "Khởi tạo (demo)"],
      ["2", "Đánh dấu đã trình (export --mark-exported)"],
      ["3", "Ghi quyết định (decide)"],
    ]);
    expect(rows[1]![3]).toBe("Trần Thị B");
    expect(rows[2]![3]).not.toBe("");
    expect(rows[1]![1]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/);
    expect(rows[1]![4]).toContain("Đề nghị");
    expect(Number(rows[1]![6])).toBeGreaterThan(0);
    expect(
      rows.every((r) => r[7] === `Sổ Thi đua ${version} (CLI)` && /^[0-9a-f]{64}$/.test(r[8]!))
    ).toBe(true);
    const ok = runCli(["verify", reg, "--json"]);
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout)).toMatchObject({ intact: true, rows: 3, sheet: AUDIT_SHEET });
  });

  it("names a changed row and a deleted row, exit 1", () => {
    const changed = runCli(["verify", copy("changed.xlsx")]);
    expect(changed.code).toBe(1);
    expect(changed.stderr).toContain(`sheet “${AUDIT_SHEET}”, dòng 3: nội dung hoặc mã băm`);
    const deleted = runCli(["verify", copy("deleted.xlsx"), "--json", "--lang", "en"]);
    expect(deleted.code).toBe(1);
    expect(JSON.parse(deleted.stdout)).toMatchObject({
      intact: false,
      brokenRow: 3,
      reason: "missing",
    });
  });

  it("refuses a missing file and a register without Nhật ký, exit 2", () => {
    const none = runCli(["verify", copy("none.xlsx"), "--lang", "en"]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain(`has no sheet “${AUDIT_SHEET}”`);
    const missing = runCli(["verify", copy("missing.xlsx")]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("missing.xlsx");
  });
});

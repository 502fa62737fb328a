/**
 * “Lịch sử từ sổ năm trước” on the Office.js adapter and the STRICT Excel host model
 * (test/addin/fakeExcel.ts): the pane's import (src/taskpane/historyDoc.ts) writes last year's rows
 * below `Lịch sử` with `addCells` — dates as date serials with a date format, no user cell touched —
 * with its `Nhật ký` row in the same write (issue #14: no extra sync), and a second import writes nothing.
 */
import { OfficePort } from "../../src/adapters/office/port";
import { AUDIT_SHEET, COL, SHEET } from "../../src/domain/register/contract";
import { checkAudit } from "../../src/workbook/edit/audit";
import { demoRegister } from "../../src/workbook/demo";
import { readRegister } from "../../src/workbook/read";
import { importHistoryFile } from "../../src/taskpane/historyDoc";
import { person, registerWorkbook } from "../helpers/registers";
import { FakeExcel } from "./fakeExcel";

it("adds last year's decided rows through addCells on the strict host; a second import writes nothing", async () => {
  const fx = new FakeExcel(["Sheet1"], { platform: "web" });
  const port = new OfficePort({ run: fx.run, supports: () => true, debounceMs: 50 });
  await port.setUp(demoRegister(2027).options);
  const wb = await registerWorkbook({
    options: { year: 2026 },
    rows: [
      person("Đinh Văn Khoa", {
        [COL.status]: "Đã quyết định",
        [COL.decisionNo]: "150/QĐ-UBND",
        [COL.decisionDate]: "20/12/2026",
      }),
    ],
  });
  const blob = new Blob([new Uint8Array(await wb.xlsx.writeBuffer())]);
  fx.written.length = 0;
  fx.sync.mockClear();

  const first = await importHistoryFile(port, "so-2026.xlsx", blob);
  expect(first.kind).toBe("ok");
  if (first.kind !== "ok") return;
  expect(first.plan.rows).toEqual([4]);
  expect(fx.sync).toHaveBeenCalledTimes(3); // read Lịch sử; read the sheet and Nhật ký; write both
  const history = fx.written.filter((w) => !w.startsWith(`${AUDIT_SHEET}!`));
  expect(history.every((w) => w.startsWith(`${SHEET.history}!4:`))).toBe(true);
  expect(history).toHaveLength(7);
  expect(checkAudit(await port.readGrids([AUDIT_SHEET]))).toMatchObject({
    kind: "checked",
    check: { intact: true, rows: 1 },
  });
  const rows = readRegister(await port.readGrids([SHEET.history])).history!.rows;
  expect(rows.map((r) => [r.row, r.cells.name, r.cells.year])).toEqual([
    [4, "Đinh Văn Khoa", 2026],
  ]);
  expect(rows[0]!.cells.decisionDate).toEqual({ date: { year: 2026, month: 12, day: 20 } });

  fx.written.length = 0;
  const again = await importHistoryFile(port, "so-2026.xlsx", blob);
  expect(again.kind === "ok" && again.plan.rows).toEqual([]);
  expect(fx.written).toEqual([]);
});

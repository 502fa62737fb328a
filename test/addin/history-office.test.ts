/**
 * “Lịch sử từ sổ năm trước” on the Office.js adapter and the STRICT Excel host model
 * (test/addin/fakeExcel.ts): the pane's import (src/taskpane/historyDoc.ts) writes last year's rows
 * below `Lịch sử` with `addCells` — dates as date serials with a date format, no user cell touched —
 * and a second import writes nothing.
 */
import { OfficePort } from "../../src/adapters/office/port";
import { COL, SHEET } from "../../src/domain/register/contract";
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

  const first = await importHistoryFile(port, "so-2026.xlsx", blob);
  expect(first.kind).toBe("ok");
  if (first.kind !== "ok") return;
  expect(first.plan.rows).toEqual([4]);
  expect(fx.written.every((w) => w.startsWith(`${SHEET.history}!4:`))).toBe(true);
  expect(fx.written).toHaveLength(7);
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

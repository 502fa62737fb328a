/**
 * The Office.js adapter against office-addin-mock (sync wrapped in jest.fn and counted) and a fake
 * object model (test/addin/fakeExcel.ts): the batching budgets at 10 and 10,000 rows, setup on a
 * filled workbook writing no user cell, errors surfacing with their Office code, and change events.
 */
import { OfficePort, rowsOfAddress } from "../../src/adapters/office/port";
import { COL, META_SHEET, SETTING, SETTING_NAME, SHEET } from "../../src/domain/register/contract";
import { validateRegister } from "../../src/domain/validate";
import { toExcelSerial } from "../../src/domain/text/dates";
import { demoRegister } from "../../src/workbook/demo";
import { findSheet, readRegister, SHEETS_TO_READ } from "../../src/workbook/read";
import { defaultOptions } from "../../src/workbook/plan/options";
import { planResultsWrite } from "../../src/workbook/edit/results";
import { PortError } from "../../src/workbook/edit/port";
import { FakeExcel } from "./fakeExcel";
import { typeRows } from "./typeRows";

const today = { year: 2026, month: 11, day: 20 };
const demo = demoRegister(2026);

function portOn(fx: FakeExcel, supports = true): OfficePort {
  return new OfficePort({ run: fx.run, supports: () => supports, debounceMs: 50 });
}

async function newRegister(
  rows: number
): Promise<{ fx: FakeExcel; port: OfficePort; syncsToCreate: number }> {
  const fx = new FakeExcel(["Sheet1"]);
  const port = portOn(fx);
  await port.setUp(demo.options);
  const syncsToCreate = fx.sync.mock.calls.length;
  if (process.env.SYNC_REPORT)
    console.log(
      `create syncs: ${syncsToCreate}, operations queued: ${fx.ops.length}, cells written: ${fx.written.length}`
    );
  typeRows(fx, rows);
  fx.sync.mockClear();
  fx.ops.length = 0;
  fx.written.length = 0;
  return { fx, port, syncsToCreate };
}

/** One check as the task pane runs it: read, validate, write results. */
async function check(port: OfficePort) {
  const grids = await port.readGrids(SHEETS_TO_READ);
  const result = validateRegister(readRegister(grids), { today });
  const write = planResultsWrite(findSheet(grids, SHEET.nominations)!, result.findings)!;
  await port.writeResults(write);
  return { result, write };
}

describe("creating a register", () => {
  it("takes at most 3 syncs and lays out every sheet, name, validation and protection", async () => {
    const { fx, syncsToCreate } = await newRegister(0);
    expect(syncsToCreate).toBe(3); // read, write, page setup (ExcelApi 1.9); budget ≤ 3
    expect(fx.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual([
      SHEET.guide,
      SHEET.settings,
      SHEET.lists,
      SHEET.nominations,
      SHEET.history,
      SHEET.complaints,
      SHEET.summary,
      META_SHEET,
    ]);
    expect(fx.sheet("Sheet1")).toBeUndefined(); // the blank default sheet is gone
    expect(fx.sheet(SHEET.lists)!.protected).toBe(true);
    expect(fx.sheet(META_SHEET)!.visibility).toBe("VeryHidden");
    expect(fx.names.has("CH_Nam")).toBe(true);
    expect(fx.sheet(SHEET.nominations)!.get(5, 1)!.formula).toMatch(/^=IF\(\$B5="",""/);
  });

  it("suspends calculation and switches its own events off while writing", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    await portOn(fx).setUp(demo.options);
    expect(fx.ops.some((o) => o.op === "suspendApiCalculationUntilNextSync")).toBe(true);
    expect(fx.ops.some((o) => o.op === "suspendScreenUpdatingUntilNextSync")).toBe(true);
    expect(fx.context.runtime.enableEvents).toBe(true); // back on after the batch
    const dv = fx.ops.filter((o) => o.op === "dataValidation.rule");
    expect(dv.length).toBeGreaterThan(5);
    expect(fx.ops.filter((o) => o.op === "conditionalFormats.add()").length).toBeGreaterThan(0);
  });

  it("keeps Excel's limits on validation prompts (title ≤ 32, message ≤ 255 characters)", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    await portOn(fx).setUp(demo.options);
    for (const o of fx.ops.filter(
      (x) => x.op === "dataValidation.prompt" || x.op === "dataValidation.errorAlert"
    )) {
      const v = o.value as { title: string; message: string };
      expect(v.title.length).toBeLessThanOrEqual(32);
      expect(v.message.length).toBeLessThanOrEqual(255);
    }
  });
});

describe.each([10, 10_000])("checking %i rows", (n) => {
  it("takes 1 read sync and 1 write sync", async () => {
    const { fx, port } = await newRegister(n);
    const grids = await port.readGrids(SHEETS_TO_READ);
    expect(fx.sync).toHaveBeenCalledTimes(1);
    const result = validateRegister(readRegister(grids), { today });
    expect(result.counts.rows).toBe(n);
    await port.writeResults(
      planResultsWrite(findSheet(grids, SHEET.nominations)!, result.findings)!
    );
    expect(fx.sync).toHaveBeenCalledTimes(2);
    // Every nomination row got its result, in one block.
    const s = fx.sheet(SHEET.nominations)!;
    const resultCol = 24;
    expect(String(s.get(5, resultCol)?.value)).toMatch(/^(Hợp lệ|Lỗi)/);
    expect(String(s.get(4 + n, resultCol)?.value)).toMatch(/^(Hợp lệ|Lỗi)/);
    expect(fx.written.every((w) => w.endsWith(`:${resultCol}`))).toBe(true);
    // A re-check with nothing changed reads once and writes nothing.
    fx.sync.mockClear();
    await check(port);
    expect(fx.sync).toHaveBeenCalledTimes(1);
  });
});

describe("past Excel on the web's 5 MB limit", () => {
  it("reads 10,000 rows in chunks only when the one-sync read is refused", async () => {
    const { fx, port } = await newRegister(10_000);
    fx.payloadLimit = 5_000_000;
    const grids = await port.readGrids(SHEETS_TO_READ);
    const syncs = fx.sync.mock.calls.length;
    if (process.env.SYNC_REPORT) console.log(`chunked read syncs: ${syncs}`);
    expect(readRegister(grids).nominations!.rows).toHaveLength(10_000);
    // 1 refused + 1 shape read + one per chunk: still a handful whatever N.
    expect(syncs).toBeGreaterThan(1);
    expect(syncs).toBeLessThanOrEqual(6);
    fx.payloadLimit = null;
    const small = await newRegister(10);
    small.fx.payloadLimit = 5_000_000;
    await small.port.readGrids(SHEETS_TO_READ);
    expect(small.fx.sync).toHaveBeenCalledTimes(1);
  });
});

describe("setup on a workbook that already has data", () => {
  it("adds only what is missing and writes no user cell", async () => {
    const { fx, port } = await newRegister(40);
    const s = fx.sheet(SHEET.nominations)!;
    // The clerk renamed away the `Ghi chú` column and cleared a setting's label; data stays.
    s.cells.delete("4:23");
    const cfg = fx.sheet(SHEET.settings)!;
    const before = new Map<string, unknown>();
    for (const sheet of fx.sheets)
      for (const [k, c] of sheet.cells)
        if (c.value !== "" || c.formula) before.set(`${sheet.name}!${k}`, c.formula ?? c.value);
    fx.sync.mockClear();
    const report = await port.setUp(defaultOptions({ year: 2030, unitName: "Khác" }));
    expect(report.created).toBe(false);
    expect(fx.sync.mock.calls.length).toBeLessThanOrEqual(2);
    if (process.env.SYNC_REPORT)
      console.log(
        `setup on filled workbook syncs: ${fx.sync.mock.calls.length}, notes: ${report.notes.length}`
      );
    expect(report.notes).toContainEqual({
      type: "column",
      sheet: SHEET.nominations,
      name: COL.note,
    });
    const overwritten = fx.written.filter((w) => before.has(w));
    expect(overwritten).toEqual([]);
    // Existing values are as they were.
    for (const [k, v] of before) {
      const [name, rc] = k.split("!") as [string, string];
      const c = fx.sheet(name)!.cells.get(rc)!;
      expect(c.formula ?? c.value).toEqual(v);
    }
    expect(cfg).toBeDefined();
  });

  it("re-points the name of a restored setting in the same sync as the restored cells", async () => {
    const { fx, port } = await newRegister(5);
    const cfg = fx.sheet(SHEET.settings)!;
    // The clerk deleted the whole `Mức lương cơ sở` row's contents.
    const keys = [...cfg.cells].filter(([, c]) => c.value === SETTING.baseSalary).map(([k]) => k);
    expect(keys).toHaveLength(1);
    const row = keys[0]!.split(":")[0]!;
    for (const k of [...cfg.cells.keys()]) if (k.startsWith(`${row}:`)) cfg.cells.delete(k);
    fx.sync.mockClear();
    const report = await port.setUp(demo.options);
    expect(report.namesRepointed).toEqual([SETTING_NAME.baseSalary]);
    expect(report.namesAdded).toEqual([]);
    const repoint = fx.ops.filter((o) => o.op === "names.formula");
    expect(repoint).toHaveLength(1);
    const [name, refersTo] = repoint[0]!.value as [string, string];
    expect(name).toBe(SETTING_NAME.baseSalary);
    // The restored label sits on the row the name now points at.
    const restored = [...cfg.cells].find(([, c]) => c.value === SETTING.baseSalary)![0];
    const restoredRow = restored.split(":")[0]!;
    expect(restoredRow).not.toBe(row);
    expect(refersTo).toMatch(new RegExp(`\\$${restoredRow}$`, "u"));
    expect(fx.sync.mock.calls.length).toBeLessThanOrEqual(2);
  });

  it("records an export date in the metadata sheet in 2 syncs (read, write)", async () => {
    const { fx, port } = await newRegister(3);
    await port.markExported(today);
    expect(fx.sync).toHaveBeenCalledTimes(2);
    const meta = fx.sheet(META_SHEET)!;
    const label = [...meta.cells].find(([, c]) => c.value === "exportedOn")![0];
    const row = label.split(":")[0]!;
    expect(meta.cells.get(`${row}:2`)?.value).toBe(toExcelSerial(today));
    const grids = await port.readGrids(SHEETS_TO_READ);
    expect(readRegister(grids).meta.exportedOn).toEqual(today);
  });

  it("does nothing on a complete register", async () => {
    const { fx, port } = await newRegister(10);
    const report = await port.setUp(demo.options);
    expect(report).toMatchObject({ created: false, sheetsAdded: [], namesAdded: [], notes: [] });
    expect(fx.written).toEqual([]);
  });
});

describe("errors", () => {
  it.each([
    ["InvalidOperationInCellEditMode", "read"],
    ["AccessDenied", "read"],
    ["ItemNotFound", "read"],
  ])("%s surfaces as a PortError with its code", async (code, operation) => {
    const { fx, port } = await newRegister(5);
    fx.failNextSync = { code, message: "Excel says no" };
    const e = await port.readGrids(SHEETS_TO_READ).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(PortError);
    expect(e).toMatchObject({ code, operation });
  });

  it("selecting a cell on a missing sheet is ItemNotFound", async () => {
    const { port } = await newRegister(1);
    await expect(port.selectCell("Không có", "A1")).rejects.toMatchObject({ code: "ItemNotFound" });
  });
});

describe("change events on Đề nghị", () => {
  it("re-checks changed rows once (debounced) and ignores the add-in's own result writes", async () => {
    const { fx, port } = await newRegister(12);
    const seen: number[][] = [];
    const off = await port.onNominationsChanged((c) => seen.push([...c.rows]));
    await check(port); // writes results (own write)
    await fx.change(SHEET.nominations, "X5:X16"); // the echo of that write on the result column
    await fx.change(SHEET.nominations, "B7");
    await fx.change(SHEET.nominations, "C8:D9");
    await new Promise((r) => setTimeout(r, 120));
    expect(seen).toEqual([[7, 8, 9]]);
    off();
  });

  it("parses row numbers of change addresses", () => {
    expect(rowsOfAddress("B7")).toEqual([7]);
    expect(rowsOfAddress("'Đề nghị'!C8:D10")).toEqual([8, 9, 10]);
    expect(rowsOfAddress("A:A")).toEqual([]);
  });
});

describe("new workbook from the export", () => {
  it("opens the export's bytes with Excel.createWorkbook", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    const opened: string[] = [];
    const port = new OfficePort({
      run: fx.run,
      supports: () => true,
      createWorkbook: async (b64) => void opened.push(b64),
    });
    await port.createWorkbook("UEsDBA==");
    expect(opened).toEqual(["UEsDBA=="]);
    expect(fx.sync).not.toHaveBeenCalled();
  });
});

describe("criteria sheets", () => {
  it("adds a criteria sheet in 3 syncs, then reads it with the register in the same single sync", async () => {
    const { fx, port } = await newRegister(10);
    const { TEMPLATES } = await import("../../src/domain/criteria/templates");
    const { criteriaSheetPlan } = await import("../../src/taskpane/service");
    const { isCriteriaSheet } = await import("../../src/workbook/read");
    expect(await port.addSheets([criteriaSheetPlan(TEMPLATES[0]!)])).toEqual([TEMPLATES[0]!.name]);
    expect(fx.sync).toHaveBeenCalledTimes(3); // names, sheet, page setup
    expect(await port.addSheets([criteriaSheetPlan(TEMPLATES[0]!)])).toEqual([]); // exists: nothing written
    fx.sync.mockClear();
    const first = await port.readGrids(SHEETS_TO_READ, isCriteriaSheet);
    expect(first.sheets.has(TEMPLATES[0]!.name)).toBe(true);
    expect(fx.sync).toHaveBeenCalledTimes(2); // a sheet the port had not seen yet: one more read, once
    fx.sync.mockClear();
    const second = await port.readGrids(SHEETS_TO_READ, isCriteriaSheet);
    expect(readRegister(second).criteria).toHaveLength(1);
    expect(fx.sync).toHaveBeenCalledTimes(1);
  });
});

describe("page setup", () => {
  it("is applied in its own sync after the register, and a refusal is a warning, not a lost register", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    const port = portOn(fx);
    const realSync = fx.sync.getMockImplementation()!;
    let n = 0;
    fx.sync.mockImplementation(async () => {
      n++;
      if (n === 3) throw Object.assign(new Error("bad zoom"), { code: "InvalidArgument" });
      return realSync();
    });
    const report = await port.setUp(demo.options);
    expect(report.created).toBe(true);
    expect(report.warnings).toEqual(["pageSetup: InvalidArgument — bad zoom"]);
    expect(fx.sheet(SHEET.nominations)).toBeDefined();
  });

  it("is skipped without ExcelApi 1.9 (2 syncs)", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    await portOn(fx, false).setUp(demo.options);
    expect(fx.sync).toHaveBeenCalledTimes(2);
    expect(fx.ops.some((o) => o.op.includes("pageLayout"))).toBe(false);
  });
});

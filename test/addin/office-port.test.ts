/**
 * The Office.js adapter on the STRICT Excel host model (test/addin/fakeExcel.ts: operations checked
 * in order at sync, references, list sources, text limits, protection, events, calculation, 5 MB
 * payloads measured as JSON): the batching budgets at 10 and 10,000 rows, setup on a filled workbook
 * writing no user cell, errors surfacing with their Office code, change events — and one test per
 * defect of issue #16 (the section "what a real Excel would refuse").
 */
import { OfficePort, rowsOfAddress } from "../../src/adapters/office/port";
import {
  COL,
  AUDIT_SHEET,
  COUNCIL_SHEET,
  DRIVE_LIST_NAME,
  DRIVE_SHEET,
  META_SHEET,
  NOMINATION_FIELDS,
  SETTING,
  SETTING_NAME,
  SHEET,
} from "../../src/domain/register/contract";
import { columnLetter } from "../../src/domain/findings";
import { validateRegister } from "../../src/domain/validate";
import { toExcelSerial } from "../../src/domain/text/dates";
import { demoRegister } from "../../src/workbook/demo";
import { findSheet, readRegister, SHEETS_TO_READ } from "../../src/workbook/read";
import { defaultOptions } from "../../src/workbook/plan/options";
import { FRESH_NOMINATION_LAYOUT } from "../../src/workbook/plan/layout";
import { planResultsWrite } from "../../src/workbook/edit/results";
import { PortError } from "../../src/workbook/edit/port";
import { TEMPLATES } from "../../src/domain/criteria/templates";
import { criteriaSheetPlan } from "../../src/taskpane/service";
import { checkAudit, PANE_ACTION, paneAuditAction } from "../../src/workbook/edit/audit";
import { isCriteriaSheet } from "../../src/workbook/read";
import { FakeExcel, type Platform, WEB_PAYLOAD_LIMIT } from "./fakeExcel";
import { untilState } from "../helpers/waits";
import { typeRows } from "./typeRows";

/** The result column of `Đề nghị` (1-based) and its letter: the last of the register's columns. */
const RESULT_COL = NOMINATION_FIELDS.indexOf("result") + 1;
const RESULT = columnLetter(RESULT_COL);

const today = { year: 2026, month: 11, day: 20 };
const demo = demoRegister(2026);

function portOn(fx: FakeExcel, supports: (v: string) => boolean = () => true): OfficePort {
  return new OfficePort({ run: fx.run, supports, debounceMs: 50 });
}

async function newRegister(
  rows: number,
  platform: Platform = "web"
): Promise<{ fx: FakeExcel; port: OfficePort; syncsToCreate: number }> {
  const fx = new FakeExcel(["Sheet1"], { platform });
  const port = portOn(fx);
  await port.setUp(demo.options);
  const syncsToCreate = fx.sync.mock.calls.length;
  if (process.env.SYNC_REPORT)
    console.log(
      `create syncs: ${syncsToCreate}, operations: ${fx.ops.length}, cells written: ${fx.written.length}, largest request: ${fx.largestRequest} B`
    );
  typeRows(fx, rows);
  fx.sync.mockClear();
  fx.ops.length = 0;
  fx.written.length = 0;
  fx.requests.length = 0;
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

const settle = (ms = 20) => new Promise((r) => setTimeout(r, ms));
const opIndex = (fx: FakeExcel, pred: (o: { op: string }) => boolean, last = false) =>
  last ? fx.ops.map(pred).lastIndexOf(true) : fx.ops.findIndex(pred);

describe("creating a register", () => {
  it("takes at most 3 syncs and lays out every sheet, name, validation and protection", async () => {
    const { fx, syncsToCreate } = await newRegister(0);
    expect(syncsToCreate).toBe(3); // read, write, recalculation + page setup; budget ≤ 3
    expect(fx.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual([
      SHEET.guide,
      SHEET.settings,
      COUNCIL_SHEET,
      DRIVE_SHEET,
      SHEET.lists,
      SHEET.nominations,
      SHEET.history,
      SHEET.complaints,
      SHEET.summary,
      AUDIT_SHEET,
      META_SHEET,
    ]);
    expect(fx.sheet("Sheet1")).toBeUndefined(); // the blank default sheet is gone
    expect(fx.sheet(SHEET.lists)!.protected).toBe(true);
    expect(fx.sheet(AUDIT_SHEET)!.protected).toBe(true);
    expect(fx.sheet(META_SHEET)!.visibility).toBe("VeryHidden");
    expect(fx.names.has("CH_Nam")).toBe(true);
    expect(fx.names.has(DRIVE_LIST_NAME)).toBe(true); // the `Đợt` dropdown's source
    expect(fx.sheet(SHEET.nominations)!.get(5, 1)!.formula).toMatch(/^=IF\(\$B5="",""/);
    expect(fx.sheet(SHEET.nominations)!.validations.length).toBeGreaterThan(5);
    expect(fx.sheet(SHEET.nominations)!.conditionalFormats.length).toBeGreaterThan(0);
  });

  // Defect: validations referred to 'Danh mục' and CH_… names before the sheet and the names existed.
  it("adds every sheet first, then the names, then cells, validations and formats (the strict host checks each reference)", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    await portOn(fx).setUp(demo.options);
    const lastSheet = opIndex(fx, (o) => o.op === "worksheets.add", true);
    const firstName = opIndex(fx, (o) => o.op === "names.add");
    const lastName = opIndex(fx, (o) => o.op === "names.add", true);
    const firstRule = opIndex(fx, (o) => o.op.startsWith("dataValidation."));
    const firstFormat = opIndex(fx, (o) => o.op === "conditionalFormats.add()");
    const firstProtect = opIndex(fx, (o) => o.op === "protect");
    expect(lastSheet).toBeLessThan(firstName);
    expect(lastName).toBeLessThan(firstRule);
    expect(firstRule).toBeLessThan(firstFormat);
    expect(firstFormat).toBeLessThan(firstProtect);
    expect(fx.names.size).toBeGreaterThan(10);
  });

  // Defect: inline list sources were sent as `="Phường,Cấp trên"`.
  it("sends inline list sources as a plain comma list and range sources as a formula", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    await portOn(fx).setUp(demo.options);
    const sources = fx.sheets.flatMap((s) =>
      s.validations
        .map((v) => (v.rule?.list as { source?: string } | undefined)?.source)
        .filter((x): x is string => typeof x === "string")
    );
    expect(sources).toContain("Phường,Cấp trên");
    for (const src of sources)
      expect(src).toMatch(/^(=('[^']+'!|\w+!)?\$?[A-Z]+\$?\d+|=\w+$|[^="]+$)/u);
    expect(sources.filter((s) => s.startsWith("="))).not.toHaveLength(0);
  });

  // Defect: calculation stayed suspended and nothing recalculated, so formulas could stay stale.
  it("recalculates after the suspended setup writes: no formula stays stale", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    await portOn(fx).setUp(demo.options);
    expect(fx.ops.some((o) => o.op === "suspendApiCalculationUntilNextSync")).toBe(true);
    expect(fx.ops.some((o) => o.op === "suspendScreenUpdatingUntilNextSync")).toBe(true);
    expect(fx.ops.some((o) => o.op === "calculate" && o.value === "Full")).toBe(true);
    expect([...fx.stale]).toEqual([]);
    expect(fx.enableEvents).toBe(true); // back on after the write
  });

  it("keeps every validation text within Excel's limits (titles 32, prompts 255, alerts 225)", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    await portOn(fx).setUp(
      demo.options,
      TEMPLATES.map((t) => criteriaSheetPlan(t))
    );
    for (const s of fx.sheets)
      for (const v of s.validations) {
        expect((v.prompt?.title ?? "").length).toBeLessThanOrEqual(32);
        expect((v.prompt?.message ?? "").length).toBeLessThanOrEqual(255);
        expect((v.errorAlert?.title ?? "").length).toBeLessThanOrEqual(32);
        expect((v.errorAlert?.message ?? "").length).toBeLessThanOrEqual(225);
      }
  });

  // Defect: error alerts were clipped to 255 characters; Excel takes 225.
  it("clips a long error alert to 225 characters, which the host accepts", async () => {
    const { fx, port } = await newRegister(0);
    const long = `Điểm phải từ 0 đến Điểm chuẩn của dòng. ${"Ghi chú thêm về cách chấm. ".repeat(9)}`;
    expect(long.length).toBeGreaterThan(225);
    await port.addCells(
      SHEET.settings,
      [],
      [
        {
          type: "decimal",
          range: "H40",
          min: 0,
          max: 10,
          error: { title: "Vượt điểm", text: long },
          prompt: { title: "Điểm", text: long },
        },
      ]
    );
    const v = fx.sheet(SHEET.settings)!.validations.find((x) => x.address === "H40")!;
    expect(v.errorAlert!.message!.length).toBe(225);
    expect(v.prompt!.message!.length).toBe(255);
  });
});

describe.each([
  [10, "desktop", 2],
  [10_000, "desktop", 2],
  [10, "web", 2],
] as const)("checking %i rows on Excel %s", (n, platform, syncs) => {
  it(`takes ${syncs} syncs: 1 read and 1 write`, async () => {
    const { fx, port } = await newRegister(n, platform);
    const grids = await port.readGrids(SHEETS_TO_READ);
    expect(fx.sync).toHaveBeenCalledTimes(syncs - 1);
    const result = validateRegister(readRegister(grids), { today });
    expect(result.counts.rows).toBe(n);
    await port.writeResults(
      planResultsWrite(findSheet(grids, SHEET.nominations)!, result.findings)!
    );
    expect(fx.sync).toHaveBeenCalledTimes(syncs);
    // Every nomination row got its result, in one block.
    const s = fx.sheet(SHEET.nominations)!;
    const resultCol = RESULT_COL;
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
  it("reads 10,000 rows in chunks of real JSON size, each response under 5 MB; the next read chunks at once", async () => {
    const { fx, port } = await newRegister(10_000, "web");
    const grids = await port.readGrids(SHEETS_TO_READ);
    const first = fx.sync.mock.calls.length;
    if (process.env.SYNC_REPORT) console.log(`web: first 10,000-row read took ${first} syncs`);
    expect(readRegister(grids).nominations!.rows).toHaveLength(10_000);
    expect(fx.requests[0]!.failed).toBe("ResponsePayloadSizeLimitExceeded"); // the one-sync try
    expect(first).toBeLessThanOrEqual(5);
    for (const r of fx.requests)
      if (!r.failed) expect(r.responseBytes).toBeLessThan(WEB_PAYLOAD_LIMIT);
    fx.sync.mockClear();
    fx.requests.length = 0;
    await port.readGrids(SHEETS_TO_READ);
    expect(fx.requests.some((r) => r.failed)).toBe(false); // no refused try this time
    expect(fx.sync.mock.calls.length).toBeLessThan(first);
    // A small register still reads in one sync.
    const small = await newRegister(10, "web");
    await small.port.readGrids(SHEETS_TO_READ);
    expect(small.fx.sync).toHaveBeenCalledTimes(1);
  });

  // Defect: the chunked read assumed 32 bytes a cell and never retried.
  it("halves a read chunk the host still refuses", async () => {
    const { fx, port } = await newRegister(3_000, "web");
    fx.payloadLimit = 700_000; // far below our 4 MB budget: every first guess is refused
    const grids = await port.readGrids(SHEETS_TO_READ);
    expect(readRegister(grids).nominations!.rows).toHaveLength(3_000);
    expect(
      fx.requests.filter((r) => r.failed === "ResponsePayloadSizeLimitExceeded").length
    ).toBeGreaterThan(1);
    for (const r of fx.requests)
      if (!r.failed) expect(r.responseBytes).toBeLessThanOrEqual(700_000);
  });

  // Defect: request sizes were counted in UTF-16 units (a Vietnamese letter is 2–3 bytes in UTF-8).
  it("sizes a write by its UTF-8 JSON: long Vietnamese results go in several requests under 5 MB", async () => {
    const { fx, port } = await newRegister(0, "web");
    const text = `Lỗi: ${"Thiếu điều kiện về thời gian công tác, kỷ luật và sáng kiến; ".repeat(6)}`;
    const values = Array.from({ length: 10_000 }, (_, i) => `${text}${i}`);
    expect(JSON.stringify(values).length).toBeLessThan(4_000_000); // UTF-16 units: "fits"
    expect(Buffer.byteLength(JSON.stringify(values))).toBeGreaterThan(WEB_PAYLOAD_LIMIT); // bytes: does not
    await port.writeResults({
      sheet: SHEET.nominations,
      headerRow: 4,
      column: RESULT_COL,
      addHeader: false,
      firstRow: 5,
      values,
      colourRules: [],
    });
    expect(fx.requests.every((r) => !r.failed)).toBe(true);
    expect(fx.requests.length).toBeGreaterThan(1);
    expect(fx.largestRequest).toBeLessThanOrEqual(4_000_000);
    expect(fx.sheet(SHEET.nominations)!.get(10_004, RESULT_COL)!.value).toBe(`${text}9999`);
    expect(fx.enableEvents).toBe(true);
  });

  it("sends a refused write again in halves (nothing of a refused request is applied)", async () => {
    const { fx, port } = await newRegister(0, "web");
    fx.payloadLimit = 250_000; // a host stricter than our 4 MB budget
    const values = Array.from({ length: 10_000 }, (_, i) => `Hợp lệ — dòng ${i + 5}`);
    await port.writeResults({
      sheet: SHEET.nominations,
      headerRow: 4,
      column: RESULT_COL,
      addHeader: false,
      firstRow: 5,
      values,
      colourRules: [],
    });
    expect(fx.requests.some((r) => r.failed === "RequestPayloadSizeLimitExceeded")).toBe(true);
    const s = fx.sheet(SHEET.nominations)!;
    for (const row of [5, 2_500, 7_777, 10_004])
      expect(s.get(row, RESULT_COL)!.value).toBe(`Hợp lệ — dòng ${row}`);
    expect(fx.enableEvents).toBe(true);
  });

  it("keeps every request of a full setup with the three criteria templates under 4 MB", async () => {
    const fx = new FakeExcel(["Sheet1"], { platform: "web" });
    await portOn(fx).setUp(
      demo.options,
      TEMPLATES.map((t) => criteriaSheetPlan(t))
    );
    if (process.env.SYNC_REPORT)
      console.log(`setup with 3 templates: ${fx.requests.map((r) => r.requestBytes).join(", ")} B`);
    expect(fx.requests.every((r) => !r.failed)).toBe(true);
    expect(fx.largestRequest).toBeLessThanOrEqual(4_000_000);
    expect(fx.sync.mock.calls.length).toBeLessThanOrEqual(3);
  });
});

describe("a write that fails half-way", () => {
  // Defect: a failure kept the operations before it — a half-built register.
  it("setup: the workbook is left as it was, events on, and a second try builds the register", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    const port = portOn(fx);
    fx.failAt = {
      match: (op) => op.member === "conditionalFormats.add",
      code: "GeneralException",
      message: "An internal error has occurred.",
    };
    const e = (await port.setUp(demo.options).catch((x: unknown) => x)) as PortError;
    expect(e).toBeInstanceOf(PortError);
    expect(e).toMatchObject({ code: "GeneralException", operation: "setUp", note: "undone" });
    expect(fx.sheets.filter((s) => !s.deleted).map((s) => s.name)).toEqual(["Sheet1"]);
    expect(fx.names.size).toBe(0);
    expect(fx.enableEvents).toBe(true);
    const report = await port.setUp(demo.options);
    expect(report.created).toBe(true);
    expect(fx.sheet(SHEET.nominations)!.conditionalFormats.length).toBeGreaterThan(0);
  });

  // Defect: `enableEvents = false … writes … enableEvents = true` in one batch: a failing write left
  // events off, and the automatic re-check stopped.
  it("results: events are switched back on, and the next user edit still reaches the re-check", async () => {
    const { fx, port } = await newRegister(12);
    const seen: number[][] = [];
    const off = await port.onNominationsChanged((c) => seen.push([...c.rows]));
    fx.failAt = {
      match: (op) =>
        op.member === "values" && op.target.startsWith(`${SHEET.nominations}!${RESULT}`),
      code: "GeneralException",
      message: "An internal error has occurred.",
    };
    await expect(check(port)).rejects.toMatchObject({ code: "GeneralException" });
    expect(fx.enableEvents).toBe(true);
    await fx.change(SHEET.nominations, "B7");
    await untilState(() => seen.length > 0, "the debounced change event");
    expect(seen).toEqual([[7]]);
    off();
  });
});

describe("a Nhật ký the clerk protected with a password", () => {
  // Defect: the edit was queued before the row's unprotect(); Excel keeps what a failed request
  // applied before the failure, so the rows were marked exported with no Nhật ký row recording it.
  it("refuses the write before any cell of it is written, and writes it once the password is off", async () => {
    const { fx, port } = await newRegister(3);
    const audit = paneAuditAction(PANE_ACTION.markExported, "excel", "Lê Văn C", new Date());
    await port.markExported(today, [5], audit); // Nhật ký has a row: the next one is appended
    fx.written.length = 0;
    fx.sheet(AUDIT_SHEET)!.password = "mật khẩu của văn thư";
    const e = (await port.markExported(today, [6], audit).catch((x: unknown) => x)) as PortError;
    expect(e).toBeInstanceOf(PortError);
    expect(e).toMatchObject({ code: "AccessDenied", operation: "markExported" });
    expect(fx.written).toEqual([]);
    expect(fx.enableEvents).toBe(true);
    fx.sheet(AUDIT_SHEET)!.password = null;
    await port.markExported(today, [6], audit);
    expect(fx.written.some((w) => w.startsWith(`${SHEET.nominations}!6:`))).toBe(true);
    const logged = checkAudit(await port.readGrids([AUDIT_SHEET]));
    expect(logged).toMatchObject({ kind: "checked", check: { intact: true, rows: 2 } });
  });
});

describe("events and calculation around the results write", () => {
  it("raises no onChanged for the add-in's own write, and recounts Tổng hợp (no suspended calculation)", async () => {
    const { fx, port } = await newRegister(12);
    const seen: number[][] = [];
    const off = await port.onNominationsChanged((c) => seen.push([...c.rows]));
    fx.ops.length = 0;
    await check(port);
    await settle(120);
    expect(seen).toEqual([]); // events were off while writing
    expect(fx.enableEvents).toBe(true);
    expect(fx.ops.some((o) => o.op === "suspendApiCalculationUntilNextSync")).toBe(false);
    expect(fx.stale.has(SHEET.summary)).toBe(false);
    off();
  });

  it("the model does raise onChanged for writes made with events on (what the switch protects from)", async () => {
    const { fx, port } = await newRegister(3);
    const seen: number[][] = [];
    const off = await port.onNominationsChanged((c) => seen.push([...c.rows]));
    const noEvents = new OfficePort({ run: fx.run, supports: (v) => v !== "1.8", debounceMs: 50 });
    await noEvents.writeResults({
      sheet: SHEET.nominations,
      headerRow: 4,
      column: FRESH_NOMINATION_LAYOUT.col.note,
      addHeader: false,
      firstRow: 6,
      values: ["ghi chú"],
      colourRules: [],
    });
    await untilState(() => seen.length > 0, "the debounced change event");
    expect(seen).toEqual([[6]]);
    off();
  });
});

describe("setup on a workbook that already has data", () => {
  it("adds only what is missing and writes no user cell", async () => {
    const { fx, port } = await newRegister(40);
    const s = fx.sheet(SHEET.nominations)!;
    // The clerk renamed away the `Ghi chú` column and cleared a setting's label; data stays.
    s.cells.delete(`4:${FRESH_NOMINATION_LAYOUT.col.note}`);
    const before = new Map<string, unknown>();
    for (const sheet of fx.sheets)
      for (const [k, c] of sheet.cells)
        if (c.value !== "" || c.formula) before.set(`${sheet.name}!${k}`, c.formula ?? c.value);
    fx.sync.mockClear();
    const report = await port.setUp(defaultOptions({ year: 2030, unitName: "Khác" }));
    expect(report.created).toBe(false);
    expect(fx.sync.mock.calls.length).toBeLessThanOrEqual(2);
    expect(report.notes).toContainEqual({
      type: "column",
      sheet: SHEET.nominations,
      name: COL.note,
    });
    const overwritten = fx.written.filter((w) => before.has(w));
    expect(overwritten).toEqual([]);
    for (const [k, v] of before) {
      const [name, rc] = k.split("!") as [string, string];
      const c = fx.sheet(name)!.cells.get(rc)!;
      expect(c.formula ?? c.value).toEqual(v);
    }
    expect(fx.enableEvents).toBe(true);
    expect([...fx.stale]).toEqual([]);
  });

  it("re-points the name of a restored setting in the same sync as the restored cells", async () => {
    const { fx, port } = await newRegister(5);
    const cfg = fx.sheet(SHEET.settings)!;
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

  it("marks the exported rows Đã trình with the date in the same 2 syncs", async () => {
    const { fx, port } = await newRegister(6);
    await port.markExported(today, [5, 7]);
    expect(fx.sync).toHaveBeenCalledTimes(2);
    const rows = readRegister(await port.readGrids(SHEETS_TO_READ)).nominations!.rows;
    expect(rows.filter((r) => r.cells.status === "Đã trình").map((r) => r.row)).toEqual([5, 7]);
  });

  it("records a decision on the approved rows in 2 syncs; a refusal reads once and writes nothing", async () => {
    const { fx, port } = await newRegister(12);
    const bad = await port.recordDecision({ number: "12-UBND", date: "20/12/2026", today });
    expect(bad).toEqual({ kind: "badNumber", value: "12-UBND" });
    expect(fx.sync).toHaveBeenCalledTimes(1);
    expect(fx.written).toEqual([]);
    fx.sync.mockClear();
    const plan = await port.recordDecision({ number: "12/QĐ-UBND", date: "20/12/2026", today });
    expect(fx.sync).toHaveBeenCalledTimes(2);
    if (plan.kind !== "ok") throw new Error(`refused: ${plan.kind}`);
    const snap = readRegister(await port.readGrids(SHEETS_TO_READ));
    const decided = snap.nominations!.rows.filter((r) => r.cells.status === "Đã quyết định");
    expect(decided.map((r) => r.row)).toEqual(plan.rows);
    expect(plan.rows.length).toBeGreaterThan(0);
    expect(snap.meta.decided?.get("12/QĐ-UBND")?.size ?? 0).toBeGreaterThan(0);
  });

  it("does nothing on a complete register (one read, no write)", async () => {
    const { fx, port } = await newRegister(10);
    const report = await port.setUp(demo.options);
    expect(report).toMatchObject({ created: false, sheetsAdded: [], namesAdded: [], notes: [] });
    expect(fx.written).toEqual([]);
    expect(fx.sync).toHaveBeenCalledTimes(1);
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

  it("a write to the protected Danh mục is refused by the host (AccessDenied)", async () => {
    const { port } = await newRegister(0);
    await expect(
      port.addCells(SHEET.lists, [{ row: 60, col: 1, value: "Mới" }])
    ).rejects.toMatchObject({ code: "AccessDenied" });
  });
});

describe("change events on Đề nghị", () => {
  it("re-checks changed rows once (debounced) and ignores the add-in's own result writes", async () => {
    const { fx, port } = await newRegister(12);
    const seen: number[][] = [];
    const off = await port.onNominationsChanged((c) => seen.push([...c.rows]));
    await check(port); // writes results (own write, events off)
    await fx.change(SHEET.nominations, `${RESULT}5:${RESULT}16`); // an echo on the result column is ignored too
    await fx.change(SHEET.nominations, "B7");
    await fx.change(SHEET.nominations, "C8:D9");
    await untilState(() => seen.length > 0, "the debounced change event");
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

  it("prefers a new workbook on Excel on the Mac and on the web", () => {
    const on = (platform: string) => new OfficePort({ run: new FakeExcel().run, platform });
    expect(on("Mac").prefersNewWorkbook).toBe(true);
    expect(on("OfficeOnline").prefersNewWorkbook).toBe(true);
    expect(on("PC").prefersNewWorkbook).toBe(false);
  });
});

describe("criteria sheets", () => {
  it("adds a criteria sheet with its Nhật ký row in 3 syncs, then reads it with the register in the same single sync", async () => {
    const { fx, port } = await newRegister(10);
    const audit = paneAuditAction(PANE_ACTION.criteriaImport, "excel", "Lê Văn C", new Date());
    expect(await port.addSheets([criteriaSheetPlan(TEMPLATES[0]!)], audit)).toEqual([
      TEMPLATES[0]!.name,
    ]);
    expect(fx.sync).toHaveBeenCalledTimes(3); // names and Nhật ký, sheet and row, recalculation + page setup
    expect([...fx.stale]).toEqual([]);
    expect(await port.addSheets([criteriaSheetPlan(TEMPLATES[0]!)])).toEqual([]); // exists: nothing written
    fx.sync.mockClear();
    const first = await port.readGrids(SHEETS_TO_READ, isCriteriaSheet);
    expect(first.sheets.has(TEMPLATES[0]!.name)).toBe(true);
    expect(fx.sync).toHaveBeenCalledTimes(2); // a sheet the port had not seen yet: one more read, once
    fx.sync.mockClear();
    const second = await port.readGrids(SHEETS_TO_READ, isCriteriaSheet);
    expect(readRegister(second).criteria).toHaveLength(1);
    expect(fx.sync).toHaveBeenCalledTimes(1);
    const logged = checkAudit(await port.readGrids([AUDIT_SHEET]));
    expect(logged).toMatchObject({ kind: "checked", check: { intact: true, rows: 1 } });
  });

  it("an upgrade that adds a criteria sheet writes its Nhật ký row in the same 3 syncs", async () => {
    const { fx, port } = await newRegister(2);
    const audit = paneAuditAction(PANE_ACTION.setup, "excel", "Lê Văn C", new Date());
    const report = await port.setUp(demo.options, [criteriaSheetPlan(TEMPLATES[1]!)], audit);
    expect(report.sheetsAdded).toEqual([TEMPLATES[1]!.name]);
    expect(fx.sync).toHaveBeenCalledTimes(3); // read, sheet and row, recalculation + page setup
    expect(fx.sheet(AUDIT_SHEET)!.protected).toBe(true);
    const logged = checkAudit(await port.readGrids([AUDIT_SHEET]));
    expect(logged).toMatchObject({ kind: "checked", check: { intact: true, rows: 1 } });
  });

  // Issue #16: ~1,200 single-cell validations — the plans now give one range per criteria row.
  it("has one validation per scored row across the candidate columns, not one per cell", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    await portOn(fx).setUp(
      demo.options,
      TEMPLATES.map((t) => criteriaSheetPlan(t))
    );
    for (const t of TEMPLATES) {
      const scored = t.rows.filter((r) => r.kind !== "group").length;
      const dvs = fx.sheet(t.name)!.validations;
      expect(dvs).toHaveLength(scored);
      expect(dvs.every((v) => v.rect.c1 > v.rect.c0 && v.rect.r0 === v.rect.r1)).toBe(true);
    }
  });
});

describe("page setup", () => {
  it("is applied in its own sync after the register, and a refusal is a warning, not a lost register", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    const port = portOn(fx);
    fx.failAt = {
      match: (op) => op.member === "pageLayout.zoom",
      code: "InvalidArgument",
      message: "bad zoom",
    };
    const report = await port.setUp(demo.options);
    expect(report.created).toBe(true);
    expect(report.warnings?.[0]).toMatch(/^pageSetup(\+charts)?: InvalidArgument — bad zoom/);
    expect(fx.sheet(SHEET.nominations)).toBeDefined();
    expect([...fx.stale]).toEqual([]); // the recalculation came before the refused print setting
  });

  it("is skipped without ExcelApi 1.9 (the recalculation still has its sync)", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    await portOn(fx, (v) => v !== "1.9").setUp(demo.options);
    expect(fx.sync).toHaveBeenCalledTimes(3);
    expect(fx.ops.some((o) => o.op.includes("pageLayout"))).toBe(false);
    expect([...fx.stale]).toEqual([]);
  });
});

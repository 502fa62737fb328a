/**
 * `Tổng hợp` is live formulas: recalculated by HyperFormula and by LibreOffice headless, every
 * number equals what the domain computes for the demo register (issue: foundation, last point).
 */
import path from "node:path";
import ExcelJS from "exceljs";
import { TITLES } from "../src/domain/catalog/titles";
import { SHEET } from "../src/domain/register/contract";
import { summariseValidation, type RegisterSummary } from "../src/domain/summary";
import { validateRegister } from "../src/domain/validate";
import { readRegisterFile } from "../src/adapters/xlsx/read";
import { evaluateExcelJsWorkbook } from "../src/adapters/hyperformula";
import { demoRegister } from "../src/workbook/demo";
import { planSummarySheet, CAP_STATUS, type SummaryKey } from "../src/workbook/plan/summary";
import {
  describeWithLibreOffice,
  readValuesWithExcelJs,
  recalculateXlsx,
  type CellLookup,
} from "./helpers/libreoffice";
import { runCli, tempDir } from "./helpers/cli";
import { TODAY } from "../src/domain/testing/snapshots";

type Expected = Map<SummaryKey, number | string>;

function expectedCells(s: RegisterSummary): Expected {
  const m: Expected = new Map();
  for (const t of TITLES) {
    const c = s.byTitle[t.code];
    m.set(`title.${t.code}.count`, c.count);
    m.set(`title.${t.code}.women`, c.women);
    m.set(`title.${t.code}.direct`, c.direct);
    m.set(`title.${t.code}.valid`, c.valid);
    m.set(`title.${t.code}.bonus`, c.bonus);
  }
  m.set("total.count", s.total.count);
  m.set("total.women", s.total.women);
  m.set("total.direct", s.total.direct);
  m.set("total.valid", s.total.valid);
  m.set("total.bonus", s.total.bonus);
  m.set("base.salary", s.base.amount);
  for (const [key, o] of Object.entries(s.overlaps)) {
    m.set(`overlap.${key}.count`, o.count);
    m.set(`overlap.${key}.deducted`, o.deducted);
  }
  m.set("cap.cstdcs", s.cap.cstdcs);
  m.set("cap.ldtt", s.cap.ldtt);
  m.set("cap.ratio", s.cap.ratio ?? "");
  m.set("cap.limit", s.cap.limit ?? "");
  m.set("cap.status", CAP_STATUS[s.cap.status]);
  m.set("all.individual", s.all.individual);
  m.set("all.collective", s.all.collective);
  m.set("all.household", s.all.household);
  m.set("all.women", s.all.women);
  m.set("all.direct", s.all.direct);
  m.set("all.directShare", s.all.directShare ?? "");
  m.set("all.valid", s.all.valid);
  m.set("all.errors", s.all.errors);
  m.set("unit.other", s.otherUnits);
  return m;
}

function compare(
  expected: Expected,
  lookup: CellLookup,
  addresses: ReadonlyMap<SummaryKey, string>
): void {
  for (const [key, want] of expected) {
    const got = lookup(SHEET.summary, addresses.get(key)!);
    if (typeof want === "number") {
      expect([key, typeof got === "number" ? Math.round(got * 1e6) / 1e6 : got]).toEqual([
        key,
        Math.round(want * 1e6) / 1e6,
      ]);
    } else {
      expect([key, got ?? ""]).toEqual([key, want]);
    }
  }
}

describe("Tổng hợp formulas equal the domain summary", () => {
  const dir = tempDir();
  const file = path.join(dir, "so-thi-dua-mau.xlsx");
  let expected: Expected;
  let unitExpected: RegisterSummary["units"];
  const plan = planSummarySheet(demoRegister(TODAY.year).options);

  beforeAll(async () => {
    const r = runCli(["demo", "--out", dir]);
    expect(r.code).toBe(0);
    const reg = await readRegisterFile(file);
    const result = validateRegister(reg.snapshot, { today: TODAY });
    const s = summariseValidation(result, reg.snapshot.unitList);
    expected = expectedCells(s);
    unitExpected = s.units;
    // The demo is meant to show every kind of figure: guard against a degenerate sample.
    expect(s.total.count).toBeGreaterThanOrEqual(30);
    expect(s.all.errors).toBeGreaterThan(0);
    expect(s.total.bonus).toBeGreaterThan(0);
    // …including the base salary from the table (31/12 of the year) and a nominee proposed for
    // both LĐTT and CSTĐCS, paid the higher bonus only.
    expect(s.base.source).toBe("table");
    expect(s.overlaps.LDTT_CSTDCS!.deducted).toBeGreaterThan(0);
    expect(s.units.length).toBe(10);
    expect(s.otherUnits).toBeGreaterThan(0);
  });

  function unitRows(lookup: CellLookup): {
    name: string;
    count: number;
    individual: number;
    collective: number;
    household: number;
    valid: number;
  }[] {
    const out = [];
    for (let i = 0; i < plan.unitRows.count; i++) {
      const r = plan.unitRows.first + i;
      const name = lookup(SHEET.summary, `A${r}`);
      if (typeof name !== "string" || name === "") continue;
      const n = (c: string) => lookup(SHEET.summary, `${c}${r}`) as number;
      out.push({
        name,
        count: n("C"),
        individual: n("D"),
        collective: n("E"),
        household: n("F"),
        valid: n("G"),
      });
    }
    return out;
  }

  it("HyperFormula", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const hf = evaluateExcelJsWorkbook(wb);
    const lookup: CellLookup = (sheet, a1) => hf.get(sheet, a1);
    compare(expected, lookup, plan.cells);
    expect(unitRows(lookup)).toEqual(unitExpected);
    hf.dispose();
  });

  describeWithLibreOffice("LibreOffice headless", () => {
    let lookup: CellLookup;
    let sheetNames: string[];
    beforeAll(async () => {
      const out = await recalculateXlsx(file, path.join(dir, "lo"));
      lookup = await readValuesWithExcelJs(out);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(out);
      sheetNames = wb.worksheets.map((w) => w.name);
    });

    it("opens the register and its three bundled criteria sheets without repair: every sheet comes back", () => {
      expect(sheetNames).toEqual(
        expect.arrayContaining([
          ...Object.values(SHEET),
          "TC Cá nhân",
          "TC Tổ dân phố",
          "TC Đoàn thể",
        ])
      );
    });

    it("recalculates every summary figure to the domain's number", () => {
      compare(expected, lookup, plan.cells);
      expect(unitRows(lookup)).toEqual(unitExpected);
    });
  });
});

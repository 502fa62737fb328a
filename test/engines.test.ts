/**
 * Two formula engines against values computed in plain TypeScript: HyperFormula (in process)
 * and LibreOffice headless (one conversion for this whole file). Both must give the domain's
 * value for every formula of a generated register-like workbook; known engine differences are
 * pinned in helpers/engineProbes.ts.
 */
import fs from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import {
  CellResult,
  EvaluatedWorkbook,
  evaluateExcelJsWorkbook,
} from "../src/adapters/hyperformula";
import { addProbeSheet, Probe, PROBE_SHEET, probeAddress, PROBES } from "./helpers/engineProbes";
import { buildFormulaWorkbook, FormulaCheck, SHEETS } from "./helpers/formulaWorkbook";
import {
  CellLookup,
  describeWithLibreOffice,
  readValuesWithExcelJs,
  recalculateXlsx,
} from "./helpers/libreoffice";

/** Equal values; numbers within 1e-12 relative (files keep 15 significant digits). */
function same(actual: CellResult, expected: CellResult): boolean {
  if (typeof actual === "number" && typeof expected === "number") {
    return Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));
  }
  return JSON.stringify(actual) === JSON.stringify(expected);
}

/** One line per formula whose value differs from the expected one. */
function mismatches(checks: FormulaCheck[], lookup: CellLookup): string[] {
  return checks.flatMap(({ sheet, a1, formula, expected }) => {
    const actual = lookup(sheet, a1);
    return same(actual, expected)
      ? []
      : [
          `${sheet}!${a1} =${formula}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
        ];
  });
}

const probeCases = PROBES.map((probe, index) => [probe.formula, probe, index] as const);
const expectedFor = (probe: Probe, engine: "hf" | "lo"): CellResult | undefined =>
  probe[engine] !== undefined ? probe[engine] : probe.excel;

const { workbook, checks } = buildFormulaWorkbook();
addProbeSheet(workbook);
let dir: string;
let file: string;

beforeAll(async () => {
  dir = await fs.mkdtemp(path.join(os.tmpdir(), "sothidua-engines-"));
  file = path.join(dir, "cong-thuc.xlsx");
  await workbook.xlsx.writeFile(file);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

it("generates at least 200 checked formulas", () => {
  expect(checks.length).toBeGreaterThanOrEqual(200);
});

describe("HyperFormula", () => {
  let hf: EvaluatedWorkbook;
  beforeAll(async () => {
    const read = new ExcelJS.Workbook();
    await read.xlsx.readFile(file);
    hf = evaluateExcelJsWorkbook(read);
  });
  afterAll(() => hf.dispose());

  it("computes every formula as the domain does", () => {
    expect(mismatches(checks, (sheet, a1) => hf.get(sheet, a1))).toEqual([]);
  });

  it.each(probeCases)("probe %s", (_formula, probe, index) => {
    expect(hf.get(PROBE_SHEET, probeAddress(index))).toEqual(expectedFor(probe, "hf"));
  });
});

describeWithLibreOffice("LibreOffice", () => {
  let lo: CellLookup;
  beforeAll(async () => {
    lo = await readValuesWithExcelJs(await recalculateXlsx(file, path.join(dir, "out")));
  });

  it("recalculates on load instead of keeping the wrong cached 999", () => {
    expect(lo(SHEETS.config, "D1")).toBe(2025);
    expect(checks.filter(({ sheet, a1 }) => lo(sheet, a1) === 999)).toEqual([]);
  });

  it("computes every formula as the domain does", () => {
    expect(mismatches(checks, lo)).toEqual([]);
  });

  it.each(probeCases)("probe %s", (_formula, probe, index) => {
    expect(lo(PROBE_SHEET, probeAddress(index))).toEqual(expectedFor(probe, "lo"));
  });
});

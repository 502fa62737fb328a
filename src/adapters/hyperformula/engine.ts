/**
 * HyperFormula configured to compute like Excel (the differences measured are listed in
 * test/helpers/engineProbes.ts), and `evaluateWorkbook`, which loads an engine-neutral workbook
 * model and reads results back.
 * Pure TypeScript: runs in Node and in the browser.
 */
import { ConfigParams, DetailedCellError, HyperFormula, RawCellContent } from "hyperformula";
import { parseA1 } from "./a1";
import { isSafeName, toHyperFormulaText } from "./formulaText";
import { excelFunctionPlugins } from "./excelPlugins";
import {
  CellInput,
  CellResult,
  DefinedNameInput,
  EvaluatedWorkbook,
  isErrorValue,
  isFormulaInput,
  SheetCells,
} from "./types";

export * from "./types";

/** Settings that make HyperFormula behave like Excel for the register's formulas. */
export const EXCEL_LIKE_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  // SUMPRODUCT((range="x")*(range2)) needs array arithmetic, else #VALUE!.
  useArrayArithmetic: true,
  // A reference to an empty cell is 0 in Excel, not null.
  evaluateNullToZero: true,
  // "Hùng"="Hung" must be FALSE, as in Excel.
  accentSensitive: true,
  // Whole-column references ($C:$C) span Excel's 1,048,576 rows.
  maxRows: 1048576,
  // Results are rounded to 15 significant digits, as Excel stores them (default: 11).
  precisionRounding: 14,
  // MATCH(…, 0) compares text as Excel does (case-insensitive, accent-sensitive) and fast (./excelPlugins.ts).
  functionPlugins: excelFunctionPlugins(),
};

/**
 * A fresh HyperFormula instance with the Excel-like settings (overridable) and the named
 * expressions TRUE/FALSE, without which bare `TRUE`/`FALSE` in a formula are #NAME?.
 * Call `destroy()` on it when done.
 */
export function createEngine(overrides: Partial<ConfigParams> = {}): HyperFormula {
  const hf = HyperFormula.buildEmpty({ ...EXCEL_LIKE_CONFIG, ...overrides });
  hf.addNamedExpression("TRUE", "=TRUE()");
  hf.addNamedExpression("FALSE", "=FALSE()");
  return hf;
}

/** Defined names HyperFormula cannot parse (e.g. "Đợt_1") get ASCII aliases; formulas are rewritten. */
function aliasUnsafeNames(names: DefinedNameInput[]): Map<string, string> {
  const aliases = new Map<string, string>();
  names.forEach((defined, index) => {
    if (!isSafeName(defined.name)) aliases.set(defined.name.toUpperCase(), `_SoThiDuaName${index}`);
  });
  return aliases;
}

/** CellInput → what HyperFormula's setSheetContent expects. */
function toRawContent(value: CellInput, aliases: ReadonlyMap<string, string>): RawCellContent {
  if (value === null || typeof value === "boolean") return value;
  // Numbers that Excel cannot hold become #NUM!.
  if (typeof value === "number") return Number.isFinite(value) ? value : "=#NUM!";
  // The apostrophe keeps text as text ("001", "TRUE", "30/4/2024", "=x"); HyperFormula drops it.
  if (typeof value === "string") return `'${value}`;
  if (isFormulaInput(value)) return `=${toHyperFormulaText(value.formula, aliases)}`;
  return `=${value.error}`;
}

/** Dense rows (ragged is fine) from an A1-keyed map. */
function toRows(sheet: SheetCells, aliases: ReadonlyMap<string, string>): RawCellContent[][] {
  const rows: RawCellContent[][] = [];
  for (const [a1, value] of sheet.cells) {
    const { row, col } = parseA1(a1);
    while (rows.length <= row) rows.push([]);
    const cells = rows[row] as RawCellContent[];
    while (cells.length < col) cells.push(null);
    cells[col] = toRawContent(value, aliases);
  }
  return rows;
}

/** Constant error cells keep their own code even when HyperFormula does not know it (#NULL!, #CALC!). */
function constantErrors(sheets: SheetCells[]): Map<string, string> {
  const errors = new Map<string, string>();
  for (const sheet of sheets) {
    for (const [a1, value] of sheet.cells) {
      if (isErrorValue(value)) errors.set(cellKey(sheet.name, a1), value.error);
    }
  }
  return errors;
}

function cellKey(sheet: string, a1: string): string {
  const { row, col } = parseA1(a1);
  return `${sheet.toUpperCase()}\u0000${row}\u0000${col}`;
}

/**
 * Loads sheets and defined names into a new HyperFormula engine, computes every formula,
 * and returns read access to the results. Sheets may reference each other in any order.
 */
export function evaluateWorkbook(
  sheets: SheetCells[],
  names: DefinedNameInput[] = [],
  overrides: Partial<ConfigParams> = {}
): EvaluatedWorkbook {
  const hf = createEngine(overrides);
  try {
    const sheetIds = new Map<string, number>();
    for (const sheet of sheets) {
      const added = hf.addSheet(sheet.name);
      sheetIds.set(sheet.name, requireSheetId(hf, added));
    }
    const aliases = aliasUnsafeNames(names);
    hf.suspendEvaluation();
    for (const defined of names) {
      const scope = defined.scope === undefined ? undefined : requireSheetId(hf, defined.scope);
      const name = aliases.get(defined.name.toUpperCase()) ?? defined.name;
      hf.addNamedExpression(name, `=${toHyperFormulaText(defined.refersTo, aliases)}`, scope);
    }
    for (const sheet of sheets) {
      hf.setSheetContent(sheetIds.get(sheet.name) as number, toRows(sheet, aliases));
    }
    hf.resumeEvaluation();
    return wrap(hf, constantErrors(sheets));
  } catch (error) {
    hf.destroy();
    throw error;
  }
}

function requireSheetId(hf: HyperFormula, sheet: string): number {
  const id = hf.getSheetId(sheet);
  if (id === undefined) throw new Error(`No sheet named "${sheet}"`);
  return id;
}

function wrap(hf: HyperFormula, errors: ReadonlyMap<string, string>): EvaluatedWorkbook {
  const raw = (sheet: string, a1: string) =>
    hf.getCellValue({ sheet: requireSheetId(hf, sheet), ...parseA1(a1) });
  return {
    get(sheet, a1): CellResult {
      const value = raw(sheet, a1);
      const constant = errors.get(cellKey(sheet, a1));
      if (constant !== undefined) return { error: constant };
      if (value instanceof DetailedCellError) return { error: value.value };
      return value;
    },
    errorMessage(sheet, a1) {
      const value = raw(sheet, a1);
      return value instanceof DetailedCellError && value.message !== "" ? value.message : undefined;
    },
    sheetNames: () => hf.getSheetNames(),
    dispose: () => hf.destroy(),
  };
}

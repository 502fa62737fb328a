/**
 * Engine-neutral workbook model used to evaluate a register's formulas outside Excel
 * (HyperFormula here, LibreOffice in the tests), so results can be compared cell by cell.
 */

/**
 * What a cell holds before evaluation.
 * - `string` is always TEXT, even when it looks like a number, date or boolean ("001", "30/04/2024", "TRUE").
 * - `{ formula }` is the formula text WITHOUT the leading "=" — the convention of the xlsx file and
 *   ExcelJS (`SUM(A1:A3)`, `COUNTIFS('Đề nghị'!$C:$C,"Cá nhân")`). A leading "=" is tolerated and dropped.
 *   `_xlfn.` / `_xlws.` prefixes are removed before evaluation.
 * - `{ error }` is a constant error value such as "#N/A" (extension: xlsx cells can hold one).
 */
export type CellInput = string | number | boolean | null | { formula: string } | { error: string };

/** An evaluated cell: empty cells are `null`, errors carry Excel's code ("#DIV/0!", "#N/A", …). */
export type CellResult = string | number | boolean | null | { error: string };

/** One worksheet: cells keyed by A1 address ("B12"; "$B$12" is accepted too). */
export interface SheetCells {
  name: string;
  cells: Map<string, CellInput>;
}

/**
 * A workbook defined name. `refersTo` follows the formula convention (no leading "="),
 * e.g. `'Cấu hình'!$B$2`. `scope` is the sheet name of a sheet-local name; omit for workbook scope.
 */
export interface DefinedNameInput {
  name: string;
  refersTo: string;
  scope?: string;
}

/** Sheets and names, ready for {@link evaluateWorkbook}. */
export interface WorkbookModel {
  sheets: SheetCells[];
  names: DefinedNameInput[];
}

/** Read access to a computed workbook. */
export interface EvaluatedWorkbook {
  /** Value of a cell; throws on an unknown sheet or a malformed address. */
  get(sheet: string, a1: string): CellResult;
  /** The engine's explanation of an error cell (parse errors, unknown functions), if any. */
  errorMessage(sheet: string, a1: string): string | undefined;
  /** Sheet names in workbook order. */
  sheetNames(): string[];
  /** Frees the engine. The object must not be used afterwards. */
  dispose(): void;
}

/** Type guards for the object variants of {@link CellInput} / {@link CellResult}. */
export function isFormulaInput(value: CellInput): value is { formula: string } {
  return typeof value === "object" && value !== null && "formula" in value;
}

export function isErrorValue(value: CellInput | CellResult): value is { error: string } {
  return typeof value === "object" && value !== null && "error" in value;
}

/**
 * LibreOffice headless as a second formula engine (Node only; tests and benchmarks). The conversion
 * itself lives in src/adapters/libreoffice (the CLI's `export --pdf` uses it too).
 *
 * Usage in a test file — one conversion per file, LibreOffice starts slowly:
 *
 *   describeWithLibreOffice("my formulas", () => {
 *     let values: CellLookup;
 *     beforeAll(async () => {
 *       const dir = await fs.mkdtemp(path.join(os.tmpdir(), "my-test-"));
 *       await workbook.xlsx.writeFile(path.join(dir, "in.xlsx"));
 *       values = await readValuesWithExcelJs(await recalculateXlsx(path.join(dir, "in.xlsx"), path.join(dir, "out")));
 *     });
 *     it("computes", () => expect(values("Tổng hợp", "B2")).toBe(3));
 *   });
 *
 * Without LibreOffice the suite is skipped locally, but FAILS when CI=true.
 */
import ExcelJS from "exceljs";
import { cachedResultOf, CellResult, formulaOf, parseA1 } from "../../src/adapters/hyperformula";
import { MISSING_MESSAGE, findSoffice } from "../../src/adapters/libreoffice";

export {
  type ConvertOptions,
  convertToPdf,
  findSoffice,
  recalculateXlsx,
} from "../../src/adapters/libreoffice";

/** Reads one computed cell: sheet name and A1 address. */
export type CellLookup = (sheet: string, a1: string) => CellResult;

/**
 * The soffice path for a test. When LibreOffice is missing: throws under CI=true (so CI cannot
 * silently skip the proof), otherwise returns null so the caller can skip.
 */
export function requireLibreOffice(env: NodeJS.ProcessEnv = process.env): string | null {
  const soffice = findSoffice(env);
  if (soffice === null && env.CI === "true") throw new Error(MISSING_MESSAGE);
  return soffice;
}

/**
 * `describe` when LibreOffice is available, `describe.skip` locally when it is not, and a
 * failing test under CI=true when it is not. `fn` receives the soffice path.
 */
export function describeWithLibreOffice(name: string, fn: (soffice: string) => void): void {
  let soffice: string | null;
  try {
    soffice = requireLibreOffice();
  } catch (error) {
    describe(name, () => {
      it("needs LibreOffice", () => {
        throw error;
      });
    });
    return;
  }
  if (soffice === null) describe.skip(`${name} (LibreOffice not installed)`, () => fn(""));
  else {
    const found = soffice;
    describe(name, () => fn(found));
  }
}

/**
 * Cached values of an xlsx recalculated by LibreOffice ({@link recalculateXlsx}): formula cells give
 * their stored result, dates give serial numbers, empty cells null. Throws on an unknown sheet.
 * A formula cell without a readable result is the empty text "": LibreOffice stores a value for
 * every formula, and ExcelJS drops only the empty `<v></v>` of a text result.
 */
export async function readValuesWithExcelJs(xlsxPath: string): Promise<CellLookup> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(xlsxPath);
  return (sheet, a1) => {
    const worksheet = workbook.getWorksheet(sheet);
    if (worksheet === undefined) throw new Error(`No sheet named "${sheet}" in ${xlsxPath}`);
    const { row, col } = parseA1(a1);
    const cell = worksheet.getCell(row + 1, col + 1);
    const value = cachedResultOf(cell);
    return value === null && formulaOf(cell) !== undefined ? "" : value;
  };
}

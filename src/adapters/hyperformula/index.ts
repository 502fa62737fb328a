/** Formula engine adapter: evaluate a register's Excel formulas with HyperFormula. */
export * from "./types";
export { createEngine, evaluateWorkbook, EXCEL_LIKE_CONFIG } from "./engine";
export {
  cachedResultOf,
  cellInputOf,
  dateToExcelSerial,
  evaluateExcelJsWorkbook,
  excelJsToModel,
  formulaOf,
} from "./fromExcelJs";
export { columnLetters, parseA1, toA1 } from "./a1";

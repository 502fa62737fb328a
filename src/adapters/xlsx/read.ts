/** Read an .xlsx register with ExcelJS into grids and a snapshot. Never writes the input. */
import type ExcelJS from "exceljs";
import type { RegisterSnapshot } from "../../domain/snapshot";
import type { WorkbookGrids } from "../../workbook/grid";
import { loadWorkbookBytes, registerOfWorkbook } from "./grids";
import { readBytes } from "./bytes";

export {
  gridFromWorksheet,
  gridsFromWorkbook,
  loadWorkbookBytes,
  registerOfWorkbook,
} from "./grids";

export { readBytes } from "./bytes";

/** Load an xlsx package after sniffing its bytes; ExcelJS failures become `corrupt`. */
export async function loadWorkbook(file: string, buffer?: Buffer): Promise<ExcelJS.Workbook> {
  return loadWorkbookBytes(file, buffer ?? (await readBytes(file)));
}

export interface RegisterFile {
  readonly workbook: ExcelJS.Workbook;
  readonly grids: WorkbookGrids;
  readonly snapshot: RegisterSnapshot;
}

/** Load and read a register; a workbook with none of the register's sheets is `notRegister`. */
export async function readRegisterFile(file: string): Promise<RegisterFile> {
  const workbook = await loadWorkbook(file);
  return { workbook, ...registerOfWorkbook(workbook, file) };
}

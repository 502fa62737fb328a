/** Read an .xlsx register with ExcelJS into grids and a snapshot. Never writes the input. */
import { promises as fs } from "node:fs";
import type ExcelJS from "exceljs";
import type { RegisterSnapshot } from "../../domain/snapshot";
import type { WorkbookGrids } from "../../workbook/grid";
import { loadWorkbookBytes, registerOfWorkbook } from "./grids";
import { InputError } from "./errors";

export {
  gridFromWorksheet,
  gridsFromWorkbook,
  loadWorkbookBytes,
  registerOfWorkbook,
} from "./grids";

/** Read the file's bytes, mapping file-system failures to input problems. */
export async function readBytes(file: string): Promise<Buffer> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new InputError("missing", file);
  }
  if (!stat.isFile()) throw new InputError("notFile", file);
  return fs.readFile(file);
}

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

/** The register in a workbook's grids, whichever reader made them (package reader or ExcelJS). */
import { SHEET } from "../../domain/register/contract";
import type { RegisterSnapshot } from "../../domain/snapshot";
import type { WorkbookGrids } from "../../workbook/grid";
import { readRegister } from "../../workbook/read";
import { InputError } from "./errors";

/** A workbook with none of the register's sheets is `notRegister`. */
export function registerOfGrids(grids: WorkbookGrids, file: string): RegisterSnapshot {
  const snapshot = readRegister(grids);
  if (!snapshot.nominations && !snapshot.settings)
    throw new InputError("notRegister", file, [SHEET.settings, SHEET.nominations].join(", "));
  return snapshot;
}

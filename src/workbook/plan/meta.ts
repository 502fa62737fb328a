import { META_SHEET, SCHEMA_VERSION } from "../../domain/register/contract";
import type { SheetPlan } from "./types";

/** The hidden metadata sheet: schema version (for in-place upgrades) and the last export date (RG03). */
export function planMetaSheet(): SheetPlan {
  return {
    name: META_SHEET,
    cells: [
      { row: 1, col: 1, value: "schemaVersion" },
      { row: 1, col: 2, value: SCHEMA_VERSION },
      { row: 2, col: 1, value: "createdBy" },
      { row: 2, col: 2, value: "Sổ Thi đua" },
      { row: 3, col: 1, value: "exportedOn" },
      { row: 3, col: 2, value: null },
    ],
    widths: [],
    merges: [],
    validations: [],
    conditionalFormats: [],
    print: { orientation: "portrait", fitToWidth: true },
    protect: false,
    state: "veryHidden",
  };
}

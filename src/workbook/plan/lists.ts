/** `Danh mục`: the value lists behind every data-validation dropdown. Protected without password; drives and units stay editable. */
import {
  COMPLAINT_STATUS,
  CONDITION_VALUE,
  DISCIPLINE,
  DUTY_LEVEL,
  GENDER,
  NOMINEE_KIND,
  PERSON_GROUP,
  UNIT_LEVELS,
  YES_NO,
} from "../../domain/catalog/lists";
import { TITLES } from "../../domain/catalog/titles";
import { columnLetter } from "../../domain/findings";
import { SHEET, UNIT_LIST_HEADER } from "../../domain/register/contract";
import type { RegisterOptions } from "./options";
import { fitRows } from "./print";
import { type PlanCell, type SheetPlan, sheetRef } from "./types";

export type ListId =
  | "kind"
  | "gender"
  | "yesNo"
  | "dutyLevel"
  | "discipline"
  | "title"
  | "drive"
  | "unit"
  | "complaintStatus"
  | "unitLevel"
  | "condition"
  | "personGroup";

/** The old free list of drives (before `Đợt thi đua`, issue #14); `upgrade` carries it over. */
export const DRIVE_LIST_HEADER = "Đợt";

interface ListDef {
  readonly id: ListId;
  readonly header: string;
  readonly values: (o: RegisterOptions) => readonly string[];
  /** Editable lists reserve this many rows (unlocked). */
  readonly editableRows?: number;
}

export const LIST_DEFS: readonly ListDef[] = [
  { id: "kind", header: "Loại", values: () => Object.values(NOMINEE_KIND) },
  { id: "gender", header: "Giới tính", values: () => Object.values(GENDER) },
  { id: "yesNo", header: "Lao động trực tiếp", values: () => Object.values(YES_NO) },
  { id: "dutyLevel", header: "Mức hoàn thành nhiệm vụ", values: () => Object.values(DUTY_LEVEL) },
  { id: "discipline", header: "Kỷ luật", values: () => Object.values(DISCIPLINE) },
  { id: "title", header: "Danh hiệu / Hình thức", values: () => TITLES.map((t) => t.name) },
  { id: "drive", header: DRIVE_LIST_HEADER, values: (o) => o.drives, editableRows: 100 },
  { id: "unit", header: UNIT_LIST_HEADER, values: (o) => o.units, editableRows: 200 },
  {
    id: "complaintStatus",
    header: "Trạng thái khiếu nại",
    values: () => Object.values(COMPLAINT_STATUS),
  },
  { id: "unitLevel", header: "Cấp đơn vị", values: () => UNIT_LEVELS },
  { id: "condition", header: "Điều kiện", values: () => Object.values(CONDITION_VALUE) },
  // Added by issue #12 (last, so every older list keeps its column); `upgrade` does not add it to an
  // existing `Danh mục` (see `hasList`).
  { id: "personGroup", header: "Đối tượng", values: () => Object.values(PERSON_GROUP) },
];

const HEADER_ROW = 1;

function listLength(def: ListDef, o: RegisterOptions): number {
  return Math.max(def.editableRows ?? 0, def.values(o).length);
}

/** The absolute range of a list, e.g. `'Danh mục'!$A$2:$A$4`, used as a validation source. */
export function listSource(id: ListId, o: RegisterOptions): string {
  const i = LIST_DEFS.findIndex((d) => d.id === id);
  const def = LIST_DEFS[i]!;
  const col = columnLetter(i + 1);
  return `${sheetRef(SHEET.lists)}!$${col}$${HEADER_ROW + 1}:$${col}$${HEADER_ROW + listLength(def, o)}`;
}

/**
 * True when an existing `Danh mục` (its cell at (row, col), 1-based) holds list `id` where
 * `listSource` points: its header in the list's column. A register made before a list was added
 * has no such column, and a validation reading it would offer nothing and refuse every value.
 */
export function hasList(id: ListId, cellAt: (row: number, col: number) => unknown): boolean {
  const i = LIST_DEFS.findIndex((d) => d.id === id);
  const v = cellAt(HEADER_ROW, i + 1);
  return typeof v === "string" && v.trim() === LIST_DEFS[i]!.header;
}

export function planListsSheet(o: RegisterOptions): SheetPlan {
  const cells: PlanCell[] = [];
  LIST_DEFS.forEach((def, i) => {
    const col = i + 1;
    cells.push({ row: HEADER_ROW, col, value: def.header, style: "header" });
    const values = def.values(o);
    const n = listLength(def, o);
    for (let k = 0; k < n; k++) {
      const v = values[k] ?? null;
      if (def.editableRows)
        cells.push({ row: HEADER_ROW + 1 + k, col, value: v, style: "input", unlocked: true });
      else if (v !== null) cells.push({ row: HEADER_ROW + 1 + k, col, value: v });
    }
  });
  return fitRows({
    name: SHEET.lists,
    cells,
    widths: [undefined, ...LIST_DEFS.map((d) => Math.max(14, Math.min(40, d.header.length + 6)))],
    merges: [],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: 1, cols: 0 },
    print: { orientation: "landscape", fitToWidth: true },
    protect: true,
    state: "visible",
    tabColor: "FF7F7F7F",
  });
}

import { NOMINATION_FIELDS, type NominationField } from "../../domain/register/contract";
import { columnLetter } from "../../domain/findings";

/** Where the nomination table's columns are: fixed for a fresh register, read from the sheet on upgrade. */
export interface NominationLayout {
  readonly headerRow: number;
  readonly col: Readonly<Record<NominationField, number>>;
}

export const FRESH_NOMINATION_LAYOUT: NominationLayout = {
  headerRow: 4,
  col: Object.fromEntries(NOMINATION_FIELDS.map((f, i) => [f, i + 1])) as Record<
    NominationField,
    number
  >,
};

export function letterOf(layout: NominationLayout, f: NominationField): string {
  return columnLetter(layout.col[f]);
}

/** Whole-column reference to a nomination column, e.g. `'Đề nghị'!$R:$R`. */
export function wholeColumn(sheet: string, layout: NominationLayout, f: NominationField): string {
  const l = letterOf(layout, f);
  return `${sheet}!$${l}:$${l}`;
}

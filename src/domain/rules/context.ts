import {
  COL,
  SHEET,
  type ComplaintField,
  type HistoryField,
  type NominationField,
} from "../register/contract";
import type { Finding, FindingInput } from "../findings";
import { finding } from "../findings";
import type { Nomination } from "../nomination";
import type { Policy } from "../policy";
import type { CriteriaSheetSnapshot, TableSnapshot } from "../snapshot";
import type { RuleId } from "./catalog";

/** Everything the row rules read: typed nominations, the policy, the complaints and history tables. */
export interface RuleContext {
  readonly sheet: string;
  readonly columns: Readonly<Partial<Record<NominationField, number>>>;
  readonly nominations: readonly Nomination[];
  readonly policy: Policy;
  readonly complaints: TableSnapshot<ComplaintField> | null;
  /** `Lịch sử`: earlier years' decided titles (history rules HS). */
  readonly history: TableSnapshot<HistoryField> | null;
  readonly criteria: readonly CriteriaSheetSnapshot[];
}

/** A finding on a nomination cell (or the whole row when `field` is omitted). */
export function rowFinding(
  ctx: RuleContext,
  rule: RuleId,
  n: Nomination,
  field?: NominationField,
  params: FindingInput["params"] = {},
  citation?: string
): Finding {
  return finding({
    rule,
    sheet: ctx.sheet || SHEET.nominations,
    row: n.row,
    column: field ? COL[field] : null,
    colIndex: field ? ctx.columns[field] : undefined,
    params,
    ...(citation ? { citation } : {}),
  });
}

export function hasColumn(ctx: RuleContext, field: NominationField): boolean {
  return ctx.columns[field] !== undefined;
}

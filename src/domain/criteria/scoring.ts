/**
 * Scoring semantics of a criteria sheet (register.md), exactly as the sheet's formulas compute them:
 * - `Tổng điểm` = Σ numeric `Tiêu chí` + Σ numeric `Điểm cộng` − Σ numeric `Điểm trừ`, rounded to 6
 *   decimals (float noise), never below 0; blanks and text count 0 (Excel SUMIF ignores them).
 * - `Đạt điều kiện` = every `Điều kiện` cell is `Đạt` (case-insensitive, as COUNTIFS); blank = not met.
 * - `Xếp loại` = `Không đạt` when not eligible, else the band of the total.
 * - `Xếp hạng` = among eligible used candidates, 1 + the number with a strictly higher total.
 * Group (`Nhóm`) subtotals = Σ numeric `Tiêu chí` cells of the rows below the group up to the next group.
 */
import type { Cell } from "../cell";
import type { ScoreBands } from "../policy";
import { type Classification, type CriteriaSet } from "./types";

export interface CandidateInput {
  readonly name: string;
  /** One cell per criteria row, in set order. */
  readonly scores: readonly (Cell | undefined)[];
}

export interface CandidateResult {
  readonly name: string;
  readonly total: number;
  readonly eligible: boolean;
  readonly classification: Classification;
  /** Null when not eligible. */
  readonly rank: number | null;
  /** Subtotal of each `Nhóm` row (by row index); other rows absent. */
  readonly groupTotals: ReadonlyMap<number, number>;
}

const num = (c: Cell | undefined): number => (typeof c === "number" && Number.isFinite(c) ? c : 0);

/** Round like Excel's ROUND(x, 6) for values far from a half-unit edge (scores have ≤ 2 decimals). */
export function round6(x: number): number {
  const r = Math.round(Math.abs(x) * 1e6) / 1e6;
  return x < 0 ? -r : r;
}

const CONDITION_MET = "đạt";
const isMet = (c: Cell | undefined): boolean =>
  typeof c === "string" && c.toLocaleLowerCase("vi") === CONDITION_MET;

export function classify(total: number, eligible: boolean, bands: ScoreBands): Classification {
  if (!eligible) return "notMet";
  if (total >= bands.excellent) return "excellent";
  if (total >= bands.good) return "good";
  if (total >= bands.fair) return "fair";
  if (total >= bands.average) return "average";
  return "weak";
}

/** The index ranges of each group's member rows: group row → [first, last] (inclusive). */
export function groupRanges(set: CriteriaSet): Map<number, [number, number]> {
  const out = new Map<number, [number, number]>();
  let current = -1;
  set.rows.forEach((r, i) => {
    if (r.kind === "group") {
      current = i;
      out.set(i, [i + 1, i]);
    } else if (current >= 0) {
      out.get(current)![1] = i;
    }
  });
  return out;
}

export function scoreCandidates(
  set: CriteriaSet,
  candidates: readonly CandidateInput[],
  bands: ScoreBands
): CandidateResult[] {
  const groups = groupRanges(set);
  const partial = candidates.map((c) => {
    let sum = 0;
    let conditions = 0;
    let met = 0;
    set.rows.forEach((r, i) => {
      const v = c.scores[i];
      if (r.kind === "criterion" || r.kind === "bonus") sum += num(v);
      else if (r.kind === "deduction") sum -= num(v);
      else if (r.kind === "condition") {
        conditions++;
        if (isMet(v)) met++;
      }
    });
    const groupTotals = new Map<number, number>();
    for (const [g, [first, last]] of groups) {
      let s = 0;
      for (let i = first; i <= last; i++)
        if (set.rows[i]!.kind === "criterion") s += num(c.scores[i]);
      groupTotals.set(g, s);
    }
    const total = Math.max(0, round6(sum));
    return { name: c.name, total, eligible: conditions === met, groupTotals };
  });
  return partial.map((p) => ({
    ...p,
    classification: classify(p.total, p.eligible, bands),
    rank: p.eligible ? 1 + partial.filter((q) => q.eligible && q.total > p.total).length : null,
  }));
}

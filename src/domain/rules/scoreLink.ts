/**
 * DL10 (added by this project, next free DL ID; see docs/rules-added.md): a typed `Điểm` disagrees
 * with the `Tổng điểm` of the same nominee (normalised name) on a criteria sheet.
 */
import { columnLetter, type Finding } from "../findings";
import { scoreCandidates } from "../criteria/scoring";
import type { Nomination } from "../nomination";
import { foldKey } from "../text/normalize";
import { type RuleContext, rowFinding } from "./context";

export interface CandidateTotal {
  readonly sheet: string;
  readonly candidate: string;
  readonly cell: string;
  readonly total: number;
}

/** Every named candidate's computed total, first sheet (workbook order) winning for a repeated name. */
export function candidateTotals(
  ctx: Pick<RuleContext, "criteria" | "policy">
): Map<string, CandidateTotal> {
  const out = new Map<string, CandidateTotal>();
  for (const sheet of ctx.criteria) {
    const results = scoreCandidates(sheet.set, sheet.candidates, ctx.policy.bands);
    if (sheet.totalRow === null) continue;
    sheet.candidates.forEach((c, i) => {
      const key = foldKey(c.name);
      if (!out.has(key))
        out.set(key, {
          sheet: sheet.sheet,
          candidate: c.name,
          cell: `${columnLetter(c.col)}${sheet.totalRow}`,
          total: results[i]!.total,
        });
    });
  }
  return out;
}

export function scoreLinkRules(ctx: RuleContext): Finding[] {
  if (!ctx.criteria.length) return [];
  const totals = candidateTotals(ctx);
  const out: Finding[] = [];
  const check = (n: Nomination) => {
    if (n.score.state !== "ok" || n.scoreIsFormula || n.nameKey === null) return;
    const t = totals.get(n.nameKey);
    if (t && Math.abs(t.total - n.score.value) > 1e-6)
      out.push(
        rowFinding(ctx, "DL10", n, "score", {
          score: n.score.value,
          total: t.total,
          candidate: t.candidate,
          sheet: t.sheet,
          cell: t.cell,
        })
      );
  };
  ctx.nominations.forEach(check);
  return out;
}

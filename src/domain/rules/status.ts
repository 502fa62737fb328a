/**
 * Workflow rules QT01–QT03 (rules.md): the row's `Trạng thái` and the decision recorded on it.
 * Their basis is the procedure (quy trình) of the register, not an article of the law.
 */
import { ROW_STATUS } from "../catalog/lists";
import { cellDisplay } from "../cell";
import { decisionKey, parseDecisionNumber, parseRowStatus, rowFingerprint } from "../decision";
import type { Finding } from "../findings";
import { COL } from "../register/contract";
import type { RegisterMeta } from "../snapshot";
import { formatDdMmYyyy } from "../text/dates";
import { parseDate, parseText } from "../values";
import { type RuleContext, hasColumn, rowFinding } from "./context";

export function statusRules(ctx: RuleContext, meta: RegisterMeta): Finding[] {
  if (!hasColumn(ctx, "status") && !hasColumn(ctx, "decisionNo") && !hasColumn(ctx, "decisionDate"))
    return [];
  const out: Finding[] = [];
  for (const n of ctx.nominations) {
    const status = parseRowStatus(n.raw.status);
    const noText = parseText(n.raw.decisionNo);
    const date = parseDate(n.raw.decisionDate);
    // QT03: a workflow cell the tool cannot read (one finding per row: the first such cell).
    if (status.state === "invalid")
      out.push(
        rowFinding(ctx, "QT03", n, "status", {
          variant: "status",
          value: cellDisplay(n.raw.status),
          allowed: Object.values(ROW_STATUS),
        })
      );
    else if (noText.state === "ok" && parseDecisionNumber(noText.value) === null)
      out.push(
        rowFinding(ctx, "QT03", n, "decisionNo", { variant: "number", value: noText.value })
      );
    else if (date.state === "invalid")
      out.push(
        rowFinding(ctx, "QT03", n, "decisionDate", {
          variant: "date",
          value: cellDisplay(n.raw.decisionDate),
        })
      );
    if (status.state !== "ok" || status.value !== "decided") continue;
    // QT01: decided without the decision's number or date.
    if (noText.state !== "ok" || date.state !== "ok") {
      out.push(
        rowFinding(ctx, "QT01", n, noText.state !== "ok" ? "decisionNo" : "decisionDate", {
          missing: noText.state !== "ok" ? COL.decisionNo : COL.decisionDate,
        })
      );
      continue;
    }
    // QT02: the row differs from what its decision (recorded by `decide`) was about.
    const prints = meta.decided?.get(decisionKey(noText.value));
    if (prints?.size && !prints.has(rowFingerprint(n.raw)))
      out.push(
        rowFinding(ctx, "QT02", n, undefined, {
          number: noText.value,
          date: formatDdMmYyyy(date.value),
        })
      );
  }
  return out;
}

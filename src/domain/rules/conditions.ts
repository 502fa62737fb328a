/** Condition rules DK01–DK14 (rules.md): the law's and the ward policy's conditions per title. */
import { COMPLAINT_STATUS, DUTY_LEVEL } from "../catalog/lists";
import type { TitleCode } from "../catalog/titles";
import type { Finding } from "../findings";
import { identityKey, sameBirthDate, usesArt24Route, type Nomination } from "../nomination";
import { formatDdMmYyyy } from "../text/dates";
import { foldKey } from "../text/normalize";
import { parseText } from "../values";
import { meetsVoteThreshold, roundedVotePercent } from "../votes";
import { type RuleContext, rowFinding } from "./context";

const isTitle = (n: Nomination, ...codes: TitleCode[]): boolean =>
  n.title.state === "ok" && codes.includes(n.title.value.code);
const dutyAtLeastGood = (n: Nomination): boolean | undefined =>
  n.dutyLevel.state === "ok"
    ? n.dutyLevel.value === "excellent" || n.dutyLevel.value === "good"
    : undefined;

/** Citation of DK01's Art. 24(3) variant (docs/law.md). */
export const ART24_3_CITATION = "Luật TĐKT 2022, Điều 24 khoản 3";

/**
 * DK01: LĐTT/CSTĐCS needs `Hoàn thành tốt` or better. For a worker, farmer or other labourer
 * (`Đối tượng` = `Công nhân, nông dân, người lao động khác`) the standard is Law 2022 Art. 24(3)
 * instead: `Lao động, sản xuất hiệu quả` = `Có` (variant `art24`, on that column; blank is DL01's,
 * a value off the list DL02's); the duty rating is not asked for nor judged.
 */
function dk01(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (!isTitle(n, "LDTT", "CSTDCS")) return;
  if (usesArt24Route(n)) {
    if (n.productiveWork.state === "ok" && n.productiveWork.value === "no")
      out.push(
        rowFinding(
          ctx,
          "DK01",
          n,
          "productiveWork",
          { variant: "art24", value: String(n.raw.productiveWork ?? "") },
          ART24_3_CITATION
        )
      );
    return;
  }
  if (dutyAtLeastGood(n) === false && n.dutyLevel.state === "ok") {
    out.push(rowFinding(ctx, "DK01", n, "dutyLevel", { value: DUTY_LEVEL[n.dutyLevel.value] }));
  }
}

/** DK02: months worked under the policy minimum. */
function dk02(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  const min = ctx.policy.minMonths;
  if (
    isTitle(n, "LDTT", "CSTDCS") &&
    n.monthsWorked.state === "ok" &&
    min.state === "ok" &&
    n.monthsWorked.value < min.value
  ) {
    out.push(
      rowFinding(ctx, "DK02", n, "monthsWorked", { months: n.monthsWorked.value, min: min.value })
    );
  }
}

/**
 * DK03: an individual disciplined, for any title or form, unless `Hết thời hạn kỷ luật` says the
 * period ended before the evaluation year: achievements count from the end of the discipline
 * period (Decree 152/2025 Art. 4(4)). Without that date the discipline is taken to fall in the year.
 */
function dk03(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (
    n.kind.state !== "ok" ||
    n.kind.value !== "individual" ||
    n.discipline.state !== "ok" ||
    n.discipline.value === "none" ||
    n.discipline.value === "pending"
  )
    return;
  const end = n.disciplineEnd.state === "ok" ? n.disciplineEnd.value : null;
  const year = ctx.policy.year.state === "ok" ? ctx.policy.year.value : null;
  if (end && year !== null && end.year < year) return;
  const value = String(n.raw.discipline ?? "");
  out.push(
    rowFinding(
      ctx,
      "DK03",
      n,
      "discipline",
      end ? { value, end: formatDdMmYyyy(end), variant: "until" } : { value }
    )
  );
}

/**
 * DK14: discipline being considered, an investigation or inspection under way, or a complaint or
 * denunciation being verified (`Kỷ luật` = `Đang xem xét`): no title or award for anyone until it
 * is settled (Decree 152/2025 Art. 4(4)).
 */
function dk14(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (n.discipline.state === "ok" && n.discipline.value === "pending")
    out.push(rowFinding(ctx, "DK14", n, "discipline"));
}

/**
 * DK04: CSTĐCS needs excellent completion or a recognised initiative (policy default). Under Law
 * 2022 Art. 24(3) no duty rating is asked for: without `Hoàn thành xuất sắc` typed anyway, the
 * initiative is what shows the CSTĐCS standard of Art. 23, so an empty one is DK04.
 */
function dk04(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (!isTitle(n, "CSTDCS") || n.initiative.state !== "empty") return;
  const notExcellent =
    n.dutyLevel.state === "ok"
      ? n.dutyLevel.value !== "excellent"
      : n.dutyLevel.state === "empty" && usesArt24Route(n);
  if (notExcellent) {
    out.push(rowFinding(ctx, "DK04", n, "initiative"));
  }
}

/** DK05: CSTĐCS count over the cap (% of LĐTT) over annual individual rows. */
function dk05(ctx: RuleContext, out: Finding[]): void {
  const cap = ctx.policy.cstdcsCapPct;
  if (cap.state !== "ok") return;
  const annualIndividual = ctx.nominations.filter(
    (n) => n.isAnnual && n.kind.state === "ok" && n.kind.value === "individual"
  );
  const cstdcs = annualIndividual.filter((n) => isTitle(n, "CSTDCS"));
  const ldtt = annualIndividual.filter((n) => isTitle(n, "LDTT")).length;
  if (100 * cstdcs.length <= cap.value * ldtt) return;
  for (const n of cstdcs)
    out.push(rowFinding(ctx, "DK05", n, "title", { cstdcs: cstdcs.length, ldtt, cap: cap.value }));
}

/** DK06: a CSTĐCS nominee with no LĐTT row anywhere (any drive). */
function dk06(ctx: RuleContext, out: Finding[]): void {
  const ldttByIdentity = new Map<string, Nomination[]>();
  for (const n of ctx.nominations) {
    const id = identityKey(n);
    if (id === null || !isTitle(n, "LDTT")) continue;
    const list = ldttByIdentity.get(id);
    if (list) list.push(n);
    else ldttByIdentity.set(id, [n]);
  }
  for (const n of ctx.nominations) {
    const id = identityKey(n);
    if (id === null || !isTitle(n, "CSTDCS")) continue;
    const matches = ldttByIdentity.get(id) ?? [];
    if (!matches.some((m) => sameBirthDate(m, n))) out.push(rowFinding(ctx, "DK06", n, "title"));
  }
}

/**
 * DK07: Tập thể lao động tiên tiến conditions (Law 2022 Art. 28). The LĐTT share is the law's “more
 * than 50 %”, or at least the ward's `Tỷ lệ LĐTT tối thiểu …` when set (a lower one is RG04).
 */
function dk07(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (!isTitle(n, "TTLDTT")) return;
  const reasons: string[] = [];
  const params: Record<string, number> = {};
  if (dutyAtLeastGood(n) === false) reasons.push("dutyGood");
  if (n.members.state === "ok" && n.membersLdtt.state === "ok") {
    const share = ctx.policy.ttldttSharePct;
    const ldtt = n.membersLdtt.value;
    const members = n.members.value;
    if (share.state === "ok") {
      if (100 * ldtt < share.value * members) {
        reasons.push("ldttShare");
        params.share = share.value;
      }
    } else if (!(2 * ldtt > members)) reasons.push("ldttHalf");
  }
  if (n.membersDisciplined.state === "ok" && n.membersDisciplined.value > 0)
    reasons.push("disciplined");
  if (reasons.length) out.push(rowFinding(ctx, "DK07", n, undefined, { reasons, ...params }));
}

/** DK08: Tập thể lao động xuất sắc conditions (Law 2022 Art. 27). */
function dk08(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (!isTitle(n, "TTLDXS")) return;
  const reasons: string[] = [];
  const m = n.members.state === "ok" ? n.members.value : undefined;
  if (n.dutyLevel.state === "ok" && n.dutyLevel.value !== "excellent")
    reasons.push("dutyExcellent");
  if (m !== undefined && n.membersCompleted.state === "ok" && n.membersCompleted.value < m)
    reasons.push("allCompleted");
  if (m !== undefined && n.membersLdtt.state === "ok" && 10 * n.membersLdtt.value < 7 * m)
    reasons.push("ldtt70");
  if (n.membersCstdcs.state === "ok" && n.membersCstdcs.value < 1) reasons.push("oneCstdcs");
  if (n.membersDisciplined.state === "ok" && n.membersDisciplined.value > 0)
    reasons.push("disciplined");
  if (reasons.length) out.push(rowFinding(ctx, "DK08", n, undefined, { reasons }));
}

/** DK09: votes below the title's minimum ratio of the total council membership. */
function dk09(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (n.votes.state !== "ok" || n.title.state !== "ok" || ctx.policy.councilSize.state !== "ok")
    return;
  const pct = ctx.policy.titles[n.title.value.code].minVotePct;
  if (pct.state !== "ok") return;
  const size = ctx.policy.councilSize.value;
  if (!meetsVoteThreshold(n.votes.value, pct.value, size)) {
    out.push(
      rowFinding(ctx, "DK09", n, "votes", {
        votes: n.votes.value,
        size,
        pct: pct.value,
        ratio: roundedVotePercent(n.votes.value, size),
      })
    );
  }
}

/** DK10: not voted on yet. */
function dk10(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (n.votes.state === "empty") out.push(rowFinding(ctx, "DK10", n, "votes"));
}

/** DK11: score below the title's minimum. */
function dk11(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (n.score.state !== "ok" || n.title.state !== "ok") return;
  const min = ctx.policy.titles[n.title.value.code].minScore;
  if (min.state === "ok" && n.score.value < min.value)
    out.push(rowFinding(ctx, "DK11", n, "score", { score: n.score.value, min: min.value }));
}

/** DK12: a yearly title proposed in a drive that is not annual. */
function dk12(ctx: RuleContext, n: Nomination, out: Finding[]): void {
  if (n.title.state === "ok" && n.title.value.annualOnly && !n.isAnnual) {
    out.push(
      rowFinding(ctx, "DK12", n, "drive", { title: n.title.value.name, drive: n.driveText })
    );
  }
}

/** DK13: an unresolved complaint about this nominee (normalised name). */
function dk13(ctx: RuleContext, out: Finding[]): void {
  const open = new Set<string>();
  for (const r of ctx.complaints?.rows ?? []) {
    const name = parseText(r.cells.name);
    if (name.state !== "ok") continue;
    const status = parseText(r.cells.status);
    const key = status.state === "ok" ? foldKey(status.value) : "";
    if (key === "" || key === foldKey(COMPLAINT_STATUS.open)) open.add(foldKey(name.value));
  }
  if (open.size === 0) return;
  for (const n of ctx.nominations) {
    if (n.nameKey !== null && open.has(n.nameKey))
      out.push(rowFinding(ctx, "DK13", n, "name", { sheet: ctx.complaints?.sheet ?? "" }));
  }
}

export function conditionRules(ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  for (const n of ctx.nominations) {
    dk01(ctx, n, out);
    dk02(ctx, n, out);
    dk03(ctx, n, out);
    dk04(ctx, n, out);
    dk07(ctx, n, out);
    dk08(ctx, n, out);
    dk09(ctx, n, out);
    dk10(ctx, n, out);
    dk11(ctx, n, out);
    dk12(ctx, n, out);
    dk14(ctx, n, out);
  }
  dk05(ctx, out);
  dk06(ctx, out);
  dk13(ctx, out);
  return out;
}

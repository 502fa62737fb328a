/** Checks of a criteria set itself, with clear messages (issue: criteria sheets). */
import { foldKey } from "../text/normalize";
import { MAX_SHEET_NAME, ROW_KIND, type CriteriaSet } from "./types";
import { groupRanges } from "./scoring";
import { CRITERIA_SHEET_PREFIX } from "../register/contract";

export type CriteriaProblem =
  | {
      readonly kind: "groupSum";
      readonly row: number;
      readonly code: string;
      readonly expected: number;
      readonly actual: number;
    }
  | { readonly kind: "criteriaTotal"; readonly actual: number }
  | {
      readonly kind: "duplicateCode";
      readonly row: number;
      readonly code: string;
      readonly firstRow: number;
    }
  | { readonly kind: "emptyText"; readonly row: number; readonly code: string }
  | { readonly kind: "missingPoints"; readonly row: number; readonly code: string }
  | { readonly kind: "negativePoints"; readonly row: number; readonly code: string }
  | { readonly kind: "sheetName"; readonly name: string }
  | { readonly kind: "empty" };

const EPS = 1e-9;

/** Problems of a set; row numbers are 0-based indexes into `set.rows`. */
export function checkCriteriaSet(set: CriteriaSet): CriteriaProblem[] {
  const out: CriteriaProblem[] = [];
  if (
    !set.name.startsWith(CRITERIA_SHEET_PREFIX) ||
    set.name.length > MAX_SHEET_NAME ||
    /[\\/?*[\]:]/.test(set.name)
  )
    out.push({ kind: "sheetName", name: set.name });
  if (set.rows.length === 0) return [...out, { kind: "empty" }];
  const seen = new Map<string, number>();
  set.rows.forEach((r, i) => {
    const key = foldKey(r.code);
    if (key) {
      const first = seen.get(key);
      if (first !== undefined)
        out.push({ kind: "duplicateCode", row: i, code: r.code, firstRow: first });
      else seen.set(key, i);
    }
    if (!r.text.trim()) out.push({ kind: "emptyText", row: i, code: r.code });
    if (r.kind !== "condition" && r.maxPoints === null)
      out.push({ kind: "missingPoints", row: i, code: r.code });
    if (r.maxPoints !== null && r.maxPoints < 0)
      out.push({ kind: "negativePoints", row: i, code: r.code });
  });
  for (const [g, [first, last]] of groupRanges(set)) {
    let sum = 0;
    for (let i = first; i <= last; i++)
      if (set.rows[i]!.kind === "criterion") sum += set.rows[i]!.maxPoints ?? 0;
    const expected = set.rows[g]!.maxPoints;
    if (expected !== null && Math.abs(expected - sum) > EPS)
      out.push({ kind: "groupSum", row: g, code: set.rows[g]!.code, expected, actual: sum });
  }
  const total = set.rows
    .filter((r) => r.kind === "criterion")
    .reduce((a, r) => a + (r.maxPoints ?? 0), 0);
  if (Math.abs(total - 100) > EPS) out.push({ kind: "criteriaTotal", actual: total });
  return out;
}

/** A one-line Vietnamese / English description of a problem (rows shown 1-based within the set). */
export function describeCriteriaProblem(p: CriteriaProblem, lang: "vi" | "en" = "vi"): string {
  const vi = lang === "vi";
  switch (p.kind) {
    case "groupSum":
      return vi
        ? `Nhóm ${p.code} (dòng ${p.row + 1}): Điểm chuẩn ${p.expected} khác tổng các tiêu chí ${p.actual}.`
        : `Group ${p.code} (row ${p.row + 1}): standard points ${p.expected} differ from the sum of its criteria ${p.actual}.`;
    case "criteriaTotal":
      return vi
        ? `Tổng Điểm chuẩn các dòng “${ROW_KIND.criterion}” là ${p.actual}, cần bằng 100.`
        : `The “${ROW_KIND.criterion}” rows add up to ${p.actual}, not 100.`;
    case "duplicateCode":
      return vi
        ? `Mã “${p.code}” ở dòng ${p.row + 1} trùng với dòng ${p.firstRow + 1}.`
        : `Code “${p.code}” on row ${p.row + 1} repeats row ${p.firstRow + 1}.`;
    case "emptyText":
      return vi
        ? `Dòng ${p.row + 1} (mã “${p.code}”) chưa có nội dung tiêu chí.`
        : `Row ${p.row + 1} (code “${p.code}”) has no criterion text.`;
    case "missingPoints":
      return vi
        ? `Dòng ${p.row + 1} (mã “${p.code}”) thiếu Điểm chuẩn.`
        : `Row ${p.row + 1} (code “${p.code}”) has no standard points.`;
    case "negativePoints":
      return vi
        ? `Dòng ${p.row + 1} (mã “${p.code}”) có Điểm chuẩn âm.`
        : `Row ${p.row + 1} (code “${p.code}”) has negative standard points.`;
    case "sheetName":
      return vi
        ? `Tên sheet “${p.name}” phải bắt đầu bằng “TC ”, tối đa 31 ký tự, không chứa \\ / ? * [ ] :.`
        : `Sheet name “${p.name}” must start with “TC ”, have at most 31 characters and none of \\ / ? * [ ] :.`;
    case "empty":
      return vi ? "Bộ tiêu chí chưa có dòng nào." : "The criteria set has no rows.";
  }
}

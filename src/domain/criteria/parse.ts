/** A criteria set from CSV-like rows (`Mã`, `Nội dung tiêu chí`, `Loại dòng`, `Điểm chuẩn`), with row-level problems. */
import { foldKey, cleanText } from "../text/normalize";
import { parseNumber } from "../values";
import { CRITERIA_COL, ROW_KIND, type CriteriaRow, type CriteriaSet, type RowKind } from "./types";

export type ParseProblem =
  | { readonly kind: "header"; readonly missing: readonly string[] }
  | { readonly kind: "rowKind"; readonly line: number; readonly value: string }
  | { readonly kind: "points"; readonly line: number; readonly value: string };

const KIND_BY_KEY = new Map<string, RowKind>(
  (Object.keys(ROW_KIND) as RowKind[]).map((k) => [foldKey(ROW_KIND[k]), k])
);

/** The row kind written as its label (`Tiêu chí`, …), normalised; undefined when unknown. */
export function matchRowKind(label: string): RowKind | undefined {
  return KIND_BY_KEY.get(foldKey(label));
}

/** `lines[0]` is the header; `line` numbers in problems are 1-based file lines. Fully empty lines are skipped. */
export function criteriaSetFromRows(
  name: string,
  lines: readonly (readonly (string | number | null | undefined)[])[]
): { set: CriteriaSet; problems: ParseProblem[] } {
  const header = (lines[0] ?? []).map((c) => foldKey(String(c ?? "")));
  const idx = (label: string) => header.indexOf(foldKey(label));
  const cols = {
    code: idx(CRITERIA_COL.code),
    text: idx(CRITERIA_COL.text),
    kind: idx(CRITERIA_COL.kind),
    points: idx(CRITERIA_COL.maxPoints),
  };
  const missing = (Object.keys(cols) as (keyof typeof cols)[])
    .filter((k) => cols[k] < 0)
    .map(
      (k) =>
        ({
          code: CRITERIA_COL.code,
          text: CRITERIA_COL.text,
          kind: CRITERIA_COL.kind,
          points: CRITERIA_COL.maxPoints,
        })[k]
    );
  if (missing.length) return { set: { name, rows: [] }, problems: [{ kind: "header", missing }] };
  const problems: ParseProblem[] = [];
  const rows: CriteriaRow[] = [];
  lines.slice(1).forEach((line, i) => {
    const at = (c: number) => cleanText(String(line[c] ?? ""));
    if (line.every((c) => cleanText(String(c ?? "")) === "")) return;
    const lineNo = i + 2;
    const kind = matchRowKind(at(cols.kind));
    if (!kind) {
      problems.push({ kind: "rowKind", line: lineNo, value: at(cols.kind) });
      return;
    }
    const raw = line[cols.points];
    const p = parseNumber(typeof raw === "number" ? raw : at(cols.points));
    if (p.state === "invalid")
      problems.push({ kind: "points", line: lineNo, value: at(cols.points) });
    rows.push({
      code: at(cols.code),
      text: at(cols.text),
      kind,
      maxPoints: p.state === "ok" ? p.value : null,
    });
  });
  return { set: { name, rows }, problems };
}

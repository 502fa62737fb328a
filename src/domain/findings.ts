import { RULES, type RuleId, type Severity } from "./rules/catalog";

export type MessageParam = string | number | readonly string[];

/** One validation finding (rules.md). `message` is rendered per language by `renderMessage`. */
export interface Finding {
  readonly rule: RuleId;
  readonly severity: Severity;
  readonly sheet: string;
  /** Excel row number; null for a register-level finding. */
  readonly row: number | null;
  /** Header label, or null for a whole-row finding. */
  readonly column: string | null;
  /** A1 address when both row and column are known. */
  readonly cell: string | null;
  readonly params: Readonly<Record<string, MessageParam>>;
  readonly citation: string;
  /** Sort key within a row: the column index (0 when none). */
  readonly colIndex: number;
}

/** Excel column letters of a 1-based index: 1 → A, 27 → AA. */
export function columnLetter(index: number): string {
  let n = index;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export interface FindingInput {
  rule: RuleId;
  sheet: string;
  row: number | null;
  column?: string | null;
  colIndex?: number | undefined;
  params?: Record<string, MessageParam>;
  citation?: string;
}

export function finding(input: FindingInput): Finding {
  const col = input.colIndex ?? 0;
  return {
    rule: input.rule,
    severity: RULES[input.rule].severity,
    sheet: input.sheet,
    row: input.row,
    column: input.column ?? null,
    cell: input.row !== null && col > 0 ? `${columnLetter(col)}${input.row}` : null,
    params: input.params ?? {},
    citation: input.citation ?? RULES[input.rule].citation,
    colIndex: col,
  };
}

/** cli.md order: by sheet, then row (register-level first), then rule ID, then column. */
export function compareFindings(a: Finding, b: Finding): number {
  if (a.sheet !== b.sheet) return a.sheet < b.sheet ? -1 : 1;
  const ra = a.row ?? 0;
  const rb = b.row ?? 0;
  if (ra !== rb) return ra - rb;
  if (a.rule !== b.rule) return a.rule < b.rule ? -1 : 1;
  if (a.colIndex !== b.colIndex) return a.colIndex - b.colIndex;
  return (a.column ?? "") < (b.column ?? "") ? -1 : (a.column ?? "") > (b.column ?? "") ? 1 : 0;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function countBySeverity(findings: readonly Finding[]): { error: number; warning: number } {
  let error = 0;
  let warning = 0;
  for (const f of findings) {
    if (f.severity === "error") error++;
    else warning++;
  }
  return { error, warning };
}

import type { Finding } from "./findings";
import { countBySeverity, sortFindings } from "./findings";
import { parseNomination, type Nomination } from "./nomination";
import { readPolicy, type Policy } from "./policy";
import { SHEET } from "./register/contract";
import { conditionRules } from "./rules/conditions";
import type { RuleContext } from "./rules/context";
import { dataRules } from "./rules/data";
import { driveRules } from "./rules/drives";
import { historyRules } from "./rules/history";
import { meetingRules } from "./rules/meeting";
import { nationalRules } from "./rules/national";
import { registerRules } from "./rules/register";
import { scoreLinkRules } from "./rules/scoreLink";
import { statusRules } from "./rules/status";
import type { RegisterSnapshot } from "./snapshot";
import type { CivilDate } from "./text/dates";

export interface ValidationResult {
  readonly findings: readonly Finding[];
  readonly nominations: readonly Nomination[];
  readonly policy: Policy;
  readonly counts: { readonly error: number; readonly warning: number; readonly rows: number };
}

export interface ValidateOptions {
  /** The day RG03 compares the deadline with (injected: the domain reads no clock). */
  readonly today: CivilDate;
}

/** Validate a register snapshot with every DL, DK, HS, QT, HD and RG rule; findings sorted as cli.md says. */
export function validateRegister(
  snapshot: RegisterSnapshot,
  options: ValidateOptions
): ValidationResult {
  const reading = readPolicy(snapshot.settings);
  const policy = reading.policy;
  const table = snapshot.nominations;
  const limits = {
    councilSize: policy.councilSize.state === "ok" ? policy.councilSize.value : undefined,
    year: policy.year.state === "ok" ? policy.year.value : undefined,
  };
  const nominations = (table?.headerRow != null ? table.rows : []).map((r) =>
    parseNomination(r, limits)
  );
  const ctx: RuleContext = {
    sheet: table?.sheet ?? SHEET.nominations,
    columns: table?.columns ?? {},
    nominations,
    policy,
    complaints: snapshot.complaints,
    history: snapshot.history?.headerRow != null ? snapshot.history : null,
    criteria: snapshot.criteria,
  };
  const findings = sortFindings([
    ...registerRules(snapshot, reading, options.today),
    ...nationalRules(snapshot.settings, reading),
    ...meetingRules(snapshot, reading, ctx),
    ...dataRules(ctx),
    ...scoreLinkRules(ctx),
    ...conditionRules(ctx),
    ...historyRules(ctx),
    ...statusRules(ctx, snapshot.meta),
    ...driveRules(snapshot, reading, ctx, options.today),
  ]);
  return {
    findings,
    nominations,
    policy,
    counts: { ...countBySeverity(findings), rows: nominations.length },
  };
}

/** Findings grouped by Excel row (row-level only). */
export function findingsByRow(findings: readonly Finding[]): Map<number, Finding[]> {
  const m = new Map<number, Finding[]>();
  for (const f of findings) {
    if (f.row === null) continue;
    const list = m.get(f.row);
    if (list) list.push(f);
    else m.set(f.row, [f]);
  }
  return m;
}

/**
 * `--by NAME` of this run: main.ts sets it before a command runs, ./audit.ts reads it for the
 * audit row. Its own module, with no imports, so that starting the CLI does not load the audit
 * trail's code (a command that writes loads it).
 */
let by: string | undefined;

/** Blank or absent: the OS user (./audit.ts). */
export function setAuditBy(name: string | undefined): void {
  by = name?.trim() ? name.trim() : undefined;
}

export function auditBy(): string | undefined {
  return by;
}

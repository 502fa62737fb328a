/**
 * The CLI's side of the audit trail (issue #14): who runs it (`--by`, else the OS user name), the
 * clock, and the name of each writing action. The row itself is decided by
 * src/workbook/edit/audit.ts and appended in ./editRegister.ts.
 */
import os from "node:os";
import { isoWithOffset, TOOL_VERSION } from "../domain/audit/chain";
import { type AuditAction, PANE_ACTION } from "../workbook/edit/audit";
import { auditBy } from "./auditBy";

/**
 * The writing actions of the CLI, as `Thao tác` records them: the pane's words for the same action
 * (src/workbook/edit/audit.ts PANE_ACTION) and the command.
 */
export const CLI_ACTION = {
  init: "Khởi tạo (init)",
  demo: "Khởi tạo (demo)",
  validateWrite: `${PANE_ACTION.check} (validate --write)`,
  upgrade: "Nâng cấp sổ (upgrade)",
  criteriaImport: `${PANE_ACTION.criteriaImport} (criteria import)`,
  addCandidates: `${PANE_ACTION.addCandidates} (criteria add-candidates)`,
  link: `${PANE_ACTION.link} (criteria link)`,
  markExported: `${PANE_ACTION.markExported} (export --mark-exported)`,
  decide: `${PANE_ACTION.decision} (decide)`,
  historyImport: `${PANE_ACTION.historyImport} (history import)`,
} as const;
export type CliAction = (typeof CLI_ACTION)[keyof typeof CLI_ACTION];

function osUser(): string {
  try {
    return os.userInfo().username;
  } catch {
    return "";
  }
}

/** `Thời điểm`, `Thao tác`, `Người thực hiện` and `Phiên bản` of an action run now. */
export function auditAction(action: CliAction, now: Date = new Date()): AuditAction {
  return {
    time: isoWithOffset(now, -now.getTimezoneOffset()),
    action,
    by: auditBy() ?? osUser(),
    version: `Sổ Thi đua ${TOOL_VERSION} (CLI)`,
  };
}

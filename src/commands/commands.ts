/// <reference types="office-js" />
/**
 * The ribbon's commands (manifest ExecuteFunction actions). They run in the task pane's SHARED
 * RUNTIME (manifest <Runtimes>, FunctionFile = the pane's own page, SharedRuntime 1.1): the
 * "Kiểm tra" button shows the pane and switches it to the check tab, whether the pane was open or
 * not (a second ShowTaskpane action on the same pane cannot: an open pane keeps its page).
 * src/taskpane/index.tsx associates them at start. Each handler must call event.completed().
 */
import { requestTab } from "../taskpane/shell";

/* global Office */

type CommandHandler = (event: Office.AddinCommands.Event) => void | Promise<void>;

/** What the commands use of Office.js (tests pass a stand-in). */
export interface OfficeCommandsApi {
  readonly addin?: { showAsTaskpane?: () => Promise<void> };
  readonly actions?: { associate: (name: string, handler: CommandHandler) => void };
}

const office = (): OfficeCommandsApi | undefined =>
  typeof Office !== "undefined" ? (Office as unknown as OfficeCommandsApi) : undefined;

/** "Kiểm tra": the check tab, in a pane that is shown (opened if it was closed). */
export async function openCheckTab(
  event: Office.AddinCommands.Event,
  api: OfficeCommandsApi | undefined = office()
): Promise<void> {
  try {
    requestTab("kiem-tra");
    await api?.addin?.showAsTaskpane?.();
  } catch (e) {
    console.warn("Sổ Thi đua: could not show the task pane", e);
  } finally {
    event.completed();
  }
}

/** FunctionName in the manifest → handler. */
export const COMMANDS: Readonly<Record<string, CommandHandler>> = {
  openCheckTab: (event) => openCheckTab(event),
};

/** Register the commands with Office (in the shared runtime, as early as the page starts). */
export function associateCommands(api: OfficeCommandsApi | undefined = office()): void {
  try {
    for (const [name, handler] of Object.entries(COMMANDS)) api?.actions?.associate(name, handler);
  } catch (e) {
    console.warn("Sổ Thi đua: ribbon commands not available here", e);
  }
}

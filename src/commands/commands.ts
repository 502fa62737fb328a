/// <reference types="office-js" />
/**
 * Function file of the ribbon (manifest FunctionFile → commands.html).
 *
 * Both ribbon buttons ("Mở sổ", "Kiểm tra") are ShowTaskpane actions, so no ExecuteFunction
 * is declared yet. A button declared later as
 *   <Action xsi:type="ExecuteFunction"><FunctionName>name</FunctionName></Action>
 * needs an entry in COMMANDS below; each handler must call event.completed().
 */

/* global Office */

type CommandHandler = (event: Office.AddinCommands.Event) => void | Promise<void>;

/** FunctionName in the manifest → handler. Empty while the ribbon only opens the task pane. */
export const COMMANDS: Readonly<Record<string, CommandHandler>> = {};

Office.onReady(() => {
  for (const [name, handler] of Object.entries(COMMANDS)) {
    Office.actions.associate(name, handler);
  }
});

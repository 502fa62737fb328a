/** Why an input file cannot be used (exit code 2). Messages are rendered by the CLI / task pane. */
export type InputProblem =
  | "missing"
  | "notFile"
  | "empty"
  | "xls"
  | "encrypted"
  | "ods"
  | "notXlsx"
  | "corrupt"
  | "tooLarge"
  | "notRegister";

export class InputError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly file: string,
    readonly detail = "",
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ""}`);
    this.name = "InputError";
  }
}

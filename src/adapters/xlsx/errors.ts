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

/** The detail of a `corrupt` file when no parser said more (the sniffer found no zip central directory). */
export const INCOMPLETE_ZIP =
  "tệp zip không đầy đủ, có thể bị cắt ngang khi tải về hoặc sao chép / incomplete zip, probably truncated";

export class InputError extends Error {
  constructor(
    readonly problem: InputProblem,
    readonly file: string,
    readonly detail = problem === "corrupt" ? INCOMPLETE_ZIP : ""
  ) {
    super(`${problem}: ${file}${detail ? ` (${detail})` : ""}`);
    this.name = "InputError";
  }
}

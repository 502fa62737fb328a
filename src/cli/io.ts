/** Output helpers for the command line: a plain-text table and input-error reporting. */
import type { TFunction } from "i18next";
import { InputError } from "../adapters/xlsx/errors";
import { describeFileProblem, FileError, fsProblem, isErrnoError } from "./files";

/** Whether to show the stack of an unexpected error (SO_THI_DUA_DEBUG=1). */
export const debugging = (): boolean => /^(1|true|yes)$/iu.test(process.env.SO_THI_DUA_DEBUG ?? "");

export interface Io {
  out(text: string): void;
  err(text: string): void;
  readonly stderrIsTTY: boolean;
}

export const processIo: Io = {
  out: (t) => void process.stdout.write(`${t}\n`),
  err: (t) => void process.stderr.write(`${t}\n`),
  stderrIsTTY: Boolean(process.stderr.isTTY),
};

/** Display width of a string (combining marks take no column). */
function width(s: string): number {
  return [...s.normalize("NFC")].filter((ch) => !/\p{M}/u.test(ch)).length;
}

export function table(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  maxLast = 100
): string {
  const all = [headers, ...rows];
  const widths = headers.map((_, i) =>
    Math.min(
      i === headers.length - 1 ? maxLast : 40,
      Math.max(...all.map((r) => width(r[i] ?? "")))
    )
  );
  const pad = (s: string, w: number) => s + " ".repeat(Math.max(0, w - width(s)));
  const line = (r: readonly string[]) =>
    r.map((c, i) => (i === r.length - 1 ? c : pad(c, widths[i]!))).join("  ");
  return [line(headers), widths.map((w) => "─".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

/**
 * The one sentence of an unusable input, a file problem (files.ts) or a file-system error, or null
 * for anything else.
 */
export function fileErrorSentence(e: unknown, t: TFunction): string | null {
  if (e instanceof InputError) return t(`input.${e.problem}`, { file: e.file, detail: e.detail });
  if (e instanceof FileError) return describeFileProblem(e.problem, t);
  if (isErrnoError(e)) {
    const p = fsProblem(e);
    if (p.file) return describeFileProblem(p, t);
  }
  return null;
}

/** One sentence for any failure (the CLI's last resort): never a stack or Node's own text. */
export function errorSentence(e: unknown, t: TFunction): string {
  return (
    fileErrorSentence(e, t) ??
    t("files.unexpected", {
      name: isErrnoError(e) ? e.code : e instanceof Error ? e.name : typeof e,
    })
  );
}

/**
 * Report an unusable input or a file problem (exit code 2) in the user's language; rethrow anything
 * else (the top level turns it into one sentence).
 */
export function reportInputError(e: unknown, t: TFunction, io: Io): number {
  const sentence = fileErrorSentence(e, t);
  if (sentence === null) throw e;
  io.err(sentence);
  return 2;
}

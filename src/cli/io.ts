/** Output helpers for the command line: a plain-text table and input-error reporting. */
import type { TFunction } from "i18next";
import { InputError } from "../adapters/xlsx/errors";

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

/** Report an unusable input (exit code 2) in the user's language; rethrow anything else. */
export function reportInputError(e: unknown, t: TFunction, io: Io): number {
  if (e instanceof InputError) {
    io.err(t(`input.${e.problem}`, { file: e.file, detail: e.detail }));
    return 2;
  }
  throw e;
}

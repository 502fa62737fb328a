import type { Finding } from "./findings";
import { renderMessage, type Lang } from "./i18n/render";
import { RESULT_TEXT } from "./register/contract";

/** Excel's limit on the characters of one cell. */
export const MAX_CELL_CHARS = 32767;

/**
 * The `Kết quả kiểm tra` text of one row: `Hợp lệ`; `Hợp lệ – cảnh báo: DK10 …` when only warnings;
 * `Lỗi: DK01 …; … – cảnh báo: …` when errors. The prefix drives the row colour and the `Tổng hợp` counts.
 */
export function resultText(rowFindings: readonly Finding[], lang: Lang = "vi"): string {
  const line = (f: Finding) => `${f.rule} ${renderMessage(f, lang)}`;
  const errors = rowFindings.filter((f) => f.severity === "error").map(line);
  const warnings = rowFindings.filter((f) => f.severity === "warning").map(line);
  const warn = warnings.length ? ` – cảnh báo: ${warnings.join("; ")}` : "";
  const text = errors.length
    ? `${RESULT_TEXT.errorPrefix}: ${errors.join("; ")}${warn}`
    : `${RESULT_TEXT.ok}${warn}`;
  return text.length > MAX_CELL_CHARS ? `${text.slice(0, MAX_CELL_CHARS - 1)}…` : text;
}

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

/**
 * `resultText` for the rows of one register: rows with the same findings' lines get the same text,
 * computed once and the same string each time (a register repeats a few results down tens of
 * thousands of rows; a writer then looks each text up and encodes it once).
 */
export function resultTexts(lang: Lang = "vi"): (rowFindings: readonly Finding[]) => string {
  const ids = new Map<string, number>();
  const texts = new Map<string, string>();
  return (rowFindings) => {
    // The text depends on each error's and warning's rule and message, in order.
    let key = "";
    for (const f of rowFindings) {
      if (f.severity !== "error" && f.severity !== "warning") continue;
      const message = renderMessage(f, lang);
      let id = ids.get(message);
      if (id === undefined) ids.set(message, (id = ids.size));
      key += `${f.severity === "error" ? "e" : "w"}${f.rule}:${id},`;
    }
    let text = texts.get(key);
    if (text === undefined) texts.set(key, (text = resultText(rowFindings, lang)));
    return text;
  };
}

const OK_TEXT = new RegExp(`^${RESULT_TEXT.ok}(?: – cảnh báo: [A-Z]{2}\\d{2}\\b[\\s\\S]*)?$`, "u");
const ERROR_TEXT = new RegExp(`^${RESULT_TEXT.errorPrefix}: [A-Z]{2}\\d{2}\\b[\\s\\S]*$`, "u");

/**
 * Whether a cell holds a result written by `resultText` (so it may be cleared when its row stops
 * being a nomination): its exact shape, with rule IDs — not any note that starts with “Lỗi” or
 * “Hợp lệ” (“Lỗi chính tả đã sửa”, “Hợp lệ theo ý kiến HĐ”), which is the clerk's and is kept.
 */
export function isResultText(v: unknown): boolean {
  if (typeof v !== "string") return false;
  const t = v.normalize("NFC");
  return OK_TEXT.test(t) || ERROR_TEXT.test(t);
}

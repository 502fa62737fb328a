/**
 * Text normalisation used everywhere values are compared (register.md, rules.md):
 * Unicode NFC, trimmed, inner whitespace collapsed, and (for keys) case-folded.
 */

/** NFC, trim, and collapse every run of whitespace (incl. NBSP) to one space. */
export function cleanText(text: string): string {
  return text.normalize("NFC").replace(/[\s\u00a0\u2000-\u200b\u3000]+/gu, " ").trim();
}

/** Comparison key: cleanText + Vietnamese-aware lower case. `"hoàn thành  TỐT"` → `"hoàn thành tốt"`. */
export function foldKey(text: string): string {
  return cleanText(text).toLocaleLowerCase("vi").normalize("NFC");
}

/** True when the two texts are equal after normalisation and case-folding. */
export function sameText(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}

/**
 * Text normalisation used everywhere values are compared (register.md, rules.md):
 * Unicode NFC, trimmed, inner whitespace collapsed, and (for keys) case-folded.
 */

const WS = /[\s\u00a0\u2000-\u200b\u3000]+/gu;
/** Whitespace that needs collapsing or trimming: a run of two, at either end, or any space other than " ". */
const NEEDS_WS =
  /[\s\u00a0\u2000-\u200b\u3000]{2}|^[\s\u00a0\u2000-\u200b\u3000]|[\s\u00a0\u2000-\u200b\u3000]$|[\t\n\r\f\v\u00a0\u1680\u2000-\u200b\u2028\u2029\u202f\u205f\u3000\ufeff]/u;

/** NFC, trim, and collapse every run of whitespace (incl. NBSP) to one space. */
export function cleanText(text: string): string {
  const n = text.normalize("NFC");
  return NEEDS_WS.test(n) ? n.replace(WS, " ").trim() : n;
}

// Register values repeat heavily (lists, units, titles): memoise keys, bounded.
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_LIMIT = 50_000;

/**
 * Comparison key: cleanText + lower case. `"hoàn thành  TỐT"` → `"hoàn thành tốt"`. Vietnamese has no
 * locale-specific case mappings, so the plain Unicode lower case is the Vietnamese one.
 */
export function foldKey(text: string): string {
  const hit = KEY_CACHE.get(text);
  if (hit !== undefined) return hit;
  const key = cleanText(text).toLowerCase().normalize("NFC");
  if (KEY_CACHE.size >= KEY_CACHE_LIMIT) KEY_CACHE.clear();
  KEY_CACHE.set(text, key);
  return key;
}

/** True when the two texts are equal after normalisation and case-folding. */
export function sameText(a: string, b: string): boolean {
  return foldKey(a) === foldKey(b);
}

/** The base letters of a text: every accent and tone mark removed, `đ`/`Đ` as `d`/`D` (`Đợt` → `Dot`). */
export function baseLetters(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gu, "d").replace(/Đ/gu, "D");
}

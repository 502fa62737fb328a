/**
 * Vietnamese alphabetical order for the lists sent to the emulation council.
 *
 * Letters follow the Vietnamese alphabet (a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y)
 * and tones come after the base letter in dictionary order: none, huyền, hỏi, ngã, sắc, nặng
 * ("ba < bà < bả < bã < bá < bạ < bác"). This is ICU's "vi" collation, which every runtime this
 * project targets ships (Node ≥ 20 with full ICU, Edge WebView2, Safari/WebKit, Chromium); collate.test.ts
 * pins the behaviour. Case is ignored; numbers compare by value ("số 2" < "số 10").
 *
 * Which list uses which order:
 *  - lists of PEOPLE (individual titles: Lao động tiên tiến, Chiến sĩ thi đua, Giấy khen …) are sorted
 *    with compareVietnameseNames: given name (last word), then middle name(s), then family name
 *    (first word), the usual order of Vietnamese name lists;
 *  - lists of COLLECTIVES (Tổ dân phố, Hội, Chi bộ, Đoàn …) are sorted with compareVietnameseText:
 *    plain alphabetical order of the whole cleaned text.
 * Both end in a deterministic tie-break (exact text incl. case, then code units), so they return 0
 * only for texts that are equal after cleanText.
 */
import { cleanText } from "./normalize";

/**
 * The collators are made the first time a list is sorted: making one loads ICU's Vietnamese
 * collation data (~13 ms), which a command that sorts nothing (`validate`) should not pay.
 */
let collators: { readonly order: Intl.Collator; readonly exact: Intl.Collator } | undefined;
function made(): NonNullable<typeof collators> {
  return (collators ??= {
    /** Base letters and tones, not case; digits by numeric value. */
    order: new Intl.Collator("vi", { sensitivity: "accent", numeric: true, usage: "sort" }),
    /** Same, plus case: only used to break ties. */
    exact: new Intl.Collator("vi", {
      sensitivity: "variant",
      numeric: true,
      caseFirst: "upper",
      usage: "sort",
    }),
  });
}
const ORDER = { compare: (a: string, b: string) => made().order.compare(a, b) };
const EXACT = { compare: (a: string, b: string) => made().exact.compare(a, b) };

const sign = (n: number): number => (n < 0 ? -1 : n > 0 ? 1 : 0);

function tieBreak(a: string, b: string): number {
  return sign(EXACT.compare(a, b)) || (a < b ? -1 : a > b ? 1 : 0);
}

interface NameKey {
  readonly text: string;
  readonly given: string;
  readonly middle: readonly string[];
  readonly family: string;
}

/** Split a cleaned personal name: "Nguyễn Thị Minh Khai" → family Nguyễn, middle [Thị, Minh], given Khai. */
function nameKey(name: string): NameKey {
  const text = cleanText(name);
  const words = text === "" ? [] : text.split(" ");
  if (words.length <= 1) return { text, given: words[0] ?? "", middle: [], family: "" };
  return {
    text,
    given: words[words.length - 1] ?? "",
    middle: words.slice(1, -1),
    family: words[0] ?? "",
  };
}

function compareWordLists(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const c = sign(ORDER.compare(a[i] ?? "", b[i] ?? ""));
    if (c !== 0) return c;
  }
  return sign(a.length - b.length);
}

function compareNameKeys(a: NameKey, b: NameKey): number {
  return (
    sign(ORDER.compare(a.given, b.given)) ||
    compareWordLists(a.middle, b.middle) ||
    sign(ORDER.compare(a.family, b.family)) ||
    tieBreak(a.text, b.text)
  );
}

/**
 * Order of two personal names: given name, then middle name(s), then family name, in Vietnamese
 * alphabetical order, case-insensitive, after cleanText. Returns -1, 0 or 1.
 * "Nguyễn Văn An" < "Trần Thị Bình" < "Lê Văn Bình".
 */
export function compareVietnameseNames(a: string, b: string): number {
  return compareNameKeys(nameKey(a), nameKey(b));
}

/** Plain Vietnamese alphabetical order of whole texts (collective names), numbers by value. Returns -1, 0 or 1. */
export function compareVietnameseText(a: string, b: string): number {
  const x = cleanText(a);
  const y = cleanText(b);
  return sign(ORDER.compare(x, y)) || tieBreak(x, y);
}

function sortByKey<T, K>(
  items: readonly T[],
  keyOf: (t: T) => K,
  compare: (a: K, b: K) => number
): T[] {
  return items
    .map((item, index) => ({ item, index, key: keyOf(item) }))
    .sort((a, b) => compare(a.key, b.key) || a.index - b.index)
    .map((x) => x.item);
}

/** A new array of the items sorted by personal name (compareVietnameseNames); stable. */
export function sortByVietnameseName<T>(items: readonly T[], nameOf: (t: T) => string): T[] {
  return sortByKey(items, (t) => nameKey(nameOf(t)), compareNameKeys);
}

/** A new array of the items sorted by collective name / plain text (compareVietnameseText); stable. */
export function sortByVietnameseText<T>(items: readonly T[], textOf: (t: T) => string): T[] {
  return sortByKey(
    items,
    (t) => cleanText(textOf(t)),
    (a, b) => sign(ORDER.compare(a, b)) || tieBreak(a, b)
  );
}

/**
 * Legacy Vietnamese 8-bit encodings still found in old ward files: text typed with .VnTime
 * (TCVN3 / ABC) or VNI-Times fonts and stored in the workbook as the font's raw bytes, each byte
 * read as its Windows-1252 / Latin-1 character ("NguyÔn V¨n An", "Nguyeãn Vaên An").
 *
 * Tables (facts, cross-checked entry by entry against two independent public converters):
 *  - UniKey's VnConv charset tables (Pham Kim Long, unikey/data.cpp in e.g. fcitx/fcitx5-unikey):
 *    the TCVN3 single-byte table and the VNI-WIN double-byte table (low byte base, high byte mark);
 *  - xvnkb's tcvn.h and vni.h (Dao Hai Lam, github.com/lamdao/xvnkb).
 *
 * TCVN3 = TCVN 5712:1993 VN3, the "ABC" font set. It has code points for the upper-case BASE
 * letters Ă Â Ê Ô Ơ Ư Đ only; an upper-case TONED letter does not exist in it: headings were typed
 * with the lower-case code point and shown upper case by the ".VnTimeH" fonts. Hence:
 *  - unicodeToLegacy(…, "TCVN3") writes an upper-case toned letter as its lower-case code point
 *    (what UniKey does too);
 *  - legacyToUnicode(…, "TCVN3") reads a toned code point as lower case, EXCEPT inside a word that
 *    is otherwise upper case ("NGUYÔN" → "NGUYỄN", "ñY" → "ỦY"): a word whose cased letters are all
 *    upper case, with at least two of them or with the toned letter first. A Title-case word keeps
 *    it lower case ("Tæ" → "Tổ", "¸nh" → "ánh": the old file really showed "ánh").
 * VN1 (TCVN 5712 with upper-case toned letters in the C0/0x80–0x9F range) is not handled: those
 * code points cannot survive in an xlsx cell and .VnTime fonts never used them.
 *
 * VNI-Windows writes a vowel as base letter + one trailing mark byte (tone, or circumflex/breve
 * combined with the tone): "aø" = à, "aâ" = â, "aá" = ấ, "aê" = ă, "aé" = ắ; except i with a tone,
 * ỵ, ơ, ư, đ, which have a byte of their own (í ì æ ó ò, î, ô, ö, ñ). Upper case uses upper-case
 * bytes throughout ("AÙ" = Á, "Ñ" = Đ).
 */
import { VOWELS, isVietnameseSyllable, vowelWithTone } from "./syllable";

export type LegacyEncoding = "TCVN3" | "VNI";

type Row = readonly [number, number, number, number, number, number];

/** TCVN3 code points per vowel, tones in TONES order: none, huyền, sắc, hỏi, ngã, nặng. */
const TCVN3_VOWELS: Readonly<Record<string, Row>> = {
  a: [0x61, 0xb5, 0xb8, 0xb6, 0xb7, 0xb9], // a µ ¸ ¶ · ¹
  ă: [0xa8, 0xbb, 0xbe, 0xbc, 0xbd, 0xc6], // ¨ » ¾ ¼ ½ Æ
  â: [0xa9, 0xc7, 0xca, 0xc8, 0xc9, 0xcb], // © Ç Ê È É Ë
  e: [0x65, 0xcc, 0xd0, 0xce, 0xcf, 0xd1], // e Ì Ð Î Ï Ñ
  ê: [0xaa, 0xd2, 0xd5, 0xd3, 0xd4, 0xd6], // ª Ò Õ Ó Ô Ö
  i: [0x69, 0xd7, 0xdd, 0xd8, 0xdc, 0xde], // i × Ý Ø Ü Þ
  o: [0x6f, 0xdf, 0xe3, 0xe1, 0xe2, 0xe4], // o ß ã á â ä
  ô: [0xab, 0xe5, 0xe8, 0xe6, 0xe7, 0xe9], // « å è æ ç é
  ơ: [0xac, 0xea, 0xed, 0xeb, 0xec, 0xee], // ¬ ê í ë ì î
  u: [0x75, 0xef, 0xf3, 0xf1, 0xf2, 0xf4], // u ï ó ñ ò ô
  ư: [0xad, 0xf5, 0xf8, 0xf6, 0xf7, 0xf9], // (soft hyphen) õ ø ö ÷ ù
  y: [0x79, 0xfa, 0xfd, 0xfb, 0xfc, 0xfe], // y ú ý û ü þ
};
/** TCVN3 letters with a separate code point per case: đ and the untoned modified vowels. */
const TCVN3_CASED: Readonly<Record<string, readonly [lower: number, upper: number]>> = {
  đ: [0xae, 0xa7], // ® §
  ă: [0xa8, 0xa1], // ¨ ¡
  â: [0xa9, 0xa2], // © ¢
  ê: [0xaa, 0xa3], // ª £
  ô: [0xab, 0xa4], // « ¤
  ơ: [0xac, 0xa5], // ¬ ¥
  ư: [0xad, 0xa6], // (soft hyphen) ¦
};

/** VNI trailing marks, tones in TONES order. */
const VNI_PLAIN = ["", "\u00f8", "\u00f9", "\u00fb", "\u00f5", "\u00ef"]; // ø ù û õ ï
const VNI_CIRCUMFLEX = ["\u00e2", "\u00e0", "\u00e1", "\u00e5", "\u00e3", "\u00e4"]; // â à á å ã ä
const VNI_BREVE = ["\u00ea", "\u00e8", "\u00e9", "\u00fa", "\u00fc", "\u00eb"]; // ê è é ú ü ë
const withMarks = (base: string, marks: readonly string[]): readonly string[] =>
  marks.map((m) => base + m);

/** VNI-Windows lower-case sequences per vowel, tones in TONES order (upper case = the same bytes upper-cased). */
const VNI_VOWELS: Readonly<Record<string, readonly string[]>> = {
  a: withMarks("a", VNI_PLAIN),
  ă: withMarks("a", VNI_BREVE),
  â: withMarks("a", VNI_CIRCUMFLEX),
  e: withMarks("e", VNI_PLAIN),
  ê: withMarks("e", VNI_CIRCUMFLEX),
  i: ["i", "\u00ec", "\u00ed", "\u00e6", "\u00f3", "\u00f2"], // i ì í æ ó ò
  o: withMarks("o", VNI_PLAIN),
  ô: withMarks("o", VNI_CIRCUMFLEX),
  ơ: withMarks("\u00f4", VNI_PLAIN), // ô + mark
  u: withMarks("u", VNI_PLAIN),
  ư: withMarks("\u00f6", VNI_PLAIN), // ö + mark
  y: ["y", "y\u00f8", "y\u00f9", "y\u00fb", "y\u00f5", "\u00ee"], // ỵ = î
};
const VNI_D = "\u00f1"; // ñ = đ, Ñ = Đ

interface Tables {
  /** Unicode letter → legacy text. */
  readonly encode: ReadonlyMap<string, string>;
  /** Legacy text (1 or 2 chars) → Unicode letter. */
  readonly decode: ReadonlyMap<string, string>;
  /** Legacy chars that are not letters of the Unicode Vietnamese alphabet (strong evidence). */
  readonly exclusive: ReadonlySet<string>;
  /** Every non-ASCII char used by the encoding. */
  readonly chars: ReadonlySet<string>;
}

/** Unicode letters of TCVN3 that are read back lower case unless the word is upper case. */
const TCVN3_CASELESS = new Set<string>();

function buildTcvn3(): Tables {
  const encode = new Map<string, string>();
  const decode = new Map<string, string>();
  for (const v of VOWELS) {
    const row = TCVN3_VOWELS[v];
    if (!row) throw new Error(`TCVN3 table lacks ${v}`);
    row.forEach((code, tone) => {
      const lower = vowelWithTone(v, tone);
      const ch = String.fromCharCode(code);
      encode.set(lower, ch);
      decode.set(ch, lower);
      if (tone !== 0) {
        encode.set(lower.toUpperCase(), ch); // no upper-case toned letters in TCVN3
        TCVN3_CASELESS.add(lower);
      }
    });
  }
  for (const [letter, [lower, upper]] of Object.entries(TCVN3_CASED)) {
    encode.set(letter, String.fromCharCode(lower));
    encode.set(letter.toUpperCase(), String.fromCharCode(upper));
    decode.set(String.fromCharCode(lower), letter);
    decode.set(String.fromCharCode(upper), letter.toUpperCase());
  }
  return finish(encode, decode);
}

function buildVni(): Tables {
  const encode = new Map<string, string>();
  for (const v of VOWELS) {
    const row = VNI_VOWELS[v];
    if (!row) throw new Error(`VNI table lacks ${v}`);
    row.forEach((seq, tone) => {
      const lower = vowelWithTone(v, tone);
      encode.set(lower, seq);
      encode.set(lower.toUpperCase(), seq.toUpperCase());
    });
  }
  encode.set("đ", VNI_D);
  encode.set("Đ", VNI_D.toUpperCase());
  const decode = new Map<string, string>();
  for (const [uni, seq] of encode) if (seq !== uni) decode.set(seq, uni);
  return finish(encode, decode);
}

function finish(encode: Map<string, string>, decode: Map<string, string>): Tables {
  const alphabet = new Set(encode.keys());
  const chars = new Set<string>();
  for (const seq of decode.keys()) for (const c of seq) if (c > "\u007f") chars.add(c);
  const exclusive = new Set([...chars].filter((c) => !alphabet.has(c)));
  return { encode, decode, exclusive, chars };
}

const TABLES: Readonly<Record<LegacyEncoding, Tables>> = { TCVN3: buildTcvn3(), VNI: buildVni() };

/** The full Unicode → legacy table of an encoding (for tests and fixtures). */
export function legacyTable(enc: LegacyEncoding): ReadonlyMap<string, string> {
  return TABLES[enc].encode;
}

/** Unicode (any normal form) → legacy text. Characters outside the Vietnamese alphabet pass through. */
export function unicodeToLegacy(text: string, enc: LegacyEncoding): string {
  const { encode } = TABLES[enc];
  let out = "";
  for (const ch of text.normalize("NFC")) out += encode.get(ch) ?? ch;
  return out;
}

/** Legacy text → Unicode NFC. Characters that are not legacy code points pass through. */
export function legacyToUnicode(text: string, enc: LegacyEncoding): string {
  return (enc === "VNI" ? decodeVni(text) : decodeTcvn3(text)).normalize("NFC");
}

function decodeVni(text: string): string {
  const { decode } = TABLES.VNI;
  const cs = [...text];
  let out = "";
  for (let i = 0; i < cs.length; i++) {
    const c = cs[i] ?? "";
    const pair = decode.get(c + (cs[i + 1] ?? ""));
    if (pair !== undefined) {
      out += pair;
      i++;
    } else out += decode.get(c) ?? c;
  }
  return out;
}

const isLetter = (c: string): boolean => /\p{L}/u.test(c);
const hasCase = (c: string): boolean => c.toLowerCase() !== c.toUpperCase();

function decodeTcvn3(text: string): string {
  const { decode } = TABLES.TCVN3;
  const out = [...text].map((c) => {
    const u = decode.get(c);
    return { ch: u ?? c, caseless: u !== undefined && TCVN3_CASELESS.has(u) };
  });
  // Restore upper case for toned letters inside upper-case words (see the header comment).
  let i = 0;
  while (i < out.length) {
    if (!isLetter(out[i]?.ch ?? "")) {
      i++;
      continue;
    }
    let j = i;
    while (j < out.length && isLetter(out[j]?.ch ?? "")) j++;
    const word = out.slice(i, j);
    const known = word.filter((x) => !x.caseless && hasCase(x.ch));
    const upper = known.length > 0 && known.every((x) => x.ch === x.ch.toUpperCase());
    if (upper && (known.length >= 2 || word[0]?.caseless === true)) {
      for (const x of word) if (x.caseless) x.ch = x.ch.toUpperCase();
    }
    i = j;
  }
  return out.map((x) => x.ch).join("");
}

/** Letters of the Vietnamese alphabet outside Latin-1 (ă, ơ, ư, đ, ạ, ế …): they only exist in Unicode text. */
const UNICODE_ONLY_VIETNAMESE =
  /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9]/u;
/** Letters Windows-1252 maps into 0x80–0x9F (Š Œ Ž š œ ž Ÿ ƒ): possible in legacy text. */
const CP1252_LETTERS = new Set([..."\u0160\u0152\u017d\u0161\u0153\u017e\u0178\u0192"]);

/** Could this text be legacy bytes at all? Genuine Unicode Vietnamese, combining marks or other scripts say no. */
function couldBeLegacy(text: string): boolean {
  if (UNICODE_ONLY_VIETNAMESE.test(text) || /[\u0300-\u036f]/u.test(text)) return false;
  for (const c of text) if (c > "\u00ff" && isLetter(c) && !CP1252_LETTERS.has(c)) return false;
  return true;
}

interface Analysis {
  /** Words the conversion changes. */
  readonly affected: number;
  /** Of those, words that become valid Vietnamese syllables. */
  readonly valid: number;
  /** Of the valid ones with ≥ 2 letters, those that could not be genuine Unicode Vietnamese. */
  readonly evidence: number;
}

/**
 * Split into words (runs of letters or legacy code points), convert each and judge it.
 * Evidence for a converted word: it contains a code point that no Unicode Vietnamese text has
 * (TCVN3 "¸ © « ­ Ç Þ …", VNI "ø û ï å ä ü ë æ î ñ ö …"), or, read as Unicode, it is not a
 * Vietnamese syllable although its conversion is ("NguyÔn" → "Nguyễn", "nhaân" → "nhân").
 * Genuine Unicode Vietnamese words are syllables and have none of those code points, so they are
 * never evidence; "hoà"/"Tô Lâm" (which would convert to "hồ"/"Tụ Lõm") stay unflagged.
 */
function analyse(text: string, enc: LegacyEncoding): Analysis {
  const words = text.match(/[\p{L}\u00a1-\u00bf\u00d7\u00f7]+/gu) ?? [];
  let affected = 0;
  let valid = 0;
  let evidence = 0;
  for (const w of words) {
    const j = judgeWord(w, enc);
    if (j === WORD.unchanged) continue;
    affected++;
    if (j === WORD.notSyllable) continue;
    valid++;
    if (j === WORD.evidence) evidence++;
  }
  return { affected, valid, evidence };
}

/** What one word tells about an encoding (see analyse). */
const WORD = { unchanged: 0, notSyllable: 1, syllable: 2, evidence: 3 } as const;
type WordJudgement = (typeof WORD)[keyof typeof WORD];

/**
 * Judgements of words already met, per encoding: names and units are made of a few hundred words
 * (Nguyễn, Văn, Thị, Lê, Tổ, phố …) repeated down a register, and judging one converts it and
 * checks two syllables. Bounded like foldKey's cache.
 */
const WORD_CACHE: Record<LegacyEncoding, Map<string, WordJudgement>> = {
  TCVN3: new Map(),
  VNI: new Map(),
};
const WORD_CACHE_LIMIT = 20_000;

function judgeWord(w: string, enc: LegacyEncoding): WordJudgement {
  const cache = WORD_CACHE[enc];
  const hit = cache.get(w);
  if (hit !== undefined) return hit;
  const j = judgeWordUncached(w, enc);
  if (cache.size >= WORD_CACHE_LIMIT) cache.clear();
  cache.set(w, j);
  return j;
}

function judgeWordUncached(w: string, enc: LegacyEncoding): WordJudgement {
  const t = TABLES[enc];
  if (![...w].some((c) => t.chars.has(c))) return WORD.unchanged;
  const converted = legacyToUnicode(w, enc);
  if (converted === w) return WORD.unchanged;
  if (!isVietnameseSyllable(converted)) return WORD.notSyllable;
  if ([...converted].length < 2) return WORD.syllable;
  return [...w].some((c) => t.exclusive.has(c)) || !isVietnameseSyllable(w)
    ? WORD.evidence
    : WORD.syllable;
}

/** Enough support: some evidence, and at most a quarter of the changed words fail to become syllables. */
function plausible(a: Analysis): boolean {
  return a.evidence > 0 && a.affected - a.valid <= Math.floor(a.affected / 4);
}

/**
 * Does `text` look like TCVN3 or VNI bytes shown as Latin-1? Null for genuine Unicode Vietnamese,
 * ASCII, English and ordinary Latin-1 text ("café", "naïve", "« Bonjour »").
 * It needs at least one word of two or more letters that converts to a Vietnamese syllable and
 * could not be genuine Unicode (see analyse); words of plain TCVN3/VNI code points that are also
 * Vietnamese letters ("Sè" = "Số") are not enough on their own. When both encodings fit, the one with
 * more evidence wins, then more converted syllables, then TCVN3 (the government-standard font set).
 */
export function detectLegacyEncoding(text: string): LegacyEncoding | null {
  if (!couldBeLegacy(text)) return null;
  const tcvn = analyse(text, "TCVN3");
  const vni = analyse(text, "VNI");
  const okT = plausible(tcvn);
  const okV = plausible(vni);
  if (okT && okV) {
    if (vni.evidence !== tcvn.evidence) return vni.evidence > tcvn.evidence ? "VNI" : "TCVN3";
    return vni.valid > tcvn.valid ? "VNI" : "TCVN3";
  }
  return okT ? "TCVN3" : okV ? "VNI" : null;
}

/** Detect and convert: `{ encoding, fixed }` for legacy-looking text, otherwise null. */
export function repairLegacyText(
  text: string
): { readonly encoding: LegacyEncoding; readonly fixed: string } | null {
  const encoding = detectLegacyEncoding(text);
  return encoding ? { encoding, fixed: legacyToUnicode(text, encoding) } : null;
}

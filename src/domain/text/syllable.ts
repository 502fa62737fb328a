/**
 * Vietnamese letters, tones and syllable structure (pure, no I/O).
 *
 * Used by the legacy-encoding detector (legacy.ts) to ask "is this word a plausible Vietnamese
 * syllable?". The check is structural and deliberately a little lenient on spelling (c/k/q,
 * g/gh, ng/ngh are not enforced) but strict on what no real syllable can have:
 * letters outside the Vietnamese alphabet, two tones, an impossible vowel cluster or final
 * consonant, a tone on the wrong vowel of a cluster (both the old "hòa/thủy" and the new
 * "hoà/thuỷ" placements are accepted), or a checked final (-c -ch -p -t) with a tone other
 * than sắc or nặng.
 */

/** The six tones, in the order used by every table in this folder. */
export const TONES = ["none", "huyen", "sac", "hoi", "nga", "nang"] as const;
export type Tone = (typeof TONES)[number];

/** Combining marks of the tones, index-aligned with TONES (none has no mark). */
export const TONE_MARKS: readonly string[] = ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"];

/** The twelve vowel letters (without tone), lower case. */
export const VOWELS: readonly string[] = [
  "a",
  "ă",
  "â",
  "e",
  "ê",
  "i",
  "o",
  "ô",
  "ơ",
  "u",
  "ư",
  "y",
];

const CONSONANTS = new Set([..."bcdđghklmnpqrstvx"]);
const VOWEL_SET = new Set(VOWELS);
const TONE_BY_MARK = new Map(TONE_MARKS.map((m, i) => [m, i] as const).filter(([m]) => m !== ""));

/** A vowel letter with a tone, NFC. `vowelWithTone("ơ", 3)` → `"ở"`. */
export function vowelWithTone(vowel: string, tone: number): string {
  return (vowel + (TONE_MARKS[tone] ?? "")).normalize("NFC");
}

/** Every letter of the Vietnamese alphabet (12 vowels × 6 tones, consonants incl. đ), lower then upper case. */
export function vietnameseAlphabet(): string[] {
  const lower: string[] = [];
  for (const v of VOWELS) for (let t = 0; t < TONES.length; t++) lower.push(vowelWithTone(v, t));
  lower.push(..."bcdđghklmnpqrstvx");
  return [...lower, ...lower.map((c) => c.toUpperCase())];
}

/** A lower-case letter split into base letter and tone index; null when it is not a Vietnamese letter. */
export function splitLetter(ch: string): { readonly base: string; readonly tone: number } | null {
  if (CONSONANTS.has(ch)) return { base: ch, tone: 0 };
  const nfd = ch.normalize("NFD");
  let tone = 0;
  let rest = "";
  for (const c of nfd) {
    const t = TONE_BY_MARK.get(c);
    if (t === undefined) rest += c;
    else if (tone === 0) tone = t;
    else return null;
  }
  const base = rest.normalize("NFC");
  return VOWEL_SET.has(base) ? { base, tone } : null;
}

/** Final consonants. A syllable ending in one of CHECKED takes only sắc or nặng. */
const CODAS = ["c", "ch", "m", "n", "ng", "nh", "p", "t"] as const;
const CHECKED = new Set(["c", "ch", "p", "t"]);
const ONSETS = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "gh",
  "gi",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "ngh",
  "nh",
  "p",
  "ph",
  "qu",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
] as const;

/** How a vowel cluster may end: open (no final) and/or with some finals, and which vowel carries the tone. */
export interface RhymeRule {
  readonly cluster: string;
  /** Tone positions (index in cluster) when the syllable is open; empty = the cluster cannot end a syllable. */
  readonly open: readonly number[];
  /** Allowed final consonants. */
  readonly codas: readonly string[];
  /** Tone position when a final consonant follows. */
  readonly closed: readonly number[];
}

/*
 * cluster | finals ("-" = may be open) | tone index when open | tone index when closed.
 * Two open positions (e.g. oa: "hòa"/"hoà") are the old and the new accent placement.
 */
const RHYME_SPEC = [
  "a|- c ch m n ng nh p t|0|0",
  "ă|c m n ng p t||0",
  "â|c m n ng p t||0",
  "e|- c m n ng p t|0|0",
  "ê|- ch m n nh p t|0|0",
  "i|- ch m n nh p t|0|0",
  "o|- c m n ng p t|0|0",
  "ô|- c m n ng p t|0|0",
  "ơ|- m n p t|0|0",
  "u|- c m n ng p t|0|0",
  "ư|- c m n ng t|0|0",
  "y|-|0|",
  "ai|-|0|",
  "ao|-|0|",
  "au|-|0|",
  "ay|-|0|",
  "âu|-|0|",
  "ây|-|0|",
  "eo|-|0|",
  "êu|-|0|",
  "ia|-|0|",
  "iu|-|0|",
  "oi|-|0|",
  "ôi|-|0|",
  "ơi|-|0|",
  "ua|-|0|",
  "ui|-|0|",
  "ưa|-|0|",
  "ưi|-|0|",
  "ưu|-|0|",
  "oa|- c ch m n ng nh p t|0 1|1",
  "oă|c m n ng t||1",
  "oe|- n t|0 1|1",
  "oo|c ng||1",
  "uy|- ch n nh t|0 1|1",
  "uê|- ch nh|1|1",
  "uơ|-|1|",
  "uâ|n ng t||1",
  "uô|c m n ng t||1",
  "ươ|c m n ng p t||1",
  "iê|c m n ng p t||1",
  "yê|m n ng t||1",
  "oai|-|1|",
  "oay|-|1|",
  "oao|-|1|",
  "oeo|-|1|",
  "uây|-|1|",
  "uôi|-|1|",
  "ươi|-|1|",
  "ươu|-|1|",
  "uya|-|1|",
  "uyu|-|1|",
  "iêu|-|1|",
  "yêu|-|1|",
  "uyê|n t||2",
] as const;

function positions(s: string | undefined): number[] {
  return (s ?? "")
    .split(" ")
    .filter((x) => x !== "")
    .map(Number);
}

/** The rhyme table, for tests and generators. */
export const RHYMES: readonly RhymeRule[] = RHYME_SPEC.map((line) => {
  const [cluster = "", finals = "", open, closed] = line.split("|");
  const f = finals.split(" ");
  return {
    cluster,
    open: f.includes("-") ? positions(open) : [],
    codas: f.filter((x) => x !== "-"),
    closed: positions(closed),
  };
});

/** Syllable onsets (initial consonants), including the empty one, for tests and generators. */
export const INITIALS: readonly string[] = ONSETS;

const RHYME_BY_CLUSTER = new Map(RHYMES.map((r) => [r.cluster, r] as const));

/** Does cluster + coda with the tone at `tonePos` (-1 = no tone) fit the rhyme table? */
function rhymeFits(cluster: string, coda: string, tonePos: number, shift: number): boolean {
  const rule = RHYME_BY_CLUSTER.get(cluster);
  if (!rule) return false;
  const allowed = coda === "" ? rule.open : rule.codas.includes(coda) ? rule.closed : null;
  if (allowed === null || (coda === "" && allowed.length === 0)) return false;
  return tonePos < 0 || allowed.includes(tonePos + shift);
}

/**
 * True when `word` (any case, NFC or not) is one structurally valid Vietnamese syllable.
 * `"Nguyễn"`, `"hoà"`, `"hòa"`, `"quốc"`, `"giếng"` → true; `"cafộ"`, `"nhaân"`, `"tãc"`, `"ab"` → false.
 */
export function isVietnameseSyllable(word: string): boolean {
  const chars = [...word.normalize("NFC").toLocaleLowerCase("vi")];
  if (chars.length === 0) return false;
  let plain = "";
  let tone = 0;
  let toneAt = -1;
  for (const [i, ch] of chars.entries()) {
    const s = splitLetter(ch);
    if (!s) return false;
    if (s.tone !== 0) {
      if (toneAt >= 0) return false;
      tone = s.tone;
      toneAt = i;
    }
    plain += s.base;
  }
  const letters = [...plain];
  const coda = codaOf(letters);
  if (coda === null) return false;
  if (CHECKED.has(coda) && TONES[tone] !== "sac" && TONES[tone] !== "nang") return false;
  const body = letters.slice(0, letters.length - [...coda].length);
  return ONSETS.some((onset) => fitsWithOnset(body, onset, coda, toneAt));
}

/** The final consonant(s) of a syllable ("" when it ends in a vowel); null when the ending is not a valid coda. */
function codaOf(letters: readonly string[]): string | null {
  let n = 0;
  while (n < letters.length && !VOWEL_SET.has(letters[letters.length - 1 - n] ?? "")) n++;
  const coda = letters.slice(letters.length - n).join("");
  return coda === "" || (CODAS as readonly string[]).includes(coda) ? coda : null;
}

function fitsWithOnset(
  body: readonly string[],
  onset: string,
  coda: string,
  toneAt: number
): boolean {
  const on = [...onset];
  if (on.length >= body.length) return false;
  if (on.some((c, i) => body[i] !== c)) return false;
  const cluster = body.slice(on.length);
  if (!cluster.every((c) => VOWEL_SET.has(c))) return false;
  if (toneAt >= 0 && toneAt < on.length) return false;
  const tonePos = toneAt < 0 ? -1 : toneAt - on.length;
  const c = cluster.join("");
  if (onset === "qu") {
    // "qu" + rhyme: the u glides; "quá" reads as a, "quỳnh" as the rhyme uynh.
    if (cluster[0] === "u" || cluster[0] === "ư") return false;
    return rhymeFits(c, coda, tonePos, 0) || rhymeFits(`u${c}`, coda, tonePos, 1);
  }
  if (onset === "gi" && (cluster[0] === "i" || cluster[0] === "y")) return false;
  return rhymeFits(c, coda, tonePos, 0);
}

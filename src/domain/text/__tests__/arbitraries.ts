/** fast-check generators of Vietnamese text, shared by the tests of this folder (not shipped). */
import fc from "fast-check";
import { RHYMES, TONES, vowelWithTone, vietnameseAlphabet } from "../syllable";

/** Onsets without the two that carry a vowel letter (gi, qu), which the rhyme table does not cover. */
const ONSETS = [
  "",
  "b",
  "c",
  "ch",
  "d",
  "đ",
  "g",
  "h",
  "k",
  "kh",
  "l",
  "m",
  "n",
  "ng",
  "nh",
  "ph",
  "r",
  "s",
  "t",
  "th",
  "tr",
  "v",
  "x",
];
const CHECKED = new Set(["c", "ch", "p", "t"]);
const SAC = TONES.indexOf("sac");
const NANG = TONES.indexOf("nang");

/** One lower-case Vietnamese syllable built from the rhyme table; `toned` forces a tone. */
export function syllable(toned = false): fc.Arbitrary<string> {
  return fc
    .record({
      onset: fc.constantFrom(...ONSETS),
      rhyme: fc.constantFrom(...RHYMES),
      a: fc.nat(),
      b: fc.nat(),
      c: fc.nat(),
    })
    .map(({ onset, rhyme, a, b, c }) => {
      const finals = [...(rhyme.open.length > 0 ? [""] : []), ...rhyme.codas];
      const coda = finals[a % finals.length] ?? "";
      const positions = coda === "" ? rhyme.open : rhyme.closed;
      const tones = CHECKED.has(coda) ? [SAC, NANG] : toned ? [1, 2, 3, 4, 5] : [0, 1, 2, 3, 4, 5];
      const tone = tones[b % tones.length] ?? 0;
      const at = positions[c % positions.length] ?? 0;
      const vowels = [...rhyme.cluster]
        .map((v, i) => (i === at ? vowelWithTone(v, tone) : v))
        .join("");
      return onset + vowels + coda;
    });
}

/** A syllable in lower case, Title case or UPPER case. */
export function casedSyllable(toned = false): fc.Arbitrary<string> {
  return fc
    .tuple(syllable(toned), fc.constantFrom("lower", "title", "upper"))
    .map(([s, c]) =>
      c === "lower" ? s : c === "upper" ? s.toUpperCase() : s.charAt(0).toUpperCase() + s.slice(1)
    );
}

/** Separators found between words in clerk data. */
const SEPARATORS = [
  " ",
  " ",
  " ",
  ", ",
  " - ",
  ". ",
  " (",
  ") ",
  " / ",
  ": ",
  " “",
  "” ",
  " 7 ",
  " 12 ",
  " số 3 ",
];

/** Genuine Unicode Vietnamese text: 1–8 syllables of any case joined by spaces, digits and punctuation. */
export function vietnameseText(): fc.Arbitrary<string> {
  return fc
    .array(fc.tuple(casedSyllable(), fc.constantFrom(...SEPARATORS)), {
      minLength: 1,
      maxLength: 8,
    })
    .map((parts) =>
      parts
        .map(([w, s]) => w + s)
        .join("")
        .trim()
    );
}

/** A personal name: 2–4 syllables, Title case, at least one toned. */
export function vietnameseName(): fc.Arbitrary<string> {
  return fc
    .tuple(syllable(true), fc.array(syllable(), { minLength: 1, maxLength: 3 }), fc.nat())
    .map(([t, rest, at]) => {
      const words = [...rest];
      words.splice(at % (words.length + 1), 0, t);
      return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(" ");
    });
}

/** Any string over the Vietnamese alphabet (letters of both cases), spaces, digits and ASCII punctuation. */
export function alphabetSoup(): fc.Arbitrary<string> {
  const chars = [...vietnameseAlphabet(), ..."      0123456789.,;:-()/'\"!?"];
  return fc.array(fc.constantFrom(...chars), { maxLength: 30 }).map((cs) => cs.join(""));
}

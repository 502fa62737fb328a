import fc from "fast-check";
import {
  alphabetSoup,
  casedSyllable,
  vietnameseName,
  vietnameseText,
} from "./__tests__/arbitraries";
import {
  type LegacyEncoding,
  detectLegacyEncoding,
  legacyTable,
  legacyToUnicode,
  repairLegacyText,
  unicodeToLegacy,
} from "./legacy";
import { TONES, VOWELS, isVietnameseSyllable, vietnameseAlphabet, vowelWithTone } from "./syllable";

const ENCODINGS: readonly LegacyEncoding[] = ["TCVN3", "VNI"];
const hex = (s: string): string =>
  [...s].map((c) => c.charCodeAt(0).toString(16).padStart(2, "0")).join(" ");
const LETTERS = vietnameseAlphabet().filter((c) => !/[bcdđghklmnpqrstvx]/iu.test(c));
const UPPER_TONED = LETTERS.filter((c) => c !== c.toLowerCase() && !/[AĂÂEÊIOÔƠUƯYĐ]/u.test(c));

describe("TCVN3 table (UniKey VnConv TCVN3 / xvnkb tcvn.h)", () => {
  // One row per vowel, tones none, huyền, sắc, hỏi, ngã, nặng, as byte values.
  const rows: Record<string, string> = {
    a: "61 b5 b8 b6 b7 b9",
    ă: "a8 bb be bc bd c6",
    â: "a9 c7 ca c8 c9 cb",
    e: "65 cc d0 ce cf d1",
    ê: "aa d2 d5 d3 d4 d6",
    i: "69 d7 dd d8 dc de",
    o: "6f df e3 e1 e2 e4",
    ô: "ab e5 e8 e6 e7 e9",
    ơ: "ac ea ed eb ec ee",
    u: "75 ef f3 f1 f2 f4",
    ư: "ad f5 f8 f6 f7 f9",
    y: "79 fa fd fb fc fe",
  };
  it.each(Object.entries(rows))("%s with the six tones", (v, bytes) => {
    expect(TONES.map((_, t) => hex(unicodeToLegacy(vowelWithTone(v, t), "TCVN3"))).join(" ")).toBe(
      bytes
    );
  });

  it("has separate upper-case code points for Ă Â Ê Ô Ơ Ư Đ and đ", () => {
    expect(hex(unicodeToLegacy("ĂÂÊÔƠƯĐđ", "TCVN3"))).toBe("a1 a2 a3 a4 a5 a6 a7 ae");
    expect(legacyToUnicode("\u00a1\u00a2\u00a3\u00a4\u00a5\u00a6\u00a7\u00ae", "TCVN3")).toBe(
      "ĂÂÊÔƠƯĐđ"
    );
  });

  it("writes an upper-case toned letter with the lower-case code point (VN3 has none)", () => {
    for (const c of UPPER_TONED)
      expect(unicodeToLegacy(c, "TCVN3")).toBe(unicodeToLegacy(c.toLowerCase(), "TCVN3"));
    expect(UPPER_TONED).toHaveLength(12 * 5);
  });

  it("encodes every lower-case letter to one distinct byte", () => {
    const lower = LETTERS.filter((c) => c === c.toLowerCase()).concat("đ");
    const codes = lower.map((c) => unicodeToLegacy(c, "TCVN3"));
    expect(codes.every((c) => c.length === 1 && c.charCodeAt(0) <= 0xff)).toBe(true);
    expect(new Set(codes).size).toBe(lower.length);
  });
});

describe("VNI-Windows table (UniKey VnConv VNI-WIN / xvnkb vni.h)", () => {
  const rows: Record<string, string> = {
    a: "a aø aù aû aõ aï",
    ă: "aê aè aé aú aü aë",
    â: "aâ aà aá aå aã aä",
    e: "e eø eù eû eõ eï",
    ê: "eâ eà eá eå eã eä",
    i: "i ì í æ ó ò",
    o: "o oø où oû oõ oï",
    ô: "oâ oà oá oå oã oä",
    ơ: "ô ôø ôù ôû ôõ ôï",
    u: "u uø uù uû uõ uï",
    ư: "ö öø öù öû öõ öï",
    y: "y yø yù yû yõ î",
  };
  it.each(Object.entries(rows))("%s with the six tones", (v, seqs) => {
    expect(TONES.map((_, t) => unicodeToLegacy(vowelWithTone(v, t), "VNI")).join(" ")).toBe(seqs);
  });

  it("matches the byte values of UniKey's VNI-WIN words (high byte = mark, low byte = base)", () => {
    expect(hex(unicodeToLegacy("á", "VNI"))).toBe("61 f9");
    expect(hex(unicodeToLegacy("ặ", "VNI"))).toBe("61 eb");
    expect(hex(unicodeToLegacy("ẫ", "VNI"))).toBe("61 e3");
    expect(hex(unicodeToLegacy("ỉ", "VNI"))).toBe("e6");
    expect(hex(unicodeToLegacy("ỵ", "VNI"))).toBe("ee");
    expect(hex(unicodeToLegacy("ợ", "VNI"))).toBe("f4 ef");
    expect(hex(unicodeToLegacy("ự", "VNI"))).toBe("f6 ef");
  });

  it("uses upper-case bytes for upper-case letters (xvnkb's upper-case rows)", () => {
    const upper =
      "A AÙ AØ AÛ AÕ AÏ AÂ AÁ AÀ AÅ AÃ AÄ AÊ AÉ AÈ AÚ AÜ AË I Í Ì Æ Ó Ò Y YÙ YØ YÛ YÕ Î Ô ÔÙ Ö ÖÏ Ñ";
    const uni = "A Á À Ả Ã Ạ Â Ấ Ầ Ẩ Ẫ Ậ Ă Ắ Ằ Ẳ Ẵ Ặ I Í Ì Ỉ Ĩ Ị Y Ý Ỳ Ỷ Ỹ Ỵ Ơ Ớ Ư Ự Đ";
    expect(unicodeToLegacy(uni, "VNI")).toBe(upper);
    expect(legacyToUnicode(upper, "VNI")).toBe(uni);
  });

  it("matches the examples of the brief", () => {
    const pairs: [string, string][] = [
      ["à", "aø"],
      ["á", "aù"],
      ["ả", "aû"],
      ["ã", "aõ"],
      ["ạ", "aï"],
      ["ă", "aê"],
      ["â", "aâ"],
      ["đ", "ñ"],
      ["Đ", "Ñ"],
      ["ơ", "ô"],
      ["ư", "ö"],
    ];
    for (const [u, v] of pairs) {
      expect(unicodeToLegacy(u, "VNI")).toBe(v);
      expect(legacyToUnicode(v, "VNI")).toBe(u);
    }
  });

  it("encodes the 146 letters to distinct sequences", () => {
    const all = [...LETTERS, "đ", "Đ"];
    expect(all).toHaveLength(146);
    expect(new Set(all.map((c) => unicodeToLegacy(c, "VNI"))).size).toBe(146);
    expect(legacyTable("VNI").size).toBe(146);
  });
});

describe("round trips over the full alphabet", () => {
  const all = [...LETTERS, "đ", "Đ"];

  it.each(all)("VNI %s", (c) => {
    expect(legacyToUnicode(unicodeToLegacy(c, "VNI"), "VNI")).toBe(c);
  });

  it("VNI: the whole alphabet in one string, and legacy → Unicode → legacy", () => {
    const s = all.join("");
    expect(legacyToUnicode(unicodeToLegacy(s, "VNI"), "VNI")).toBe(s);
    const legacy = unicodeToLegacy(s, "VNI");
    expect(unicodeToLegacy(legacyToUnicode(legacy, "VNI"), "VNI")).toBe(legacy);
  });

  it.each(all.filter((c) => !UPPER_TONED.includes(c)))("TCVN3 %s", (c) => {
    expect(legacyToUnicode(unicodeToLegacy(c, "TCVN3"), "TCVN3")).toBe(c);
  });

  it.each(UPPER_TONED)("TCVN3 %s: lower case alone, upper case inside an upper-case word", (c) => {
    expect(legacyToUnicode(unicodeToLegacy(c, "TCVN3"), "TCVN3")).toBe(c.toLowerCase());
    expect(legacyToUnicode(unicodeToLegacy(`N${c}NG`, "TCVN3"), "TCVN3")).toBe(`N${c}NG`);
    expect(legacyToUnicode(unicodeToLegacy(`${c}NG`, "TCVN3"), "TCVN3")).toBe(`${c}NG`);
    expect(legacyToUnicode(unicodeToLegacy(`${c}Ơ`, "TCVN3"), "TCVN3")).toBe(`${c}Ơ`);
  });

  it("TCVN3: the whole lower-case alphabet in one string, and legacy → Unicode → legacy", () => {
    const s = all.filter((c) => c === c.toLowerCase()).join("");
    expect(legacyToUnicode(unicodeToLegacy(s, "TCVN3"), "TCVN3")).toBe(s);
    const legacy = unicodeToLegacy(all.join(""), "TCVN3");
    expect(unicodeToLegacy(legacyToUnicode(legacy, "TCVN3"), "TCVN3")).toBe(legacy);
  });

  it("VNI: Unicode → VNI → Unicode is the identity on any text over the alphabet (fast-check)", () => {
    fc.assert(
      fc.property(alphabetSoup(), (s) => legacyToUnicode(unicodeToLegacy(s, "VNI"), "VNI") === s)
    );
  });

  it("TCVN3: the round trip changes nothing but the case of toned letters, and nothing in lower-case text (fast-check)", () => {
    const toned = new Set([...UPPER_TONED, ...UPPER_TONED.map((c) => c.toLowerCase())]);
    fc.assert(
      fc.property(alphabetSoup(), (s) => {
        const back = [...legacyToUnicode(unicodeToLegacy(s, "TCVN3"), "TCVN3")];
        const orig = [...s];
        expect(back).toHaveLength(orig.length);
        orig.forEach((c, i) =>
          expect(toned.has(c) ? back[i]?.toLowerCase() : back[i]).toBe(
            toned.has(c) ? c.toLowerCase() : c
          )
        );
        if (s === s.toLowerCase()) expect(back.join("")).toBe(s);
      })
    );
  });

  it("TCVN3: upper-case words with two untoned letters, and lower/Title-case names, come back unchanged (fast-check)", () => {
    fc.assert(
      fc.property(vietnameseName(), (name) => {
        const upper = name.toUpperCase();
        const words = upper.split(" ");
        const untoned = (w: string): number =>
          [...w].filter((c) => !UPPER_TONED.includes(c)).length;
        if (words.every((w) => untoned(w) >= 2))
          expect(legacyToUnicode(unicodeToLegacy(upper, "TCVN3"), "TCVN3")).toBe(upper);
        const lower = name.toLowerCase();
        expect(legacyToUnicode(unicodeToLegacy(lower, "TCVN3"), "TCVN3")).toBe(lower);
        if (!name.split(" ").some((w) => UPPER_TONED.includes(w.charAt(0)))) {
          expect(legacyToUnicode(unicodeToLegacy(name, "TCVN3"), "TCVN3")).toBe(name);
        }
      })
    );
  });

  it("returns NFC and leaves other characters alone", () => {
    expect(legacyToUnicode("Tæ 7 – (ABC) €", "TCVN3")).toBe("Tổ 7 – (ABC) €");
    expect(unicodeToLegacy("Nguye\u0302\u0303n", "VNI")).toBe("Nguyeãn");
    expect(legacyToUnicode("Hello, world!", "VNI")).toBe("Hello, world!");
    expect(unicodeToLegacy("Hello, 123", "TCVN3")).toBe("Hello, 123");
  });
});

const PHRASES: readonly [string, string, string][] = [
  ["Nguyễn Thị Lan", "NguyÔn ThÞ Lan", "Nguyeãn Thò Lan"],
  ["ủy ban nhân dân phường", "ñy ban nh©n d©n ph\u00adêng", "uûy ban nhaân daân phöôøng"],
  ["Ủy ban nhân dân phường", "ñy ban nh©n d©n ph\u00adêng", "UÛy ban nhaân daân phöôøng"],
  ["Hội Liên hiệp Phụ nữ", "Héi Liªn hiÖp Phô n÷", "Hoäi Lieân hieäp Phuï nöõ"],
  ["Tổ dân phố số 7", "Tæ d©n phè sè 7", "Toå daân phoá soá 7"],
  [
    "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
    "§oµn Thanh niªn Céng s¶n Hå ChÝ Minh",
    "Ñoaøn Thanh nieân Coäng saûn Hoà Chí Minh",
  ],
  ["HỘI CỰU CHIẾN BINH PHƯỜNG", "HéI CùU CHIÕN BINH PH¦êNG", "HOÄI CÖÏU CHIEÁN BINH PHÖÔØNG"],
  ["Trần Thị Bình", "TrÇn ThÞ B×nh", "Traàn Thò Bình"],
  ["Lê Văn Bình", "Lª V¨n B×nh", "Leâ Vaên Bình"],
];

describe("real phrases", () => {
  it.each(PHRASES)("%s", (uni, tcvn, vni) => {
    expect(unicodeToLegacy(uni, "TCVN3")).toBe(tcvn);
    expect(unicodeToLegacy(uni, "VNI")).toBe(vni);
    expect(legacyToUnicode(vni, "VNI")).toBe(uni);
    // TCVN3 cannot tell "Ủy" from "ủy" (a capital toned letter starting a Title-case word).
    expect(legacyToUnicode(tcvn, "TCVN3")).toBe(uni.startsWith("Ủ") ? `ủ${uni.slice(1)}` : uni);
    expect(detectLegacyEncoding(tcvn)).toBe("TCVN3");
    expect(detectLegacyEncoding(vni)).toBe("VNI");
    expect(detectLegacyEncoding(uni)).toBeNull();
  });
});

describe("detectLegacyEncoding: what is not flagged", () => {
  it.each([
    "",
    "   ",
    "12/03/1990",
    "Nguyen Van An",
    "Hello world, this is plain English.",
    "To dan pho so 7",
    "café",
    "naïve",
    "Crème brûlée à la française",
    "« Bonjour »",
    "São Paulo",
    "Straße",
    "mañana",
    "El niño",
    "Ørsted",
    "Bjørn Ærø",
    "Gödel, Escher, Bach",
    "François Müller",
    "José Martí",
    "10 × 20 ÷ 5 ½ ¼ ©",
    "µg/m³",
    "Preis: 5 € — “quoted”",
    "Tô Lâm",
    "Lê Tâm",
    "Lê Hà",
    "Thái Hoà",
    "Hoà",
    "văn hoá",
    "Lý Thị Mơ",
    "Bé Mè",
    "Tô Hoài",
    "Sè 5",
  ])("%j", (s) => {
    expect(detectLegacyEncoding(s)).toBeNull();
    expect(repairLegacyText(s)).toBeNull();
  });

  it("never flags genuine Unicode Vietnamese text of any case with digits and punctuation (fast-check)", () => {
    fc.assert(
      fc.property(vietnameseText(), (s) => detectLegacyEncoding(s) === null),
      { numRuns: 1000 }
    );
  });

  it("never flags genuine Unicode Vietnamese made only of Latin-1 letters, the hard case (fast-check)", () => {
    // "Tô Lâm", "hoà", "Lê Hà": every letter is also a TCVN3 or VNI code point ("Tô Lâm" reads "Tụ Lõm" as TCVN3).
    const latin1 = (s: string): boolean => [...s].every((c) => c <= "\u00ff");
    const word = casedSyllable().filter(latin1);
    const text = fc.array(fc.tuple(word, fc.constantFrom(" ", ", ", " 7 ", ". ", " - ")), {
      minLength: 1,
      maxLength: 8,
    });
    fc.assert(
      fc.property(
        text,
        (parts) =>
          detectLegacyEncoding(
            parts
              .map(([w, sep]) => w + sep)
              .join("")
              .trim()
          ) === null
      ),
      { numRuns: 500 }
    );
  });

  it("never flags text with a Vietnamese letter outside Latin-1 (ă ơ ư đ ạ ế …) or a combining mark (fast-check)", () => {
    const latin1 = (s: string): boolean => [...s].every((c) => c <= "\u00ff");
    fc.assert(
      fc.property(alphabetSoup(), (s) => {
        fc.pre(!latin1(s));
        return detectLegacyEncoding(s) === null;
      })
    );
    expect(detectLegacyEncoding("NguyÔn ThÞ Lan ă")).toBeNull();
    expect(detectLegacyEncoding("NguyÔn ThÞ Lan e\u0301")).toBeNull();
  });

  it("can flag letter soup that really is mojibake-shaped (why the property above needs real syllables)", () => {
    // Both strings are over the Unicode Vietnamese alphabet, and both are exactly what legacy bytes look like.
    expect(detectLegacyEncoding("NguyÔn")).toBe("TCVN3");
    expect(detectLegacyEncoding("nhaân")).toBe("VNI");
  });
});

describe("detectLegacyEncoding: what is flagged", () => {
  it("reads single words with a legacy-only code point", () => {
    expect(detectLegacyEncoding("Hµ")).toBe("TCVN3");
    expect(detectLegacyEncoding("Haø")).toBe("VNI");
    expect(detectLegacyEncoding("ph\u00adêng")).toBe("TCVN3");
    expect(detectLegacyEncoding("ñöôïc")).toBe("VNI");
  });

  it("tolerates a few foreign or broken words among many legacy ones", () => {
    expect(detectLegacyEncoding("Chi héi Krông Ana, x· Ea Tiªu")).toBe("TCVN3");
  });

  it("needs more than a lone symbol", () => {
    expect(detectLegacyEncoding("©")).toBeNull();
    expect(detectLegacyEncoding("ë")).toBeNull();
  });

  const withExclusive = (enc: LegacyEncoding, name: string): boolean => {
    const exclusive =
      enc === "TCVN3"
        ? /[\u00a1-\u00bf\u00c6\u00c7\u00cb\u00ce\u00cf\u00d0\u00d1\u00d6-\u00d8\u00dc\u00de\u00df\u00e4-\u00e7\u00eb\u00ee\u00ef\u00f1\u00f6-\u00f8\u00fb\u00fc\u00fe]/u
        : /[\u00f8\u00d8\u00fb\u00db\u00ef\u00cf\u00e5\u00c5\u00e4\u00c4\u00fc\u00dc\u00eb\u00cb\u00f1\u00d1\u00e6\u00c6\u00ee\u00ce\u00f6\u00d6]/u;
    return unicodeToLegacy(name, enc)
      .split(" ")
      .some((w) => [...legacyToUnicode(w, enc)].length >= 2 && exclusive.test(w));
  };

  it("flags TCVN3 names whenever a word of 2+ letters has a TCVN3-only code point (fast-check)", () => {
    fc.assert(
      fc.property(vietnameseName(), (name) => {
        fc.pre(withExclusive("TCVN3", name));
        expect(detectLegacyEncoding(unicodeToLegacy(name, "TCVN3"))).toBe("TCVN3");
      }),
      { numRuns: 1000 }
    );
  });

  it("flags VNI names whenever a word of 2+ letters has a VNI-only code point or a base + mark pair (fast-check)", () => {
    fc.assert(
      fc.property(vietnameseName(), (name) => {
        const vni = unicodeToLegacy(name, "VNI");
        fc.pre(
          withExclusive("VNI", name) ||
            vni
              .split(" ")
              .some((w) => [...legacyToUnicode(w, "VNI")].length >= 2 && !isVietnameseSyllable(w))
        );
        expect(detectLegacyEncoding(vni)).not.toBeNull();
      }),
      { numRuns: 1000 }
    );
  });

  it.each(ENCODINGS)(
    "flags ≥ 98 %% of random 2–4 syllable names in %s, and rarely the wrong encoding",
    (enc) => {
      const names = fc.sample(vietnameseName(), { numRuns: 3000, seed: 20260301 });
      const found = names.map((n) => detectLegacyEncoding(unicodeToLegacy(n, enc)));
      expect(found.filter((d) => d === enc).length / names.length).toBeGreaterThanOrEqual(0.98);
      expect(
        found.filter((d) => d !== null && d !== enc).length / names.length
      ).toBeLessThanOrEqual(0.002);
    }
  );

  it("repairs", () => {
    expect(repairLegacyText("NguyÔn V¨n An")).toEqual({
      encoding: "TCVN3",
      fixed: "Nguyễn Văn An",
    });
    expect(repairLegacyText("Nguyeãn Vaên An")).toEqual({
      encoding: "VNI",
      fixed: "Nguyễn Văn An",
    });
    expect(repairLegacyText("Nguyễn Văn An")).toBeNull();
  });
});

describe("alphabet sanity", () => {
  it("covers 12 vowels × 6 tones in both cases", () => {
    expect(LETTERS).toHaveLength(VOWELS.length * TONES.length * 2);
  });
});

import fc from "fast-check";
import { casedSyllable } from "./__tests__/arbitraries";
import {
  TONES,
  VOWELS,
  isVietnameseSyllable,
  splitLetter,
  vietnameseAlphabet,
  vowelWithTone,
} from "./syllable";

describe("letters and tones", () => {
  it("builds every toned vowel in NFC", () => {
    expect(vowelWithTone("a", TONES.indexOf("huyen"))).toBe("à");
    expect(vowelWithTone("ơ", TONES.indexOf("hoi"))).toBe("ở");
    expect(vowelWithTone("ư", TONES.indexOf("nang"))).toBe("ự");
    expect(vowelWithTone("ê", TONES.indexOf("nga"))).toBe("ễ");
    expect(vowelWithTone("ă", TONES.indexOf("sac"))).toBe("ắ");
    expect(vowelWithTone("y", TONES.indexOf("none"))).toBe("y");
  });

  it("has 12 × 6 vowels and 17 consonants in each case, all distinct", () => {
    const a = vietnameseAlphabet();
    expect(a).toHaveLength(2 * (12 * 6 + 17));
    expect(new Set(a).size).toBe(a.length);
    expect(a.every((c) => c === c.normalize("NFC") && [...c].length === 1)).toBe(true);
  });

  it("splits a letter into base and tone", () => {
    expect(splitLetter("ệ")).toEqual({ base: "ê", tone: 5 });
    expect(splitLetter("ỳ")).toEqual({ base: "y", tone: 1 });
    expect(splitLetter("đ")).toEqual({ base: "đ", tone: 0 });
    expect(splitLetter("f")).toBeNull();
    expect(splitLetter("ç")).toBeNull();
    for (const v of VOWELS)
      for (let t = 0; t < 6; t++)
        expect(splitLetter(vowelWithTone(v, t))).toEqual({ base: v, tone: t });
  });
});

describe("isVietnameseSyllable", () => {
  const real =
    "Nguyễn Văn An Trần Thị Bình Lê Ủy ban nhân dân phường Hội Liên hiệp Phụ nữ Tổ phố số Đoàn Thanh niên Cộng sản Hồ Chí Minh " +
    "hoà hòa thủy thuỷ khỏe khoẻ quốc quý quỳnh quyết quạ giếng gì giữa gìn huỳnh khuya khuỷu nghiêng người được chuyện tuyết " +
    "việt yêu yếm xoong boong oái thuở huơ của mùa ngoằn nghèo ích ếch ốc ước oanh hoạch uống bã ấy ậm ừ ờ ở";
  it.each(real.split(" "))("accepts %s", (w) => {
    expect(isVietnameseSyllable(w)).toBe(true);
  });

  it.each([
    ["cafộ", "f is not a Vietnamese letter"],
    ["nhaân", "aâ is no vowel cluster"],
    ["tãc", "a checked final takes only sắc or nặng"],
    ["tac", "a checked final takes only sắc or nặng"],
    ["nguyôn", "uyô is no vowel cluster"],
    ["aù", "the tone of au sits on a"],
    ["iú", "the tone of iu sits on i"],
    ["ăn̉", "stray combining mark"],
    ["hóà", "two tones"],
    ["tăm̀", "stray combining mark"],
    ["ăa", "ăa is no vowel cluster"],
    ["bc", "no vowel"],
    ["anhg", "bad final"],
    ["quu", "qu takes no second u"],
    ["giin", "gi takes no second i"],
    ["", "empty"],
  ])("rejects %s (%s)", (w) => {
    expect(isVietnameseSyllable(w)).toBe(false);
  });

  it("accepts every syllable built from the rhyme table, in any case", () => {
    fc.assert(fc.property(casedSyllable(), (s) => isVietnameseSyllable(s)));
  });
});

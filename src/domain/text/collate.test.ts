import fc from "fast-check";
import { vietnameseName } from "./__tests__/arbitraries";
import {
  compareVietnameseNames,
  compareVietnameseText,
  sortByVietnameseName,
  sortByVietnameseText,
} from "./collate";
import { cleanText } from "./normalize";

const sortText = (xs: readonly string[]): string[] => sortByVietnameseText(xs, (x) => x);
const sortNames = (xs: readonly string[]): string[] => sortByVietnameseName(xs, (x) => x);
const lt = (cmp: (a: string, b: string) => number, a: string, b: string): void => {
  expect(cmp(a, b)).toBe(-1);
  expect(cmp(b, a)).toBe(1);
};

describe("the runtime's Vietnamese collation (ICU 'vi')", () => {
  it("is available", () => {
    expect(Intl.Collator.supportedLocalesOf(["vi"])).toEqual(["vi"]);
  });

  it("orders the 29 letters of the alphabet", () => {
    const alphabet = "a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y".split(" ");
    const shuffled = [...alphabet].reverse();
    expect(sortText(shuffled)).toEqual(alphabet);
    expect(sortText(shuffled.map((c) => c.toUpperCase()))).toEqual(
      alphabet.map((c) => c.toUpperCase())
    );
  });

  it.each([
    ["d", "đ"],
    ["đ", "e"],
    ["a", "ă"],
    ["ă", "â"],
    ["â", "b"],
    ["o", "ô"],
    ["ô", "ơ"],
    ["ơ", "p"],
    ["u", "ư"],
    ["ư", "v"],
    ["e", "ê"],
    ["ê", "g"],
    ["Đ", "e"],
    ["d", "Đ"],
  ])("%s < %s", (a, b) => {
    lt(compareVietnameseText, a, b);
  });

  it("puts tones after the base letter: none, huyền, hỏi, ngã, sắc, nặng", () => {
    expect(sortText(["bạ", "bá", "bã", "bả", "bà", "ba"])).toEqual([
      "ba",
      "bà",
      "bả",
      "bã",
      "bá",
      "bạ",
    ]);
    expect(sortText(["ặ", "ắ", "ẵ", "ẳ", "ằ", "ă", "ạ", "á", "ã", "ả", "à", "a"])).toEqual([
      "a",
      "à",
      "ả",
      "ã",
      "á",
      "ạ",
      "ă",
      "ằ",
      "ẳ",
      "ẵ",
      "ắ",
      "ặ",
    ]);
  });

  it("compares letters before tones (dictionary order)", () => {
    expect(sortText(["bàn", "bạc", "ban", "bác", "bac", "bà", "ba"])).toEqual([
      "ba",
      "bà",
      "bac",
      "bác",
      "bạc",
      "ban",
      "bàn",
    ]);
    expect(sortText(["Thịnh", "Thinh", "Thìn", "Thị", "Thi"])).toEqual([
      "Thi",
      "Thị",
      "Thìn",
      "Thinh",
      "Thịnh",
    ]);
  });
});

describe("compareVietnameseNames", () => {
  it("sorts by given name, then middle name, then family name", () => {
    lt(compareVietnameseNames, "Nguyễn Văn An", "Trần Thị Bình");
    lt(compareVietnameseNames, "Trần Thị Bình", "Lê Văn Bình");
    lt(compareVietnameseNames, "Nguyễn Văn An", "Lê Văn Bình");
    lt(compareVietnameseNames, "Trần Văn Bình", "Vũ Văn Bình");
    lt(compareVietnameseNames, "Lê Văn Bình", "Trần Văn Bình");
    expect(
      sortNames(["Lê Văn Bình", "Trần Thị Bình", "Nguyễn Văn An", "Phạm Ánh", "Đỗ Thị Ánh"])
    ).toEqual(["Nguyễn Văn An", "Phạm Ánh", "Đỗ Thị Ánh", "Trần Thị Bình", "Lê Văn Bình"]);
  });

  it("compares several middle names word by word", () => {
    lt(compareVietnameseNames, "Nguyễn Thị Khai", "Nguyễn Thị Minh Khai");
    lt(compareVietnameseNames, "Trần Thị Minh Khai", "Nguyễn Thị Ngọc Khai");
    lt(compareVietnameseNames, "Lê Khai", "Nguyễn Thị Khai");
  });

  it("uses the Vietnamese alphabet and tones in given names", () => {
    lt(compareVietnameseNames, "Lê Văn Dũng", "Lê Văn Đức");
    lt(compareVietnameseNames, "Lê Văn Đức", "Lê Văn Em");
    lt(compareVietnameseNames, "Lê Thị Anh", "Lê Thị Ánh");
    lt(compareVietnameseNames, "Lê Thị Ánh", "Lê Thị Ân");
    lt(compareVietnameseNames, "Lê Thị Ơn", "Lê Thị Phúc");
    lt(compareVietnameseNames, "Lê Văn Uy", "Lê Văn Ưng");
  });

  it("ignores case, spacing and normal form", () => {
    lt(compareVietnameseNames, "lê văn an", "LÊ VĂN BÌNH");
    expect(compareVietnameseNames("  Nguyễn   Văn An ", "Nguyễn Văn An")).toBe(0);
    expect(compareVietnameseNames("Nguye\u0302\u0303n Văn An", "Nguyễn Văn An")).toBe(0);
  });

  it("breaks ties between names that differ only by case, deterministically", () => {
    const a = compareVietnameseNames("Nguyễn Văn An", "nguyễn văn an");
    expect(a).not.toBe(0);
    expect(compareVietnameseNames("nguyễn văn an", "Nguyễn Văn An") + a).toBe(0);
  });

  it("handles one-word and empty names", () => {
    expect(sortNames(["Lê Bình", "", "Bình", "An"])).toEqual(["", "An", "Bình", "Lê Bình"]);
  });
});

describe("compareVietnameseText", () => {
  it("compares numbers by value", () => {
    lt(compareVietnameseText, "Tổ dân phố số 2", "Tổ dân phố số 10");
    expect(
      sortText(["Tổ dân phố số 10", "Tổ dân phố số 2", "Tổ dân phố số 1", "Tổ dân phố số 7"])
    ).toEqual(["Tổ dân phố số 1", "Tổ dân phố số 2", "Tổ dân phố số 7", "Tổ dân phố số 10"]);
  });

  it("orders collective names alphabetically on the whole text", () => {
    expect(
      sortText([
        "Hội Phụ nữ phường",
        "Đoàn Thanh niên phường",
        "Hội Cựu chiến binh phường",
        "Chi bộ khu phố 3",
      ])
    ).toEqual([
      "Chi bộ khu phố 3",
      "Đoàn Thanh niên phường",
      "Hội Cựu chiến binh phường",
      "Hội Phụ nữ phường",
    ]);
  });

  it("returns 0 only for equal cleaned texts", () => {
    expect(compareVietnameseText("Tổ  7 ", "Tổ 7")).toBe(0);
    expect(compareVietnameseText("Tổ 07", "Tổ 7")).not.toBe(0);
  });
});

const anyName = fc.oneof(
  vietnameseName(),
  fc.string({ maxLength: 12 }),
  fc.constantFrom("", " ", "Nguyễn Văn An", "nguyễn văn an", "Tổ 2", "Tổ 02")
);

describe.each([
  ["compareVietnameseNames", compareVietnameseNames, sortNames],
  ["compareVietnameseText", compareVietnameseText, sortText],
] as const)("%s is a total order (fast-check)", (_, cmp, sort) => {
  it("is reflexive and antisymmetric, and 0 exactly for equal cleaned texts", () => {
    fc.assert(
      fc.property(anyName, anyName, (a, b) => {
        expect(cmp(a, a)).toBe(0);
        expect(cmp(a, b) + cmp(b, a)).toBe(0);
        expect(cmp(a, b) === 0).toBe(cleanText(a) === cleanText(b));
      }),
      { numRuns: 500 }
    );
  });

  it("is transitive", () => {
    fc.assert(
      fc.property(anyName, anyName, anyName, (a, b, c) => {
        const [x = "", y = "", z = ""] = [a, b, c].sort(cmp);
        expect(cmp(x, y)).toBeLessThanOrEqual(0);
        expect(cmp(y, z)).toBeLessThanOrEqual(0);
        expect(cmp(x, z)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 500 }
    );
  });

  it("sorts idempotently, into an ordered permutation", () => {
    fc.assert(
      fc.property(fc.array(anyName, { maxLength: 20 }), (xs) => {
        const once = sort(xs);
        expect(sort(once)).toEqual(once);
        expect([...once].sort()).toEqual([...xs].sort());
        for (let i = 1; i < once.length; i++)
          expect(cmp(once[i - 1] ?? "", once[i] ?? "")).toBeLessThanOrEqual(0);
      }),
      { numRuns: 300 }
    );
  });
});

describe("sorting is stable", () => {
  it("keeps the input order of items with equal names (fast-check)", () => {
    const pool = ["Nguyễn Văn An", " Nguyễn  Văn An", "Trần Thị Bình", "Tổ 7", "Tổ  7"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pool), { maxLength: 30 }), (names) => {
        const items = names.map((name, id) => ({ name, id }));
        for (const sorted of [
          sortByVietnameseName(items, (i) => i.name),
          sortByVietnameseText(items, (i) => i.name),
        ]) {
          for (let i = 1; i < sorted.length; i++) {
            const p = sorted[i - 1];
            const q = sorted[i];
            if (p && q && cleanText(p.name) === cleanText(q.name)) expect(p.id).toBeLessThan(q.id);
          }
        }
      })
    );
  });

  it("does not modify its input", () => {
    const xs = Object.freeze(["b", "a"]);
    expect(sortText(xs)).toEqual(["a", "b"]);
    expect(xs).toEqual(["b", "a"]);
  });
});

import { DEFAULT_SETTINGS } from "../policy";
import { scoreCandidates, groupRanges, round6 } from "./scoring";
import { checkCriteriaSet, describeCriteriaProblem } from "./check";
import { TEMPLATES } from "./templates";
import { criteriaSetFromRows } from "./parse";
import type { CriteriaSet } from "./types";

const bands = DEFAULT_SETTINGS.bands;
const set: CriteriaSet = {
  name: "TC Thử",
  rows: [
    { code: "I", text: "Nhóm I", kind: "group", maxPoints: 60 },
    { code: "1.1", text: "a", kind: "criterion", maxPoints: 30 },
    { code: "1.2", text: "b", kind: "criterion", maxPoints: 30 },
    { code: "II", text: "Nhóm II", kind: "group", maxPoints: 40 },
    { code: "2.1", text: "c", kind: "criterion", maxPoints: 40 },
    { code: "C1", text: "cộng", kind: "bonus", maxPoints: 5 },
    { code: "T1", text: "trừ", kind: "deduction", maxPoints: 5 },
    { code: "ĐK1", text: "điều kiện", kind: "condition", maxPoints: null },
  ],
};

describe("scoring", () => {
  it("adds criteria and bonus, subtracts deductions, classifies and ranks with shared ranks", () => {
    const r = scoreCandidates(
      set,
      [
        { name: "A", scores: [null, 30, 28, null, 35, 5, 0, "Đạt"] }, // 98
        { name: "B", scores: [null, 30, 28, null, 40, 0, 0, "đạt"] }, // 98
        { name: "C", scores: [null, 20, 20, null, 30, 0, 2, "Đạt"] }, // 68
        { name: "D", scores: [null, 30, 30, null, 40, 5, 0, "Không đạt"] }, // 105 but not eligible
        { name: "E", scores: [null, "abc", 10, null, undefined, 0, 20, null] }, // 10-20 → 0, blank condition = not met
      ],
      bands
    );
    expect(r.map((x) => [x.name, x.total, x.eligible, x.classification, x.rank])).toEqual([
      ["A", 98, true, "excellent", 1],
      ["B", 98, true, "excellent", 1],
      ["C", 68, true, "fair", 3],
      ["D", 105, false, "notMet", null],
      ["E", 0, false, "notMet", null],
    ]);
    expect([...r[0]!.groupTotals]).toEqual([
      [0, 58],
      [3, 35],
    ]);
  });
  it("classifies exactly at the band limits", () => {
    const one = (v: number) =>
      scoreCandidates(
        { name: "TC x", rows: [{ code: "1", text: "x", kind: "criterion", maxPoints: 100 }] },
        [{ name: "x", scores: [v] }],
        bands
      )[0]!.classification;
    expect([90, 89.99, 80, 65, 50, 49.5].map(one)).toEqual([
      "excellent",
      "good",
      "good",
      "fair",
      "average",
      "weak",
    ]);
  });
  it("rounds float noise away", () => {
    expect(round6(0.1 + 0.2)).toBe(0.3);
    expect(round6(-0.1 - 0.2)).toBe(-0.3);
  });
  it("finds group ranges up to the next group", () => {
    expect([...groupRanges(set)]).toEqual([
      [0, [1, 2]],
      [3, [4, 7]],
    ]);
  });
});

describe("criteria set checks", () => {
  it("accepts every bundled template", () => {
    for (const t of TEMPLATES) expect(checkCriteriaSet(t)).toEqual([]);
    expect(TEMPLATES.map((t) => t.name)).toEqual(["TC Cá nhân", "TC Tổ dân phố", "TC Đoàn thể"]);
  });
  it("reports group sums, total ≠ 100, duplicate codes, empty text, missing points, bad names", () => {
    const bad: CriteriaSet = {
      name: "Cá nhân",
      rows: [
        { code: "I", text: "Nhóm", kind: "group", maxPoints: 50 },
        { code: "1", text: "x", kind: "criterion", maxPoints: 40 },
        { code: "1", text: " ", kind: "criterion", maxPoints: null },
      ],
    };
    const kinds = checkCriteriaSet(bad)
      .map((p) => p.kind)
      .sort();
    expect(kinds).toEqual([
      "criteriaTotal",
      "duplicateCode",
      "emptyText",
      "groupSum",
      "missingPoints",
      "sheetName",
    ]);
    for (const p of checkCriteriaSet(bad)) {
      expect(describeCriteriaProblem(p, "vi")).toMatch(/\S/);
      expect(describeCriteriaProblem(p, "en")).toMatch(/\S/);
    }
  });
});

describe("criteria from CSV rows", () => {
  it("parses labels in any column order and reports bad kinds and points with file lines", () => {
    const { set: s, problems } = criteriaSetFromRows("TC X", [
      ["Loại dòng", "Mã", "Điểm chuẩn", "Nội dung tiêu chí"],
      ["Tiêu chí", "1", "60", "a"],
      ["", "", "", ""],
      ["tiêu  chí", "2", "40,0", "b"],
      ["Khác", "3", "1", "c"],
      ["Điều kiện", "ĐK", "", "d"],
      ["Tiêu chí", "4", "mười", "e"],
    ]);
    expect(s.rows.map((r) => [r.code, r.kind, r.maxPoints])).toEqual([
      ["1", "criterion", 60],
      ["2", "criterion", 40],
      ["ĐK", "condition", null],
      ["4", "criterion", null],
    ]);
    expect(problems).toEqual([
      { kind: "rowKind", line: 5, value: "Khác" },
      { kind: "points", line: 7, value: "mười" },
    ]);
  });
  it("reports missing header labels", () => {
    expect(criteriaSetFromRows("TC X", [["Mã", "Nội dung"]]).problems[0]).toEqual({
      kind: "header",
      missing: ["Nội dung tiêu chí", "Loại dòng", "Điểm chuẩn"],
    });
  });
});

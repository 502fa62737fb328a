import { COL } from "../register/contract";
import { unicodeToLegacy } from "../text/legacy";
import {
  collective,
  individual,
  rulesOnRow,
  validateSpec,
  type LabelRow,
} from "../testing/snapshots";

const one = (row: LabelRow, settings = {}) =>
  rulesOnRow(validateSpec({ rows: [row], settings }), 5);
const findingsOf = (row: LabelRow, rule: string) =>
  validateSpec({ rows: [row] }).findings.filter((f) => f.rule === rule);

describe("a valid row", () => {
  it("has no finding", () => {
    expect(one(individual())).toEqual([]);
    expect(one(collective())).toEqual([]);
  });
});

describe("DL01 required cells", () => {
  it.each([COL.name, COL.kind, COL.title])("fires when %s is empty", (label) => {
    expect(findingsOf(individual({ [label]: null }), "DL01").map((f) => f.column)).toEqual([label]);
  });
  it("treats whitespace-only as empty", () => {
    expect(one(individual({ [COL.name]: "   " }))).toContain("DL01");
  });
  it("requires duty level and months for LDTT and CSTDCS whatever the Loại", () => {
    const f = findingsOf(
      individual({ [COL.kind]: "Hộ gia đình", [COL.dutyLevel]: null, [COL.monthsWorked]: null }),
      "DL01"
    );
    expect(f.map((x) => x.column).sort()).toEqual([COL.monthsWorked, COL.dutyLevel].sort());
    expect(f.every((x) => x.cell !== null)).toBe(true);
  });
  it("requires member counts for TTLDTT, and more for TTLDXS", () => {
    expect(
      findingsOf(collective({ [COL.membersLdtt]: null }), "DL01").map((f) => f.column)
    ).toEqual([COL.membersLdtt]);
    expect(findingsOf(collective({ [COL.membersCompleted]: null }), "DL01")).toEqual([]);
    const xs = findingsOf(
      collective({
        [COL.title]: "TTLDXS",
        [COL.dutyLevel]: "Hoàn thành xuất sắc",
        [COL.membersCompleted]: null,
        [COL.membersCstdcs]: null,
      }),
      "DL01"
    );
    expect(xs.map((f) => f.column).sort()).toEqual(
      [COL.membersCompleted, COL.membersCstdcs].sort()
    );
  });
  it("does not require individual fields for a Giấy khen", () => {
    expect(
      one(individual({ [COL.title]: "Giấy khen", [COL.dutyLevel]: null, [COL.monthsWorked]: null }))
    ).toEqual([]);
  });
  it("fires once per empty cell", () => {
    expect(findingsOf(individual({ [COL.name]: null, [COL.kind]: null }), "DL01")).toHaveLength(2);
  });
});

describe("DL02 list values", () => {
  it.each([
    [COL.kind, "Cá thể"],
    [COL.gender, "Khác"],
    [COL.directWorker, "Có lẽ"],
    [COL.dutyLevel, "Hoàn thành tốt nhiệm vụ"],
    [COL.discipline, "Phê bình"],
    [COL.title, "Huân chương Lao động"],
  ])("fires for %s = %s", (label, value) => {
    expect(findingsOf(individual({ [label]: value }), "DL02").map((f) => f.column)).toEqual([
      label,
    ]);
  });
  it("matches after NFC, trimming, collapsing spaces and case-folding", () => {
    expect(
      one(
        individual({
          [COL.dutyLevel]: "  hoàn thành   TỐT ",
          [COL.kind]: "CÁ NHÂN",
          [COL.title]: "lao động tiên tiến",
        })
      )
    ).toEqual([]);
    expect(one(individual({ [COL.dutyLevel]: "Hoàn thành tốt".normalize("NFD") }))).toEqual([]);
  });
  it("accepts a title code", () => {
    expect(one(individual({ [COL.title]: "ldtt" }))).toEqual([]);
  });
  it("a rule needing an invalid field stays silent (DK01 needs duty level)", () => {
    expect(one(individual({ [COL.dutyLevel]: "Xuất sắc lắm" }))).toEqual(["DL02"]);
  });
});

describe("DL03 dates of birth", () => {
  it.each(["31/02/1990", "13/13/1990", "abc", "29/02/2025", "1990-02-03x"])("fires for %s", (v) => {
    expect(one(individual({ [COL.birthDate]: v }))).toEqual(["DL03"]);
  });
  it("accepts 29/02 in a leap year and real date cells", () => {
    expect(one(individual({ [COL.birthDate]: "29/02/1988" }))).toEqual([]);
    expect(
      one(individual({ [COL.birthDate]: { date: { year: 1988, month: 2, day: 29 } } }))
    ).toEqual([]);
    expect(one(individual({ [COL.birthDate]: "3/2/1990" }))).toEqual([]);
  });
  it("fires for a plain number (not a date cell)", () => {
    expect(one(individual({ [COL.birthDate]: 1985 }))).toEqual(["DL03"]);
  });
  it("fires for a date after the evaluation year, not on 31/12 of it", () => {
    expect(one(individual({ [COL.birthDate]: "01/01/2027" }))).toEqual(["DL03"]);
    expect(one(individual({ [COL.birthDate]: "31/12/2026" }))).toEqual(["DL04"]);
  });
});

describe("DL04 age between 18 and 70 on 31/12", () => {
  it("is silent at 18 and 70, fires at 17 and 71", () => {
    expect(one(individual({ [COL.birthDate]: "31/12/2008" }))).toEqual([]); // 18
    expect(one(individual({ [COL.birthDate]: "01/01/1956" }))).toEqual([]); // 70
    expect(one(individual({ [COL.birthDate]: "01/01/2009" }))).toEqual(["DL04"]); // 17
    expect(one(individual({ [COL.birthDate]: "31/12/1955" }))).toEqual(["DL04"]); // 71
  });
  it("is a warning", () => {
    expect(findingsOf(individual({ [COL.birthDate]: "01/01/2009" }), "DL04")[0]?.severity).toBe(
      "warning"
    );
  });
});

describe("DL05 numbers", () => {
  it.each([
    [COL.monthsWorked, 13],
    [COL.monthsWorked, -1],
    [COL.monthsWorked, 10.5],
    [COL.monthsWorked, "mười"],
    [COL.score, 100.5],
    [COL.score, -0.1],
    [COL.votes, 10],
    [COL.votes, 2.5],
  ])("fires for %s = %p", (label, value) => {
    expect(findingsOf(individual({ [label]: value }), "DL05").map((f) => f.column)).toEqual([
      label,
    ]);
  });
  it("accepts numbers stored as text, with spaces or a decimal comma", () => {
    expect(
      one(individual({ [COL.monthsWorked]: " 12 ", [COL.score]: "85,5", [COL.votes]: "9" }))
    ).toEqual([]);
  });
  it("accepts the boundaries 0–12, 0–100, 0–council size", () => {
    expect(
      findingsOf(
        individual({
          [COL.title]: "Giấy khen",
          [COL.monthsWorked]: 0,
          [COL.score]: 0,
          [COL.votes]: 0,
        }),
        "DL05"
      )
    ).toEqual([]);
    expect(findingsOf(individual({ [COL.score]: 100, [COL.votes]: 9 }), "DL05")).toEqual([]);
  });
  it("checks member counts against Số thành viên", () => {
    expect(findingsOf(collective({ [COL.membersLdtt]: 11 }), "DL05").map((f) => f.column)).toEqual([
      COL.membersLdtt,
    ]);
    expect(findingsOf(collective({ [COL.members]: 0 }), "DL05").map((f) => f.column)).toEqual([
      COL.members,
    ]);
    expect(findingsOf(collective({ [COL.membersLdtt]: 10 }), "DL05")).toEqual([]);
  });
  it("fires once per offending cell", () => {
    expect(
      findingsOf(individual({ [COL.monthsWorked]: 13, [COL.score]: 101 }), "DL05")
    ).toHaveLength(2);
  });
});

describe("DL06 title for the wrong Loại", () => {
  it("fires for LĐTT on a collective or household, GĐVH on an individual", () => {
    expect(
      one(collective({ [COL.title]: "Lao động tiên tiến", [COL.monthsWorked]: 12 }))
    ).toContain("DL06");
    expect(one(individual({ [COL.title]: "Gia đình văn hóa" }))).toEqual(["DL06"]);
  });
  it("is silent for Giấy khen and Bằng khen on any Loại", () => {
    for (const kind of ["Cá nhân", "Tập thể", "Hộ gia đình"]) {
      expect(
        findingsOf(individual({ [COL.kind]: kind, [COL.title]: "Giấy khen" }), "DL06")
      ).toEqual([]);
      expect(findingsOf(individual({ [COL.kind]: kind, [COL.title]: "BK" }), "DL06")).toEqual([]);
    }
  });
});

describe("DL07 duplicates", () => {
  const dup = (a: LabelRow, b: LabelRow) =>
    validateSpec({ rows: [a, b] }).findings.filter((f) => f.rule === "DL07");
  it("fires on the later row and names the first", () => {
    const f = dup(individual(), individual({ [COL.name]: "nguyễn  văn AN" }));
    expect(f).toHaveLength(1);
    expect(f[0]!.row).toBe(6);
    expect(f[0]!.params.firstRow).toBe(5);
  });
  it("treats a title written as name or code as the same entry, and blank drive as Cả năm", () => {
    expect(
      dup(individual(), individual({ [COL.title]: "LDTT", [COL.drive]: "cả năm" }))
    ).toHaveLength(1);
  });
  it("is silent for another drive, another title, another Loại, or two different valid birth dates", () => {
    expect(
      dup(
        individual({ [COL.title]: "GK", [COL.drive]: "Đợt 30/4" }),
        individual({ [COL.title]: "GK", [COL.drive]: "Đợt 2/9" })
      )
    ).toEqual([]);
    expect(dup(individual(), individual({ [COL.title]: "Giấy khen" }))).toEqual([]);
    expect(
      dup(
        individual({ [COL.title]: "GK" }),
        individual({ [COL.title]: "GK", [COL.kind]: "Hộ gia đình" })
      )
    ).toEqual([]);
    expect(dup(individual(), individual({ [COL.birthDate]: "13/03/1985" }))).toEqual([]);
  });
  it("fires when one of the two has no valid birth date", () => {
    expect(dup(individual(), individual({ [COL.birthDate]: null }))).toHaveLength(1);
    expect(dup(individual({ [COL.birthDate]: "sai" }), individual())).toHaveLength(1);
  });
  it("names the earliest matching row among several", () => {
    const r = validateSpec({
      rows: [
        individual({ [COL.birthDate]: "01/01/1980" }),
        individual({ [COL.birthDate]: null }),
        individual({ [COL.birthDate]: "01/01/1980" }),
      ],
    });
    const f = r.findings.filter((x) => x.rule === "DL07");
    expect(f.map((x) => [x.row, x.params.firstRow])).toEqual([
      [6, 5],
      [7, 5],
    ]);
  });
});

describe("DL08 legacy encodings", () => {
  it.each(["TCVN3", "VNI"] as const)(
    "fires once per row for %s text and names the column",
    (enc) => {
      const f = findingsOf(
        individual({
          [COL.name]: unicodeToLegacy("Nguyễn Thị Lan", enc),
          [COL.position]: unicodeToLegacy("Công chức Tư pháp – Hộ tịch", enc),
        }),
        "DL08"
      );
      expect(f).toHaveLength(1);
      expect(f[0]!.column).toBe(COL.name);
      expect(f[0]!.params.encoding).toBe(enc);
    }
  );
  it("is silent for Unicode Vietnamese", () => {
    expect(
      findingsOf(
        individual({
          [COL.name]: "Nguyễn Thị Lan",
          [COL.position]: "Công chức Văn phòng – Thống kê",
        }),
        "DL08"
      )
    ).toEqual([]);
  });
});

describe("DL09 formula-looking text", () => {
  it.each(["=1+1", "+84912", "@SUM(A1)", '=HYPERLINK("http://x","y")'])("fires for %s", (v) => {
    expect(findingsOf(individual({ [COL.summaryText]: v }), "DL09")).toHaveLength(1);
  });
  it("is silent for a leading dash or ordinary text", () => {
    expect(findingsOf(individual({ [COL.summaryText]: "- Hoàn thành tốt" }), "DL09")).toEqual([]);
    expect(findingsOf(individual({ [COL.summaryText]: "Tổng = 100%" }), "DL09")).toEqual([]);
  });
});

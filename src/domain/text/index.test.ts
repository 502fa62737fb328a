import * as text from "./index";

describe("src/domain/text public API", () => {
  it("re-exports every module", () => {
    expect(Object.keys(text).sort()).toEqual(
      [
        "TONES",
        "ageOnDec31",
        "cleanText",
        "compareCivilDates",
        "compareVietnameseNames",
        "compareVietnameseText",
        "detectLegacyEncoding",
        "foldKey",
        "formatDdMmYyyy",
        "formatVietnameseLongDate",
        "fromExcelSerial",
        "fromJsDate",
        "isValidCivilDate",
        "isVietnameseSyllable",
        "legacyToUnicode",
        "parseDayFirst",
        "repairLegacyText",
        "sameText",
        "sortByVietnameseName",
        "sortByVietnameseText",
        "toExcelSerial",
        "unicodeToLegacy",
      ].sort()
    );
  });

  it("works end to end: repair a legacy name, sort, and date it", () => {
    const names = ["Lª V¨n B×nh", "TrÇn ThÞ B×nh", "NguyÔn V¨n An"].map(
      (n) => text.repairLegacyText(n)?.fixed ?? n
    );
    expect(text.sortByVietnameseName(names, (n) => n)).toEqual([
      "Nguyễn Văn An",
      "Trần Thị Bình",
      "Lê Văn Bình",
    ]);
    const d = text.parseDayFirst("5/3/2026");
    expect(d && text.formatVietnameseLongDate(d)).toBe("ngày 05 tháng 3 năm 2026");
  });
});

import fc from "fast-check";
import {
  type CivilDate,
  ageOnDec31,
  compareCivilDates,
  formatDdMmYyyy,
  formatVietnameseLongDate,
  fromExcelSerial,
  fromJsDate,
  isValidCivilDate,
  parseDayFirst,
  toExcelSerial,
} from "./dates";

const date = (year: number, month: number, day: number): CivilDate => ({ year, month, day });
const MS_PER_DAY = 86_400_000;

/** Oracle: days since 1899-12-30 computed by the JS engine's own calendar. */
function jsDaysSince18991230(d: CivilDate): number {
  const t = new Date(0);
  t.setUTCFullYear(d.year, d.month - 1, d.day);
  return Math.round((t.getTime() - Date.UTC(1899, 11, 30)) / MS_PER_DAY);
}

/** Every valid date from `from` to 9999-12-31. */
function civilDate(fromYear: number): fc.Arbitrary<CivilDate> {
  return fc
    .record({
      year: fc.integer({ min: fromYear, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 31 }),
    })
    .filter((d) => isValidCivilDate(d.year, d.month, d.day));
}

describe("isValidCivilDate", () => {
  it.each([
    [1990, 2, 28, true],
    [1990, 2, 29, false],
    [2024, 2, 29, true],
    [2025, 2, 29, false],
    [2000, 2, 29, true],
    [1900, 2, 29, false],
    [2100, 2, 29, false],
    [1990, 4, 31, false],
    [1990, 12, 31, true],
    [1990, 13, 1, false],
    [1990, 0, 1, false],
    [1990, 1, 0, false],
    [0, 1, 1, false],
    [1, 1, 1, true],
    [9999, 12, 31, true],
    [10000, 1, 1, false],
    [1990, 1.5, 1, false],
    [Number.NaN, 1, 1, false],
  ])("%d-%d-%d → %s", (y, m, d, ok) => {
    expect(isValidCivilDate(y, m, d)).toBe(ok);
  });
});

describe("parseDayFirst", () => {
  it.each([
    ["3/2/1990", date(1990, 2, 3)],
    ["03/02/1990", date(1990, 2, 3)],
    ["03-02-1990", date(1990, 2, 3)],
    ["3.2.1990", date(1990, 2, 3)],
    ["  25/11/2026 ", date(2026, 11, 25)],
    ["\u00a025/11/2026\u00a0", date(2026, 11, 25)],
    ["29/02/2024", date(2024, 2, 29)],
    ["29/02/2000", date(2000, 2, 29)],
    ["31/12/9999", date(9999, 12, 31)],
    ["01/01/1000", date(1000, 1, 1)],
  ])("%j → date", (text, expected) => {
    expect(parseDayFirst(text)).toEqual(expected);
  });

  it.each([
    "31/02/1990",
    "13/13/1990",
    "29/02/2025",
    "29/02/1900",
    "31/04/2020",
    "00/01/2020",
    "01/00/2020",
    "3/2/90",
    "3/2/01990",
    "003/2/1990",
    "3/2-1990",
    "3 / 2 / 1990",
    "3/2/1990 10:00",
    "1990-02-03",
    "abc",
    "",
    "٣/٢/١٩٩٠",
    "3/2/0000",
  ])("%j → null", (text) => {
    expect(parseDayFirst(text)).toBeNull();
  });

  it("reads back what formatDdMmYyyy writes, for every date (fast-check)", () => {
    fc.assert(
      fc.property(civilDate(1), (d) => expect(parseDayFirst(formatDdMmYyyy(d))).toEqual(d))
    );
  });
});

describe("formatting", () => {
  it("writes dd/mm/yyyy with leading zeros", () => {
    expect(formatDdMmYyyy(date(1990, 2, 3))).toBe("03/02/1990");
    expect(formatDdMmYyyy(date(2026, 11, 25))).toBe("25/11/2026");
    expect(formatDdMmYyyy(date(999, 1, 1))).toBe("01/01/0999");
  });

  it.each([
    [date(2026, 2, 3), "ngày 03 tháng 02 năm 2026"],
    [date(2026, 1, 9), "ngày 09 tháng 01 năm 2026"],
    [date(2026, 1, 10), "ngày 10 tháng 01 năm 2026"],
    [date(2026, 3, 5), "ngày 05 tháng 3 năm 2026"],
    [date(2026, 9, 1), "ngày 01 tháng 9 năm 2026"],
    [date(2026, 10, 10), "ngày 10 tháng 10 năm 2026"],
    [date(2026, 11, 25), "ngày 25 tháng 11 năm 2026"],
    [date(2026, 12, 31), "ngày 31 tháng 12 năm 2026"],
  ])("long date %j → %s (Decree 30/2020: zero before days 1–9 and months 1–2 only)", (d, text) => {
    expect(formatVietnameseLongDate(d)).toBe(text);
  });

  it("follows the leading-zero rule for every date (fast-check)", () => {
    fc.assert(
      fc.property(civilDate(1900), (d) => {
        const m = /^ngày (\d+) tháng (\d+) năm (\d+)$/u.exec(formatVietnameseLongDate(d));
        expect(m).not.toBeNull();
        const [, dd = "", mm = "", yyyy = ""] = m ?? [];
        expect(dd).toHaveLength(2);
        expect(mm).toHaveLength(d.month <= 2 || d.month >= 10 ? 2 : 1);
        expect([Number(dd), Number(mm), Number(yyyy)]).toEqual([d.day, d.month, d.year]);
      })
    );
  });
});

describe("compareCivilDates and ageOnDec31", () => {
  it("orders by year, month, day", () => {
    expect(compareCivilDates(date(1990, 2, 3), date(1990, 2, 3))).toBe(0);
    expect(compareCivilDates(date(1990, 2, 3), date(1990, 2, 4))).toBe(-1);
    expect(compareCivilDates(date(1990, 3, 1), date(1990, 2, 28))).toBe(1);
    expect(compareCivilDates(date(1989, 12, 31), date(1990, 1, 1))).toBe(-1);
  });

  it("agrees with the order of Excel serials (fast-check)", () => {
    fc.assert(
      fc.property(civilDate(1900), civilDate(1900), (a, b) => {
        expect(compareCivilDates(a, b)).toBe(Math.sign(toExcelSerial(a) - toExcelSerial(b)));
      })
    );
  });

  it("counts the age reached on 31 December", () => {
    expect(ageOnDec31(date(1990, 12, 31), 2026)).toBe(36);
    expect(ageOnDec31(date(1990, 1, 1), 2026)).toBe(36);
    expect(ageOnDec31(date(2026, 6, 1), 2026)).toBe(0);
    expect(ageOnDec31(date(2027, 6, 1), 2026)).toBe(-1);
  });
});

describe("Excel serials, 1900 system", () => {
  it.each([
    [1, date(1900, 1, 1)],
    [2, date(1900, 1, 2)],
    [31, date(1900, 1, 31)],
    [59, date(1900, 2, 28)],
    [61, date(1900, 3, 1)],
    [367, date(1901, 1, 1)],
    [32874, date(1990, 1, 1)],
    [32907, date(1990, 2, 3)],
    [36526, date(2000, 1, 1)],
    [45292, date(2024, 1, 1)],
    [2958465, date(9999, 12, 31)],
  ])("%d ↔ %j", (serial, d) => {
    expect(fromExcelSerial(serial)).toEqual(d);
    expect(toExcelSerial(d)).toBe(serial);
  });

  it("drops the time of day", () => {
    expect(fromExcelSerial(32907.75)).toEqual(date(1990, 2, 3));
    expect(fromExcelSerial(61.0001)).toEqual(date(1900, 3, 1));
  });

  it.each([
    0,
    0.5,
    -1,
    60,
    60.5,
    2958466,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
  ])("%d → null", (serial) => {
    expect(fromExcelSerial(serial)).toBeNull();
  });

  it("refuses dates Excel cannot hold, and invalid dates", () => {
    expect(() => toExcelSerial(date(1899, 12, 31))).toThrow(RangeError);
    expect(() => toExcelSerial(date(1900, 2, 29))).toThrow(RangeError);
    expect(() => toExcelSerial(date(2025, 2, 29))).toThrow(RangeError);
  });

  it("round-trips every serial 61…2958465 (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const d = fromExcelSerial(serial);
        expect(d).not.toBeNull();
        if (d) expect(toExcelSerial(d)).toBe(serial);
      }),
      { numRuns: 2000 }
    );
  });

  it("round-trips every date 1900-03-01…9999-12-31 and matches the JS calendar (fast-check)", () => {
    fc.assert(
      fc.property(
        civilDate(1900).filter((d) => d.year > 1900 || d.month >= 3),
        (d) => {
          const serial = toExcelSerial(d);
          expect(serial).toBe(jsDaysSince18991230(d));
          expect(fromExcelSerial(serial)).toEqual(d);
        }
      ),
      { numRuns: 2000 }
    );
  });

  it("round-trips the serials before the fake leap day", () => {
    for (let s = 1; s < 60; s++) expect(toExcelSerial(fromExcelSerial(s) ?? date(0, 0, 0))).toBe(s);
  });
});

describe("Excel serials, 1904 system", () => {
  it.each([
    [0, date(1904, 1, 1)],
    [1, date(1904, 1, 2)],
    [59, date(1904, 2, 29)],
    [60, date(1904, 3, 1)],
    [31443, date(1990, 2, 1)],
    [2957003, date(9999, 12, 31)],
  ])("%d ↔ %j", (serial, d) => {
    expect(fromExcelSerial(serial, true)).toEqual(d);
    expect(toExcelSerial(d, true)).toBe(serial);
  });

  it("is the 1900 serial minus 1462 from 1904 on (fast-check)", () => {
    fc.assert(
      fc.property(civilDate(1904), (d) => {
        expect(toExcelSerial(d, true)).toBe(toExcelSerial(d) - 1462);
        expect(fromExcelSerial(toExcelSerial(d, true), true)).toEqual(d);
      })
    );
  });

  it("has nothing before 1904-01-01 or after 9999-12-31", () => {
    expect(fromExcelSerial(-1, true)).toBeNull();
    expect(fromExcelSerial(2957004, true)).toBeNull();
    expect(() => toExcelSerial(date(1903, 12, 31), true)).toThrow(RangeError);
  });
});

describe("fromJsDate", () => {
  it("reads the UTC fields", () => {
    expect(fromJsDate(new Date(Date.UTC(1990, 1, 3)))).toEqual(date(1990, 2, 3));
    expect(fromJsDate(new Date("2024-02-29T00:00:00.000Z"))).toEqual(date(2024, 2, 29));
    expect(fromJsDate(new Date("2024-02-29T23:59:59.999Z"))).toEqual(date(2024, 2, 29));
  });

  it("refuses invalid dates", () => {
    expect(() => fromJsDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => fromJsDate(new Date(Date.UTC(10000, 0, 1)))).toThrow(RangeError);
  });

  it("agrees with the Excel serial of ExcelJS's UTC midnight (fast-check)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (serial) => {
        const js = new Date(Date.UTC(1899, 11, 30) + serial * MS_PER_DAY);
        expect(fromJsDate(js)).toEqual(fromExcelSerial(serial));
      })
    );
  });
});

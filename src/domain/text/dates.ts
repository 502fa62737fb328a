/**
 * Calendar dates as Vietnamese clerks write them (day first), without time zones: a CivilDate is
 * a plain year/month/day in the proleptic Gregorian calendar, years 1–9999. No JS Date crosses
 * this API except fromJsDate, which reads the UTC fields of the Date objects ExcelJS returns.
 */
import { cleanText } from "./normalize";

export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** Days in month `m` (1–12) of year `y`. */
export function daysInMonth(y: number, m: number): number {
  return m === 2 ? (isLeapYear(y) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;
}

/** A real calendar date: integers, year 1–9999, month 1–12, day within the month. */
export function isValidCivilDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** -1, 0 or 1. */
export function compareCivilDates(a: CivilDate, b: CivilDate): number {
  const d = a.year - b.year || a.month - b.month || a.day - b.day;
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** Age reached on 31 December of `year` (year − birth year; negative when born after that year). */
export function ageOnDec31(birth: CivilDate, year: number): number {
  return year - birth.year;
}

/**
 * `d/m/yyyy` or `dd/mm/yyyy`, with `/`, `-` or `.` (the same separator twice), surrounding spaces
 * allowed; a real calendar date with a four-digit year. Anything else → null.
 */
export function parseDayFirst(text: string): CivilDate | null {
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/u.exec(cleanText(text));
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[3]);
  const year = Number(m[4]);
  return isValidCivilDate(year, month, day) ? { year, month, day } : null;
}

const pad = (n: number, width: number): string => String(n).padStart(width, "0");

/** `03/02/1990`. */
export function formatDdMmYyyy(d: CivilDate): string {
  return `${pad(d.day, 2)}/${pad(d.month, 2)}/${pad(d.year, 4)}`;
}

/**
 * Date line of an administrative document (Decree 30/2020/NĐ-CP, appendix I): days below 10 and
 * the months 1 and 2 take a leading zero, other months do not.
 * `ngày 03 tháng 02 năm 2026`, `ngày 05 tháng 3 năm 2026`, `ngày 25 tháng 11 năm 2026`.
 */
export function formatVietnameseLongDate(d: CivilDate): string {
  const month = d.month <= 2 ? pad(d.month, 2) : String(d.month);
  return `ngày ${pad(d.day, 2)} tháng ${month} năm ${d.year}`;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil), exact integer arithmetic. */
function daysFromCivil(d: CivilDate): number {
  const y = d.month <= 2 ? d.year - 1 : d.year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * ((d.month + 9) % 12) + 2) / 5) + d.day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** Inverse of daysFromCivil. */
function civilFromDays(days: number): CivilDate {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/*
 * Excel's 1900 date system: serial 1 = 1900-01-01 … 59 = 1900-02-28, then serial 60 is the
 * non-existent 29/02/1900 (a Lotus 1-2-3 compatibility bug), so from 61 = 1900-03-01 on,
 * serial = days since 1899-12-30. The 1904 system: serial 0 = 1904-01-01.
 */
const DAY_1899_12_30 = daysFromCivil({ year: 1899, month: 12, day: 30 });
const DAY_1900_03_01 = daysFromCivil({ year: 1900, month: 3, day: 1 });
const DAY_1900_01_01 = daysFromCivil({ year: 1900, month: 1, day: 1 });
const DAY_1904_01_01 = daysFromCivil({ year: 1904, month: 1, day: 1 });
const FAKE_LEAP_DAY = 60;

/**
 * The date of an Excel serial (its integer part; the time of day is dropped). Null for non-finite
 * numbers, serials before the system's first day (1 in the 1900 system, 0 = 1904-01-01 in the 1904
 * system), Excel's fake 29/02/1900 (serial 60) and dates after 9999-12-31.
 */
export function fromExcelSerial(serial: number, date1904 = false): CivilDate | null {
  if (!Number.isFinite(serial)) return null;
  const n = Math.floor(serial);
  let days: number;
  if (date1904) {
    if (n < 0) return null;
    days = DAY_1904_01_01 + n;
  } else {
    if (n < 1 || n === FAKE_LEAP_DAY) return null;
    days = n < FAKE_LEAP_DAY ? DAY_1900_01_01 + n - 1 : DAY_1899_12_30 + n;
  }
  const d = civilFromDays(days);
  return d.year <= 9999 ? d : null;
}

/** The Excel serial of a date. RangeError for an invalid date or one before the system's first day. */
export function toExcelSerial(d: CivilDate, date1904 = false): number {
  if (!isValidCivilDate(d.year, d.month, d.day))
    throw new RangeError(`Not a calendar date: ${JSON.stringify(d)}`);
  const days = daysFromCivil(d);
  if (date1904) {
    if (days < DAY_1904_01_01) throw new RangeError(`Before 1904-01-01: ${formatDdMmYyyy(d)}`);
    return days - DAY_1904_01_01;
  }
  if (days < DAY_1900_01_01) throw new RangeError(`Before 1900-01-01: ${formatDdMmYyyy(d)}`);
  return days < DAY_1900_03_01 ? days - DAY_1900_01_01 + 1 : days - DAY_1899_12_30;
}

/** The UTC calendar fields of a Date (ExcelJS gives dates as UTC midnight). RangeError for an invalid Date or a year outside 1–9999. */
export function fromJsDate(d: Date): CivilDate {
  const c = { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
  if (!isValidCivilDate(c.year, c.month, c.day)) throw new RangeError("Not a usable date");
  return c;
}

/** The date `n` days after `d` (before it when `n` is negative). */
export function addDays(d: CivilDate, n: number): CivilDate {
  return civilFromDays(daysFromCivil(d) + n);
}

/** Whole days from `a` to `b` (negative when `b` is earlier). */
export function daysBetween(a: CivilDate, b: CivilDate): number {
  return daysFromCivil(b) - daysFromCivil(a);
}

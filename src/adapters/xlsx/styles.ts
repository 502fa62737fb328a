import type ExcelJS from "exceljs";
import type { StyleName } from "../../workbook/plan/types";

const FONT = "Times New Roman";
const thin = { style: "thin" as const, color: { argb: "FF8EA9C1" } };
const border: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** Cell styles of the register (Times New Roman, as Vietnamese administrative documents use). */
export const STYLES: Record<StyleName, Partial<ExcelJS.Style>> = {
  title: {
    font: { name: FONT, size: 14, bold: true, color: { argb: "FFC00000" } },
    alignment: { vertical: "middle" },
  },
  subtitle: { font: { name: FONT, size: 12, italic: true } },
  header: {
    font: { name: FONT, size: 11, bold: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFDDEBF7" } },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
    border,
  },
  sectionHeading: { font: { name: FONT, size: 12, bold: true, color: { argb: "FF1F4E79" } } },
  label: {
    font: { name: FONT, size: 11 },
    alignment: { vertical: "middle", wrapText: true },
    border,
  },
  input: {
    font: { name: FONT, size: 11, color: { argb: "FF1F3864" } },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFF0" } },
    border,
  },
  /** An input cell holding a sentence (the `Căn cứ` rows): wrapped, read from the top. */
  inputText: {
    font: { name: FONT, size: 11, color: { argb: "FF1F3864" } },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFF0" } },
    alignment: { wrapText: true, vertical: "top" },
    border,
  },
  note: {
    font: { name: FONT, size: 10, italic: true, color: { argb: "FF595959" } },
    alignment: { wrapText: true, vertical: "top" },
  },
  formula: { font: { name: FONT, size: 11 }, alignment: { horizontal: "center" }, border },
  money: { font: { name: FONT, size: 11 }, numFmt: "#,##0", border },
  percent: {
    font: { name: FONT, size: 11 },
    numFmt: "0.0",
    alignment: { horizontal: "center" },
    border,
  },
  date: {
    font: { name: FONT, size: 11, color: { argb: "FF1F3864" } },
    numFmt: "dd/mm/yyyy",
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFFF0" } },
    border,
  },
  groupRow: {
    font: { name: FONT, size: 11, bold: true },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFF2F2F2" } },
    alignment: { vertical: "middle", wrapText: true },
    border,
  },
  resultRow: {
    font: { name: FONT, size: 11, bold: true, color: { argb: "FF1F4E79" } },
    fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } },
    alignment: { horizontal: "center" },
    border,
  },
  guideHeading: { font: { name: FONT, size: 13, bold: true, color: { argb: "FF1F4E79" } } },
  guideText: { font: { name: FONT, size: 12 }, alignment: { wrapText: true, vertical: "top" } },
};

const SHARED = new Map<string, Partial<ExcelJS.Style>>();

/**
 * One shared style object per (style, locked) pair. ExcelJS caches a style's id by object identity
 * when writing, so sharing makes styling a large sheet cheap; cells never mutate these objects (the
 * `unlocked` variant carries its own protection instead of setting `cell.protection`).
 */
export function sharedStyle(name: StyleName, unlocked = false): Partial<ExcelJS.Style> {
  const key = `${name}|${unlocked}`;
  let s = SHARED.get(key);
  if (!s) {
    s = unlocked ? { ...STYLES[name], protection: { locked: false } } : STYLES[name];
    SHARED.set(key, s);
  }
  return s;
}

/** Zip settings for every file this tool writes: a fast deflate level (big outputs, small cost in size). */
export const WRITE_OPTIONS = {
  zip: { compression: "DEFLATE", compressionOptions: { level: 3 } },
} as const;

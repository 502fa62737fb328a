/**
 * `Đợt thi đua` (issue #14): the year's drives, one a row — name, kind, who launched it, start,
 * end, dossier deadline, posting days. Read by label (anchor `Tên đợt`, src/workbook/read.ts); the
 * `Đợt` dropdown of `Đề nghị` reads its names through the defined name DRIVE_LIST_NAME.
 */
import { DRIVE_KIND } from "../../domain/catalog/lists";
import type { DriveSeed } from "../../domain/drives";
import { columnLetter } from "../../domain/findings";
import { DRIVE_COL, DRIVE_LIST_NAME, DRIVE_SHEET } from "../../domain/register/contract";
import type { RegisterOptions } from "./options";
import { acrossRow, areaTo, fitRows } from "./print";
import { type DefinedNamePlan, type PlanCell, type SheetPlan, sheetRef } from "./types";

export const DRIVE_LAYOUT = { headerRow: 3, firstRow: 4 } as const;

/** Rows prepared for typing; the dropdown of `Đề nghị` offers the names typed in them. */
export const DRIVE_ROWS = 60;

const FIELDS = Object.keys(DRIVE_COL) as (keyof typeof DRIVE_COL)[];
const colOf = (f: keyof typeof DRIVE_COL): number => FIELDS.indexOf(f) + 1;

function seedCells(r: number, d: DriveSeed | undefined): PlanCell[] {
  const date = (v: DriveSeed["start"]) => (v ? { date: v } : null);
  return [
    { row: r, col: colOf("name"), value: d?.name ?? null, style: "input", unlocked: true },
    {
      row: r,
      col: colOf("kind"),
      value: d ? DRIVE_KIND[d.kind] : null,
      style: "input",
      unlocked: true,
    },
    {
      row: r,
      col: colOf("launchedBy"),
      value: d?.launchedBy ?? null,
      style: "input",
      unlocked: true,
    },
    { row: r, col: colOf("start"), value: date(d?.start ?? null), style: "date", unlocked: true },
    { row: r, col: colOf("end"), value: date(d?.end ?? null), style: "date", unlocked: true },
    {
      row: r,
      col: colOf("deadline"),
      value: date(d?.deadline ?? null),
      style: "date",
      unlocked: true,
    },
    {
      row: r,
      col: colOf("postingDays"),
      value: d?.postingDays ?? null,
      style: "input",
      unlocked: true,
    },
  ];
}

export function planDrivesSheet(o: RegisterOptions): SheetPlan {
  const { headerRow, firstRow } = DRIVE_LAYOUT;
  const labels = Object.values(DRIVE_COL);
  const cells: PlanCell[] = [
    { row: 1, col: 1, value: "CÁC ĐỢT THI ĐUA TRONG NĂM", style: "title" },
    {
      row: 2,
      col: 1,
      value:
        "Mỗi đợt một dòng; cột “Đợt” ở sheet “Đề nghị” chọn tên đợt ở đây (để trống: Cả năm). Hạn nộp hồ sơ: Sổ Thi đua báo trước (RG05) và báo khi quá hạn mà chưa trình (RG03); đợt Đột xuất trình bất cứ lúc nào. Số ngày công khai: thời gian niêm yết danh sách trước khi trình (QT04).",
      style: "note",
    },
  ];
  labels.forEach((l, i) => cells.push({ row: headerRow, col: i + 1, value: l, style: "header" }));
  const rows = Math.max(DRIVE_ROWS, o.driveRows.length);
  for (let i = 0; i < rows; i++) {
    const r = firstRow + i;
    cells.push({
      row: r,
      col: 1,
      value: {
        formula: `IF(B${r}="","",ROW()-${headerRow})`,
        ...(o.driveRows[i] ? { result: i + 1 } : {}),
      },
      style: "formula",
    });
    cells.push(...seedCells(r, o.driveRows[i]));
  }
  const last = firstRow + rows - 1;
  const range = (f: keyof typeof DRIVE_COL) =>
    `${columnLetter(colOf(f))}${firstRow}:${columnLetter(colOf(f))}${last}`;
  return fitRows({
    name: DRIVE_SHEET,
    cells,
    widths: [undefined, 6, 34, 14, 18, 14, 14, 14, 12],
    merges: [`A1:${columnLetter(labels.length)}1`, acrossRow(2, labels.length)],
    validations: [
      {
        type: "list",
        range: range("kind"),
        source: `"${Object.values(DRIVE_KIND).join(",")}"`,
        strict: true,
        error: {
          title: DRIVE_COL.kind,
          text: `Chọn một trong: ${Object.values(DRIVE_KIND).join(", ")}.`,
        },
      },
      {
        type: "whole",
        range: range("postingDays"),
        min: 0,
        max: 365,
        error: { title: DRIVE_COL.postingDays, text: "Số ngày từ 0 đến 365." },
      },
    ],
    conditionalFormats: [],
    freeze: { rows: headerRow, cols: 0 },
    // The drives written and a few blank rows for more, on one page.
    print: {
      orientation: "landscape",
      fitToWidth: true,
      fitToHeight: 1,
      area: areaTo(labels.length, firstRow + o.driveRows.length + 4),
    },
    protect: false,
    state: "visible",
    tabColor: "FF7F7F7F",
  });
}

/** The defined name over the drive names (the `Đợt` dropdown's source). */
export function planDrivesName(o: RegisterOptions): DefinedNamePlan {
  const { firstRow } = DRIVE_LAYOUT;
  const c = columnLetter(colOf("name"));
  const last = firstRow + Math.max(DRIVE_ROWS, o.driveRows.length) - 1;
  return {
    name: DRIVE_LIST_NAME,
    refersTo: `${sheetRef(DRIVE_SHEET)}!$${c}$${firstRow}:$${c}$${last}`,
  };
}

/** `Lịch sử` (award history) and `Khiếu nại` (complaints): simple label-addressed tables. */
import { COMPLAINT_COL, HISTORY_COL, SHEET } from "../../domain/register/contract";
import { columnLetter } from "../../domain/findings";
import type { RegisterOptions } from "./options";
import { listSource } from "./lists";
import { acrossRow, fitRows } from "./print";
import type { PlanCell, SheetPlan, ValidationPlan } from "./types";

const HEADER_ROW = 3;

function planRecordSheet(
  name: string,
  title: string,
  note: string,
  labels: readonly string[],
  widths: readonly number[],
  validations: (first: number, last: number) => ValidationPlan[],
  o: RegisterOptions
): SheetPlan {
  const cells: PlanCell[] = [
    { row: 1, col: 1, value: title, style: "title" },
    { row: 2, col: 1, value: note, style: "note" },
  ];
  labels.forEach((l, i) => cells.push({ row: HEADER_ROW, col: i + 1, value: l, style: "header" }));
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + o.preparedRows;
  return fitRows({
    name,
    cells,
    widths: [undefined, ...widths],
    merges: [`A1:${columnLetter(labels.length)}1`, acrossRow(2, labels.length)],
    validations: validations(first, last),
    conditionalFormats: [],
    freeze: { rows: HEADER_ROW, cols: 0 },
    print: {
      orientation: "landscape",
      fitToWidth: true,
      repeatRows: `${HEADER_ROW}:${HEADER_ROW}`,
    },
    protect: false,
    state: "visible",
  });
}

export function planHistorySheet(o: RegisterOptions): SheetPlan {
  return planRecordSheet(
    SHEET.history,
    "LỊCH SỬ KHEN THƯỞNG CÁC NĂM TRƯỚC",
    "Ghi các danh hiệu, hình thức đã được khen của các năm trước (căn cứ xét các năm liên tục, Bằng khen).",
    Object.values(HISTORY_COL),
    [28, 12, 8, 28, 18, 14, 30],
    (first, last) => [
      { type: "whole", range: `C${first}:C${last}`, min: 1990, max: 2100 },
      { type: "list", range: `D${first}:D${last}`, source: listSource("title", o), strict: false },
    ],
    o
  );
}

export function planComplaintsSheet(o: RegisterOptions): SheetPlan {
  return planRecordSheet(
    SHEET.complaints,
    "KHIẾU NẠI, PHẢN ÁNH TRONG THỜI GIAN NIÊM YẾT",
    "Khiếu nại về một người/tập thể đang “Đang xử lý” hoặc chưa ghi trạng thái thì chưa được trình (quy tắc DK13).",
    Object.values(COMPLAINT_COL),
    [12, 26, 28, 50, 16, 40],
    (first, last) => [
      {
        type: "list",
        range: `E${first}:E${last}`,
        source: listSource("complaintStatus", o),
        strict: true,
        prompt: { title: "Trạng thái", text: "Đang xử lý, Đã giải quyết, Không thụ lý." },
      },
    ],
    o
  );
}

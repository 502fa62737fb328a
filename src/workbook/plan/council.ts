/**
 * `Thành viên Hội đồng` (issue #12): the council's members, one a row (STT, name, position, role in
 * the council). Read by label (anchor `Họ và tên`); HD06 compares its rows with `Số thành viên Hội
 * đồng`, the Biên bản names the chair's and secretary's roles from it.
 */
import { COUNCIL_COL, COUNCIL_SHEET } from "../../domain/register/contract";
import { columnLetter } from "../../domain/findings";
import type { RegisterOptions } from "./options";
import { acrossRow, fitRows } from "./print";
import type { PlanCell, SheetPlan } from "./types";

export const COUNCIL_LAYOUT = { headerRow: 3, firstRow: 4 } as const;

/** Rows prepared for typing (a ward council has 7–15 members). */
const PREPARED = 25;

export function planCouncilSheet(o: RegisterOptions): SheetPlan {
  const labels = Object.values(COUNCIL_COL);
  const { headerRow, firstRow } = COUNCIL_LAYOUT;
  const cells: PlanCell[] = [
    { row: 1, col: 1, value: "THÀNH VIÊN HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG", style: "title" },
    {
      row: 2,
      col: 1,
      value:
        "Mỗi thành viên một dòng, theo quyết định thành lập (kiện toàn) Hội đồng. Số dòng nên bằng “Số thành viên Hội đồng” ở “Cấu hình” (quy tắc HD06); chức danh trong Hội đồng: Chủ tịch Hội đồng, Phó Chủ tịch Hội đồng, Ủy viên thường trực, Ủy viên…",
      style: "note",
    },
  ];
  labels.forEach((l, i) => cells.push({ row: headerRow, col: i + 1, value: l, style: "header" }));
  const rows = Math.max(PREPARED, o.meeting.members.length);
  for (let i = 0; i < rows; i++) {
    const r = firstRow + i;
    const m = o.meeting.members[i];
    // STT as a formula: it numbers the rows that have a name, as `Đề nghị` does.
    cells.push({
      row: r,
      col: 1,
      value: { formula: `IF(B${r}="","",ROW()-${headerRow})`, ...(m ? { result: i + 1 } : {}) },
      style: "formula",
    });
    cells.push({ row: r, col: 2, value: m?.name ?? null, style: "input", unlocked: true });
    cells.push({ row: r, col: 3, value: m?.position ?? null, style: "input", unlocked: true });
    cells.push({ row: r, col: 4, value: m?.role ?? null, style: "input", unlocked: true });
  }
  return fitRows({
    name: COUNCIL_SHEET,
    cells,
    widths: [undefined, 6, 30, 44, 30],
    merges: [`A1:${columnLetter(labels.length)}1`, acrossRow(2, labels.length)],
    validations: [],
    conditionalFormats: [],
    freeze: { rows: headerRow, cols: 0 },
    print: { orientation: "portrait", fitToWidth: true, repeatRows: `${headerRow}:${headerRow}` },
    protect: false,
    state: "visible",
    tabColor: "FF7F7F7F",
  });
}

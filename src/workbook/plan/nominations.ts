/** `Đề nghị`: the nomination table with list validations, input messages, row colours and print setup. */
import {
  COL,
  NOMINATION_FIELDS,
  RESULT_TEXT,
  SETTING_NAME,
  SHEET,
  type NominationField,
  DRIVE_LIST_NAME,
} from "../../domain/register/contract";
import { ROW_STATUS } from "../../domain/catalog/lists";
import { columnLetter } from "../../domain/findings";
import type { RegisterOptions } from "./options";
import { listSource, type ListId } from "./lists";
import { FRESH_NOMINATION_LAYOUT, type NominationLayout } from "./layout";
import { fitRows, nominationsPrintArea } from "./print";
import type { ConditionalFormatPlan, Message, PlanCell, SheetPlan, ValidationPlan } from "./types";

const WIDTH: Partial<Record<NominationField, number>> = {
  stt: 6,
  name: 28,
  kind: 12,
  birthDate: 12,
  gender: 8,
  position: 28,
  personGroup: 13,
  proposingUnit: 22,
  directWorker: 10,
  monthsWorked: 9,
  dutyLevel: 19,
  productiveWork: 9,
  discipline: 12,
  disciplineEnd: 11,
  initiative: 20,
  // Small whole numbers under wrapped headers: narrow, so the sheet still prints at 55 % or more
  // (the text columns were narrowed a little too when `Đối tượng` and `Lao động, sản xuất hiệu quả`
  // came, issue #12).
  members: 10,
  membersCompleted: 10,
  membersLdtt: 10,
  membersCstdcs: 10,
  membersDisciplined: 10,
  title: 27,
  drive: 15,
  score: 8,
  votes: 9,
  summaryText: 36,
  note: 18,
  result: 40,
  status: 13,
  decisionNo: 14,
  decisionDate: 12,
};

const PROMPT: Partial<Record<NominationField, Message>> = {
  name: {
    title: "Họ và tên / Tên tập thể",
    text: "Bắt buộc. Họ tên đầy đủ hoặc tên tập thể, hộ gia đình.",
  },
  birthDate: { title: "Ngày sinh", text: "Cá nhân: dd/mm/yyyy, ví dụ 03/02/1990." },
  personGroup: {
    title: "Đối tượng",
    text: "Cá nhân: Cán bộ, công chức, viên chức (để trống = nhóm này); Người lao động; Công nhân, nông dân, người lao động khác (xét LĐTT theo Điều 24 khoản 3 Luật TĐKT: ghi cột Lao động, sản xuất hiệu quả).",
  },
  productiveWork: {
    title: "Lao động, sản xuất hiệu quả",
    text: "Công nhân, nông dân, người lao động khác: Có nếu lao động, sản xuất có hiệu quả, tích cực tham gia phong trào thi đua (Luật TĐKT, Điều 24 khoản 3); thay cho mức hoàn thành nhiệm vụ.",
  },
  monthsWorked: {
    title: "Số tháng công tác",
    text: "0–12 tháng thực tế trong năm (nghỉ thai sản, đi học ngắn hạn vẫn tính).",
  },
  discipline: {
    title: "Kỷ luật",
    text: "Hình thức kỷ luật trong năm (trống hoặc Không nếu không bị kỷ luật). Đang xem xét: đang xem xét kỷ luật, thanh tra, kiểm tra hoặc xác minh đơn thư — chưa được khen thưởng.",
  },
  disciplineEnd: {
    title: "Hết thời hạn kỷ luật",
    text: "Ngày chấp hành xong kỷ luật (dd/mm/yyyy). Thành tích được tính từ ngày này (NĐ 152/2025, Điều 4).",
  },
  initiative: {
    title: "Sáng kiến",
    text: "Sáng kiến được công nhận (số quyết định). Để trống nếu không có.",
  },
  members: { title: "Số thành viên", text: "Tập thể: tổng số thành viên (≥ 1)." },
  membersCompleted: {
    title: "Số hoàn thành nhiệm vụ",
    text: "Tập thể: số thành viên hoàn thành nhiệm vụ.",
  },
  membersLdtt: { title: "Số đạt LĐTT", text: "Tập thể: số thành viên đạt Lao động tiên tiến." },
  membersCstdcs: {
    title: "Số đạt CSTĐCS",
    text: "Tập thể: số thành viên đạt Chiến sĩ thi đua cơ sở.",
  },
  membersDisciplined: {
    title: "Số bị kỷ luật",
    text: "Tập thể: số thành viên bị kỷ luật từ cảnh cáo trở lên.",
  },
  score: { title: "Điểm", text: "0–100; có thể là công thức lấy Tổng điểm ở sheet tiêu chí." },
  votes: {
    title: "Số phiếu đồng ý",
    text: "Số thành viên Hội đồng đồng ý (tỷ lệ tính trên tổng số thành viên).",
  },
  result: { title: "Kết quả kiểm tra", text: "Do Sổ Thi đua ghi khi kiểm tra; không cần nhập." },
  status: {
    title: "Trạng thái",
    text: "Đề nghị → Đã bình xét (đã bỏ phiếu) → Đã trình (xuất hồ sơ) → Đã quyết định / Không đạt. Sổ Thi đua ghi “Đã trình” và “Đã quyết định” khi được yêu cầu.",
  },
  decisionNo: {
    title: "Số quyết định",
    text: "Ví dụ 123/QĐ-UBND. Ghi khi có quyết định khen thưởng (hoặc dùng lệnh “Ghi quyết định”).",
  },
  decisionDate: {
    title: "Ngày quyết định",
    text: "Ngày ký quyết định: dd/mm/yyyy, ví dụ 20/12/2026.",
  },
};

/**
 * Lists written inline (`"a,b,c"`) rather than from `Danh mục`: `upgrade` adds these columns to
 * registers whose `Danh mục` has no such list, and the values are the tool's own, never extended.
 */
const INLINE_LISTS: Partial<Record<NominationField, readonly string[]>> = {
  status: Object.values(ROW_STATUS),
};

const LISTS: Partial<Record<NominationField, { list: ListId; strict: boolean }>> = {
  kind: { list: "kind", strict: true },
  gender: { list: "gender", strict: true },
  directWorker: { list: "yesNo", strict: true },
  dutyLevel: { list: "dutyLevel", strict: true },
  personGroup: { list: "personGroup", strict: true },
  productiveWork: { list: "yesNo", strict: true },
  discipline: { list: "discipline", strict: true },
  title: { list: "title", strict: false },
  drive: { list: "drive", strict: false },
  proposingUnit: { list: "unit", strict: false },
};

const NUMBERS: Partial<
  Record<
    NominationField,
    { type: "whole" | "decimal"; min: number | string; max?: number | string }
  >
> = {
  monthsWorked: { type: "whole", min: 0, max: 12 },
  members: { type: "whole", min: 1, max: 1_000_000 },
  membersCompleted: { type: "whole", min: 0, max: 1_000_000 },
  membersLdtt: { type: "whole", min: 0, max: 1_000_000 },
  membersCstdcs: { type: "whole", min: 0, max: 1_000_000 },
  membersDisciplined: { type: "whole", min: 0, max: 1_000_000 },
  score: { type: "decimal", min: 0, max: 100 },
  votes: { type: "whole", min: 0, max: SETTING_NAME.councilSize },
};

/** Row-colour rules over a data range whose first row is `first` (result column `resultLetter`). */
export function resultColourRules(
  range: string,
  resultLetter: string,
  first: number
): ConditionalFormatPlan[] {
  const cell = `$${resultLetter}${first}`;
  return [
    {
      range,
      formula: `LEFT(${cell},${RESULT_TEXT.errorPrefix.length})="${RESULT_TEXT.errorPrefix}"`,
      fill: "FFF8CBAD",
      fontColor: "FF9C0006",
    },
    {
      range,
      formula: `AND(LEFT(${cell},${RESULT_TEXT.ok.length})="${RESULT_TEXT.ok}",LEN(${cell})>${RESULT_TEXT.ok.length})`,
      fill: "FFFFEB9C",
    },
  ];
}

/**
 * Validations and input messages for the prepared rows of one nomination column. `listExists`: does
 * the workbook's `Danh mục` hold the list (false for a list added after the register was made, on
 * `upgrade`): without it the column gets its input message only, and the rules check the values.
 */
export function columnValidations(
  f: NominationField,
  range: string,
  o: RegisterOptions,
  listExists: (id: ListId) => boolean = () => true
): ValidationPlan[] {
  const out: ValidationPlan[] = [];
  const listed = LISTS[f];
  const list = listed && listExists(listed.list) ? listed : undefined;
  const num = NUMBERS[f];
  const prompt = PROMPT[f];
  const inline = INLINE_LISTS[f];
  if (inline) {
    out.push({
      type: "list",
      range,
      source: `"${inline.join(",")}"`,
      strict: true,
      ...(prompt ? { prompt } : {}),
      error: { title: COL[f], text: `Chọn một trong: ${inline.join(", ")}.` },
    });
  } else if (list) {
    out.push({
      type: "list",
      range,
      // `Đợt`: the names of `Đợt thi đua` (issue #14), not the old free list of `Danh mục`.
      source: f === "drive" ? DRIVE_LIST_NAME : listSource(list.list, o),
      strict: list.strict,
      prompt: prompt ?? {
        title: COL[f],
        text: list.strict ? "Chọn trong danh sách." : "Chọn trong danh sách hoặc nhập mới.",
      },
      error: { title: COL[f], text: "Giá trị không có trong danh mục." },
    });
  } else if (num) {
    out.push({
      type: num.type,
      range,
      min: num.min,
      ...(num.max !== undefined ? { max: num.max } : {}),
      ...(prompt ? { prompt } : {}),
      error: { title: COL[f], text: prompt?.text ?? "Giá trị không hợp lệ." },
    });
  } else if (prompt) {
    out.push({ type: "prompt", range, prompt });
  }
  return out;
}

/**
 * `nominations`: how many nomination rows the writer puts under the header (the demo, a
 * consolidation); the print area ends with the last of them (the first prepared row when none).
 */
export function planNominationsSheet(
  o: RegisterOptions,
  layout: NominationLayout = FRESH_NOMINATION_LAYOUT,
  nominations = 0
): SheetPlan {
  const h = layout.headerRow;
  const first = h + 1;
  const last = h + o.preparedRows;
  const lastCol = Math.max(...Object.values(layout.col));
  const L = (f: NominationField) => columnLetter(layout.col[f]);
  const cells: PlanCell[] = [
    { row: 1, col: 1, value: "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", style: "title" },
    {
      row: 2,
      col: 1,
      value: { formula: `"Đơn vị: "&${SETTING_NAME.unitName}&" — Năm "&${SETTING_NAME.year}` },
      style: "subtitle",
    },
  ];
  for (const f of NOMINATION_FIELDS)
    cells.push({ row: h, col: layout.col[f], value: COL[f], style: "header" });
  for (let r = first; r <= last; r++) {
    cells.push({
      row: r,
      col: layout.col.stt,
      value: { formula: `IF($${L("name")}${r}="","",ROW()-ROW($${L("stt")}$${h}))` },
      style: "formula",
    });
  }
  const validations = NOMINATION_FIELDS.flatMap((f) =>
    columnValidations(f, `${L(f)}${first}:${L(f)}${last}`, o)
  );
  return fitRows(
    {
      name: SHEET.nominations,
      cells,
      widths: [
        undefined,
        ...Array.from(
          { length: lastCol },
          (_, i) => WIDTH[NOMINATION_FIELDS.find((f) => layout.col[f] === i + 1) ?? "note"] ?? 14
        ),
      ],
      merges: [`A1:${columnLetter(lastCol)}1`],
      validations,
      conditionalFormats: resultColourRules(
        `A${first}:${columnLetter(lastCol)}${last}`,
        L("result"),
        first
      ),
      freeze: { rows: h, cols: layout.col.name },
      // 24 columns are too wide for one readable A4 page (about 32 %): two pages wide (about 60 %),
      // each row's two halves on consecutive pages, STT and name repeated on the right-hand page.
      print: {
        orientation: "landscape",
        fitToWidth: true,
        pagesWide: 2,
        pageOrder: "overThenDown",
        area: nominationsPrintArea(h, lastCol, h + nominations),
        repeatRows: `${h}:${h}`,
        repeatCols: `${L("stt")}:${L("name")}`,
      },
      protect: false,
      state: "visible",
      tabColor: "FFC00000",
    },
    h
  );
}

/**
 * `Phiếu bầu` and `Biên bản kiểm phiếu` (issue #12): the council's secret ballot on paper.
 * - Phiếu bầu: one ballot per member voting (present + written opinions; the council's size when
 *   attendance is not recorded), one A4 page each with a page break between them; the nominees the
 *   council votes on (every row without an error), grouped by title, with the tick columns
 *   `Đồng ý` / `Không đồng ý`. Secret: no member's name or number is printed on a ballot.
 * - Biên bản kiểm phiếu: the vote-count board's record — ballots issued (the members voting),
 *   returned, valid and invalid (lines for the board to write), and the votes in favour of each
 *   nominee from the register's `Số phiếu đồng ý` with the % of the whole council; signed by the board.
 * Both on the Decree 30 grid of ./decree30.ts, dated the meeting date.
 */
import type { CouncilExport, ExportEntry } from "../../../domain/export/council";
import { TITLES, type TitleDef } from "../../../domain/catalog/titles";
import { formatVietnameseLongDate } from "../../../domain/text/dates";
import {
  A4_PORTRAIT_TEXT_PT,
  DEFAULT_ROW_PT,
  type DocFormat,
  type DocumentSheetPlan,
  SheetBuilder,
  lineCount,
  linesHeight,
} from "./document";
import { CENTER, COL_MM, COLS, docTitle, f, LETTER_PAGE, letterhead } from "./decree30";
import { councilName, roman, safe, titlePhrase, viNumber, wardCommittee } from "./text";

export const SHEET_BALLOTS = "Phiếu bầu";
export const SHEET_TALLY = "Biên bản kiểm phiếu";

/** The nominees the council votes on: every row without an error, in the minutes' order, by title. */
export function ballotGroups(
  x: CouncilExport
): { readonly title: TitleDef | null; readonly entries: readonly ExportEntry[] }[] {
  const voted = x.minutes.filter((e) => e.status !== "errors");
  const out: { title: TitleDef | null; entries: ExportEntry[] }[] = [];
  for (const t of [...TITLES, null]) {
    const entries = voted.filter((e) => (e.title?.code ?? null) === (t?.code ?? null));
    if (entries.length) out.push({ title: t, entries });
  }
  return out;
}

interface Column {
  readonly label: string;
  readonly from: number;
  readonly to: number;
  readonly align: NonNullable<DocFormat["align"]>;
}

const BALLOT_COLUMNS: readonly Column[] = [
  { label: "STT", from: 1, to: 3, align: "center" },
  { label: "Họ và tên / Tên tập thể", from: 4, to: 18, align: "left" },
  { label: "Chức vụ, đơn vị công tác", from: 19, to: 32, align: "left" },
  { label: "Đồng ý", from: 33, to: 36, align: "center" },
  { label: "Không đồng ý", from: 37, to: 40, align: "center" },
];

const TALLY_COLUMNS: readonly Column[] = [
  { label: "STT", from: 1, to: 3, align: "center" },
  { label: "Họ và tên / Tên tập thể", from: 4, to: 17, align: "left" },
  { label: "Đơn vị đề nghị", from: 18, to: 29, align: "left" },
  { label: "Số phiếu đồng ý", from: 30, to: 34, align: "center" },
  { label: "Tỷ lệ trên tổng số thành viên Hội đồng (%)", from: 35, to: 40, align: "center" },
];

const cellFmt = (size: number, more: Omit<DocFormat, "size"> = {}): DocFormat =>
  f(size, { border: "all", valign: "middle", wrap: true, ...more });

/** One table row on the grid: the values merged across their columns, the row as tall as its text. */
function gridRow(
  b: SheetBuilder,
  row: number,
  columns: readonly Column[],
  values: readonly (string | number)[],
  size: number,
  more: Omit<DocFormat, "size"> = {}
): void {
  let lines = 1;
  columns.forEach((c, i) => {
    const v = values[i] ?? "";
    b.merge(row, c.from, row, c.to, v, cellFmt(size, { align: c.align, ...more }));
    if (typeof v === "string")
      lines = Math.max(lines, lineCount(v, b.spanMm(c.from, c.to), size, more.bold));
  });
  b.atLeast(row, linesHeight(lines, size, 2));
}

/** A group heading across the table: `I. DANH HIỆU "CHIẾN SĨ THI ĐUA CƠ SỞ"`. */
function groupRow(
  b: SheetBuilder,
  row: number,
  index: number,
  title: TitleDef | null,
  size: number
) {
  const text = title ? `${roman(index)}. ${titlePhrase(title, true)}` : `${roman(index)}. KHÁC`;
  b.text(row, 1, COLS, text, cellFmt(size, { bold: true, align: "left", fill: "FFF2F2F2" }), 2);
}

function rowsHeight(b: SheetBuilder, from: number, to: number): number {
  let pt = 0;
  for (let r = from; r <= to; r++) pt += b.rowHeights.get(r) ?? DEFAULT_ROW_PT;
  return pt;
}

/** One ballot from row `top`; returns its last row. */
function ballot(b: SheetBuilder, x: CouncilExport, top: number, size: number): number {
  const h = x.header;
  let r = letterhead(b, h, { symbol: "", number: "", date: h.minutesDate, top });
  r = docTitle(
    b,
    r,
    "PHIẾU BẦU",
    `Xét tặng danh hiệu thi đua, hình thức khen thưởng năm ${h.year ?? ""}`
  );
  b.text(
    r++,
    1,
    COLS,
    "Thành viên Hội đồng đánh dấu (X) vào một trong hai cột “Đồng ý”, “Không đồng ý” ở từng dòng. Dòng đánh dấu cả hai cột hoặc không đánh dấu cột nào không được tính. Không ghi tên người bầu lên phiếu.",
    f(12, { italic: true, align: "justify" }),
    2
  );
  r++;
  const nominees = nomineeCount(x);
  if (nominees > MAX_LISTED) {
    b.text(
      r++,
      1,
      COLS,
      `Có ${nominees} trường hợp, quá nhiều để in trên một phiếu: in phiếu bầu theo từng danh hiệu hoặc từng đơn vị (xuất riêng từng phần của sổ).`,
      f(12, { italic: true }),
      2
    );
    return r - 1;
  }
  gridRow(
    b,
    r++,
    BALLOT_COLUMNS,
    BALLOT_COLUMNS.map((c) => c.label),
    size,
    { bold: true, align: "center" }
  );
  let stt = 0;
  ballotGroups(x).forEach((g, gi) => {
    groupRow(b, r++, gi + 1, g.title, size);
    for (const e of g.entries)
      gridRow(
        b,
        r++,
        BALLOT_COLUMNS,
        [++stt, safe(e.name), safe(e.position || e.unit), "", ""],
        size
      );
  });
  if (!stt) b.text(r++, 1, COLS, "Không có đề nghị nào để bầu.", f(12, { italic: true }));
  return r - 1;
}

/**
 * Beyond this many nominees the ballot and the vote-count record list none (a consolidated register
 * of thousands of rows: the Biên bản holds every vote); a ward votes on a few dozen.
 */
const MAX_LISTED = 2_000;

function nomineeCount(x: CouncilExport): number {
  return x.minutes.reduce((a, e) => a + (e.status !== "errors" ? 1 : 0), 0);
}

/** Beyond this many ballot rows in all, one ballot is printed, to be copied (a big register). */
const MAX_BALLOT_ROWS = 5_000;
/** Ballots are printed at no less than this scale; a longer list runs on to a second page. */
const MIN_SCALE = 40;

/**
 * How many ballots the sheet holds: one per member voting, or a single one to copy when that many
 * copies of a long list would make a huge sheet (`MAX_BALLOT_ROWS`).
 */
export function ballotCopies(x: CouncilExport): number {
  const nominees = nomineeCount(x);
  return nominees > MAX_LISTED || x.meeting.ballots * Math.max(1, nominees) > MAX_BALLOT_ROWS
    ? 1
    : x.meeting.ballots;
}

export function planBallots(x: CouncilExport): DocumentSheetPlan {
  const b = new SheetBuilder(Array.from({ length: COLS }, () => COL_MM));
  const copies = ballotCopies(x);
  const breaks: number[] = [];
  let top = 1;
  let tallest = 0;
  for (let i = 0; i < copies; i++) {
    let last = ballot(b, x, top, 12);
    if (copies < x.meeting.ballots)
      b.text(
        ++last,
        1,
        COLS,
        `(Danh sách dài: in thêm cho đủ ${x.meeting.ballots} phiếu, mỗi thành viên biểu quyết một phiếu.)`,
        f(11, { italic: true })
      );
    if (i < copies - 1) breaks.push(last);
    tallest = Math.max(tallest, rowsHeight(b, top, last));
    top = last + 1;
  }
  // Every ballot on one page: the sheet is printed at the scale the tallest ballot needs (a fit
  // to pages would ignore the page breaks).
  const scale = Math.max(
    MIN_SCALE,
    Math.min(100, Math.floor((100 * A4_PORTRAIT_TEXT_PT) / tallest))
  );
  return b.sheet(
    SHEET_BALLOTS,
    {
      ...LETTER_PAGE,
      header: undefined,
      differentFirst: false,
      fitToWidth: false,
      scale,
      rowBreaks: breaks,
    },
    "FF7030A0"
  );
}

/** `12`, or dots for the board to write when the register does not know it. */
const countOrDots = (n: number | null): string => (n === null ? "……" : String(n));

export function planTally(x: CouncilExport): DocumentSheetPlan {
  const h = x.header;
  const m = x.meeting;
  const b = new SheetBuilder(Array.from({ length: COLS }, () => COL_MM));
  let r = letterhead(b, h, { symbol: "BB", date: h.minutesDate });
  r = docTitle(
    b,
    r,
    "BIÊN BẢN KIỂM PHIẾU",
    `Bầu danh hiệu thi đua, hình thức khen thưởng năm ${h.year ?? ""}`
  );
  r++;
  const line = (text: string, more: Omit<DocFormat, "size"> = {}) => {
    b.text(r, 1, COLS, text, f(13, { align: "justify", ...more }), 2);
    r++;
  };
  const date = h.minutesDate ? formatVietnameseLongDate(h.minutesDate) : "ngày … tháng … năm …";
  const place = m.place || (h.wardLevel ? `Trụ sở ${wardCommittee(h)}` : "……………………");
  line(
    safe(
      `Vào hồi ${m.start || "… giờ …"}, ${date}, tại ${place}, Ban kiểm phiếu của ${h.wardLevel ? councilName(h) : "cuộc họp"} gồm:`
    )
  );
  line("1. Ông (Bà) ……………………………………………… – Trưởng ban;");
  line("2. Ông (Bà) ……………………………………………… – Thành viên;");
  line("3. Ông (Bà) ……………………………………………… – Thành viên,");
  line(
    "đã tiến hành kiểm phiếu bầu danh hiệu thi đua, hình thức khen thưởng. Kết quả kiểm phiếu như sau:"
  );
  const size = h.councilSize;
  line(`- Tổng số thành viên Hội đồng: ${countOrDots(size)} người.`);
  line(
    m.voting === null
      ? "- Số phiếu phát ra: …… phiếu (có mặt: ……; vắng mặt có ý kiến bằng văn bản: ……)."
      : `- Số phiếu phát ra: ${m.voting} phiếu (có mặt: ${m.present ?? 0}; vắng mặt có ý kiến bằng văn bản: ${m.written ?? 0}).`
  );
  line("- Số phiếu thu về: …… phiếu.");
  line("- Số phiếu hợp lệ: …… phiếu; số phiếu không hợp lệ: …… phiếu.");
  line(
    `- Số phiếu đồng ý của từng trường hợp (tỷ lệ tính trên tổng số ${countOrDots(size)} thành viên Hội đồng):`
  );
  const head = r;
  const nominees = nomineeCount(x);
  if (nominees > MAX_LISTED)
    line(
      `Có ${nominees} trường hợp: số phiếu đồng ý và tỷ lệ của từng trường hợp ghi ở Biên bản họp (cột “Số phiếu đồng ý”).`,
      { italic: true }
    );
  else tallyTable();
  function tallyTable(): void {
    gridRow(
      b,
      r++,
      TALLY_COLUMNS,
      TALLY_COLUMNS.map((c) => c.label),
      11,
      { bold: true, align: "center" }
    );
    let stt = 0;
    ballotGroups(x).forEach((g, gi) => {
      groupRow(b, r++, gi + 1, g.title, 11);
      for (const e of g.entries)
        gridRow(
          b,
          r++,
          TALLY_COLUMNS,
          [
            ++stt,
            safe(e.name),
            safe(e.unit),
            e.votes ?? "",
            e.ratio === null ? "" : viNumber(e.ratio),
          ],
          11
        );
    });
    if (!stt) line("Không có đề nghị nào để bầu.", { italic: true });
  }
  r++;
  line(
    "Biên bản kiểm phiếu lập lúc … giờ … cùng ngày, được công bố trước Hội đồng và lưu kèm Biên bản họp."
  );
  r++;
  b.merge(r, 1, r, 18, "CÁC THÀNH VIÊN BAN KIỂM PHIẾU", f(13, { ...CENTER, bold: true }));
  b.merge(r, 19, r, COLS, "TRƯỞNG BAN KIỂM PHIẾU", f(13, { ...CENTER, bold: true }));
  b.atLeast(r, 18);
  b.merge(r + 1, 1, r + 1, 18, "(Ký, ghi rõ họ tên)", f(12, { ...CENTER, italic: true }));
  b.merge(r + 1, 19, r + 1, COLS, "(Ký, ghi rõ họ tên)", f(12, { ...CENTER, italic: true }));
  for (let k = 2; k < 6; k++) b.atLeast(r + k, 17);

  return b.sheet(
    SHEET_TALLY,
    {
      ...LETTER_PAGE,
      header: undefined,
      differentFirst: false,
      footer: '&C&"Times New Roman,Regular"&11Trang &P/&N',
      repeatRows: `${head}:${head}`,
    },
    "FF7030A0"
  );
}

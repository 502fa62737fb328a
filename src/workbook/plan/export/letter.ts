/**
 * `Tờ trình` and `Biên bản`: administrative documents laid out per Decree 30/2020/NĐ-CP (appendix I)
 * on a grid of 20 equal columns across the A4 text width, so the header block, its short rules and
 * the signature block can be placed where the decree puts them.
 */
import type { NomineeKind } from "../../../domain/catalog/lists";
import {
  type CouncilExport,
  countByKind,
  KIND_ORDER,
  type TitleGroup,
} from "../../../domain/export/council";
import type { ExportHeader } from "../../../domain/export/header";
import { type CivilDate, formatVietnameseLongDate } from "../../../domain/text/dates";
import {
  A4_PORTRAIT_TEXT_MM,
  A4_PORTRAIT_TEXT_PT,
  fitsOnePageTall,
  DECREE30_MARGINS,
  type DocFormat,
  type DocumentSheetPlan,
  SheetBuilder,
  linesHeight,
  textWidthMm,
  wrapLines,
} from "./document";
import {
  councilName,
  issuerSymbol,
  kindWord,
  safe,
  titlePhrase,
  upper,
  upwardChairman,
  viNumber,
  wardChairman,
  wardCommittee,
} from "./text";

export const SHEET_LETTER = "Tờ trình";
export const SHEET_MINUTES = "Biên bản";

/** 40 columns of 4.125 mm: fine enough to centre the short rules under their lines. */
const COLS = 40;
const COL_MM = A4_PORTRAIT_TEXT_MM / COLS;
const LEFT = { from: 1, to: 16 } as const;
const RIGHT = { from: 17, to: 40 } as const;
/** Centre of each block: the boundary after this column. */
const LEFT_CENTRE = 8;
const RIGHT_CENTRE = 28;
const PAGE_CENTRE = 20;
/** First-line indent of 1.2 cm at 14 pt: fixed-width spaces, which justification does not stretch. */
const INDENT = "\u2003\u2003\u2002";

const f = (size: number, more: Omit<DocFormat, "size"> = {}): DocFormat => ({ size, ...more });
const CENTER: Omit<DocFormat, "size"> = { align: "center", valign: "middle" };

/** Page numbers at the top centre from page 2 on (Decree 30: the first page carries none). */
const LETTER_PAGE = {
  orientation: "portrait",
  margins: DECREE30_MARGINS,
  header: '&C&"Times New Roman,Regular"&13&P',
  differentFirst: true,
  fitToWidth: true,
} as const;

/**
 * A Tờ trình a few lines longer than one page (the signer's name or `Nơi nhận` alone on page 2) is
 * printed on one page, shrunk to no less than 85 %; a longer one keeps its size and runs on
 * (numbered from page 2).
 */
const MIN_SHRINK = 0.85;
export function letterPage(b: SheetBuilder): typeof LETTER_PAGE & { fitToHeight?: boolean } {
  const pt = b.contentHeight();
  return pt > A4_PORTRAIT_TEXT_PT && fitsOnePageTall(pt, A4_PORTRAIT_TEXT_PT, MIN_SHRINK)
    ? { ...LETTER_PAGE, fitToHeight: true }
    : LETTER_PAGE;
}

/**
 * Columns of a rule centred on the boundary after column `centreAfter`, about `targetMm` long:
 * an even number of grid columns (at least two).
 */
function ruleColumns(centreAfter: number, targetMm: number): [number, number] {
  const half = Math.max(1, Math.round(targetMm / COL_MM / 2));
  return [centreAfter - half + 1, centreAfter + half];
}

function rule(b: SheetBuilder, row: number, [c1, c2]: [number, number]): void {
  for (let c = c1; c <= c2; c++) b.put(row, c, null, f(6, { border: { top: true } }));
}

/** Issuer lines of the top-left block: parent agency (regular) and the issuing body (bold). */
function issuer(h: ExportHeader): { parent: string[]; own: string[] } {
  const width = LEFT.to * COL_MM;
  if (h.wardLevel)
    return {
      parent: wrapLines(safe(upper(h.unitName)), width, 12),
      own: ["HỘI ĐỒNG THI ĐUA", "KHEN THƯỞNG"],
    };
  return { parent: [], own: wrapLines(safe(upper(h.unitName || "ĐƠN VỊ")), width, 12, true) };
}

/**
 * The header block: agency (left) and national motto (right), each with its rule, then the
 * number/symbol and the place and date. Returns the next free row.
 */
function letterhead(
  b: SheetBuilder,
  h: ExportHeader,
  docSymbol: string,
  date: CivilDate | null
): number {
  const { parent, own } = issuer(h);
  // Right: motto lines on rows 1–2, its rule (as long as the line) on row 3.
  b.merge(
    1,
    RIGHT.from,
    1,
    RIGHT.to,
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
    f(12, { ...CENTER, bold: true })
  );
  const motto = "Độc lập - Tự do - Hạnh phúc";
  b.merge(2, RIGHT.from, 2, RIGHT.to, motto, f(13, { ...CENTER, bold: true }));
  b.height(1, 17);
  b.height(2, 19);
  b.height(3, 4);
  rule(b, 3, ruleColumns(RIGHT_CENTRE, textWidthMm(motto, 13, true)));

  // Left: one rich block (parent regular, issuer bold), then a rule of 1/3–1/2 of its width.
  const lines = parent.length + own.length;
  const needed = linesHeight(lines, 12);
  let last = 3;
  let have = 17 + 19 + 4;
  while (have < needed) {
    last++;
    const add = Math.min(16, needed - have);
    b.height(last, add);
    have += add;
  }
  const rich = [
    ...parent.map((text) => ({ text, bold: false })),
    ...own.map((text) => ({ text, bold: true })),
  ];
  b.merge(
    1,
    LEFT.from,
    last,
    LEFT.to,
    {
      rich: rich.map((r, i) => ({
        ...r,
        text: i < rich.length - 1 ? `${r.text}\n` : r.text,
        size: 12,
      })),
    },
    f(12, { align: "center", valign: "top", wrap: true })
  );
  const ownWidth = Math.max(...own.map((l) => textWidthMm(l, 12, true)));
  const ruleRow = last + 1;
  b.height(ruleRow, 6);
  rule(b, ruleRow, ruleColumns(LEFT_CENTRE, ownWidth * 0.4));

  const r = ruleRow + 1;
  b.height(r, 4);
  const numberRow = r + 1;
  b.merge(
    numberRow,
    LEFT.from,
    numberRow,
    LEFT.to,
    `Số:        /${docSymbol}-${issuerSymbol(h)}`,
    f(13, CENTER)
  );
  b.merge(
    numberRow,
    RIGHT.from,
    numberRow,
    RIGHT.to,
    safe(`${h.place}, ${longDateOrBlank(date)}`),
    f(13, { ...CENTER, italic: true })
  );
  b.height(numberRow, 19);
  return numberRow + 2;
}

/** `ngày 05 tháng 12 năm 2026`, or blanks to fill by hand when the register has no date. */
function longDateOrBlank(d: CivilDate | null): string {
  return d ? formatVietnameseLongDate(d) : "ngày … tháng … năm …";
}

/** Document type and summary line, bold and centred, with a short rule under the summary. */
function docTitle(b: SheetBuilder, row: number, type: string, summary: string): number {
  b.text(row, 1, COLS, type, f(14, { ...CENTER, bold: true }));
  b.text(row + 1, 1, COLS, summary, f(14, { align: "center", valign: "top", bold: true }), 5);
  const longest = Math.max(
    ...wrapLines(summary, A4_PORTRAIT_TEXT_MM, 14, true).map((l) => textWidthMm(l, 14, true))
  );
  b.height(row + 2, 6);
  rule(b, row + 2, ruleColumns(PAGE_CENTRE, Math.min(longest, A4_PORTRAIT_TEXT_MM) * 0.4));
  return row + 3;
}

/** Body text size (Decree 30: 13–14 pt); 13 keeps a usual Tờ trình on one page. */
const BODY = 13;

/** A body paragraph (13–14 pt, justified, first line indented). */
function para(
  b: SheetBuilder,
  row: number,
  text: string,
  size = BODY,
  more: Omit<DocFormat, "size"> = {}
): number {
  b.text(row, 1, COLS, `${INDENT}${text}`, f(size, { align: "justify", ...more }), 3);
  return row + 1;
}

/** `12 cá nhân`, `1 tập thể, 3 cá nhân, 1 hộ gia đình`. */
function kindCounts(g: TitleGroup): string {
  const n = countByKind([g]);
  return KIND_ORDER.filter((k: NomineeKind) => n[k] > 0)
    .map((k) => `${n[k]} ${kindWord(k)}`)
    .join(", ");
}

function bullets(
  b: SheetBuilder,
  row: number,
  groups: readonly TitleGroup[],
  lastEnds: string
): number {
  let r = row;
  groups.forEach((g, i) => {
    r = para(
      b,
      r,
      `- ${titlePhrase(g.title)}: ${kindCounts(g)}${i === groups.length - 1 ? lastEnds : ";"}`
    );
  });
  return r;
}

/** `Nơi nhận` (left) and the signer (right), on the same rows as Decree 30 places them. */
function closing(
  b: SheetBuilder,
  row: number,
  recipients: readonly string[],
  signer: readonly string[],
  signerName = ""
): number {
  b.merge(row, 1, row, 18, "Nơi nhận:", f(12, { bold: true, italic: true, valign: "bottom" }));
  recipients.forEach((t, i) =>
    b.merge(row + 1 + i, 1, row + 1 + i, 18, t, f(11, { valign: "top" }))
  );
  signer.forEach((t, i) =>
    b.merge(row + i, 19, row + i, COLS, t, f(13, { ...CENTER, bold: true }))
  );
  const used = Math.max(recipients.length + 1, signer.length);
  for (let i = 0; i < used; i++) b.atLeast(row + i, 17);
  // Room for the signature and seal, then the signer's name (`Họ và tên người ký`; blank: by hand).
  const nameRow = row + Math.max(used, signer.length + 5);
  for (let r = row + used; r < nameRow; r++) b.atLeast(r, 17);
  b.merge(nameRow, 19, nameRow, COLS, safe(signerName), f(13, { ...CENTER, bold: true }));
  b.atLeast(nameRow, 18);
  return nameRow + 1;
}

export function planLetter(x: CouncilExport): DocumentSheetPlan {
  const h = x.header;
  const b = new SheetBuilder(Array.from({ length: COLS }, () => COL_MM));
  let r = letterhead(b, h, "TTr", h.letterDate);
  const year = h.year ?? "";
  r = docTitle(b, r, "TỜ TRÌNH", `Về việc đề nghị khen thưởng thành tích năm ${year}`);
  r++;
  const council = councilName(h);
  const to = h.wardLevel ? `${wardChairman(h)}.` : `${council}.`;
  b.text(r, 1, COLS, safe(`Kính gửi: ${to}`), f(14, CENTER));
  r += 2;

  r = para(b, r, "Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;");
  r = para(
    b,
    r,
    "Căn cứ Nghị định số 152/2025/NĐ-CP ngày 14 tháng 6 năm 2025 của Chính phủ quy định về phân cấp, phân quyền trong lĩnh vực thi đua, khen thưởng; quy định chi tiết và hướng dẫn thi hành một số điều của Luật Thi đua, khen thưởng;"
  );
  r = para(
    b,
    r,
    "Căn cứ Thông tư số 15/2025/TT-BNV ngày 04 tháng 8 năm 2025 của Bộ trưởng Bộ Nội vụ;"
  );
  const meeting = h.meetingDate ? formatVietnameseLongDate(h.meetingDate) : "ngày … tháng … năm …";
  if (h.wardLevel) {
    r = para(b, r, `Căn cứ kết quả bình xét của các đơn vị và Biên bản họp ${council} ${meeting},`);
    r = para(b, r, `${council} kính trình ${wardChairman(h)} xem xét:`);
  } else {
    r = para(
      b,
      r,
      safe(`Căn cứ kết quả bình xét thi đua, khen thưởng năm ${year} của ${h.unitName} ${meeting},`)
    );
    r = para(b, r, safe(`${h.unitName} kính đề nghị ${council} xem xét, trình:`));
  }

  const parts: [readonly TitleGroup[], string][] = [
    [
      x.ward,
      h.wardLevel
        ? `Tặng danh hiệu thi đua, hình thức khen thưởng thuộc thẩm quyền của ${wardChairman(h)}:`
        : `${wardChairman(h)} khen thưởng:`,
    ],
    [
      x.upward,
      h.wardLevel
        ? `Đề nghị ${upwardChairman(h)} xem xét, khen thưởng:`
        : safe(`${upwardChairman(h)} khen thưởng (qua ${wardCommittee(h)}):`),
    ],
  ];
  const present = parts.filter(([g]) => g.length);
  if (!present.length)
    r = para(b, r, "Không có đề nghị nào đủ điều kiện trình (xem “Không đủ điều kiện”).");
  present.forEach(([groups, lead], i) => {
    r = para(b, r, present.length > 1 ? `${i + 1}. ${lead}` : safe(lead));
    r = bullets(b, r, groups, i === present.length - 1 ? "." : ";");
  });
  r = para(b, r, "(Có danh sách, biên bản họp Hội đồng và bảng tổng hợp kèm theo).", BODY, {
    italic: true,
  });
  r = para(
    b,
    r,
    h.wardLevel
      ? `${council} kính trình ${wardChairman(h)} xem xét, quyết định./.`
      : `Kính đề nghị ${council} xem xét./.`
  );
  r++;

  const recipients = h.wardLevel
    ? ["- Như trên;", "- Thành viên Hội đồng TĐKT;", `- Lưu: VT, ${issuerSymbol(h)}.`]
    : ["- Như trên;", "- Lưu: VT."];
  closing(b, r, recipients, h.signer.lines.map(safe), h.signer.name);

  return {
    name: SHEET_LETTER,
    columns: b.columns,
    cells: b.cells,
    merges: b.merges,
    rowHeights: b.rowHeights,
    page: letterPage(b),
    tabColor: "FFC00000",
  };
}

/** Minutes table: column spans on the 20-column grid. */
const MINUTES_COLUMNS: readonly {
  readonly label: string;
  readonly from: number;
  readonly to: number;
}[] = [
  { label: "STT", from: 1, to: 2 },
  { label: "Họ và tên / Tên tập thể", from: 3, to: 12 },
  { label: "Danh hiệu / Hình thức", from: 13, to: 18 },
  { label: "Đơn vị đề nghị", from: 19, to: 24 },
  { label: "Số phiếu đồng ý", from: 25, to: 28 },
  { label: "Tỷ lệ trên tổng số thành viên (%)", from: 29, to: 32 },
  { label: "Tỷ lệ tối thiểu (%)", from: 33, to: 36 },
  { label: "Kết quả", from: 37, to: 40 },
];

function resultText(e: CouncilExport["minutes"][number]): string {
  switch (e.status) {
    case "proposed":
      return "Đạt";
    case "belowThreshold":
      return "Không đạt";
    case "notVoted":
      return "Chưa biểu quyết";
    case "errors":
      return `Không đủ điều kiện (${e.rules.join(", ")})`;
  }
}

export function planMinutes(x: CouncilExport): DocumentSheetPlan {
  const h = x.header;
  const b = new SheetBuilder(Array.from({ length: COLS }, () => COL_MM));
  let r = letterhead(b, h, "BB", h.minutesDate);
  const council = councilName(h);
  r = docTitle(
    b,
    r,
    "BIÊN BẢN",
    h.wardLevel
      ? `Họp ${council} xét đề nghị khen thưởng năm ${h.year ?? ""}`
      : safe(`Họp bình xét thi đua, khen thưởng năm ${h.year ?? ""} của ${h.unitName}`)
  );
  r++;
  const size = h.councilSize;
  const line = (text: string) => {
    b.text(r, 1, COLS, text, f(13, { align: "justify" }), 2);
    r++;
  };
  line(
    `Thời gian: ${h.meetingDate ? formatVietnameseLongDate(h.meetingDate) : "ngày … tháng … năm …"}.`
  );
  line(h.wardLevel ? `Địa điểm: Trụ sở ${wardCommittee(h)}.` : "Địa điểm: ……………………………………………");
  line(
    `Thành phần: Hội đồng có ${size ?? "…"} thành viên; có mặt: …… thành viên; vắng mặt: …… thành viên (có ý kiến bằng văn bản: …… thành viên).`
  );
  line("Chủ trì: …………………………………; Thư ký: …………………………………");
  line(
    `Nội dung: Hội đồng xem xét ${x.counts.rows} đề nghị và biểu quyết từng trường hợp; tỷ lệ phiếu đồng ý tính trên tổng số ${size ?? "…"} thành viên Hội đồng (không tính trên số thành viên có mặt). Kết quả:`
  );

  const head = r;
  const cellFmt = (more: Omit<DocFormat, "size"> = {}): DocFormat =>
    f(11, { border: "all", valign: "middle", wrap: true, ...more });
  for (const c of MINUTES_COLUMNS) {
    b.merge(head, c.from, head, c.to, c.label, cellFmt({ bold: true, align: "center" }));
    b.atLeast(
      head,
      linesHeight(wrapLines(c.label, b.spanMm(c.from, c.to), 11, true).length, 11, 2)
    );
  }
  r++;
  x.minutes.forEach((e, i) => {
    const values: [string | number, Omit<DocFormat, "size">][] = [
      [i + 1, { align: "center" }],
      [safe(e.name), { align: "left" }],
      [e.titleText ? safe(e.titleText) : "", { align: "left" }],
      [safe(e.unit), { align: "left" }],
      [e.votes ?? "", { align: "center" }],
      [e.ratio === null ? "" : viNumber(e.ratio), { align: "center" }],
      [e.minPct === null ? "" : viNumber(e.minPct), { align: "center" }],
      [resultText(e), { align: "center" }],
    ];
    let lines = 1;
    MINUTES_COLUMNS.forEach((c, k) => {
      const [v, more] = values[k]!;
      b.merge(r, c.from, r, c.to, v, cellFmt(more));
      if (typeof v === "string")
        lines = Math.max(lines, wrapLines(v, b.spanMm(c.from, c.to), 11).length);
    });
    b.atLeast(r, linesHeight(lines, 11, 2));
    r++;
  });
  r++;
  const up = x.upward.reduce((a, g) => a + g.count, 0);
  const ward = x.ward.reduce((a, g) => a + g.count, 0);
  line(
    `Kết luận: Hội đồng thống nhất đề nghị khen thưởng ${x.counts.proposed} trường hợp, gồm ${ward} trường hợp thuộc thẩm quyền của ${wardChairman(h)} và ${up} trường hợp đề nghị ${upwardChairman(h)} (có danh sách kèm theo); ${x.counts.ineligible} trường hợp không đủ điều kiện.`
  );
  line("Biên bản được thông qua tại cuộc họp và được các thành viên dự họp thống nhất.");
  r++;
  b.merge(r, 1, r, 16, "THƯ KÝ", f(13, { ...CENTER, bold: true }));
  b.merge(
    r,
    19,
    r,
    COLS,
    h.wardLevel ? "CHỦ TỊCH HỘI ĐỒNG" : "CHỦ TRÌ",
    f(13, { ...CENTER, bold: true })
  );
  b.atLeast(r, 18);

  return {
    name: SHEET_MINUTES,
    columns: b.columns,
    cells: b.cells,
    merges: b.merges,
    rowHeights: b.rowHeights,
    page: {
      ...LETTER_PAGE,
      header: undefined,
      differentFirst: false,
      footer: '&C&"Times New Roman,Regular"&11Trang &P/&N',
      repeatRows: `${head}:${head}`,
    },
    tabColor: "FF1F4E79",
  };
}

/**
 * `Danh sách` (the list attached to the Tờ trình), `Tổng hợp` and `Không đủ điều kiện`: tables on
 * real columns (a clerk may copy or sort them), A4 portrait, Times New Roman, header row repeated on
 * every printed page, page numbers in the footer.
 */
import { AUTHORITY, NOMINEE_KIND } from "../../../domain/catalog/lists";
import { TITLES } from "../../../domain/catalog/titles";
import type { CouncilExport, ExportEntry, TitleGroup } from "../../../domain/export/council";
import { renderMessage } from "../../../domain/i18n/render";
import { formatDdMmYyyy, formatVietnameseLongDate } from "../../../domain/text/dates";
import {
  DECREE30_MARGINS,
  type DocFormat,
  type DocumentSheetPlan,
  type PagePlan,
  SheetBuilder,
  lineCount,
  linesHeight,
} from "./document";
import {
  councilName,
  issuerSymbol,
  roman,
  safe,
  titlePhrase,
  upper,
  upwardChairman,
  viNumber,
  votesText,
  wardChairman,
} from "./text";

export const SHEET_LIST = "Danh sách";
export const SHEET_SUMMARY = "Tổng hợp";
export const SHEET_INELIGIBLE = "Không đủ điều kiện";

const f = (size: number, more: Omit<DocFormat, "size"> = {}): DocFormat => ({ size, ...more });
export const TABLE = (more: Omit<DocFormat, "size"> = {}, size = 12): DocFormat =>
  f(size, { border: "all", valign: "middle", wrap: true, ...more });

export const pageWithFooter = (repeatRow: number | null): PagePlan => ({
  orientation: "portrait",
  margins: DECREE30_MARGINS,
  ...(repeatRow !== null ? { repeatRows: `${repeatRow}:${repeatRow}` } : {}),
  footer: '&C&"Times New Roman,Regular"&11Trang &P/&N',
  fitToWidth: true,
});

/** Title lines of an attachment: bold centred title, italic `(Kèm theo …)` line. */
function attachmentTitle(b: SheetBuilder, cols: number, title: string, x: CouncilExport): number {
  const h = x.header;
  b.text(1, 1, cols, title, f(14, { bold: true, align: "center", valign: "middle" }));
  const issuer = h.wardLevel ? councilName(h) : h.unitName;
  b.text(
    2,
    1,
    cols,
    safe(
      `(Kèm theo Tờ trình số        /TTr-${issuerSymbol(h)} ${formatVietnameseLongDate(h.letterDate)} của ${issuer})`
    ),
    f(13, { italic: true, align: "center" })
  );
  b.height(3, 8);
  return 4;
}

/** A data row: texts wrapped, the row as tall as its tallest cell. */
export function tableRow(
  b: SheetBuilder,
  row: number,
  values: readonly (string | number | null)[],
  formats: readonly DocFormat[]
): void {
  let lines = 1;
  values.forEach((v, i) => {
    const fmt = formats[i] ?? TABLE();
    b.put(row, i + 1, v, fmt);
    if (typeof v === "string")
      lines = Math.max(lines, lineCount(v, b.spanMm(i + 1, i + 1), fmt.size, fmt.bold));
  });
  b.atLeast(row, linesHeight(lines, formats[0]?.size ?? 12, 2));
}

/** A heading across the whole table (part, group or kind). */
export function bandRow(
  b: SheetBuilder,
  row: number,
  cols: number,
  text: string,
  more: Omit<DocFormat, "size">
): void {
  b.text(row, 1, cols, text, TABLE({ align: "left", ...more }), 2);
}

const LIST_MM = [10, 42, 37, 37, 23, 16];
const LIST_HEAD = [
  "STT",
  "Họ và tên / Tên tập thể",
  "Chức vụ, đơn vị công tác",
  "Đơn vị đề nghị",
  "Số phiếu đồng ý (tỷ lệ %)",
  "Ghi chú",
];

function noteOf(e: ExportEntry): string {
  return safe([e.drive, e.note].filter(Boolean).join("; "));
}

function listPart(
  b: SheetBuilder,
  row: number,
  x: CouncilExport,
  heading: string,
  groups: readonly TitleGroup[]
): number {
  let r = row;
  const cols = LIST_MM.length;
  const center = TABLE({ align: "center" });
  const left = TABLE({ align: "left" });
  const formats = [center, left, left, left, center, left];
  bandRow(b, r++, cols, heading, { bold: true, fill: "FFF2F2F2" });
  groups.forEach((g, gi) => {
    bandRow(b, r++, cols, `${roman(gi + 1)}. ${titlePhrase(g.title, true)}`, { bold: true });
    let stt = 0;
    g.kinds.forEach((k, ki) => {
      if (g.kinds.length > 1)
        bandRow(b, r++, cols, `${ki + 1}. ${NOMINEE_KIND[k.kind]}`, { bold: true, italic: true });
      for (const e of k.entries) {
        tableRow(
          b,
          r++,
          [
            ++stt,
            safe(e.name),
            safe(e.position),
            safe(e.unit),
            votesText(e.votes, x.header.councilSize, e.ratio),
            noteOf(e),
          ],
          formats
        );
      }
    });
  });
  return r;
}

export function planList(x: CouncilExport): DocumentSheetPlan {
  const h = x.header;
  const b = new SheetBuilder(LIST_MM);
  const cols = LIST_MM.length;
  const head = attachmentTitle(b, cols, `DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM ${h.year ?? ""}`, x);
  tableRow(
    b,
    head,
    LIST_HEAD,
    LIST_HEAD.map(() => TABLE({ bold: true, align: "center" }))
  );
  let r = head + 1;
  const parts: [string, readonly TitleGroup[]][] = [
    [`A. THUỘC THẨM QUYỀN CỦA ${upper(wardChairman(h))}`, x.ward],
    [`B. ĐỀ NGHỊ ${upper(upwardChairman(h))} KHEN THƯỞNG`, x.upward],
  ];
  for (const [heading, groups] of parts)
    if (groups.length) r = listPart(b, r, x, safe(heading), groups);
  if (!x.ward.length && !x.upward.length)
    bandRow(b, r++, cols, "Không có đề nghị nào đủ điều kiện.", { italic: true });
  const ward = x.ward.reduce((a, g) => a + g.count, 0);
  const up = x.upward.reduce((a, g) => a + g.count, 0);
  r++;
  b.text(
    r,
    1,
    cols,
    `Tổng cộng: ${ward + up} trường hợp (${ward} thuộc thẩm quyền của ${wardChairman(h)}; ${up} đề nghị cấp trên).`,
    f(13, { italic: true })
  );
  return b.sheet(SHEET_LIST, pageWithFooter(head), "FF548235");
}

const SUMMARY_MM = [40, 17, 13, 13, 13, 13, 12, 14, 30];

export function planSummary(x: CouncilExport): DocumentSheetPlan {
  const h = x.header;
  const s = x.summary;
  const b = new SheetBuilder(SUMMARY_MM);
  const cols = SUMMARY_MM.length;
  let r = attachmentTitle(b, cols, `TỔNG HỢP ĐỀ NGHỊ KHEN THƯỞNG NĂM ${h.year ?? ""}`, x);
  if (x.forced) {
    b.text(
      r++,
      1,
      cols,
      `Lưu ý: sổ còn ${x.counts.error} lỗi khi xuất; chỉ tổng hợp các đề nghị đủ điều kiện (xem sheet “${SHEET_INELIGIBLE}”).`,
      f(12, { italic: true, bold: true })
    );
  }
  b.text(
    r++,
    1,
    cols,
    "I. THEO DANH HIỆU, HÌNH THỨC (các đề nghị đủ điều kiện trình)",
    f(13, { bold: true })
  );
  const heads = [
    "Danh hiệu / Hình thức",
    "Thẩm quyền",
    "Số đề nghị",
    "Cá nhân",
    "Tập thể",
    "Hộ gia đình",
    "Nữ",
    "Lao động trực tiếp",
    "Dự kiến tiền thưởng (đồng)",
  ];
  tableRow(
    b,
    r++,
    heads,
    heads.map(() => TABLE({ bold: true, align: "center" }, 11))
  );
  const all = [...x.ward, ...x.upward];
  const center = TABLE({ align: "center" }, 11);
  const money = TABLE({ align: "right", numFmt: "#,##0" }, 11);
  for (const t of TITLES) {
    const c = s.byTitle[t.code];
    const groups = all.filter((g) => g.title.code === t.code);
    const kinds = { individual: 0, collective: 0, household: 0 };
    for (const g of groups) for (const k of g.kinds) kinds[k.kind] += k.entries.length;
    const chain = x.chains[t.code];
    tableRow(
      b,
      r++,
      [
        t.name,
        AUTHORITY[chain],
        c.count,
        kinds.individual,
        kinds.collective,
        kinds.household,
        c.women,
        c.direct,
        c.bonus,
      ],
      [TABLE({ align: "left" }, 11), center, center, center, center, center, center, center, money]
    );
  }
  tableRow(
    b,
    r++,
    [
      "Cộng",
      "",
      s.total.count,
      s.all.individual,
      s.all.collective,
      s.all.household,
      s.total.women,
      s.total.direct,
      s.total.bonus,
    ],
    [
      TABLE({ align: "left", bold: true }, 11),
      center,
      TABLE({ align: "center", bold: true }, 11),
      center,
      center,
      center,
      center,
      center,
      TABLE({ align: "right", numFmt: "#,##0", bold: true }, 11),
    ]
  );
  r++;

  b.text(r++, 1, cols, "II. THEO ĐƠN VỊ ĐỀ NGHỊ", f(13, { bold: true }));
  b.merge(r, 1, r, 2, "Đơn vị đề nghị", TABLE({ bold: true, align: "center" }, 11));
  ["Số đề nghị", "Cá nhân", "Tập thể", "Hộ gia đình"].forEach((t, i) =>
    b.put(r, 3 + i, t, TABLE({ bold: true, align: "center" }, 11))
  );
  b.height(r++, 32);
  const unitRows = [
    ...s.units.map(
      (u) => [safe(u.name), u.count, u.individual, u.collective, u.household] as const
    ),
  ];
  if (s.otherUnits > 0) unitRows.push(["(Không ghi đơn vị)", s.otherUnits, 0, 0, 0] as const);
  for (const [name, count, ind, coll, house] of unitRows) {
    b.merge(r, 1, r, 2, name, TABLE({ align: "left" }, 11));
    [count, ind, coll, house].forEach((v, i) => b.put(r, 3 + i, v, center));
    b.atLeast(r, linesHeight(lineCount(name, b.spanMm(1, 2), 11), 11, 2));
    r++;
  }
  r++;

  b.text(r++, 1, cols, "III. SỐ LIỆU CHUNG", f(13, { bold: true }));
  const cap = s.cap;
  const lines: [string, string | number][] = [
    ["Số đề nghị trong sổ", x.counts.rows],
    ["Đủ điều kiện trình Hội đồng", x.counts.proposed],
    [`Không đủ điều kiện (sheet “${SHEET_INELIGIBLE}”)`, x.counts.ineligible],
    ["Cá nhân là nữ (trong các đề nghị đủ điều kiện)", s.all.women],
    [
      "Cá nhân là người lao động trực tiếp",
      s.all.directShare === null
        ? s.all.direct
        : `${s.all.direct} (${viNumber(s.all.directShare)}%)`,
    ],
    [
      "Chiến sĩ thi đua cơ sở / Lao động tiên tiến (cá nhân, cả năm)",
      `${cap.cstdcs}/${cap.ldtt}${cap.ratio === null ? "" : ` (${viNumber(cap.ratio)}%)`}${cap.limit === null ? "" : `; tối đa ${viNumber(cap.limit)}%`}`,
    ],
    ["Mức lương cơ sở dùng để dự kiến tiền thưởng", baseSalaryText(s.base)],
  ];
  for (const [label, value] of lines) {
    b.merge(r, 1, r, 6, label, TABLE({ align: "left" }, 11));
    b.merge(r, 7, r, cols, value, TABLE({ align: "center" }, 11));
    b.atLeast(r, 18);
    r++;
  }
  b.merge(
    r,
    1,
    r,
    6,
    "Dự kiến tiền thưởng (đồng, hệ số × mức lương cơ sở, mỗi khoản làm tròn lên 10.000 đồng)",
    TABLE({ align: "left", bold: true }, 11)
  );
  b.merge(
    r,
    7,
    r,
    cols,
    s.total.bonus,
    TABLE({ align: "center", numFmt: "#,##0", bold: true }, 11)
  );
  b.atLeast(r, 18);
  // Three tables of different columns: no header row is repeated on later pages.
  return b.sheet(SHEET_SUMMARY, pageWithFooter(null), "FF7F6000");
}

const INELIGIBLE_MM = [9, 11, 34, 28, 26, 17, 40];

/** Reasons of a row: the messages of the findings behind its rule IDs (Vietnamese: workbook content). */
function reasons(e: ExportEntry): string {
  const texts = e.rules.map((rule) => {
    const f = e.findings.find((x) => x.rule === rule);
    if (f) return renderMessage(f, "vi");
    if (rule === "DK09") return "Chưa có phiếu đồng ý của Hội đồng.";
    if (rule === "RG02") return "Số thành viên Hội đồng không hợp lệ: không tính được tỷ lệ phiếu.";
    return rule;
  });
  return safe([...new Set(texts)].join(" "));
}

export function planIneligible(x: CouncilExport): DocumentSheetPlan {
  const b = new SheetBuilder(INELIGIBLE_MM);
  const cols = INELIGIBLE_MM.length;
  let r = attachmentTitle(b, cols, "DANH SÁCH ĐỀ NGHỊ KHÔNG ĐỦ ĐIỀU KIỆN TRÌNH", x);
  if (x.forced) {
    b.text(
      r++,
      1,
      cols,
      `Xuất khi sổ còn ${x.counts.error} lỗi (--force): các đề nghị có lỗi không được trình và được đánh dấu dưới đây bằng mã quy tắc; sửa trong sổ rồi xuất lại.`,
      f(12, { italic: true, bold: true })
    );
    for (const e of x.registerErrors)
      b.text(r++, 1, cols, safe(`${e.rule} — ${renderMessage(e, "vi")}`), f(11, { italic: true }));
  }
  const head = r;
  const heads = [
    "STT",
    "Dòng trong sổ",
    "Họ và tên / Tên tập thể",
    "Danh hiệu / Hình thức",
    "Đơn vị đề nghị",
    "Mã quy tắc",
    "Lý do",
  ];
  tableRow(
    b,
    r++,
    heads,
    heads.map(() => TABLE({ bold: true, align: "center" }, 11))
  );
  const c = TABLE({ align: "center" }, 11);
  const l = TABLE({ align: "left" }, 11);
  const formats = [c, c, l, l, l, c, TABLE({ align: "left" }, 10)];
  x.ineligible.forEach((e, i) =>
    tableRow(
      b,
      r++,
      [i + 1, e.row, safe(e.name), safe(e.titleText), safe(e.unit), e.rules.join(", "), reasons(e)],
      formats
    )
  );
  if (!x.ineligible.length) b.text(r++, 1, cols, "Không có.", f(12, { italic: true }));
  return b.sheet(SHEET_INELIGIBLE, pageWithFooter(head), "FF7F7F7F");
}

/** `2.530.000 đồng (Nghị định 161/2026/NĐ-CP, áp dụng ngày 31/12/2026)`, or the clerk's amount. */
export function baseSalaryText(base: CouncilExport["summary"]["base"]): string {
  const amount = `${String(base.amount).replace(/\B(?=(\d{3})+(?!\d))/g, ".")} đồng`;
  if (base.source === "setting") return `${amount} (theo “Cấu hình”)`;
  if (base.source === "none" || !base.date)
    return "chưa xác định (nhập “Mức lương cơ sở” ở “Cấu hình”)";
  return `${amount} (${base.decree}, áp dụng ngày ${formatDdMmYyyy(base.date)})`;
}

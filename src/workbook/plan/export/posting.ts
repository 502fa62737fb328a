/**
 * `Danh sách công khai` (issue #14): one A4 portrait sheet on the Decree 30/2020 grid of
 * ./decree30.ts — letterhead, title, the posting period and the place, the table, the signer.
 */
import type { PostingList } from "../../../domain/export/posting";
import { formatDdMmYyyy } from "../../../domain/text/dates";
import {
  type DocFormat,
  type DocumentPlan,
  SheetBuilder,
  lineCount,
  linesHeight,
} from "./document";
import { COL_MM, COLS, closing, docTitle, f, letterhead, letterPage, para } from "./decree30";
import { councilName, drivePhrase, issuerSymbol, safe } from "./text";

export const SHEET_POSTING = "Danh sách công khai";

const COLUMNS: readonly { readonly label: string; readonly from: number; readonly to: number }[] = [
  { label: "STT", from: 1, to: 2 },
  { label: "Họ và tên / Tên tập thể", from: 3, to: 10 },
  { label: "Chức vụ, đơn vị công tác", from: 11, to: 18 },
  { label: "Danh hiệu / Hình thức đề nghị", from: 19, to: 25 },
  { label: "Tóm tắt thành tích", from: 26, to: 40 },
];
const ALIGN: readonly NonNullable<DocFormat["align"]>[] = [
  "center",
  "left",
  "left",
  "left",
  "left",
];

const dayOrBlank = (d: PostingList["from"]): string => (d ? formatDdMmYyyy(d) : "…/…/……");

export function planPostingDocument(p: PostingList, fileName: string): DocumentPlan {
  const h = p.header;
  const b = new SheetBuilder(Array.from({ length: COLS }, () => COL_MM));
  let r = letterhead(b, h, { symbol: "DS", date: p.from ?? h.documentDate });
  const year = h.year ?? "";
  const subject =
    p.drive?.kind === "sudden"
      ? "Các tập thể, cá nhân được đề nghị khen thưởng đột xuất"
      : p.drive && p.drive.kind !== "annual"
        ? safe(
            `Các tập thể, cá nhân được đề nghị khen thưởng ${drivePhrase(p.drive.name)} năm ${year}`
          )
        : `Các tập thể, cá nhân được đề nghị khen thưởng năm ${year}`;
  r = docTitle(b, r, "DANH SÁCH CÔNG KHAI", subject);
  r++;
  const issuer = h.wardLevel ? councilName(h) : h.unitName;
  r = para(
    b,
    r,
    safe(
      `Thực hiện nguyên tắc công khai, minh bạch trong thi đua, khen thưởng (Điều 5 Luật Thi đua, khen thưởng), ${issuer} niêm yết công khai danh sách các tập thể, cá nhân được đề nghị khen thưởng như sau:`
    )
  );
  r++;
  const cellFmt = (more: Omit<DocFormat, "size"> = {}): DocFormat =>
    f(11, { border: "all", valign: "middle", wrap: true, ...more });
  for (const c of COLUMNS) {
    b.merge(r, c.from, r, c.to, c.label, cellFmt({ bold: true, align: "center" }));
    b.atLeast(r, linesHeight(lineCount(c.label, b.spanMm(c.from, c.to), 11, true), 11, 2));
  }
  const head = r;
  r++;
  const formats = ALIGN.map((align) => cellFmt({ align }));
  const widths = COLUMNS.map((c) => b.spanMm(c.from, c.to));
  if (!p.entries.length) {
    b.merge(r, 1, r, COLS, "Không có đề nghị nào đủ điều kiện.", cellFmt({ align: "center" }));
    r++;
  }
  p.entries.forEach((e, i) => {
    const values: (string | number)[] = [
      i + 1,
      safe(e.name),
      safe(e.unit),
      safe(e.title),
      safe(e.achievement),
    ];
    let lines = 1;
    COLUMNS.forEach((c, k) => {
      const v = values[k]!;
      b.merge(r, c.from, r, c.to, v, formats[k]);
      if (typeof v === "string") lines = Math.max(lines, lineCount(v, widths[k]!, 11));
    });
    b.atLeast(r, linesHeight(lines, 11, 2));
    r++;
  });
  r++;
  r = para(
    b,
    r,
    `Thời gian niêm yết: ${p.days} ngày, từ ngày ${dayOrBlank(p.from)} đến hết ngày ${dayOrBlank(p.to)}.`
  );
  r = para(
    b,
    r,
    safe(
      `Địa điểm niêm yết và nơi nhận ý kiến, khiếu nại: ${p.place || "trụ sở UBND " + (h.levelWord || "phường")}. Ý kiến, khiếu nại (ghi rõ họ tên, địa chỉ) gửi đến hết ngày ${dayOrBlank(p.to)}; sau thời hạn này ${issuer} hoàn thiện hồ sơ trình cấp có thẩm quyền.`
    )
  );
  r++;
  closing(
    b,
    r,
    ["- Niêm yết tại trụ sở;", `- Lưu: VT, ${issuerSymbol(h)}.`],
    h.signer.lines.map(safe),
    h.signer.name
  );
  return {
    sheets: [
      b.sheet(SHEET_POSTING, { ...letterPage(b), repeatRows: `${head}:${head}` }, "FFC00000"),
    ],
    properties: {
      title: `Danh sách công khai đề nghị khen thưởng năm ${year}`,
      subject: h.unitName,
      created: h.documentDate,
    },
    meta: [
      ["kind", "postingList"],
      ["exportedOn", { date: h.documentDate }],
      ["sourceFile", fileName],
      ["rows", p.entries.length],
    ],
  };
}

/**
 * `Danh sách công khai` (issue #14): one A4 portrait sheet on the Decree 30/2020 grid of
 * ./decree30.ts — letterhead, title, the posting period and the place, the table, the signer.
 */
import type { PostingList } from "../../../domain/export/posting";
import { formatDdMmYyyy } from "../../../domain/text/dates";
import { type DocumentPlan, SheetBuilder } from "./document";
import {
  COL_MM,
  COLS,
  closing,
  docTitle,
  letterhead,
  letterPage,
  para,
  type TableColumn,
  tableCell,
  tableHeader,
  tableRows,
} from "./decree30";
import { councilName, drivePhrase, issuerSymbol, safe } from "./text";

export const SHEET_POSTING = "Danh sách công khai";

const COLUMNS: readonly TableColumn[] = [
  { label: "STT", from: 1, to: 2, align: "center" },
  { label: "Họ và tên / Tên tập thể", from: 3, to: 10, align: "left" },
  { label: "Chức vụ, đơn vị công tác", from: 11, to: 18, align: "left" },
  { label: "Danh hiệu / Hình thức đề nghị", from: 19, to: 25, align: "left" },
  { label: "Tóm tắt thành tích", from: 26, to: 40, align: "left" },
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
  const head = r;
  r = tableHeader(b, r, COLUMNS);
  if (!p.entries.length) {
    b.merge(r, 1, r, COLS, "Không có đề nghị nào đủ điều kiện.", tableCell({ align: "center" }));
    r++;
  }
  r = tableRows(b, r, COLUMNS, p.entries.length, (i) => {
    const e = p.entries[i]!;
    return [i + 1, safe(e.name), safe(e.unit), safe(e.title), safe(e.achievement)];
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

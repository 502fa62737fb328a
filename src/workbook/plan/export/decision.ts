/**
 * The draft `Quyết định` of the ward Chairman (Decree 30/2020/NĐ-CP, appendix I): Căn cứ, Điều 1 with
 * the list attached, Điều 2 the bonus from the ward's budget, Điều 3 who implements it, Nơi nhận and
 * the signer; then the attached list (`Danh sách kèm theo`). Only the ward's own titles: the upward
 * ones stay in the Tờ trình to the province.
 */
import { NOMINEE_KIND } from "../../../domain/catalog/lists";
import type { DecisionExport } from "../../../domain/export/decision";
import { countByKind, KIND_ORDER } from "../../../domain/export/council";
import { formatVietnameseLongDate } from "../../../domain/text/dates";
import type { DocumentPlan, DocumentSheetPlan } from "./document";
import {
  CENTER,
  closing,
  COL_MM,
  COLS,
  docTitle,
  f,
  letterhead,
  letterPage,
  para,
} from "./decree30";
import { SheetBuilder } from "./document";
import { bandRow, baseSalaryText, pageWithFooter, TABLE, tableRow } from "./lists";
import {
  councilName,
  kindWord,
  roman,
  safe,
  titlePhrase,
  upper,
  wardChairman,
  wardCommittee,
} from "./text";

export const SHEET_DECISION = "Quyết định";
export const SHEET_DECISION_LIST = "Danh sách kèm theo";

const money = (n: number): string => `${String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".")} đồng`;

/** `Số: 123/QĐ-UBND`, or blanks to number by hand. */
function numberLine(x: DecisionExport): string {
  return x.decision ? `Số: ${x.decision.number}` : "Số:        /QĐ-UBND";
}

/** `số 123/QĐ-UBND ngày 20 tháng 12 năm 2026`, or blanks. */
function decisionRef(x: DecisionExport): string {
  return x.decision
    ? `số ${x.decision.number} ${formatVietnameseLongDate(x.decision.date)}`
    : "số        /QĐ-UBND ngày … tháng … năm …";
}

export function planDecisionLetter(x: DecisionExport): DocumentSheetPlan {
  const h = x.header;
  const year = h.year ?? "";
  const b = new SheetBuilder(Array.from({ length: COLS }, () => COL_MM));
  let r = letterhead(b, h, {
    symbol: "QĐ",
    number: numberLine(x),
    date: x.decision?.date ?? null,
    issuer: {
      parent: [],
      own: ["ỦY BAN NHÂN DÂN", safe(upper(`${h.levelWord} ${h.wardName}`).trim())],
    },
  });
  r = docTitle(
    b,
    r,
    "QUYẾT ĐỊNH",
    `Về việc tặng danh hiệu thi đua và hình thức khen thưởng năm ${year}`
  );
  r++;
  b.text(r, 1, COLS, safe(upper(wardChairman(h))), f(14, { ...CENTER, bold: true }));
  r += 2;
  const council = councilName(h);
  const meeting = h.meetingDate ? formatVietnameseLongDate(h.meetingDate) : "ngày … tháng … năm …";
  r = para(b, r, "Căn cứ Luật Tổ chức chính quyền địa phương số 72/2025/QH15;");
  // The Chairman's competence, then the `Căn cứ` rows of `Cấu hình` as the Tờ trình prints them.
  for (const line of h.legalBasis) r = para(b, r, safe(`Căn cứ ${line};`));
  r = para(b, r, `Căn cứ Biên bản họp ${council} ${meeting};`);
  r = para(
    b,
    r,
    `Theo đề nghị của ${council} tại Tờ trình số        /TTr-HĐTĐKT ${formatVietnameseLongDate(h.letterDate)}.`
  );
  r++;
  b.text(r, 1, COLS, "QUYẾT ĐỊNH:", f(14, { ...CENTER, bold: true }));
  r += 2;

  if (!x.groups.length)
    r = para(b, r, "Điều 1. (Không có đề nghị nào thuộc thẩm quyền đã được Hội đồng thống nhất.)");
  else {
    r = para(
      b,
      r,
      `Điều 1. Tặng danh hiệu thi đua, hình thức khen thưởng cho các tập thể, cá nhân, hộ gia đình đã có thành tích trong phong trào thi đua năm ${year} (có danh sách kèm theo), gồm:`
    );
    x.groups.forEach((g, i) => {
      const n = countByKind([g]);
      const counts = KIND_ORDER.filter((k) => n[k] > 0)
        .map((k) => `${n[k]} ${kindWord(k)}`)
        .join(", ");
      r = para(
        b,
        r,
        `- ${titlePhrase(g.title)}: ${counts}${i === x.groups.length - 1 ? "." : ";"}`
      );
    });
  }
  const bonus = x.summary.total.bonus;
  r = para(
    b,
    r,
    bonus > 0
      ? `Điều 2. Tiền thưởng kèm theo thực hiện theo Nghị định số 152/2025/NĐ-CP, tính trên mức lương cơ sở ${baseSalaryText(x.summary.base)}; tổng số tiền ${money(bonus)}, chi từ Quỹ thi đua, khen thưởng của ${wardCommittee(h)}.`
      : `Điều 2. Tiền thưởng kèm theo (nếu có) thực hiện theo Nghị định số 152/2025/NĐ-CP, chi từ Quỹ thi đua, khen thưởng của ${wardCommittee(h)}.`
  );
  r = para(
    b,
    r,
    `Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân ${h.levelWord}, Thường trực ${council}, bộ phận tài chính - kế toán và các tập thể, cá nhân, hộ gia đình có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.`
  );
  r++;
  closing(
    b,
    r,
    ["- Như Điều 3;", `- Chủ tịch, các Phó Chủ tịch UBND ${h.levelWord};`, "- Lưu: VT, HĐTĐKT."],
    ["CHỦ TỊCH"]
  );
  return b.sheet(SHEET_DECISION, letterPage(b), "FFC00000");
}

const LIST_MM = [10, 48, 45, 42, 20];
const LIST_HEAD = [
  "STT",
  "Họ và tên / Tên tập thể",
  "Chức vụ, đơn vị công tác",
  "Đơn vị đề nghị",
  "Ghi chú",
];

export function planDecisionList(x: DecisionExport): DocumentSheetPlan {
  const h = x.header;
  const b = new SheetBuilder(LIST_MM);
  const cols = LIST_MM.length;
  b.text(1, 1, cols, `DANH SÁCH KHEN THƯỞNG NĂM ${h.year ?? ""}`, f(14, { ...CENTER, bold: true }));
  b.text(
    2,
    1,
    cols,
    safe(`(Kèm theo Quyết định ${decisionRef(x)} của ${wardChairman(h)})`),
    f(13, { italic: true, align: "center" })
  );
  b.height(3, 8);
  const head = 4;
  tableRow(
    b,
    head,
    LIST_HEAD,
    LIST_HEAD.map(() => TABLE({ bold: true, align: "center" }))
  );
  let r = head + 1;
  const center = TABLE({ align: "center" });
  const left = TABLE({ align: "left" });
  x.groups.forEach((g, gi) => {
    bandRow(b, r++, cols, `${roman(gi + 1)}. ${titlePhrase(g.title, true)}`, { bold: true });
    let stt = 0;
    g.kinds.forEach((k, ki) => {
      if (g.kinds.length > 1)
        bandRow(b, r++, cols, `${ki + 1}. ${NOMINEE_KIND[k.kind]}`, { bold: true, italic: true });
      for (const e of k.entries)
        tableRow(
          b,
          r++,
          [++stt, safe(e.name), safe(e.position), safe(e.unit), safe(e.drive)],
          [center, left, left, left, left]
        );
    });
  });
  if (!x.groups.length) bandRow(b, r++, cols, "Không có trường hợp nào.", { italic: true });
  r++;
  b.text(r, 1, cols, `Tổng cộng: ${x.count} trường hợp.`, f(13, { italic: true }));
  return b.sheet(SHEET_DECISION_LIST, pageWithFooter(head), "FF548235");
}

export function planDecisionDocument(
  x: DecisionExport,
  source: { fileName: string }
): DocumentPlan {
  return {
    sheets: [planDecisionLetter(x), planDecisionList(x)],
    properties: {
      title: `Quyết định khen thưởng năm ${x.header.year ?? ""}`,
      subject: x.header.unitName,
      created: x.header.documentDate,
    },
    meta: [
      ["kind", "decisionDraft"],
      ["exportedOn", { date: x.header.documentDate }],
      ["sourceFile", source.fileName],
      ["rows", x.count],
      ["decisionNumber", x.decision?.number ?? ""],
    ],
  };
}

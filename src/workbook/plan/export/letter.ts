/**
 * `Tờ trình` and `Biên bản`: administrative documents laid out per Decree 30/2020/NĐ-CP (appendix I)
 * on the grid of ./decree30.ts, so the header block, its short rules and the signature block sit
 * where the decree puts them.
 */
import type { NomineeKind } from "../../../domain/catalog/lists";
import {
  type CouncilExport,
  countByKind,
  KIND_ORDER,
  type TitleGroup,
} from "../../../domain/export/council";
import { VOTING_METHOD } from "../../../domain/register/contract";
import { formatVietnameseLongDate } from "../../../domain/text/dates";
import { type DocumentSheetPlan, SheetBuilder } from "./document";
import {
  BODY,
  CENTER,
  closing,
  COL_MM,
  COLS,
  docTitle,
  f,
  LETTER_PAGE,
  letterhead,
  letterPage,
  para,
  type TableColumn,
  tableHeader,
  tableRows,
} from "./decree30";
import {
  councilName,
  dossierSubject,
  issuerSymbol,
  kindWord,
  safe,
  titlePhrase,
  upwardChairman,
  viNumber,
  wardChairman,
  wardCommittee,
} from "./text";

export const SHEET_LETTER = "Tờ trình";
export const SHEET_MINUTES = "Biên bản";

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

export function planLetter(x: CouncilExport): DocumentSheetPlan {
  const h = x.header;
  const b = new SheetBuilder(Array.from({ length: COLS }, () => COL_MM));
  let r = letterhead(b, h, { symbol: "TTr", date: h.letterDate });
  const year = h.year ?? "";
  r = docTitle(b, r, "TỜ TRÌNH", dossierSubject(x));
  r++;
  const council = councilName(h);
  const to = h.wardLevel ? `${wardChairman(h)}.` : `${council}.`;
  b.text(r, 1, COLS, safe(`Kính gửi: ${to}`), f(14, CENTER));
  r += 2;

  // The `Căn cứ` rows of `Cấu hình` (defaults: the Law, Decree 152/2025, Circular 15/2025).
  for (const line of h.legalBasis) r = para(b, r, safe(`Căn cứ ${line};`));
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

  return b.sheet(SHEET_LETTER, letterPage(b), "FFC00000");
}

/** Minutes table: column spans on the 40-column grid, and how the rows under the header align. */
const MINUTES_COLUMNS: readonly TableColumn[] = [
  { label: "STT", from: 1, to: 2, align: "center" },
  { label: "Họ và tên / Tên tập thể", from: 3, to: 12, align: "left" },
  { label: "Danh hiệu / Hình thức", from: 13, to: 18, align: "left" },
  { label: "Đơn vị đề nghị", from: 19, to: 24, align: "left" },
  { label: "Số phiếu đồng ý", from: 25, to: 28, align: "center" },
  { label: "Tỷ lệ trên tổng số thành viên (%)", from: 29, to: 32, align: "center" },
  { label: "Tỷ lệ tối thiểu (%)", from: 33, to: 36, align: "center" },
  { label: "Kết quả", from: 37, to: 40, align: "center" },
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
  let r = letterhead(b, h, { symbol: "BB", date: h.minutesDate });
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
  const m = x.meeting;
  const meetingDay = h.meetingDate
    ? formatVietnameseLongDate(h.meetingDate)
    : "ngày … tháng … năm …";
  line(safe(`Thời gian: ${m.start ? `${m.start}, ` : ""}${meetingDay}.`));
  line(
    safe(
      m.place
        ? `Địa điểm: ${m.place}.`
        : h.wardLevel
          ? `Địa điểm: Trụ sở ${wardCommittee(h)}.`
          : "Địa điểm: ……………………………………………"
    )
  );
  const dots = (n: number | null) => (n === null ? "……" : String(n));
  const absent = m.present !== null && size !== null ? Math.max(0, size - m.present) : null;
  line(
    `Thành phần: Hội đồng có ${size ?? "…"} thành viên; có mặt: ${dots(m.present)} thành viên; vắng mặt: ${dots(absent)} thành viên (có ý kiến bằng văn bản: ${dots(m.written)} thành viên).`
  );
  const person = (p: typeof m.chair) =>
    p ? `${p.name}${p.capacity ? ` – ${p.capacity}` : ""}` : "…………………………………";
  line(safe(`Chủ trì: ${person(m.chair)}; Thư ký: ${person(m.secretary)}.`));
  line(
    `Hình thức biểu quyết: ${m.method === "ballot" ? `${VOTING_METHOD.ballot} (có Biên bản kiểm phiếu kèm theo)` : m.method === "hands" ? VOTING_METHOD.hands : "……………………"}.`
  );
  line(
    `Nội dung: Hội đồng xem xét ${x.counts.rows} đề nghị và biểu quyết từng trường hợp; tỷ lệ phiếu đồng ý tính trên tổng số ${size ?? "…"} thành viên Hội đồng (không tính trên số thành viên có mặt). Kết quả:`
  );

  const head = r;
  r = tableHeader(b, r, MINUTES_COLUMNS);
  const values: (string | number)[] = [];
  r = tableRows(b, r, MINUTES_COLUMNS, x.minutes.length, (i) => {
    const e = x.minutes[i]!;
    values[0] = i + 1;
    values[1] = safe(e.name);
    values[2] = e.titleText ? safe(e.titleText) : "";
    values[3] = safe(e.unit);
    values[4] = e.votes ?? "";
    values[5] = e.ratio === null ? "" : viNumber(e.ratio);
    values[6] = e.minPct === null ? "" : viNumber(e.minPct);
    values[7] = resultText(e);
    return values;
  });
  r++;
  const up = x.upward.reduce((a, g) => a + g.count, 0);
  const ward = x.ward.reduce((a, g) => a + g.count, 0);
  line(
    `Kết luận: Hội đồng thống nhất đề nghị khen thưởng ${x.counts.proposed} trường hợp, gồm ${ward} trường hợp thuộc thẩm quyền của ${wardChairman(h)} và ${up} trường hợp đề nghị ${upwardChairman(h)} (có danh sách kèm theo); ${x.counts.ineligible} trường hợp không đủ điều kiện.`
  );
  line(
    `Cuộc họp kết thúc lúc ${m.end || "… giờ …"} cùng ngày. Biên bản được thông qua tại cuộc họp và được các thành viên dự họp thống nhất.`
  );
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
  // Room for the signatures, then the names of `Thư ký` and `Chủ trì` (blank: written by hand).
  for (let k = 1; k < 5; k++) b.atLeast(r + k, 17);
  b.merge(r + 5, 1, r + 5, 16, safe(m.secretary?.name ?? ""), f(13, { ...CENTER, bold: true }));
  b.merge(r + 5, 19, r + 5, COLS, safe(m.chair?.name ?? ""), f(13, { ...CENTER, bold: true }));
  b.atLeast(r + 5, 18);

  return b.sheet(
    SHEET_MINUTES,
    {
      ...LETTER_PAGE,
      header: undefined,
      differentFirst: false,
      footer: '&C&"Times New Roman,Regular"&11Trang &P/&N',
      repeatRows: `${head}:${head}`,
    },
    "FF1F4E79"
  );
}

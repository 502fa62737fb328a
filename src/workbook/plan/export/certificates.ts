/**
 * Certificates (issue #13): one Giấy khen, or one certificate of a title (Lao động tiên tiến, …), per
 * A4 landscape page for every decided row of a ward title — national motto, the awarding Chairman,
 * the award, the nominee, the achievement line, the decision's number and date, place and date, the
 * signer. Rows have fixed heights so that each certificate fills one page and sits in the same place
 * on every page (the ward prints on its pre-printed forms).
 */
import type { CertificateEntry, CertificatesExport } from "../../../domain/export/decision";
import { formatDdMmYyyy, formatVietnameseLongDate } from "../../../domain/text/dates";
import type { PageMargins } from "../../../domain/policy";
import { cleanText } from "../../../domain/text/normalize";
import {
  type DocFormat,
  type DocumentPlan,
  type DocumentSheetPlan,
  type PagePlan,
  SheetBuilder,
  linesHeight,
  wrapLines,
} from "./document";
import { safe, upper, wardChairman } from "./text";

export const SHEET_CERTIFICATES = "Giấy khen";

/** A4 landscape, in millimetres. */
const PAGE_W_MM = 297;
const PAGE_H_MM = 210;

/**
 * Printable height (points) of a certificate's page with the margins of `Lề in giấy khen (mm)`:
 * every certificate's rows add up to no more.
 */
export function certificatePagePt(m: PageMargins): number {
  return ((PAGE_H_MM - m.top - m.bottom) * 72) / 25.4;
}

const COLS = 20;
const f = (size: number, more: Omit<DocFormat, "size"> = {}): DocFormat => ({
  size,
  align: "center",
  valign: "middle",
  wrap: true,
  ...more,
});

/** `Ông Nguyễn Văn An` / `Bà …` from `Giới tính`; a collective or household by its name alone. */
function nomineeLine(c: CertificateEntry): string {
  const e = c.entry;
  if (e.kind !== "individual") return e.name;
  const g = e.nomination.gender;
  const sex = g.state === "ok" ? g.value : null;
  return sex === "female" ? `Bà ${e.name}` : sex === "male" ? `Ông ${e.name}` : e.name;
}

function achievementOf(c: CertificateEntry, year: number | string): string {
  const a = cleanText(c.achievement);
  if (!a) return `Đã có thành tích trong phong trào thi đua năm ${year}.`;
  return /^đã\s/iu.test(a)
    ? a
    : `Đã có thành tích ${a.charAt(0).toLocaleLowerCase("vi")}${a.slice(1)}`;
}

/** Rows of one certificate starting at `top`; returns the last row. */
function certificate(
  b: SheetBuilder,
  top: number,
  c: CertificateEntry,
  x: CertificatesExport
): number {
  const h = x.header;
  const t = c.entry.title;
  const year = h.year ?? "";
  let r = top;
  const line = (text: string, format: DocFormat, pt: number, from = 1, to = COLS): void => {
    b.merge(r, from, r, to, text, format);
    const lines = wrapLines(text, b.spanMm(from, to), format.size, format.bold).length;
    b.height(r, Math.max(pt, linesHeight(lines, format.size)));
  };
  line("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", f(14, { bold: true }), 20);
  r++;
  line("Độc lập - Tự do - Hạnh phúc", f(14, { bold: true }), 20);
  r++;
  b.height(r++, 14);
  line(safe(upper(wardChairman(h))), f(16, { bold: true }), 24);
  r++;
  const isTitle = t?.group === "DANH HIỆU";
  line(isTitle ? "CÔNG NHẬN DANH HIỆU" : "TẶNG", f(16, { bold: true }), 24);
  r++;
  line(
    isTitle ? `“${upper(c.entry.titleText)}”` : upper(c.entry.titleText),
    f(isTitle ? 26 : 36, { bold: true }),
    isTitle ? 40 : 52
  );
  r++;
  b.height(r++, 10);
  line(safe(nomineeLine(c)), f(22, { bold: true }), 34);
  r++;
  const where = [c.entry.position, c.entry.kind === "individual" ? "" : c.entry.unit]
    .map(cleanText)
    .filter(Boolean)
    .join(", ");
  line(safe(where), f(15, { italic: true }), 22);
  r++;
  // The achievement line takes what the page has left once every other row is set (below).
  const achievementRow = r++;
  b.height(r++, 12);
  b.merge(
    r,
    1,
    r,
    9,
    `Quyết định số ${c.decision.number} ngày ${formatDdMmYyyy(c.decision.date)}`,
    f(12, { italic: true })
  );
  b.merge(
    r,
    11,
    r,
    COLS,
    safe(`${h.place}, ${formatVietnameseLongDate(c.decision.date)}`),
    f(14, { italic: true })
  );
  b.height(r++, 20);
  b.merge(r, 11, r, COLS, "CHỦ TỊCH", f(14, { bold: true }));
  b.height(r++, 20);
  b.height(r++, 62);
  b.merge(r, 11, r, COLS, "", f(14, { bold: true }));
  b.height(r, 20);
  let used = 0;
  for (let row = top; row <= r; row++)
    if (row !== achievementRow) used += b.rowHeights.get(row) ?? 15;
  const fitted = fitAchievement(
    achievementOf(c, year),
    b.spanMm(2, COLS - 1),
    certificatePagePt(x.margins) - used
  );
  b.merge(achievementRow, 2, achievementRow, COLS - 1, safe(fitted.text), f(fitted.size));
  b.height(achievementRow, fitted.pt);
  return r;
}

const ACHIEVEMENT_SIZES = [15, 14, 13, 12, 11] as const;
const SMALLEST = 11;

/**
 * The achievement line in the largest size (15 down to 11 pt) that fits `budget` points; a text too
 * long even at 11 pt is cut at a word with "…" (the full text stays on `Đề nghị` and in the decision's
 * list), so that a certificate never runs onto a second page.
 */
export function fitAchievement(
  text: string,
  widthMm: number,
  budget: number
): { text: string; size: number; pt: number } {
  for (const size of ACHIEVEMENT_SIZES) {
    const pt = Math.max(24, linesHeight(wrapLines(text, widthMm, size).length, size));
    if (pt <= budget) return { text, size, pt };
  }
  const size = SMALLEST;
  const maxLines = Math.max(1, Math.floor((budget - 3) / (size * 1.25)));
  const lines = wrapLines(text, widthMm, size);
  let cut = lines.slice(0, maxLines).join(" ");
  while (cut && wrapLines(`${cut}…`, widthMm, size).length > maxLines)
    cut = cut.slice(0, cut.lastIndexOf(" ") > 0 ? cut.lastIndexOf(" ") : cut.length - 1);
  const shown = `${cut.replace(/[\s,;:.]+$/u, "")}…`;
  return { text: shown, size, pt: Math.max(24, linesHeight(maxLines, size)) };
}

export function planCertificates(x: CertificatesExport): DocumentSheetPlan {
  const m = x.margins;
  const colMm = (PAGE_W_MM - m.left - m.right) / COLS;
  const b = new SheetBuilder(Array.from({ length: COLS }, () => colMm));
  const breaks: number[] = [];
  let r = 1;
  for (const c of x.certificates) {
    const last = certificate(b, r, c, x);
    // Whatever the certificate's rows leave of the page stays blank: the next starts on a new page.
    breaks.push(last);
    r = last + 1;
  }
  if (!x.certificates.length)
    b.merge(1, 1, 1, COLS, "Chưa có dòng nào “Đã quyết định”.", f(14, { italic: true }));
  const page: PagePlan = {
    orientation: "landscape",
    margins: { ...m, header: Math.min(8, m.top), footer: Math.min(8, m.bottom) },
    fitToWidth: true,
    ...(breaks.length > 1 ? { rowBreaks: breaks.slice(0, -1) } : {}),
  };
  return b.sheet(SHEET_CERTIFICATES, page, "FFC00000");
}

/** Height in points of each certificate's rows (tests hold every one under a page). */
export function certificateHeights(plan: DocumentSheetPlan): number[] {
  let last = 0;
  for (const c of plan.cells) last = Math.max(last, c.row);
  for (const m of plan.merges) last = Math.max(last, m.bottom);
  const ends = [...(plan.page.rowBreaks ?? []), last];
  let from = 1;
  return ends.map((end) => {
    let pt = 0;
    for (let r = from; r <= end; r++) pt += plan.rowHeights.get(r) ?? 15;
    from = end + 1;
    return pt;
  });
}

export function planCertificatesDocument(
  x: CertificatesExport,
  source: { fileName: string }
): DocumentPlan {
  return {
    sheets: [planCertificates(x)],
    properties: {
      title: `Giấy khen năm ${x.header.year ?? ""}`,
      subject: x.header.unitName,
      created: x.header.documentDate,
    },
    meta: [
      ["kind", "certificates"],
      ["exportedOn", { date: x.header.documentDate }],
      ["sourceFile", source.fileName],
      ["certificates", x.certificates.length],
    ],
  };
}

/** Wording shared by the council documents: Vietnamese numbers, names of offices, quoted titles. */
import { NOMINEE_KIND, type NomineeKind } from "../../../domain/catalog/lists";
import type { TitleDef } from "../../../domain/catalog/titles";
import type { ExportHeader } from "../../../domain/export/header";
import { neutraliseFormulaText } from "../../../domain/export/safeText";
import { cleanText } from "../../../domain/text/normalize";

/** Register text placed in a document: neutralised so it cannot run as a formula (export.md). */
export const safe = (text: string): string => neutraliseFormulaText(text);

/** Vietnamese upper case (`đ` → `Đ`). */
export const upper = (text: string): string => text.toLocaleUpperCase("vi");

/** A number with a decimal comma and at most `decimals` decimals: 88.888 → `88,9`, 100 → `100`. */
export function viNumber(x: number, decimals = 1): string {
  const f = 10 ** decimals;
  const r = Math.round(x * f) / f;
  return String(r).replace(".", ",");
}

/** `8/9 (88,9%)`; empty without votes. */
export function votesText(
  votes: number | null,
  councilSize: number | null,
  ratio: number | null
): string {
  if (votes === null) return "";
  if (councilSize === null || ratio === null) return String(votes);
  return `${votes}/${councilSize} (${viNumber(ratio)}%)`;
}

/** Lower-case kind word for counts: `cá nhân`, `tập thể`, `hộ gia đình`. */
export const kindWord = (k: NomineeKind): string => NOMINEE_KIND[k].toLocaleLowerCase("vi");

/** `Danh hiệu "Lao động tiên tiến"` / `Hình thức "Giấy khen"` (sentence case), or upper case for headings. */
export function titlePhrase(t: TitleDef, caps = false): string {
  const kind = t.group === "DANH HIỆU" ? "Danh hiệu" : "Hình thức";
  return caps ? `${upper(kind)} "${upper(t.name)}"` : `${kind} "${t.name}"`;
}

/** Roman numerals for group headings (I, II, … up to 39 is plenty: there are 8 titles). */
export function roman(n: number): string {
  const table: [number, string][] = [
    [10, "X"],
    [9, "IX"],
    [5, "V"],
    [4, "IV"],
    [1, "I"],
  ];
  let out = "";
  let x = n;
  for (const [v, s] of table) while (x >= v) [out, x] = [out + s, x - v];
  return out;
}

/** `Ủy ban nhân dân phường Kiến Hưng` (or without a name when the settings give none). */
export function wardCommittee(h: ExportHeader): string {
  return cleanText(`Ủy ban nhân dân ${h.levelWord} ${h.wardName}`);
}

/** `Chủ tịch Ủy ban nhân dân phường Kiến Hưng`. */
export function wardChairman(h: ExportHeader): string {
  return `Chủ tịch ${wardCommittee(h)}`;
}

/** `Chủ tịch UBND thành phố Hà Nội` from `Cấp trình` = `UBND thành phố Hà Nội`. */
export function upwardChairman(h: ExportHeader): string {
  const to = cleanText(h.submitTo) || `UBND tỉnh/thành phố ${h.province}`;
  return /^chủ tịch\b/iu.test(to) ? to : `Chủ tịch ${to}`;
}

/** `Hội đồng Thi đua – Khen thưởng phường Kiến Hưng`. */
export function councilName(h: ExportHeader): string {
  return cleanText(`Hội đồng Thi đua – Khen thưởng ${h.levelWord} ${h.wardName}`);
}

/** A capital without its tone and vowel marks (`Ủ` → `U`), keeping `Đ` as abbreviations do. */
const bareCapital = (ch: string): string =>
  upper(ch) === "Đ" ? "Đ" : upper(ch).normalize("NFD").replace(/\p{M}/gu, "");

/**
 * The issuer's abbreviation after `TTr-`: `HĐTĐKT` for the ward council; for a unit, its acronyms whole and the
 * initials of its other words, without the ward's name (`Ủy ban MTTQ Việt Nam phường Kiến Hưng` → `UBMTTQVN`,
 * `Tổ dân phố số 3` → `TDPS3`). The office may change it: it is a plain cell.
 */
export function issuerSymbol(h: ExportHeader): string {
  if (h.wardLevel) return "HĐTĐKT";
  const name = cleanText(h.unitName).replace(/\s(?:phường|xã|đặc khu)(?:\s.*)?$/iu, "");
  const parts = name
    .split(" ")
    .map((w) =>
      /^\d+$/u.test(w) ? w : w.length > 1 && w === upper(w) ? w : bareCapital(w.charAt(0))
    );
  return parts.join("").replace(/[^\p{L}\d]/gu, "") || "ĐV";
}

/**
 * The drive in a document's words (issue #14): `Đợt 2/9` → `đợt thi đua chào mừng 2/9`,
 * `Chuyên đề: An toàn thực phẩm` → `đợt thi đua chuyên đề An toàn thực phẩm`, others quoted.
 */
export function drivePhrase(name: string): string {
  const t = name.trim();
  const holiday = /^Đợt\s+(\d{1,2}\/\d{1,2})$/iu.exec(t);
  if (holiday) return `đợt thi đua chào mừng ${holiday[1]}`;
  const topic = /^Chuyên đề\s*:?\s*(.+)$/iu.exec(t);
  if (topic) return `đợt thi đua chuyên đề ${topic[1]}`;
  const named = /^Đợt\s+(.+)$/iu.exec(t);
  return `đợt thi đua ${named ? named[1] : `“${t}”`}`;
}

/** The Tờ trình's subject: the year, a drive of it, or a sudden achievement (`Đột xuất`). */
export function dossierSubject(x: {
  readonly header: { readonly year: number | null };
  readonly drive: { readonly name: string; readonly kind: string | null } | null;
}): string {
  const year = x.header.year ?? "";
  const d = x.drive;
  if (!d || d.kind === "annual") return `Về việc đề nghị khen thưởng thành tích năm ${year}`;
  if (d.kind === "sudden") return "Về việc đề nghị khen thưởng đột xuất";
  return safe(`Về việc đề nghị khen thưởng thành tích ${drivePhrase(d.name)} năm ${year}`);
}

/**
 * Who issues the council documents and where (Decree 30/2020/NĐ-CP, appendix I): derived from the
 * register's settings. A ward-level register (`Cấp đơn vị` = Phường, Xã, Đặc khu) is issued by the
 * ward's Emulation & Commendation Council to the ward Chairman; a unit's register (ban, ngành, đoàn
 * thể, tổ dân phố, cơ quan) by the unit to the ward council.
 */
import { DEFAULT_SETTINGS, type Policy } from "../policy";
import type { CivilDate } from "../text/dates";
import { cleanText } from "../text/normalize";
import { wardLevelWord } from "../catalog/levels";
import { legalBasisLines } from "./legalBasis";

export interface ExportHeader {
  /** `Tên đơn vị`, e.g. `UBND phường Kiến Hưng`. */
  readonly unitName: string;
  readonly unitLevel: string;
  /** The register is the ward's own (Phường, Xã, Đặc khu). */
  readonly wardLevel: boolean;
  /** `phường`, `xã` or `đặc khu` (lower case), the word used in titles and addresses. */
  readonly levelWord: string;
  /** The ward's proper name (`Kiến Hưng`), or empty when the unit name does not contain it. */
  readonly wardName: string;
  /** Place name of the date line: the ward's name, else the province. */
  readonly place: string;
  readonly province: string;
  /** `Cấp trình`, e.g. `UBND thành phố Hà Nội`. */
  readonly submitTo: string;
  readonly year: number | null;
  readonly councilSize: number | null;
  readonly meetingDate: CivilDate | null;
  /** The day of the export (metadata only: no document is dated by it when the register has dates). */
  readonly documentDate: CivilDate;
  /** Date of the Tờ trình: `Ngày trình`, else the meeting date, else the day of the export. */
  readonly letterDate: CivilDate;
  /** Date of the Biên bản: the meeting date; null prints `ngày … tháng … năm …` to fill by hand. */
  readonly minutesDate: CivilDate | null;
  /** The signature block of the Tờ trình: capacity and title lines (bold), then the name. */
  readonly signer: Signer;
  /** The `Căn cứ` lines of the Tờ trình and the Quyết định, without “Căn cứ” and “;”. */
  readonly legalBasis: readonly string[];
}

export interface Signer {
  /** `KT. CHỦ TỊCH`, `PHÓ CHỦ TỊCH` — Decree 30/2020 order: capacity, then the title. */
  readonly lines: readonly string[];
  /** The signer's full name; "" leaves the line for the clerk to write. */
  readonly name: string;
}

const upperVi = (s: string): string => s.toLocaleUpperCase("vi-VN");

/**
 * The signer block from `Quyền hạn ký (TM./KT.)`, `Chức vụ người ký`, `Họ và tên người ký`. A bare
 * `TM.` or `KT.` is completed (ward: `TM. HỘI ĐỒNG`, `KT. CHỦ TỊCH`; unit: `TM. <UNIT>`,
 * `KT. THỦ TRƯỞNG`); any other capacity prints as typed, in capitals. Both blank (a register older
 * than these settings): the block the export always printed (`TM. HỘI ĐỒNG` / `CHỦ TỊCH`, or
 * `THỦ TRƯỞNG ĐƠN VỊ`).
 */
export function signerOf(policy: Policy, wardLevel: boolean): Signer {
  const { capacity, title, name } = policy.signer;
  const cap = /^(TM|KT)\.?$/iu.exec(capacity.trim());
  const lines: string[] = [];
  if (!capacity.trim() && !title.trim())
    lines.push(...(wardLevel ? ["TM. HỘI ĐỒNG", "CHỦ TỊCH"] : [DEFAULT_SETTINGS.unitSigner.title]));
  else {
    if (cap) {
      const tm = cap[1]!.toUpperCase() === "TM";
      lines.push(
        tm
          ? wardLevel
            ? "TM. HỘI ĐỒNG"
            : `TM. ${upperVi(cleanText(policy.unitName)) || "ĐƠN VỊ"}`
          : wardLevel
            ? "KT. CHỦ TỊCH"
            : "KT. THỦ TRƯỞNG"
      );
      if (!title.trim())
        lines.push(tm ? "CHỦ TỊCH" : wardLevel ? "PHÓ CHỦ TỊCH" : "PHÓ THỦ TRƯỞNG");
    } else if (capacity.trim()) lines.push(upperVi(cleanText(capacity)));
    if (title.trim()) lines.push(upperVi(cleanText(title)));
  }
  return { lines, name: cleanText(name) };
}

/** `UBND phường Kiến Hưng` → `Kiến Hưng`; `Hội Cựu chiến binh phường Kiến Hưng` → `Kiến Hưng`; `Đoàn Thanh niên phường` → ``. */
export function wardNameOf(unitName: string): string {
  const m = /(?:^|\s)(?:phường|xã|đặc khu)\s+(.+)$/iu.exec(cleanText(unitName));
  return m?.[1]?.trim() ?? "";
}

export function exportHeader(policy: Policy, documentDate: CivilDate): ExportHeader {
  const levelWord = wardLevelWord(policy.unitLevel);
  const wardName = wardNameOf(policy.unitName);
  const meetingDate = policy.meetingDate.state === "ok" ? policy.meetingDate.value : null;
  const submission = policy.submissionDate.state === "ok" ? policy.submissionDate.value : null;
  return {
    unitName: policy.unitName,
    unitLevel: policy.unitLevel,
    wardLevel: levelWord !== null,
    levelWord: levelWord ?? "phường",
    wardName,
    place: wardName || policy.province,
    province: policy.province,
    submitTo: policy.submitTo,
    year: policy.year.state === "ok" ? policy.year.value : null,
    councilSize: policy.councilSize.state === "ok" ? policy.councilSize.value : null,
    meetingDate,
    documentDate,
    letterDate: submission ?? meetingDate ?? documentDate,
    minutesDate: meetingDate,
    signer: signerOf(policy, levelWord !== null),
    legalBasis: legalBasisLines(policy.legalBasis, policy.province),
  };
}

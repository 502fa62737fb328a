/**
 * Who issues the council documents and where (Decree 30/2020/NĐ-CP, appendix I): derived from the
 * register's settings. A ward-level register (`Cấp đơn vị` = Phường, Xã, Đặc khu) is issued by the
 * ward's Emulation & Commendation Council to the ward Chairman; a unit's register (ban, ngành, đoàn
 * thể, tổ dân phố, cơ quan) by the unit to the ward council.
 */
import type { Policy } from "../policy";
import type { CivilDate } from "../text/dates";
import { cleanText } from "../text/normalize";
import { wardLevelWord } from "../catalog/levels";

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
  readonly documentDate: CivilDate;
}

/** `UBND phường Kiến Hưng` → `Kiến Hưng`; `Hội Cựu chiến binh phường Kiến Hưng` → `Kiến Hưng`; `Đoàn Thanh niên phường` → ``. */
export function wardNameOf(unitName: string): string {
  const m = /(?:^|\s)(?:phường|xã|đặc khu)\s+(.+)$/iu.exec(cleanText(unitName));
  return m?.[1]?.trim() ?? "";
}

export function exportHeader(policy: Policy, documentDate: CivilDate): ExportHeader {
  const levelWord = wardLevelWord(policy.unitLevel);
  const wardName = wardNameOf(policy.unitName);
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
    meetingDate: policy.meetingDate.state === "ok" ? policy.meetingDate.value : null,
    documentDate,
  };
}

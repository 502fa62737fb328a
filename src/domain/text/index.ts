/** Vietnamese text in the domain core: normalisation, legacy encodings, collation, day-first dates. */
export { cleanText, foldKey, sameText } from "./normalize";
export {
  type LegacyEncoding,
  detectLegacyEncoding,
  legacyToUnicode,
  repairLegacyText,
  unicodeToLegacy,
} from "./legacy";
export {
  compareVietnameseNames,
  compareVietnameseText,
  sortByVietnameseName,
  sortByVietnameseText,
} from "./collate";
export {
  type CivilDate,
  ageOnDec31,
  compareCivilDates,
  formatDdMmYyyy,
  formatVietnameseLongDate,
  fromExcelSerial,
  fromJsDate,
  isValidCivilDate,
  parseDayFirst,
  toExcelSerial,
} from "./dates";
export { type Tone, TONES, isVietnameseSyllable } from "./syllable";

import { foldKey } from "../text/normalize";
import { TITLES, type TitleCode, type TitleDef } from "./titles";

const TITLE_BY_KEY = new Map<string, TitleDef>();
for (const t of TITLES) {
  TITLE_BY_KEY.set(foldKey(t.name), t);
  TITLE_BY_KEY.set(foldKey(t.code), t);
}

/** The catalog entry written as its name or its code (normalised), or null. */
export function matchTitle(text: string): TitleDef | null {
  return TITLE_BY_KEY.get(foldKey(text)) ?? null;
}

/**
 * The abbreviations clerks write in a history book (`Lịch sử`): “LĐTT”, “CSTĐCS”… Read there only —
 * on `Đề nghị` the title must be the list's name, because `Tổng hợp`'s formulas count by that text.
 */
const ABBREVIATIONS: Readonly<Partial<Record<TitleCode, readonly string[]>>> = {
  LDTT: ["LĐTT"],
  CSTDCS: ["CSTĐCS", "CSTĐ cơ sở"],
  TTLDTT: ["TTLĐTT", "TT LĐTT"],
  TTLDXS: ["TTLĐXS", "TT LĐXS"],
  GDVH: ["GĐVH"],
  TDPVH: ["Tổ dân phố văn hóa", "Thôn văn hóa", "TDP văn hóa"],
  CSTDTINH: ["CSTĐ cấp tỉnh", "CSTĐ tỉnh"],
};
const ABBREVIATION_KEY = new Map<string, TitleDef>();
for (const t of TITLES)
  for (const a of ABBREVIATIONS[t.code] ?? []) ABBREVIATION_KEY.set(foldKey(a), t);

/** A `Lịch sử` title: the catalog's name or code, or a common abbreviation (“TTLĐXS”). */
export function matchHistoryTitle(text: string): TitleDef | null {
  const key = foldKey(text);
  return TITLE_BY_KEY.get(key) ?? ABBREVIATION_KEY.get(key) ?? null;
}

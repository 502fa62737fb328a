import { foldKey } from "../text/normalize";
import { TITLES, type TitleDef } from "./titles";

const TITLE_BY_KEY = new Map<string, TitleDef>();
for (const t of TITLES) {
  TITLE_BY_KEY.set(foldKey(t.name), t);
  TITLE_BY_KEY.set(foldKey(t.code), t);
}

/** The catalog entry written as its name or its code (normalised), or null. */
export function matchTitle(text: string): TitleDef | null {
  return TITLE_BY_KEY.get(foldKey(text)) ?? null;
}

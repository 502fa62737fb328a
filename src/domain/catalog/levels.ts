import { foldKey } from "../text/normalize";

/** Ward-level values of `Cấp đơn vị` (register.md) and the word used for them in documents. */
const WARD_LEVELS = new Map<string, string>([
  [foldKey("Phường"), "phường"],
  [foldKey("Xã"), "xã"],
  [foldKey("Đặc khu"), "đặc khu"],
]);

/** `phường`, `xã` or `đặc khu` for a ward-level register; null for a unit's (ban, ngành, tổ dân phố, …). */
export function wardLevelWord(unitLevel: string): string | null {
  return WARD_LEVELS.get(foldKey(unitLevel)) ?? null;
}

/** The register is a ward's own (Phường, Xã, Đặc khu), as opposed to a unit's. */
export function isWardLevel(unitLevel: string): boolean {
  return wardLevelWord(unitLevel) !== null;
}

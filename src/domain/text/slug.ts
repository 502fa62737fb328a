import { baseLetters } from "./normalize";

/**
 * A text as part of a file name every system and mail gateway keeps: ASCII lower case, accents
 * removed (`đ` → `d`), any other run of characters one hyphen. `Đợt 2/9` → `dot-2-9`,
 * `Chuyên đề: Chuyển đổi số` → `chuyen-de-chuyen-doi-so`. At most `max` characters, cut at a hyphen
 * when one is near; "" when nothing is left.
 */
export function fileSlug(text: string, max = 40): string {
  const ascii = baseLetters(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  if (ascii.length <= max) return ascii;
  const cut = ascii.slice(0, max);
  const hyphen = cut.lastIndexOf("-");
  return (hyphen >= max / 2 ? cut.slice(0, hyphen) : cut).replace(/-+$/u, "");
}

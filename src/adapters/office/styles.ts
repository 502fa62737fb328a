/**
 * The register's cell styles for Office.js, derived from the one style table of the xlsx adapter
 * (src/adapters/xlsx/styles.ts: Times New Roman, header fill, borders, number formats) so both
 * adapters paint the same workbook. Pure: plain objects, applied by apply.ts.
 */
import { STYLES } from "../xlsx/styles";
import type { StyleName } from "../../workbook/plan/types";

export interface OfficeStyle {
  readonly font?: {
    readonly name?: string;
    readonly size?: number;
    readonly bold?: boolean;
    readonly italic?: boolean;
    readonly color?: string;
  };
  readonly fill?: string;
  readonly horizontal?: "Center" | "Left" | "Right" | "General";
  readonly vertical?: "Center" | "Top" | "Bottom";
  readonly wrap?: boolean;
  readonly border?: string;
  readonly numberFormat?: string;
}

/** `FFC00000` (ARGB) → `#C00000`. */
export function argbToHex(argb: string | undefined): string | undefined {
  if (!argb) return undefined;
  const hex = argb.length === 8 ? argb.slice(2) : argb;
  return /^[0-9a-f]{6}$/i.test(hex) ? `#${hex.toUpperCase()}` : undefined;
}

const H: Record<string, OfficeStyle["horizontal"]> = {
  center: "Center",
  left: "Left",
  right: "Right",
  general: "General",
};
const V: Record<string, OfficeStyle["vertical"]> = {
  middle: "Center",
  top: "Top",
  bottom: "Bottom",
};

type Loose = {
  font?: {
    name?: string;
    size?: number;
    bold?: boolean;
    italic?: boolean;
    color?: { argb?: string };
  };
  fill?: { fgColor?: { argb?: string } };
  alignment?: { horizontal?: string; vertical?: string; wrapText?: boolean };
  border?: { top?: { color?: { argb?: string } } };
  numFmt?: string;
};

export function officeStyle(name: StyleName): OfficeStyle {
  const s = (STYLES as Record<string, Loose>)[name] ?? {};
  const font = s.font
    ? {
        ...(s.font.name ? { name: s.font.name } : {}),
        ...(s.font.size ? { size: s.font.size } : {}),
        ...(s.font.bold ? { bold: true } : {}),
        ...(s.font.italic ? { italic: true } : {}),
        ...(argbToHex(s.font.color?.argb) ? { color: argbToHex(s.font.color?.argb) } : {}),
      }
    : undefined;
  const out: { -readonly [K in keyof OfficeStyle]: OfficeStyle[K] } = {};
  if (font) out.font = font;
  const fill = argbToHex(s.fill?.fgColor?.argb);
  if (fill) out.fill = fill;
  const h = s.alignment?.horizontal ? H[s.alignment.horizontal] : undefined;
  if (h) out.horizontal = h;
  const v = s.alignment?.vertical ? V[s.alignment.vertical] : undefined;
  if (v) out.vertical = v;
  if (s.alignment?.wrapText) out.wrap = true;
  const border = s.border?.top ? (argbToHex(s.border.top.color?.argb) ?? "#000000") : undefined;
  if (border) out.border = border;
  if (s.numFmt) out.numberFormat = s.numFmt;
  return out;
}

/** Excel column width in characters → points (Office.js `columnWidth`), for the default 11 pt font. */
export function widthToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

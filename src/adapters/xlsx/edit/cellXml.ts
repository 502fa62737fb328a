/**
 * One cell as worksheet XML, from a plan value: text as an inline string (the shared strings part
 * stays as it was), numbers, booleans, dates as serials in the workbook's date system, formulas
 * (with their cached result when the plan knows it).
 */
import { toExcelSerial } from "../../../domain/text/dates";
import type { PlanValue } from "../../../workbook/plan/types";

/**
 * Element content escaped: `&`, `<`, `>` (quotes may stay as they are in content, as Excel writes
 * them); characters XML 1.0 cannot carry are dropped.
 */
export function xmlContent(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (!/[&<>\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/u.test(s)) return s;
  return (
    s
      // eslint-disable-next-line no-control-regex
      .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\x7F]/gu, "")
      .replace(/&/gu, "&amp;")
      .replace(/</gu, "&lt;")
      .replace(/>/gu, "&gt;")
  );
}

/**
 * Text escaped for a cell: XML's own escapes, a literal `_xHHHH_` kept from being decoded, and a
 * carriage return written as Excel writes it (`_x000D_`: XML parsers turn a raw one into a line feed).
 */
export function cellText(s: string): string {
  return xmlContent(s.normalize("NFC"))
    .replace(/_x([0-9A-Fa-f]{4})_/gu, "_x005F_x$1_")
    .replace(/\r/gu, "_x000D_");
}

const preserve = (s: string) => (/^\s|\s$|\n/u.test(s) ? ' xml:space="preserve"' : "");

function numberText(n: number): string | null {
  return Number.isFinite(n) ? String(n) : null;
}

/**
 * `<c>` for `value` at `ref`, with style attribute `s` (`""` for none). `prefix` is the sheet's
 * SpreadsheetML prefix (`x:` in a prefixed part).
 */
export function cellXml(
  ref: string,
  s: string,
  value: PlanValue,
  date1904: boolean,
  prefix = ""
): string {
  const c = `${prefix}c`;
  const open = `<${c} r="${ref}"${s}`;
  if (value === null) return `${open}/>`;
  if (typeof value === "string") {
    if (value === "") return `${open}/>`;
    return `${open} t="inlineStr"><${prefix}is><${prefix}t${preserve(value)}>${cellText(value)}</${prefix}t></${prefix}is></${c}>`;
  }
  if (typeof value === "number") {
    const n = numberText(value);
    return n === null ? `${open}/>` : `${open}><${prefix}v>${n}</${prefix}v></${c}>`;
  }
  if (typeof value === "boolean")
    return `${open} t="b"><${prefix}v>${value ? 1 : 0}</${prefix}v></${c}>`;
  if ("date" in value)
    return `${open}><${prefix}v>${toExcelSerial(value.date, date1904)}</${prefix}v></${c}>`;
  const f = `<${prefix}f>${xmlContent(value.formula)}</${prefix}f>`;
  const r = value.result;
  if (typeof r === "number" && numberText(r) !== null)
    return `${open}>${f}<${prefix}v>${numberText(r)}</${prefix}v></${c}>`;
  if (typeof r === "string")
    return `${open} t="str">${f}<${prefix}v>${cellText(r)}</${prefix}v></${c}>`;
  return `${open}>${f}</${c}>`;
}

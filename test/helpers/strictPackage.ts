/**
 * Strict checks of a written .xlsx package (issue #11), for any test that writes files:
 *
 * - {@link strictProblems}: the package's worksheet XML against the OOXML schema's enumerations and
 *   the rules strict readers enforce — data-validation `type`/`operator`/`errorStyle` values, no
 *   `NaN`/`undefined`/empty limits, no cell in two `<dataValidation>` sqrefs, no cell in two merges.
 *   Pure, fast (only the `<dataValidations>` and `<mergeCells>` blocks are parsed; ranges are
 *   intersected as rectangles, never expanded cell by cell).
 * - {@link openpyxlCheck}: the file opened by openpyxl (test/helpers/strict_check.py), which refuses
 *   values outside the schema's enumerations. {@link requireOpenpyxl} finds a Python with openpyxl:
 *   /usr/bin/python3 first (a pyenv `python3` on PATH often lacks it), then `python3`; none is a
 *   skip locally and a failure under CI=true, like LibreOffice (./libreoffice.ts).
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { strFromU8, unzipSync } from "fflate";
import {
  overlapCount,
  overlappingCells,
  parseSqref,
} from "../../src/workbook/plan/validationCheck";

/** ST_DataValidationType (ECMA-376 Part 1, §18.18.21). */
export const DATA_VALIDATION_TYPES = [
  "none",
  "whole",
  "decimal",
  "list",
  "date",
  "time",
  "textLength",
  "custom",
] as const;
/** ST_DataValidationOperator (§18.18.20). */
export const DATA_VALIDATION_OPERATORS = [
  "between",
  "notBetween",
  "equal",
  "notEqual",
  "lessThan",
  "lessThanOrEqual",
  "greaterThan",
  "greaterThanOrEqual",
] as const;
/** ST_DataValidationErrorStyle (§18.18.18). */
export const DATA_VALIDATION_ERROR_STYLES = ["stop", "warning", "information"] as const;

/** One `<dataValidation>` as written (attributes as text, schema defaults not filled in). */
export interface PackageValidation {
  readonly sqref: string;
  readonly type?: string;
  readonly operator?: string;
  readonly errorStyle?: string;
  readonly formula1?: string;
  readonly formula2?: string;
}

export interface PackageSheet {
  readonly name: string;
  readonly part: string;
  readonly validations: readonly PackageValidation[];
  readonly merges: readonly string[];
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  removeNSPrefix: true,
  isArray: (name) => ["dataValidation", "mergeCell", "sheet", "Relationship"].includes(name),
});

type Node = Record<string, unknown>;

/** The first `<tag …>…</tag>` (or self-closing) block of `xml`, namespace prefix allowed; "" if none. */
function block(xml: string, tag: string): string {
  const open = new RegExp(`<(\\w+:)?${tag}[\\s>/]`).exec(xml);
  if (!open) return "";
  const prefix = open[1] ?? "";
  const start = open.index;
  const selfClose = xml.indexOf("/>", start);
  const firstGt = xml.indexOf(">", start);
  if (selfClose !== -1 && selfClose + 1 === firstGt) return xml.slice(start, firstGt + 1);
  const close = `</${prefix}${tag}>`;
  const end = xml.indexOf(close, start);
  return end === -1 ? xml.slice(start) : xml.slice(start, end + close.length);
}

const text = (v: unknown): string | undefined => {
  if (v === undefined || v === null) return undefined;
  if (typeof v === "object") {
    const t = (v as Node)["#text"];
    return t === undefined ? "" : String(t as string | number);
  }
  return String(v as string | number);
};

function resolveTarget(target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = `xl/${target}`.split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== ".") out.push(p);
  }
  return out.join("/");
}

/** The worksheets of a package in tab order, with their data validations and merges. */
export function packageSheets(bytes: Uint8Array): PackageSheet[] {
  const files = unzipSync(bytes, {
    filter: (f) =>
      f.name === "xl/workbook.xml" ||
      f.name === "xl/_rels/workbook.xml.rels" ||
      f.name.startsWith("xl/worksheets/"),
  });
  const str = (name: string) => (files[name] ? strFromU8(files[name]) : "");
  const wb = parser.parse(block(str("xl/workbook.xml"), "sheets") || "<sheets/>") as Node;
  const rels = parser.parse(str("xl/_rels/workbook.xml.rels") || "<Relationships/>") as Node;
  const targets = new Map<string, string>();
  for (const r of ((rels.Relationships as Node | undefined)?.Relationship ?? []) as Node[])
    targets.set(String(r.Id), resolveTarget(String(r.Target)));
  const out: PackageSheet[] = [];
  for (const s of ((wb.sheets as Node | undefined)?.sheet ?? []) as Node[]) {
    const part = targets.get(String(s.id ?? s["r:id"]));
    if (!part || !files[part]) continue;
    const xml = strFromU8(files[part]);
    const dv = parser.parse(block(xml, "dataValidations") || "<dataValidations/>") as Node;
    const mc = parser.parse(block(xml, "mergeCells") || "<mergeCells/>") as Node;
    const validations = (
      ((dv.dataValidations as Node | undefined)?.dataValidation ?? []) as Node[]
    ).map((v): PackageValidation => ({
      sqref: String(v.sqref ?? ""),
      ...(v.type !== undefined ? { type: String(v.type) } : {}),
      ...(v.operator !== undefined ? { operator: String(v.operator) } : {}),
      ...(v.errorStyle !== undefined ? { errorStyle: String(v.errorStyle) } : {}),
      ...(v.formula1 !== undefined ? { formula1: text(v.formula1) ?? "" } : {}),
      ...(v.formula2 !== undefined ? { formula2: text(v.formula2) ?? "" } : {}),
    }));
    const merges = (((mc.mergeCells as Node | undefined)?.mergeCell ?? []) as Node[]).map((m) =>
      String(m.ref ?? "")
    );
    out.push({ name: String(s.name), part, validations, merges });
  }
  return out;
}

const badFormula = (f: string | undefined): boolean =>
  f !== undefined && /(^|[^A-Za-z_])(NaN|undefined)([^A-Za-z_]|$)/.test(f);

/**
 * Everything in the package a strict reader or the schema objects to, as sentences naming the sheet
 * and the range (at most `perKind` of one kind per sheet, then a count); empty when the package is fine.
 */
export function strictProblems(bytes: Uint8Array, perKind = 5): string[] {
  const problems: string[] = [];
  for (const sheet of packageSheets(bytes)) {
    // Problems of one kind on one sheet: the first few, then how many more (a per-cell writer can
    // repeat one mistake a thousand times).
    const kinds = new Map<string, string[]>();
    const add = (kind: string, message: string) => {
      const list = kinds.get(kind) ?? [];
      kinds.set(kind, list);
      list.push(message);
    };
    const at = (v: PackageValidation) => `${sheet.name}!${v.sqref}`;
    for (const v of sheet.validations) {
      const type = v.type ?? "none";
      if (!(DATA_VALIDATION_TYPES as readonly string[]).includes(type))
        add("type", `${at(v)}: data validation type "${type}" is not in ST_DataValidationType`);
      if (
        v.operator !== undefined &&
        !(DATA_VALIDATION_OPERATORS as readonly string[]).includes(v.operator)
      )
        add("operator", `${at(v)}: operator "${v.operator}" is not in ST_DataValidationOperator`);
      if (
        v.errorStyle !== undefined &&
        !(DATA_VALIDATION_ERROR_STYLES as readonly string[]).includes(v.errorStyle)
      )
        add(
          "errorStyle",
          `${at(v)}: errorStyle "${v.errorStyle}" is not one of stop, warning, information`
        );
      if (!parseSqref(v.sqref)) add("sqref", `${at(v)}: sqref is not a list of A1 ranges`);
      for (const [k, f] of [
        ["formula1", v.formula1],
        ["formula2", v.formula2],
      ] as const)
        if (badFormula(f)) add(`${k}:${f}`, `${at(v)}: <${k}> is "${f}"`);
      if (["whole", "decimal", "list", "date", "time", "textLength", "custom"].includes(type)) {
        if (!v.formula1?.trim()) add("empty1", `${at(v)}: ${type} validation without <formula1>`);
        const op = v.operator ?? "between";
        if (
          ["whole", "decimal", "date", "time", "textLength"].includes(type) &&
          (op === "between" || op === "notBetween") &&
          !v.formula2?.trim()
        )
          add("empty2", `${at(v)}: ${type} ${op} validation without <formula2>`);
      }
    }
    for (const list of kinds.values()) {
      problems.push(...list.slice(0, perKind));
      if (list.length > perKind)
        problems.push(`${sheet.name}: ${list.length - perKind} more like “${list[0]}”`);
    }
    const sqrefs = sheet.validations.map((v) => v.sqref);
    const twice = overlappingCells(sqrefs, 5);
    if (twice.length)
      problems.push(
        `${sheet.name}: ${overlapCount(sqrefs)} cell(s) covered by two data validations (${twice.join(", ")}…)`
      );
    const merged = overlappingCells(sheet.merges, 5);
    if (merged.length)
      problems.push(`${sheet.name}: overlapping merged ranges at ${merged.join(", ")}`);
  }
  problems.push(...alignmentProblems(bytes));
  return problems;
}

/** ST_HorizontalAlignment and ST_VerticalAlignment (ExcelJS says `middle`; the schema, `center`). */
export const ST_HORIZONTAL_ALIGNMENT = [
  "general",
  "left",
  "center",
  "right",
  "fill",
  "justify",
  "centerContinuous",
  "distributed",
];
export const ST_VERTICAL_ALIGNMENT = ["top", "center", "bottom", "justify", "distributed"];

/** Alignment values of `xl/styles.xml` outside the schema's lists. */
export function alignmentProblems(bytes: Uint8Array): string[] {
  const files = unzipSync(bytes, { filter: (f) => f.name === "xl/styles.xml" });
  const xml = files["xl/styles.xml"] ? strFromU8(files["xl/styles.xml"]) : "";
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?alignment\b[^>]*>/gu)) {
    const h = /\shorizontal="([^"]*)"/u.exec(m[0])?.[1];
    const v = /\svertical="([^"]*)"/u.exec(m[0])?.[1];
    if (h !== undefined && !ST_HORIZONTAL_ALIGNMENT.includes(h))
      out.push(`xl/styles.xml: alignment horizontal="${h}" is not in ST_HorizontalAlignment`);
    if (v !== undefined && !ST_VERTICAL_ALIGNMENT.includes(v))
      out.push(`xl/styles.xml: alignment vertical="${v}" is not in ST_VerticalAlignment`);
  }
  return [...new Set(out)];
}

/** What openpyxl read (test/helpers/strict_check.py). */
export interface OpenpyxlSheet {
  readonly name: string;
  readonly state: string;
  readonly dataValidations: readonly {
    readonly sqref: string;
    readonly type: string | null;
    readonly errorStyle: string | null;
    readonly operator: string | null;
    readonly formula1: string | null;
    readonly formula2: string | null;
  }[];
}

export interface OpenpyxlResult {
  readonly ok: boolean;
  /** The exception (`ValueError: Value must be one of …`) when openpyxl refused the file. */
  readonly error?: string;
  readonly sheets?: readonly OpenpyxlSheet[];
  readonly warnings?: readonly string[];
}

const SCRIPT = path.join(__dirname, "strict_check.py");
const MISSING =
  "openpyxl is needed for the strict-reader tests: apt-get install python3-openpyxl (or pip install openpyxl).";

let found: string | null | undefined;

/** A Python interpreter that can `import openpyxl`: /usr/bin/python3, then python3; null if none. */
export function findOpenpyxlPython(): string | null {
  if (found !== undefined) return found;
  found = null;
  for (const py of ["/usr/bin/python3", "python3"]) {
    const r = spawnSync(py, ["-c", "import openpyxl"], { encoding: "utf8", timeout: 30_000 });
    if (r.status === 0) {
      found = py;
      break;
    }
  }
  return found;
}

/** The Python to use; null locally when openpyxl is missing (skip), throws under CI=true. */
export function requireOpenpyxl(env: NodeJS.ProcessEnv = process.env): string | null {
  const py = findOpenpyxlPython();
  if (py === null && env.CI === "true") throw new Error(MISSING);
  return py;
}

/** Open `file` with openpyxl's `load_workbook` (default options). */
export function openpyxlCheck(file: string, python = findOpenpyxlPython()): OpenpyxlResult {
  if (python === null) throw new Error(MISSING);
  const r = spawnSync(python, [SCRIPT, file], {
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const lines = (r.stderr || r.error?.message || `exit ${String(r.status)}`).trim().split("\n");
    return { ok: false, error: lines[lines.length - 1] ?? "" };
  }
  const out = JSON.parse(r.stdout) as { sheets: OpenpyxlSheet[]; warnings: string[] };
  return { ok: true, sheets: out.sheets, warnings: out.warnings };
}

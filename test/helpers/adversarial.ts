/**
 * Builders for test/adversarial-cli.test.ts (issue #11): a register made by `so-thi-dua init`, its
 * package then rewritten by hand with fflate so that its sheets hold what other writers produce —
 * ISO date cells, inline strings with `_xHHHH_` escapes or phonetic runs, cells and rows without an
 * `r` attribute, formulas without a cached result — and small readers of what the CLI wrote.
 *
 * Cell XML is found by its reference with regular expressions: the parts edited here are the ones
 * the CLI's own writer (init) produced, plus the cells these helpers put in, so every cell that is
 * looked up carries its `r`.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync, type Unzipped } from "fflate";
import { readPackageGrids } from "../../src/adapters/xlsx/package/read";
import { nodeInflateRaw } from "../../src/adapters/xlsx/stream";
import type { Cell } from "../../src/domain/cell";
import type { SheetGrid, WorkbookGrids } from "../../src/workbook/grid";
import { columnLetter } from "../../src/domain/findings";
import { FRESH_NOMINATION_LAYOUT } from "../../src/workbook/plan/layout";
import { runCli } from "./cli";

/** The columns of `Đề nghị` in a register made by `init` (test/adversarial-cli.test.ts checks them). */
const NOM_FIELDS = [
  "name",
  "kind",
  "birthDate",
  "gender",
  "position",
  "proposingUnit",
  "directWorker",
  "monthsWorked",
  "dutyLevel",
  "title",
  "drive",
  "score",
  "votes",
  "note",
  "status",
  "decisionNo",
  "decisionDate",
  "result",
] as const;
export const NOM = Object.fromEntries(
  NOM_FIELDS.map((f) => [f, columnLetter(FRESH_NOMINATION_LAYOUT.col[f])])
) as Record<(typeof NOM_FIELDS)[number], string>;

/** A register made by the real CLI (year 2026, a council of 9). */
export function initRegister(file: string): void {
  const r = runCli(["init", file, "--year", "2026", "--council-size", "9"]);
  if (r.code !== 0) throw new Error(`init failed: ${r.stderr}`);
}

// ───────────────────────── the package ─────────────────────────

export function readPackage(file: string): Unzipped {
  return unzipSync(readFileSync(file));
}

export function writePackage(file: string, pkg: Unzipped): void {
  writeFileSync(file, zipSync(pkg, { level: 6 }));
}

/** The part of worksheet `sheet` (through workbook.xml and its relationships). */
export function sheetPath(pkg: Unzipped, sheet: string): string {
  const workbook = strFromU8(pkg["xl/workbook.xml"]!);
  const rels = strFromU8(pkg["xl/_rels/workbook.xml.rels"]!);
  const esc = sheet.replace(/&/gu, "&amp;");
  const tag = [...workbook.matchAll(/<sheet\b[^>]*>/gu)]
    .map((m) => m[0])
    .find((t) => t.includes(`name="${esc}"`));
  const id = tag && /r:id="([^"]+)"/u.exec(tag)?.[1];
  const rel = id
    ? [...rels.matchAll(/<Relationship\b[^>]*>/gu)]
        .map((m) => m[0])
        .find((t) => t.includes(`Id="${id}"`))
    : undefined;
  const target = rel && /Target="([^"]+)"/u.exec(rel)?.[1];
  if (!target) throw new Error(`no sheet ${sheet}`);
  return target.startsWith("/") ? target.slice(1) : `xl/${target}`;
}

export function sheetXmlOf(pkg: Unzipped, sheet: string): string {
  return strFromU8(pkg[sheetPath(pkg, sheet)]!);
}

/** Rewrite the XML of the named sheets of `file` in place. */
export function editSheets(file: string, edits: Record<string, (xml: string) => string>): void {
  const pkg = readPackage(file);
  for (const [sheet, edit] of Object.entries(edits)) {
    const p = sheetPath(pkg, sheet);
    pkg[p] = strToU8(edit(strFromU8(pkg[p]!)));
  }
  writePackage(file, pkg);
}

/** The XML of sheet `sheet` in `file`. */
export function sheetXml(file: string, sheet: string): string {
  return sheetXmlOf(readPackage(file), sheet);
}

// ───────────────────────── cells ─────────────────────────

const splitRef = (ref: string): [string, number] => {
  const m = /^([A-Z]+)(\d+)$/u.exec(ref);
  if (!m) throw new Error(`bad reference ${ref}`);
  return [m[1]!, Number(m[2])];
};

export function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const cellRe = (ref: string) =>
  new RegExp(`<c r="${ref}"(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</c>)`, "u");

/** The exact XML of cell `ref`, or undefined. */
export function cellAt(xml: string, ref: string): string | undefined {
  return cellRe(ref).exec(xml)?.[0];
}

const rowRe = (row: number) =>
  new RegExp(`<row r="${row}"(?=[\\s>/])[^>]*?(?:/>|>[\\s\\S]*?</row>)`, "u");

/**
 * `xml` with cell `ref` set to the element `cell`: an existing cell is replaced; else it is
 * inserted in its row in column order (the row's optional `spans` hint dropped), the row created
 * in row order when there is none.
 */
export function setCell(xml: string, ref: string, cell: string): string {
  const existing = cellRe(ref);
  if (existing.test(xml)) return xml.replace(existing, () => cell);
  const [letters, row] = splitRef(ref);
  const col = colNumber(letters);
  const rowMatch = rowRe(row).exec(xml);
  if (rowMatch) {
    const text = rowMatch[0];
    const open = /^<row\b[^>]*?(\/?)>/u.exec(text)!;
    const head = open[0].replace(/\sspans="[^"]*"/u, "").replace(/\s*\/>$/u, ">");
    const body = open[1] ? "" : text.slice(open[0].length, -"</row>".length);
    let at = body.length;
    for (const m of body.matchAll(/<c r="([A-Z]+)\d+"/gu))
      if (colNumber(m[1]!) > col) {
        at = m.index;
        break;
      }
    const next = `${head}${body.slice(0, at)}${cell}${body.slice(at)}</row>`;
    return xml.slice(0, rowMatch.index) + next + xml.slice(rowMatch.index + text.length);
  }
  const newRow = `<row r="${row}">${cell}</row>`;
  for (const m of xml.matchAll(/<row r="(\d+)"/gu))
    if (Number(m[1]) > row) return xml.slice(0, m.index) + newRow + xml.slice(m.index);
  const end = xml.indexOf("</sheetData>");
  if (end < 0) throw new Error("no sheetData");
  return xml.slice(0, end) + newRow + xml.slice(end);
}

/** Set several cells (`ref` → cell XML). */
export function setCells(xml: string, cells: Readonly<Record<string, string>>): string {
  let out = xml;
  for (const [ref, cell] of Object.entries(cells)) out = setCell(out, ref, cell);
  return out;
}

/** An inline-string cell; `text` is written as is (escapes, markup of runs included). */
export const inlineCell = (ref: string, text: string): string =>
  `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

export const numberCell = (ref: string, n: number): string => `<c r="${ref}"><v>${n}</v></c>`;

/** The cells of a valid individual LĐTT row (registers.ts `person`), `more` by NOM letter. */
export function personCells(
  row: number,
  name: string,
  more: Partial<Record<string, string>> = {}
): Record<string, string> {
  const base: Record<string, string> = {
    [NOM.name]: inlineCell(`${NOM.name}${row}`, name),
    [NOM.kind]: inlineCell(`${NOM.kind}${row}`, "Cá nhân"),
    [NOM.birthDate]: inlineCell(`${NOM.birthDate}${row}`, "12/03/1985"),
    [NOM.gender]: inlineCell(`${NOM.gender}${row}`, "Nam"),
    [NOM.position]: inlineCell(`${NOM.position}${row}`, "Công chức"),
    [NOM.proposingUnit]: inlineCell(`${NOM.proposingUnit}${row}`, "Văn phòng HĐND và UBND phường"),
    [NOM.directWorker]: inlineCell(`${NOM.directWorker}${row}`, "Không"),
    [NOM.monthsWorked]: numberCell(`${NOM.monthsWorked}${row}`, 12),
    [NOM.dutyLevel]: inlineCell(`${NOM.dutyLevel}${row}`, "Hoàn thành tốt"),
    [NOM.title]: inlineCell(`${NOM.title}${row}`, "Lao động tiên tiến"),
    [NOM.votes]: numberCell(`${NOM.votes}${row}`, 8),
  };
  const out: Record<string, string> = {};
  for (const [letter, cell] of Object.entries({ ...base, ...more }))
    if (cell !== undefined) out[`${letter}${row}`] = cell;
  return out;
}

/**
 * `xml` with the `r` of every row that follows the previous one and of every cell that follows
 * the previous one in its row removed (valid OOXML: such rows and cells take the next position).
 */
export function stripRefs(xml: string): string {
  const start = xml.indexOf("<sheetData");
  const end = xml.indexOf("</sheetData>");
  let prevRow = 0;
  const data = xml
    .slice(start, end)
    .replace(
      /<row r="(\d+)"([^>]*?)(\/>|>([\s\S]*?)<\/row>)/gu,
      (_m, r: string, attrs: string, rest: string, body?: string) => {
        const row = Number(r);
        const head = row === prevRow + 1 ? `<row${attrs}` : `<row r="${r}"${attrs}`;
        prevRow = row;
        if (body === undefined) return `${head}${rest}`;
        let prevCol = 0;
        const cells = body.replace(/<c r="([A-Z]+)\d+"/gu, (_c, letters: string) => {
          const col = colNumber(letters);
          const kept = col === prevCol + 1 ? "<c" : `<c r="${letters}${row}"`;
          prevCol = col;
          return kept;
        });
        return `${head}>${cells}</row>`;
      }
    );
  return xml.slice(0, start) + data + xml.slice(end);
}

// ───────────────────────── reading back ─────────────────────────

/** Every worksheet of a package, read with the project's package reader. */
export function allGrids(file: string): WorkbookGrids {
  return readPackageGrids(readFileSync(file), {
    wanted: () => true,
    maxUncompressed: 1 << 30,
    inflateRaw: nodeInflateRaw,
  });
}

/** A cell as text (white space collapsed), for comparing what a sheet shows. */
export function cellText(c: Cell | undefined): string {
  if (c === null || c === undefined) return "";
  if (typeof c === "object") return JSON.stringify(c);
  return String(c).replace(/\s+/gu, " ").trim();
}

/** Every non-empty cell of a grid as `[row, col, value]`. */
export function gridCells(grid: SheetGrid): [number, number, Cell][] {
  const out: [number, number, Cell][] = [];
  grid.rows.forEach((cells, r) =>
    cells?.forEach((v, c) => {
      if (v !== null && v !== undefined && v !== "") out.push([r, c, v]);
    })
  );
  return out;
}

/** The rows of a grid as lists of cell texts (empty cells dropped). */
export function rowTexts(grid: SheetGrid): string[][] {
  return grid.rows.map((cells) => (cells ?? []).map(cellText).filter((t) => t !== ""));
}

/** The file names in `dir`, sorted. */
export function listing(dir: string): string[] {
  return readdirSync(dir).sort();
}

/**
 * The snapshot reader model: finds sheets, header rows and columns BY LABEL in plain grids
 * (register.md: title rows above the header, reordered and extra columns, blank rows, rows pasted
 * below a table are all tolerated). Pure: no engine here.
 */
import { type Cell, isDateCell, isEmptyCell } from "../domain/cell";
import { matchTitle } from "../domain/catalog/match";
import { DECISION_META_KEY, decisionKey } from "../domain/decision";
import { columnLetter } from "../domain/findings";
import {
  ANCHOR_LABEL,
  AUDIT_SHEET,
  COL,
  COMPLAINT_COL,
  COUNCIL_COL,
  COUNCIL_SHEET,
  CRITERIA_SHEET_PREFIX,
  HEADER_SEARCH_ROWS,
  HISTORY_COL,
  META_SHEET,
  NON_INPUT_FIELDS,
  POLICY_EXTRA,
  POLICY_HEADER,
  SETTING,
  SETTINGS_HEADER,
  SHEET,
  UNIT_LIST_HEADER,
  type CouncilField,
  DRIVE_COL,
  DRIVE_SHEET,
  type DriveField,
  type SettingKey,
} from "../domain/register/contract";
import type {
  PolicyRow,
  RegisterSnapshot,
  SettingsSnapshot,
  SettingValue,
  TableRow,
  TableSnapshot,
} from "../domain/snapshot";
import type { TitleCode } from "../domain/catalog/titles";
import { foldKey } from "../domain/text/normalize";
import { type CivilDate, parseDayFirst } from "../domain/text/dates";
import { legalBasisIndex } from "../domain/export/legalBasis";
import { type SheetGrid, type WorkbookGrids, gridCell, lastRow } from "./grid";
import { readCriteriaSheet } from "./readCriteria";

const labelKey = (c: Cell | undefined): string => (typeof c === "string" ? foldKey(c) : "");

/** Find a sheet by exact name, else by normalised name (NFD/NFC, spacing, case). */
export function findSheet(grids: WorkbookGrids, name: string): SheetGrid | undefined {
  const exact = grids.sheets.get(name);
  if (exact) return exact;
  const key = foldKey(name);
  for (const [n, g] of grids.sheets) if (foldKey(n) === key) return g;
  return undefined;
}

/** The first row (within the first `HEADER_SEARCH_ROWS`) containing `anchor`. */
export function findHeaderRow(
  grid: SheetGrid,
  anchor: string,
  searchRows = HEADER_SEARCH_ROWS
): number | null {
  const key = foldKey(anchor);
  const last = Math.min(lastRow(grid), searchRows);
  for (let r = 1; r <= last; r++) {
    const row = grid.rows[r];
    if (row?.some((c) => labelKey(c) === key)) return r;
  }
  return null;
}

/** Map known labels to column indexes in a header row (first occurrence wins). */
export function mapColumns<F extends string>(
  grid: SheetGrid,
  headerRow: number,
  labels: Readonly<Record<F, string>>
): Partial<Record<F, number>> {
  const byKey = new Map<string, F>();
  for (const f of Object.keys(labels) as F[]) byKey.set(foldKey(labels[f]), f);
  const out: Partial<Record<F, number>> = {};
  const row = grid.rows[headerRow] ?? [];
  for (let c = 1; c < row.length; c++) {
    const f = byKey.get(labelKey(row[c]));
    if (f !== undefined && out[f] === undefined) out[f] = c;
  }
  return out;
}

/**
 * A grid's formula cells as row → columns: one pass over the `row:col` keys instead of a key string
 * built for every cell of a table (100,000 rows × 25 columns).
 */
function formulaColumnsByRow(grid: SheetGrid): Map<number, Set<number>> | undefined {
  const fc = grid.formulaCells;
  if (!fc?.size) return undefined;
  const out = new Map<number, Set<number>>();
  for (const key of fc) {
    const i = key.indexOf(":");
    const r = Number(key.slice(0, i));
    let cols = out.get(r);
    if (!cols) out.set(r, (cols = new Set()));
    cols.add(Number(key.slice(i + 1)));
  }
  return out;
}

/**
 * The columns of a header, on one row or on a two-row band as printed forms have it: labels that span
 * both rows (`STT`, `Họ và tên / Tên tập thể`, merged down) on the anchor's row, the others under a
 * group heading (“Thông tin cá nhân”) on the row below. The row below is part of the header when it
 * holds at least two labels the anchor's row lacks, each under a cell that is not itself a label, and
 * nothing in the anchor's column (a data row always has a name there).
 */
function headerBand<F extends string>(
  grid: SheetGrid,
  headerRow: number,
  labels: Readonly<Record<F, string>>,
  anchor: string
): { columns: Partial<Record<F, number>>; lastHeaderRow: number } {
  const columns = mapColumns(grid, headerRow, labels);
  const below = mapColumns(grid, headerRow + 1, labels);
  const top = grid.rows[headerRow] ?? [];
  const anchorCol = top.findIndex((c) => labelKey(c) === foldKey(anchor));
  if (!isEmptyCell(grid.rows[headerRow + 1]?.[anchorCol]))
    return { columns, lastHeaderRow: headerRow };
  const taken = new Set(Object.values(columns));
  const known = new Set(Object.values(labels).map((l) => foldKey(l as string)));
  const added = (Object.entries(below) as [F, number][]).filter(
    ([f, c]) => columns[f] === undefined && !taken.has(c) && !known.has(labelKey(top[c]))
  );
  if (added.length < 2) return { columns, lastHeaderRow: headerRow };
  return { columns: { ...columns, ...Object.fromEntries(added) }, lastHeaderRow: headerRow + 1 };
}

/**
 * Read a label-addressed table: data rows with at least one non-empty input cell. `anchor`: the
 * label that identifies the header row (`Họ và tên / Tên tập thể`; `Họ và tên` in `Thành viên Hội đồng`).
 */
export function readTable<F extends string>(
  grid: SheetGrid,
  labels: Readonly<Record<F, string>>,
  nonInput: readonly F[] = [],
  anchor: string = ANCHOR_LABEL
): TableSnapshot<F> {
  const headerRow = findHeaderRow(grid, anchor);
  if (headerRow === null)
    return {
      sheet: grid.name,
      headerRow: null,
      columns: {} as Partial<Record<F, number>>,
      rows: [],
    };
  const { columns, lastHeaderRow } = headerBand(grid, headerRow, labels, anchor);
  const entries = (Object.entries(columns) as [F, number][]).sort((a, b) => a[1] - b[1]);
  const inputCols = entries.filter(([f]) => !nonInput.includes(f)).map(([, c]) => c);
  const rows: TableRow<F>[] = [];
  const end = lastRow(grid);
  const fc = formulaColumnsByRow(grid);
  for (let r = lastHeaderRow + 1; r <= end; r++) {
    const row = grid.rows[r];
    if (!row || !inputCols.some((c) => !isEmptyCell(row[c]))) continue;
    const cells: Partial<Record<F, Cell>> = {};
    let formulas: Set<F> | undefined;
    const fcols = fc?.get(r);
    for (const [f, c] of entries) {
      const v = row[c];
      if (v !== undefined && v !== null) cells[f] = v;
      if (fcols?.has(c)) (formulas ??= new Set<F>()).add(f);
    }
    rows.push(formulas ? { row: r, cells, formulas } : { row: r, cells });
  }
  return { sheet: grid.name, headerRow, columns, rows };
}

function findRowWith(
  grid: SheetGrid,
  labels: readonly string[]
): { row: number; cols: number[] } | null {
  const keys = labels.map(foldKey);
  const end = lastRow(grid);
  for (let r = 1; r <= end; r++) {
    const row = grid.rows[r];
    if (!row) continue;
    const cols = keys.map((k) => row.findIndex((c) => labelKey(c) === k));
    if (cols.every((c) => c > 0)) return { row: r, cols };
  }
  return null;
}

/** `Cấu hình`: settings by label anywhere below `Tham số`, and the policy table rows by title. */
export function readSettings(grid: SheetGrid): SettingsSnapshot {
  const header = findRowWith(grid, [SETTINGS_HEADER.key, SETTINGS_HEADER.value]);
  const values: Partial<Record<SettingKey, SettingValue>> = {};
  const policyHeader = findRowWith(grid, [
    POLICY_HEADER.title,
    POLICY_HEADER.minScore,
    POLICY_HEADER.minVotePct,
  ]);
  const end = lastRow(grid);
  const basis: { n: number; v: SettingValue }[] = [];
  if (header) {
    const [keyCol, valueCol] = header.cols as [number, number];
    const byKey = new Map<string, SettingKey>(
      (Object.keys(SETTING) as SettingKey[]).map((k) => [foldKey(SETTING[k]), k])
    );
    for (let r = header.row + 1; r <= end; r++) {
      const label = labelKey(gridCell(grid, r, keyCol));
      const k = byKey.get(label);
      const v = { value: gridCell(grid, r, valueCol), address: `${columnLetter(valueCol)}${r}` };
      if (k && !values[k]) values[k] = v;
      const n = k ? null : legalBasisIndex(label);
      if (n !== null && !basis.some((b) => b.n === n)) basis.push({ n, v });
    }
  }
  const policy: Partial<Record<TitleCode, PolicyRow>> = {};
  if (policyHeader) {
    const [titleCol, scoreCol, voteCol] = policyHeader.cols as [number, number, number];
    const bonusKey = foldKey(POLICY_EXTRA.bonus);
    const bonusCol = (grid.rows[policyHeader.row] ?? []).findIndex((c) => labelKey(c) === bonusKey);
    const authorityKey = foldKey(POLICY_EXTRA.authority);
    const authorityCol = (grid.rows[policyHeader.row] ?? []).findIndex(
      (c) => labelKey(c) === authorityKey
    );
    for (let r = policyHeader.row + 1; r <= end; r++) {
      const c = gridCell(grid, r, titleCol);
      const t = typeof c === "string" ? matchTitle(c) : null;
      if (!t || policy[t.code]) continue;
      policy[t.code] = {
        row: r,
        minScore: gridCell(grid, r, scoreCol),
        minVotePct: gridCell(grid, r, voteCol),
        minScoreAddress: `${columnLetter(scoreCol)}${r}`,
        minVotePctAddress: `${columnLetter(voteCol)}${r}`,
        bonus: bonusCol > 0 ? gridCell(grid, r, bonusCol) : undefined,
        authority: authorityCol > 0 ? gridCell(grid, r, authorityCol) : undefined,
      };
    }
  }
  return {
    sheet: grid.name,
    headerFound: header !== null,
    values,
    policyHeaderFound: policyHeader !== null,
    policy,
    legalBasis: basis.sort((a, b) => a.n - b.n).map((b) => b.v),
  };
}

/** Key/value pairs of the hidden metadata sheet. */
export function readMeta(grid: SheetGrid | undefined): RegisterSnapshot["meta"] {
  const kv = new Map<string, Cell>();
  if (grid)
    for (let r = 1; r <= lastRow(grid); r++)
      kv.set(labelKey(gridCell(grid, r, 1)), gridCell(grid, r, 2));
  const version = kv.get("schemaversion");
  const exported = kv.get("exportedon") ?? null;
  let exportedOn: CivilDate | null = null;
  if (exported && isDateCell(exported)) exportedOn = exported.date;
  else if (typeof exported === "string") exportedOn = parseDayFirst(exported);
  // `decision` rows written by `decide` (./edit/decision.ts): number, date, fingerprints.
  const decided = new Map<string, Set<string>>();
  if (grid)
    for (let r = 1; r <= lastRow(grid); r++) {
      if (labelKey(gridCell(grid, r, 1)) !== DECISION_META_KEY) continue;
      const no = gridCell(grid, r, 2);
      const prints = gridCell(grid, r, 4);
      if (typeof no !== "string" || typeof prints !== "string") continue;
      const key = decisionKey(no);
      const set = decided.get(key) ?? new Set<string>();
      for (const p of prints.split(/\s+/u)) if (p) set.add(p);
      decided.set(key, set);
    }
  return {
    schemaVersion: typeof version === "number" ? version : null,
    exportedOn,
    ...(decided.size ? { decided } : {}),
  };
}

/** The non-empty text values under a header label in a list sheet. */
export function readListColumn(grid: SheetGrid | undefined, header: string): string[] {
  if (!grid) return [];
  const found = findRowWith(grid, [header]);
  if (!found) return [];
  const [col] = found.cols as [number];
  const out: string[] = [];
  for (let r = found.row + 1; r <= lastRow(grid); r++) {
    const c = gridCell(grid, r, col);
    if (typeof c === "string" && c.trim()) out.push(c);
  }
  return out;
}

/** The whole register snapshot from grids. */
export function readRegister(grids: WorkbookGrids): RegisterSnapshot {
  const table = <F extends string>(
    sheet: string,
    labels: Readonly<Record<F, string>>,
    nonInput: readonly F[] = []
  ) => {
    const g = findSheet(grids, sheet);
    return g ? readTable(g, labels, nonInput) : null;
  };
  const settingsGrid = findSheet(grids, SHEET.settings);
  return {
    sheetNames: grids.sheetNames,
    settings: settingsGrid ? readSettings(settingsGrid) : null,
    nominations: table(SHEET.nominations, COL, NON_INPUT_FIELDS),
    complaints: table(SHEET.complaints, COMPLAINT_COL),
    history: table(SHEET.history, HISTORY_COL),
    council: councilTable(findSheet(grids, COUNCIL_SHEET)),
    drives: drivesTable(findSheet(grids, DRIVE_SHEET)),
    unitList: readListColumn(findSheet(grids, SHEET.lists), UNIT_LIST_HEADER),
    criteria: grids.sheetNames.filter(isCriteriaSheet).flatMap((n) => {
      const g = grids.sheets.get(n);
      const c = g ? readCriteriaSheet(g) : null;
      return c ? [c] : [];
    }),
    meta: readMeta(grids.sheets.get(META_SHEET)),
  };
}

/** `Thành viên Hội đồng` (optional sheet): rows with a name, position or role; null when absent. */
function councilTable(g: SheetGrid | undefined): TableSnapshot<CouncilField> | null {
  if (!g) return null;
  const t = readTable(g, COUNCIL_COL, ["stt"], COUNCIL_COL.name);
  return t.headerRow === null ? null : t;
}

/** `Đợt thi đua` (optional sheet): its rows; null when absent or without its header. */
function drivesTable(g: SheetGrid | undefined): TableSnapshot<DriveField> | null {
  if (!g) return null;
  const t = readTable(g, DRIVE_COL, ["stt"], DRIVE_COL.name);
  return t.headerRow === null ? null : t;
}

/** Sheets the reader needs (adapters may skip reading the others). */
export const SHEETS_TO_READ: readonly string[] = [
  SHEET.settings,
  COUNCIL_SHEET,
  DRIVE_SHEET,
  SHEET.lists,
  SHEET.nominations,
  SHEET.complaints,
  SHEET.history,
  META_SHEET,
  AUDIT_SHEET,
];

export function isCriteriaSheet(name: string): boolean {
  return name.normalize("NFC").startsWith(CRITERIA_SHEET_PREFIX);
}

/** Whether an adapter should read a sheet for `readRegister` (contract sheets by normalised name, and `TC …`). */
export function isSheetToRead(name: string): boolean {
  const key = foldKey(name);
  return SHEETS_TO_READ.some((s) => foldKey(s) === key) || isCriteriaSheet(name);
}

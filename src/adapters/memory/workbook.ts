/**
 * An in-memory workbook computed by HyperFormula (configured like Excel, src/adapters/hyperformula):
 * what the browser preview and the tests run the task pane on. It keeps what Excel would keep —
 * values and formulas, style names, number formats, validations, conditional formats, names, frozen
 * panes, protection, visibility, the selection — and recomputes formulas on every write.
 */
import { DetailedCellError, type HyperFormula, type RawCellContent } from "hyperformula";
import type { Cell } from "../../domain/cell";
import { columnLetter } from "../../domain/findings";
import { fromExcelSerial, toExcelSerial } from "../../domain/text/dates";
import { foldKey } from "../../domain/text/normalize";
import type { SheetGrid } from "../../workbook/grid";
import type {
  ConditionalFormatPlan,
  DefinedNamePlan,
  PlanCell,
  PlanValue,
  SheetPlan,
  StyleName,
  ValidationPlan,
} from "../../workbook/plan/types";
import { createEngine } from "../hyperformula/engine";
import { rewriteCode, toHyperFormulaText } from "../hyperformula/formulaText";
import { DATE_FORMAT, isDateFormat } from "../office/cells";
import { isPercentFormat, percentText } from "../../workbook/numberFormat";
import { officeStyle } from "../office/styles";
import { parseA1, parseRange } from "./a1";

export type MemInput = string | number | boolean | null | { readonly formula: string };

export interface MemCell {
  readonly input: MemInput;
  readonly style?: StyleName;
  readonly numFmt?: string;
  readonly unlocked?: boolean;
}

export interface MemSheet {
  name: string;
  state: "visible" | "veryHidden";
  readonly cells: Map<string, MemCell>;
  readonly validations: ValidationPlan[];
  readonly conditionalFormats: ConditionalFormatPlan[];
  readonly merges: string[];
  widths: (number | undefined)[];
  freeze?: { rows: number; cols: number };
  protect: boolean;
  tabColor?: string;
}

export interface Selection {
  readonly sheet: string;
  readonly row: number;
  readonly col: number;
}

/** What a user did in the sheet view (the preview's "onChanged"). */
export interface UserEdit {
  readonly sheet: string;
  readonly rows: readonly number[];
}

const key = (row: number, col: number) => `${row}:${col}`;

export { parseA1, parseRange } from "./a1";

/** Shift the relative references of a formula by (dr, dc) — how Excel reads a conditional format at another cell. */
export function shiftFormula(formula: string, dr: number, dc: number): string {
  if (dr === 0 && dc === 0) return formula;
  return rewriteCode(formula, (code) =>
    code.replace(
      /(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\d(A-Za-z_])/g,
      (
        all,
        dCol: string,
        col: string,
        dRow: string,
        row: string,
        offset: number,
        whole: string
      ) => {
        const before = whole[offset - 1];
        if (before && /[A-Za-z0-9_.]/.test(before)) return all; // part of a name
        const c = dCol
          ? col
          : columnLetter([...col].reduce((a, ch) => a * 26 + ch.charCodeAt(0) - 64, 0) + dc);
        const r = dRow ? row : String(Number(row) + dr);
        return `${dCol}${c}${dRow}${r}`;
      }
    )
  );
}

export class MemoryWorkbook {
  readonly hf: HyperFormula;
  readonly sheets: MemSheet[] = [];
  readonly names = new Map<string, string>();
  selection: Selection | null = null;
  activeSheet: string | null = null;
  private listeners = new Set<() => void>();
  private editListeners = new Set<(e: UserEdit) => void>();
  private version = 0;
  private cfCache = new Map<string, boolean>();

  constructor(sheetNames: readonly string[] = ["Sheet1"]) {
    this.hf = createEngine();
    for (const n of sheetNames) this.addSheet(n);
    this.activeSheet = sheetNames[0] ?? null;
  }

  dispose(): void {
    this.hf.destroy();
  }

  // ── change notification (the sheet view re-renders) ──
  subscribe(f: () => void): () => void {
    this.listeners.add(f);
    return () => this.listeners.delete(f);
  }
  getVersion(): number {
    return this.version;
  }
  private changed(): void {
    this.version++;
    this.cfCache.clear();
    for (const f of this.listeners) f();
  }
  onUserEdit(f: (e: UserEdit) => void): () => void {
    this.editListeners.add(f);
    return () => this.editListeners.delete(f);
  }

  // ── structure ──
  sheet(name: string): MemSheet | undefined {
    return (
      this.sheets.find((s) => s.name === name) ??
      this.sheets.find((s) => foldKey(s.name) === foldKey(name))
    );
  }
  private id(name: string): number {
    const s = this.sheet(name);
    const id = s ? this.hf.getSheetId(s.name) : undefined;
    if (id === undefined)
      throw Object.assign(new Error(`Không có sheet “${name}”`), { code: "ItemNotFound" });
    return id;
  }
  addSheet(name: string): MemSheet {
    if (this.sheet(name))
      throw Object.assign(new Error(`Sheet “${name}” đã có`), { code: "ItemAlreadyExists" });
    this.hf.addSheet(name);
    const s: MemSheet = {
      name,
      state: "visible",
      cells: new Map(),
      validations: [],
      conditionalFormats: [],
      merges: [],
      widths: [],
      protect: false,
    };
    this.sheets.push(s);
    this.changed();
    return s;
  }
  removeSheet(name: string): void {
    const i = this.sheets.findIndex((s) => s.name === name);
    if (i < 0) return;
    this.hf.removeSheet(this.id(name));
    this.sheets.splice(i, 1);
    if (this.activeSheet === name)
      this.activeSheet = this.sheets.find((s) => s.state === "visible")?.name ?? null;
    this.changed();
  }
  /** Define a name, or point an existing one (names are case-insensitive, as in Excel) elsewhere. */
  setName(n: DefinedNamePlan): void {
    const expression = `=${toHyperFormulaText(n.refersTo, new Map())}`;
    const existing = [...this.names.keys()].find((k) => k.toUpperCase() === n.name.toUpperCase());
    if (existing === undefined) {
      this.names.set(n.name, n.refersTo);
      this.hf.addNamedExpression(n.name, expression);
    } else {
      this.names.set(existing, n.refersTo);
      this.hf.changeNamedExpression(existing, expression);
    }
  }

  // ── values ──
  private raw(input: MemInput): RawCellContent {
    if (input === null || typeof input === "number" || typeof input === "boolean") return input;
    if (typeof input === "string") return input === "" ? null : `'${input}`;
    return `=${toHyperFormulaText(input.formula, new Map())}`;
  }

  /** Write cells (formulas recalculated once). With `onlyEmpty`, cells holding anything are skipped. */
  setCells(
    sheet: string,
    cells: readonly { row: number; col: number; cell: MemCell }[],
    o: { onlyEmpty?: boolean } = {}
  ): number {
    const s = this.sheet(sheet);
    if (!s) throw Object.assign(new Error(`Không có sheet “${sheet}”`), { code: "ItemNotFound" });
    const id = this.id(s.name);
    let written = 0;
    this.hf.batch(() => {
      for (const { row, col, cell } of cells) {
        const k = key(row, col);
        const prev = s.cells.get(k);
        if (o.onlyEmpty && prev && prev.input !== null && prev.input !== "") continue;
        s.cells.set(k, {
          ...prev,
          ...cell,
          ...(cell.style === undefined && prev?.style ? { style: prev.style } : {}),
        });
        this.hf.setCellContents({ sheet: id, row: row - 1, col: col - 1 }, [
          [this.raw(cell.input)],
        ]);
        written++;
      }
    });
    this.changed();
    return written;
  }

  /** A whole sheet plan onto a fresh sheet (one HyperFormula load). */
  applySheetPlan(p: SheetPlan): void {
    const s = this.sheet(p.name) ?? this.addSheet(p.name);
    const rows: RawCellContent[][] = [];
    for (const c of p.cells) {
      const cell = memCellOfPlan(c);
      s.cells.set(key(c.row, c.col), cell);
      while (rows.length < c.row) rows.push([]);
      const line = rows[c.row - 1]!;
      while (line.length < c.col - 1) line.push(null);
      line[c.col - 1] = this.raw(cell.input);
    }
    this.hf.setSheetContent(this.id(s.name), rows);
    s.validations.push(...p.validations);
    s.conditionalFormats.push(...p.conditionalFormats);
    s.merges.push(...p.merges);
    s.widths = [...p.widths];
    if (p.freeze) s.freeze = { ...p.freeze };
    s.protect = p.protect;
    s.state = p.state;
    if (p.tabColor) s.tabColor = p.tabColor;
    this.changed();
  }

  /** A user typing into a cell of the sheet view (text as typed: numbers, dd/mm/yyyy dates, =formulas). */
  userEdit(sheet: string, row: number, col: number, text: string): void {
    const s = this.sheet(sheet);
    if (!s) return;
    const prev = s.cells.get(key(row, col));
    if (s.protect && !prev?.unlocked)
      throw Object.assign(new Error("Sheet được bảo vệ"), { code: "AccessDenied" });
    const t = text.trim();
    let input: MemInput = text;
    let numFmt = prev?.numFmt;
    if (t === "") input = null;
    else if (t.startsWith("=")) input = { formula: t.slice(1) };
    else if (/^-?\d+([.,]\d+)?$/.test(t)) input = Number(t.replace(",", "."));
    else if (/^-?\d+([.,]\d+)?\s*%$/.test(t)) {
      // As Excel does with “70%”: the fraction, shown with a percent format.
      input = Number((Number(t.replace(/\s*%$/, "").replace(",", ".")) / 100).toPrecision(15));
      numFmt = "0%";
    } else {
      const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
      if (m) {
        try {
          input = toExcelSerial({ day: Number(m[1]), month: Number(m[2]), year: Number(m[3]) });
          numFmt = DATE_FORMAT;
        } catch {
          input = text;
        }
      }
    }
    this.setCells(s.name, [{ row, col, cell: { input, ...(numFmt ? { numFmt } : {}) } }]);
    for (const f of this.editListeners) f({ sheet: s.name, rows: [row] });
  }

  input(sheet: string, row: number, col: number): MemCell | undefined {
    return this.sheet(sheet)?.cells.get(key(row, col));
  }

  /** The computed value of a cell as the domain sees it (dates for date-formatted numbers). */
  value(sheet: string, row: number, col: number): Cell {
    const s = this.sheet(sheet);
    if (!s) return null;
    const v = this.hf.getCellValue({ sheet: this.id(s.name), row: row - 1, col: col - 1 });
    if (v instanceof DetailedCellError) return { error: v.value };
    if (v === null || v === undefined || v === "") return null;
    if (typeof v === "number") {
      const fmt =
        s.cells.get(key(row, col))?.numFmt ?? styleFormat(s.cells.get(key(row, col))?.style);
      if (isDateFormat(fmt)) {
        const d = fromExcelSerial(v);
        return d ? { date: d } : v;
      }
      return isPercentFormat(fmt) ? percentText(v) : v;
    }
    return v;
  }

  /** Rows and columns in use (1-based extents; 0 when empty). */
  extent(sheet: string): { rows: number; cols: number } {
    let rows = 0;
    let cols = 0;
    for (const k of this.sheet(sheet)?.cells.keys() ?? []) {
      const [r, c] = k.split(":").map(Number) as [number, number];
      rows = Math.max(rows, r);
      cols = Math.max(cols, c);
    }
    return { rows, cols };
  }

  /** The sheet as the reader sees it, plus which cells hold formulas. */
  grid(sheet: string): SheetGrid & { formulaCells: Set<string> } {
    const s = this.sheet(sheet)!;
    const rows: (Cell[] | undefined)[] = [];
    const formulaCells = new Set<string>();
    for (const [k, c] of s.cells) {
      const [r, col] = k.split(":").map(Number) as [number, number];
      if (c.input !== null && typeof c.input === "object") formulaCells.add(k);
      const v = this.value(s.name, r, col);
      if (v === null) continue;
      (rows[r] ??= [])[col] = v;
    }
    return { name: s.name, rows, formulaCells };
  }

  select(sheet: string, address: string): void {
    const s = this.sheet(sheet);
    if (!s) throw Object.assign(new Error(`Không có sheet “${sheet}”`), { code: "ItemNotFound" });
    const first = address.split(":")[0] ?? address;
    const p = parseA1(first);
    if (!p)
      throw Object.assign(new Error(`Địa chỉ ô không hợp lệ: ${address}`), {
        code: "InvalidArgument",
      });
    this.activeSheet = s.name;
    this.selection = { sheet: s.name, ...p };
    this.changed();
  }
  activate(sheet: string): void {
    this.activeSheet = this.sheet(sheet)?.name ?? this.activeSheet;
    this.changed();
  }

  /** The fill of a cell from the sheet's conditional formats (first rule that holds), computed like Excel. */
  conditionalFill(
    sheet: string,
    row: number,
    col: number
  ): { fill: string; fontColor?: string; bold?: boolean } | null {
    const s = this.sheet(sheet);
    if (!s) return null;
    for (let i = 0; i < s.conditionalFormats.length; i++) {
      const cf = s.conditionalFormats[i]!;
      const r = parseRange(cf.range);
      if (!r || row < r.r0 || row > r.r1 || col < r.c0 || col > r.c1) continue;
      const shifted = shiftFormula(cf.formula, row - r.r0, col - r.c0);
      const k = `${s.name}\u0000${shifted}`;
      let hit = this.cfCache.get(k);
      if (hit === undefined) {
        const v = this.hf.calculateFormula(
          `=${toHyperFormulaText(shifted, new Map())}`,
          this.id(s.name)
        );
        hit = v === true || (typeof v === "number" && v !== 0);
        this.cfCache.set(k, hit);
      }
      if (hit)
        return {
          fill: cf.fill,
          ...(cf.fontColor ? { fontColor: cf.fontColor } : {}),
          ...(cf.bold ? { bold: true } : {}),
        };
    }
    return null;
  }
}

const styleFormat = (style: StyleName | undefined): string | undefined =>
  style ? officeStyle(style).numberFormat : undefined;

/** A plan cell as stored in memory (dates become serials with a date format). */
export function memCellOfPlan(c: PlanCell): MemCell {
  const v: PlanValue = c.value;
  let input: MemInput;
  let numFmt: string | undefined;
  if (v !== null && typeof v === "object" && "date" in v) {
    input = toExcelSerial(v.date);
    numFmt = DATE_FORMAT;
  } else input = v as MemInput;
  return {
    input,
    ...(c.style ? { style: c.style } : {}),
    ...(numFmt ? { numFmt } : {}),
    ...(c.unlocked ? { unlocked: true } : {}),
  };
}

import fc from "fast-check";
import type { Cell } from "../../domain/cell";
import {
  COL,
  HISTORY_COL,
  type HistoryField,
  SHEET,
  SETTING,
} from "../../domain/register/contract";
import { type LabelRow, individual, collective, snapshotOf } from "../../domain/testing/snapshots";
import { type SheetGrid, type WorkbookGrids, cellKey } from "../grid";
import type { PlanCell } from "../plan/types";
import {
  type HistoryImportPlan,
  type HistoryImportRefusal,
  planHistoryImport,
} from "./historyImport";
import { isUserCell } from "./userCell";

type HistoryRow = Readonly<Partial<Record<HistoryField, Cell>>>;
const FIELDS = Object.keys(HISTORY_COL) as HistoryField[];
const HEADER = 3;

/** A target register: `Cấu hình` with its year, `Lịch sử` with a title, a header on row 3 and rows. */
function target(
  rows: readonly HistoryRow[],
  opts: { year?: Cell; extra?: readonly [number, number, Cell][]; formulas?: string[] } = {}
): WorkbookGrids {
  const history: (Cell | undefined)[][] = [];
  history[1] = [undefined, "LỊCH SỬ KHEN THƯỞNG CÁC NĂM TRƯỚC"];
  history[HEADER] = [undefined, ...FIELDS.map((f) => HISTORY_COL[f])];
  rows.forEach((r, i) => (history[HEADER + 1 + i] = [undefined, ...FIELDS.map((f) => r[f])]));
  for (const [row, col, v] of opts.extra ?? []) (history[row] ??= [])[col] = v;
  const settings: (Cell | undefined)[][] = [];
  settings[1] = [undefined, "Tham số", "Giá trị"];
  settings[2] = [undefined, SETTING.year, opts.year === undefined ? 2027 : opts.year];
  const sheets = new Map<string, SheetGrid>([
    [SHEET.settings, { name: SHEET.settings, rows: settings }],
    [
      SHEET.history,
      { name: SHEET.history, rows: history, formulaCells: new Set(opts.formulas ?? []) },
    ],
  ]);
  return { sheetNames: [SHEET.settings, SHEET.history], sheets };
}

/** The target after the plan's cells were written (what the next read sees). */
function applied(grids: WorkbookGrids, cells: readonly PlanCell[]): WorkbookGrids {
  const grid = grids.sheets.get(SHEET.history)!;
  const rows = grid.rows.map((r) => (r ? [...r] : r)) as (Cell | undefined)[][];
  for (const c of cells) {
    const v = c.value;
    (rows[c.row] ??= [])[c.col] =
      v !== null && typeof v === "object" && "date" in v ? { date: v.date } : (v as Cell);
  }
  const sheets = new Map(grids.sheets);
  sheets.set(SHEET.history, { ...grid, rows });
  return { ...grids, sheets };
}

const ok = (p: HistoryImportPlan | HistoryImportRefusal): HistoryImportPlan => {
  if (p.kind !== "ok") throw new Error(`refused: ${p.kind}`);
  return p;
};

/** Rows written, as `[name, birth, year, title, number, date, authority]` texts. */
function written(p: HistoryImportPlan): string[][] {
  return p.rows.map((row) =>
    FIELDS.map((f, i) => {
      const v = p.cells.find((c) => c.row === row && c.col === i + 1)?.value;
      if (v === undefined || v === null) return "";
      if (typeof v === "object" && "date" in v)
        return `${v.date.day}/${v.date.month}/${v.date.year}`;
      return String(v);
    })
  );
}

const decided = (o: LabelRow = {}): LabelRow =>
  individual({
    [COL.status]: "Đã quyết định",
    [COL.decisionNo]: "150/QĐ-UBND",
    [COL.decisionDate]: "20/12/2026",
    ...o,
  });

const lan = (year: number, title = "Chiến sĩ thi đua cơ sở", o: HistoryRow = {}): HistoryRow => ({
  name: "Nguyễn Thị Lan",
  birthDate: { date: { year: 1985, month: 3, day: 12 } },
  year,
  title,
  decisionNo: `${year - 2000}/QĐ-UBND`,
  decisionDate: { date: { year, month: 12, day: 20 } },
  authority: "UBND phường",
  ...o,
});

describe("planHistoryImport: last year's register into this year's Lịch sử", () => {
  it("a decided row becomes a history row of the source's year: catalog name, dates as dates, the ward as authority", () => {
    const source = snapshotOf({
      rows: [
        decided({ [COL.title]: "CSTDCS" }),
        individual({ [COL.name]: "Trần Văn Bình" }), // proposed only: not carried over
        decided({ [COL.name]: "Lê Thị Cúc", [COL.status]: "Không đạt" }), // not passed
        // No status, but a decision number and date: decided.
        decided({ [COL.name]: "Phạm Văn Dũng", [COL.status]: null }),
        collective({
          [COL.title]: "Tập thể lao động xuất sắc",
          [COL.status]: "Đã quyết định",
          [COL.decisionNo]: "2345/QĐ-UBND",
          [COL.decisionDate]: "28/12/2026",
        }),
      ],
    });
    const p = ok(planHistoryImport(target([]), source));
    expect(p.sheet).toBe(SHEET.history);
    expect(p.rows).toEqual([4, 5, 6]);
    expect(p.fromDecided).toBe(3);
    expect(p.fromHistory).toBe(0);
    expect(written(p)).toEqual([
      [
        "Nguyễn Văn An",
        "12/3/1985",
        "2026",
        "Chiến sĩ thi đua cơ sở",
        "150/QĐ-UBND",
        "20/12/2026",
        "UBND phường Kiến Hưng",
      ],
      [
        "Phạm Văn Dũng",
        "12/3/1985",
        "2026",
        "Lao động tiên tiến",
        "150/QĐ-UBND",
        "20/12/2026",
        "UBND phường Kiến Hưng",
      ],
      // Decided above the ward: the level the register submits to.
      [
        "Hội Liên hiệp Phụ nữ phường",
        "",
        "2026",
        "Tập thể lao động xuất sắc",
        "2345/QĐ-UBND",
        "28/12/2026",
        "UBND thành phố Hà Nội",
      ],
    ]);
    expect(p.cells.filter((c) => typeof c.value === "object" && c.value !== null)).toEqual(
      expect.arrayContaining([expect.objectContaining({ row: 4, col: 2, style: "date" })])
    );
    expect(p.cells.every((c) => typeof c.value !== "object" || c.style === "date")).toBe(true);
  });

  it("authority follows the source's policy table and settings, as its Tờ trình names them", () => {
    const source = snapshotOf({
      rows: [
        decided({ [COL.title]: "Bằng khen" }),
        decided({ [COL.name]: "Trần Văn Bình", [COL.title]: "Giấy khen" }),
        decided({ [COL.name]: "Lê Văn Cường", [COL.title]: "Khen riêng" }),
      ],
      // Giấy khen decided above the ward in this register; Cấp trình blank: the default.
      policy: { GK: { authority: "Cấp trên" } },
      settings: { [SETTING.submitTo]: "", [SETTING.unitName]: "UBND phường Hà Đông" },
    });
    expect(written(ok(planHistoryImport(target([]), source))).map((r) => r[6])).toEqual([
      "UBND thành phố Hà Nội",
      "UBND thành phố Hà Nội",
      "", // a title the catalog does not know: nobody to name
    ]);
    const ward = snapshotOf({
      rows: [decided()],
      settings: { [SETTING.unitName]: "UBND phường Hà Đông" },
    });
    expect(written(ok(planHistoryImport(target([]), ward)))[0]![6]).toBe("UBND phường Hà Đông");
  });

  it("the source's Lịch sử rows come first, as typed (year read as a number, text dates as dates)", () => {
    const source = snapshotOf({
      rows: [decided()],
      history: [lan(2025, "CSTDCS", { year: "2025", birthDate: "12/03/1985" })],
    });
    const p = ok(planHistoryImport(target([]), source));
    expect(p.fromHistory).toBe(1);
    const first = p.cells.filter((c) => c.row === 4);
    expect(first.find((c) => c.col === 3)!.value).toBe(2025);
    expect(first.find((c) => c.col === 4)!.value).toBe("CSTDCS");
    expect(first.find((c) => c.col === 2)!.value).toEqual({
      date: { year: 1985, month: 3, day: 12 },
    });
  });

  it("skips what is already in the target, or twice in the source; names what cannot be used", () => {
    const source = snapshotOf({
      rows: [
        decided({ [COL.title]: "Chiến sĩ thi đua cơ sở" }), // also in the source's Lịch sử
        decided({ [COL.name]: null }), // no name
      ],
      history: [
        lan(2025), // already in the target
        lan(2024, "Lao động tiên tiến", { birthDate: null }), // no birth date: the target's row
        { name: "Vũ Quang Huy", title: "Lao động tiên tiến" }, // no year
        { name: "Đỗ Văn Em", year: 2025 }, // no title
        {
          name: "Nguyễn Văn An",
          birthDate: "12/03/1985",
          year: 2026,
          title: "CSTĐCS ",
          decisionNo: "150/QĐ-UBND",
        },
        lan(2023, "Lao động tiên tiến", { birthDate: { date: { year: 1990, month: 1, day: 1 } } }),
      ],
    });
    const held = target([lan(2025), lan(2024, "LĐTT", { title: "Lao động tiên tiến" })]);
    const p = ok(planHistoryImport(held, source));
    // New: the 2026 row typed "CSTĐCS " (the abbreviation of the decided row's title, which is
    // therefore not added again) and the 2023 row of a namesake born in 1990.
    expect(p.duplicates).toEqual([
      { origin: "history", sourceRow: 4, of: { in: "target", row: 4 } },
      { origin: "history", sourceRow: 5, of: { in: "target", row: 5 } },
      { origin: "decided", sourceRow: 5, of: { in: "source", origin: "history", row: 8 } },
    ]);
    expect(p.skipped).toEqual([
      { origin: "history", sourceRow: 6, reason: "noYear" },
      { origin: "history", sourceRow: 7, reason: "noTitle" },
      { origin: "decided", sourceRow: 6, reason: "noName" },
    ]);
    expect(p.rows).toEqual([6, 7]);
    expect(written(p).map((r) => [r[0], r[1], r[2], r[3]])).toEqual([
      ["Nguyễn Văn An", "12/3/1985", "2026", "CSTĐCS "],
      ["Nguyễn Thị Lan", "1/1/1990", "2023", "Lao động tiên tiến"],
    ]);
  });

  it("the same title in the source's Lịch sử (as its code) and as a decided row is added once", () => {
    const source = snapshotOf({
      rows: [decided({ [COL.title]: "Chiến sĩ thi đua cơ sở" })],
      history: [
        {
          name: " nguyễn  văn an",
          birthDate: "12/03/1985",
          year: 2026,
          title: "CSTDCS",
          decisionNo: "150/QĐ-UBND",
        },
      ],
    });
    const p = ok(planHistoryImport(target([]), source));
    expect(p.rows).toEqual([4]);
    expect(p.duplicates).toEqual([
      { origin: "decided", sourceRow: 5, of: { in: "source", origin: "history", row: 4 } },
    ]);
  });

  it("appends below the last row holding anything (a note, a formula), never into the clerk's cells", () => {
    const source = snapshotOf({ rows: [decided()] });
    const p = ok(
      planHistoryImport(
        target([lan(2025)], { extra: [[9, 9, "ghi chú"]], formulas: [cellKey(11, 2)] }),
        source
      )
    );
    expect(p.rows).toEqual([12]);
    expect(new Set(p.cells.map((c) => c.row))).toEqual(new Set([12]));
  });

  it("refuses a target without Lịch sử or its columns, and a source not of an earlier year", () => {
    const source = snapshotOf({ rows: [decided()] });
    const none = target([]);
    const noHistory: WorkbookGrids = {
      sheetNames: [SHEET.settings],
      sheets: new Map([[SHEET.settings, none.sheets.get(SHEET.settings)!]]),
    };
    expect(planHistoryImport(noHistory, source)).toEqual({ kind: "noTable" });
    const narrow = target([]);
    const grid = narrow.sheets.get(SHEET.history)!;
    const rows = [...grid.rows];
    rows[HEADER] = rows[HEADER]!.slice(0, 6);
    const cut = new Map(narrow.sheets).set(SHEET.history, { ...grid, rows });
    expect(planHistoryImport({ ...narrow, sheets: cut }, source)).toEqual({
      kind: "columnsMissing",
      sheet: SHEET.history,
      columns: [HISTORY_COL.decisionDate, HISTORY_COL.authority],
    });
    expect(planHistoryImport(target([], { year: 2026 }), source)).toEqual({
      kind: "notEarlier",
      sourceYear: 2026,
      targetYear: 2026,
    });
    // A target whose year is blank takes the rows (RG02 reports the year).
    expect(ok(planHistoryImport(target([], { year: null }), source)).rows).toEqual([4]);
  });

  it("a source without a year: its decided rows are skipped (no year), its Lịch sử rows still come", () => {
    const source = snapshotOf({
      rows: [decided()],
      history: [lan(2025)],
      settings: { [SETTING.year]: null },
    });
    const p = ok(planHistoryImport(target([]), source));
    expect(p.fromHistory).toBe(1);
    expect(p.skipped).toEqual([{ origin: "decided", sourceRow: 5, reason: "noYear" }]);
  });
});

// ───────────────────────── properties ─────────────────────────

const NAMES = ["Nguyễn Văn An", "nguyễn văn  an", "Trần Thị Bình", "Lê Văn Cường", "", null];
const BIRTHS: Cell[] = [
  null,
  { date: { year: 1985, month: 3, day: 12 } },
  "12/03/1985",
  { date: { year: 1990, month: 1, day: 1 } },
  "không rõ",
];
const TITLES = [
  "Chiến sĩ thi đua cơ sở",
  "CSTDCS",
  "Lao động tiên tiến",
  "Bằng khen",
  "Khen riêng",
  "",
];
const YEARS: Cell[] = [2023, 2024, 2025, "2025", null, "năm ngoái"];

const historyRow = fc.record({
  name: fc.constantFrom(...NAMES),
  birthDate: fc.constantFrom(...BIRTHS),
  year: fc.constantFrom(...YEARS),
  title: fc.constantFrom(...TITLES),
  decisionNo: fc.constantFrom(null, "12/QĐ-UBND"),
});
const nominationRow = fc
  .record({
    name: fc.constantFrom(...NAMES),
    birth: fc.constantFrom(...BIRTHS),
    title: fc.constantFrom(...TITLES),
    status: fc.constantFrom(null, "Đã quyết định", "Đã trình", "Không đạt", "Đề nghị"),
    number: fc.constantFrom(null, "150/QĐ-UBND"),
    date: fc.constantFrom(null, "20/12/2026"),
  })
  .map((r): LabelRow =>
    individual({
      [COL.name]: r.name,
      [COL.birthDate]: r.birth,
      [COL.title]: r.title,
      [COL.status]: r.status,
      [COL.decisionNo]: r.number,
      [COL.decisionDate]: r.date,
    })
  );
/** Cells the clerk typed anywhere below the header (notes, stray values). */
const strays = fc.array(
  fc.tuple(fc.integer({ min: 4, max: 30 }), fc.integer({ min: 1, max: 9 }), fc.constant("x")),
  { maxLength: 3 }
);

describe("planHistoryImport: properties", () => {
  it("never writes a cell the clerk owns; a second import adds nothing; every source row is added, a duplicate or skipped", () => {
    fc.assert(
      fc.property(
        fc.array(historyRow, { maxLength: 6 }),
        fc.array(historyRow, { maxLength: 6 }),
        fc.array(nominationRow, { maxLength: 6 }),
        strays,
        (held, history, rows, extra) => {
          const grids = target(held, { extra });
          const source = snapshotOf({ rows, history });
          const p = ok(planHistoryImport(grids, source));
          const grid = grids.sheets.get(SHEET.history)!;
          for (const c of p.cells) expect(isUserCell(grid, c.row, c.col)).toBe(false);
          const sourceRows =
            (source.history?.rows.length ?? 0) +
            (source.nominations?.rows.filter(
              (r) =>
                r.cells.status === "Đã quyết định" ||
                (r.cells.status !== "Không đạt" &&
                  r.cells.decisionNo !== undefined &&
                  r.cells.decisionDate !== undefined)
            ).length ?? 0);
          expect(p.rows.length + p.duplicates.length + p.skipped.length).toBe(sourceRows);
          expect(p.fromHistory + p.fromDecided).toBe(p.rows.length);
          const again = ok(planHistoryImport(applied(grids, p.cells), source));
          expect(again.cells).toEqual([]);
          expect(again.rows).toEqual([]);
          expect(again.duplicates.length).toBe(p.rows.length + p.duplicates.length);
        }
      ),
      { numRuns: 300 }
    );
  });
});

/**
 * Properties of validation over generated registers (fast-check):
 * 1. `validateRegister` never throws on arbitrary cell values and settings; every finding is well formed
 *    (a catalog rule with its severity, a data row or null, a message in both languages);
 * 2. the layout does not matter: reordered columns, title rows above the header and user columns give
 *    the same findings, shifted by exactly the inserted rows, with cell letters following the columns;
 * 3. findings are sorted as cli.md says: by sheet, then row, then rule ID.
 */
import fc from "fast-check";
import { DISCIPLINE, DUTY_LEVEL, GENDER, NOMINEE_KIND, YES_NO } from "../src/domain/catalog/lists";
import { TITLES } from "../src/domain/catalog/titles";
import type { Cell } from "../src/domain/cell";
import { columnLetter, type Finding } from "../src/domain/findings";
import { renderMessage } from "../src/domain/i18n/render";
import {
  COL,
  COMPLAINT_COL,
  HISTORY_COL,
  NOMINATION_FIELDS,
  SETTING,
  SHEET,
  type NominationField,
} from "../src/domain/register/contract";
import { RULES, RULE_IDS } from "../src/domain/rules/catalog";
import { snapshotOf, TODAY, type LabelRow } from "../src/domain/testing/snapshots";
import { validateRegister, type ValidationResult } from "../src/domain/validate";
import type { SheetGrid } from "../src/workbook/grid";
import { planSettingsSheet } from "../src/workbook/plan/settings";
import { defaultOptions } from "../src/workbook/plan/options";
import { readRegister } from "../src/workbook/read";
import { foldKey } from "../src/domain/text/normalize";

const RUNS = { numRuns: 100 };

// ---------------------------------------------------------------------------------------------
// Arbitrary cells

/** Real list values and look-alikes: NFD, other case, extra spaces, formula-looking, legacy-encoded. */
const LIST_VALUES = [
  ...Object.values(NOMINEE_KIND),
  ...Object.values(GENDER),
  ...Object.values(YES_NO),
  ...Object.values(DUTY_LEVEL),
  ...Object.values(DISCIPLINE),
  ...TITLES.flatMap((t) => [t.name, t.code]),
  "Cả năm",
  "Đột xuất",
  "Đợt 30/4",
];
const TRICKY = [
  "",
  " ",
  "\u00a0",
  "\t\n",
  "=1+1",
  "+84 912 345 678",
  "@x",
  "-1",
  "12/03/1985",
  "31/02/1990",
  "3/2/1990",
  "0/0/0",
  "99/99/99999",
  " 12 ",
  "8,5",
  "1e400",
  "NaN",
  "Infinity",
  "Nguyễn Văn An",
  "Nguyê\u0303n Văn An", // NFD
  "NGUYỄN  VĂN  AN",
  "NguyÔn V¨n An", // TCVN3
  "Nguye^~n Va(n An", // VNI-like
  "👨‍👩‍👧 Hộ gia đình",
  "\ud800", // lone surrogate
  "{{value}}",
  "x".repeat(5000),
];

const textCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.constantFrom(...LIST_VALUES),
  fc.constantFrom(...TRICKY),
  fc.constantFrom(...LIST_VALUES).map((v) => ` ${v.normalize("NFD").toUpperCase()}  `),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 })
);
const numberCell: fc.Arbitrary<Cell> = fc.oneof(
  fc.double(), // NaN, ±Infinity, -0, subnormals, huge
  fc.integer({ min: -5, max: 150 }),
  fc.constantFrom(0, -0, 1e308, -1e308, Number.MAX_SAFE_INTEGER + 2, 0.1 + 0.2, 12.000000001)
);
const dateCell: fc.Arbitrary<Cell> = fc
  .record({
    year: fc.oneof(fc.integer({ min: 1900, max: 2100 }), fc.integer(), fc.constant(Number.NaN)),
    month: fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: -2, max: 20 })),
    day: fc.oneof(fc.integer({ min: 1, max: 31 }), fc.integer({ min: -2, max: 40 })),
  })
  .map((date) => ({ date }));
const errorCell: fc.Arbitrary<Cell> = fc
  .constantFrom("#REF!", "#VALUE!", "#N/A", "#DIV/0!", "#NAME?")
  .map((error) => ({ error }));

/** Any cell value a register can hold (as the domain sees cells). */
const anyCell: fc.Arbitrary<Cell> = fc.oneof(
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 5, arbitrary: textCell },
  { weight: 3, arbitrary: numberCell },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: dateCell },
  { weight: 1, arbitrary: errorCell }
);

const INPUT_LABELS = NOMINATION_FIELDS.map((f) => COL[f] as string);

/** A nomination row with an arbitrary cell (or nothing) in every column. */
const anyRow: fc.Arbitrary<LabelRow> = fc
  .array(fc.option(anyCell, { nil: undefined, freq: 2 }), {
    minLength: INPUT_LABELS.length,
    maxLength: INPUT_LABELS.length,
  })
  .map((cells) => Object.fromEntries(INPUT_LABELS.map((l, i) => [l, cells[i]])));

const anySettings = fc
  .array(fc.option(anyCell, { nil: undefined }), {
    minLength: Object.keys(SETTING).length,
    maxLength: Object.keys(SETTING).length,
  })
  .map((cells) => {
    const out: Record<string, Cell> = {};
    Object.values(SETTING).forEach((label, i) => {
      if (cells[i] !== undefined) out[label] = cells[i]!;
    });
    return out;
  });

const anyPolicy = fc.dictionary(
  fc.constantFrom(...TITLES.map((t) => t.code)),
  fc.record({ minScore: anyCell, minVotePct: anyCell, bonus: anyCell }, { requiredKeys: [] }),
  { maxKeys: TITLES.length }
);

const anyComplaints = fc.array(
  fc.record(
    {
      name: fc.oneof(fc.constantFrom("Nguyễn Văn An", "nguyễn  văn an"), textCell),
      status: anyCell,
    },
    { requiredKeys: [] }
  ),
  { maxLength: 3 }
);

const anySpec = fc.record({
  rows: fc.array(anyRow, { minLength: 0, maxLength: 12 }),
  settings: anySettings,
  policy: anyPolicy,
  complaints: anyComplaints,
});

type AnySpec = typeof anySpec extends fc.Arbitrary<infer T> ? T : never;

function validateArbitrary(spec: AnySpec): ValidationResult {
  const snapshot = snapshotOf({
    rows: spec.rows,
    settings: spec.settings,
    policy: spec.policy,
    complaints: spec.complaints,
  });
  return validateRegister(snapshot, { today: TODAY });
}

describe("1. validation never throws on arbitrary cell values", () => {
  it("returns well-formed findings with messages in both languages", () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        const snapshot = snapshotOf({
          rows: spec.rows,
          settings: spec.settings,
          policy: spec.policy,
          complaints: spec.complaints,
        });
        const result = validateRegister(snapshot, { today: TODAY });
        const dataRows = new Set(snapshot.nominations!.rows.map((r) => r.row));
        expect(result.counts.rows).toBe(snapshot.nominations!.rows.length);
        expect(result.counts.error + result.counts.warning).toBe(result.findings.length);
        for (const f of result.findings) {
          expect(RULE_IDS).toContain(f.rule);
          expect(f.severity).toBe(RULES[f.rule].severity);
          if (f.row === null)
            expect(f.rule).toMatch(/^(RG|HD)/); // register- and settings-level rules
          else {
            expect(dataRows.has(f.row)).toBe(true);
            expect(f.sheet).toBe(SHEET.nominations);
          }
          if (f.cell !== null) expect(f.cell).toMatch(/^[A-Z]+[1-9]\d*$/);
          for (const lang of ["vi", "en"] as const) {
            const m = renderMessage(f, lang);
            expect(typeof m).toBe("string");
            expect(m.trim()).not.toBe("");
            // No placeholder left unfilled; a cell's own "{{…}}" text is quoted verbatim, never interpolated.
            const userText = Object.values(f.params)
              .flatMap((v) => (Array.isArray(v) ? v : [v]))
              .filter((v): v is string => typeof v === "string");
            expect(userText.reduce((rest, v) => rest.split(v).join(""), m)).not.toContain("{{");
            expect(m).not.toMatch(/^rule\./); // a missing translation key
          }
        }
      }),
      RUNS
    );
  });
});

describe("3. findings are sorted by sheet, row, then rule ID", () => {
  it("for any input", () => {
    fc.assert(
      fc.property(anySpec, (spec) => {
        const keys = validateArbitrary(spec).findings.map(
          (f) => [f.sheet, f.row ?? 0, f.rule] as const
        );
        for (let i = 1; i < keys.length; i++) {
          const [s0, r0, id0] = keys[i - 1]!;
          const [s1, r1, id1] = keys[i]!;
          const ordered = s0 < s1 || (s0 === s1 && (r0 < r1 || (r0 === r1 && id0 <= id1)));
          expect({ at: i, previous: keys[i - 1], next: keys[i], ordered }).toEqual({
            at: i,
            previous: keys[i - 1],
            next: keys[i],
            ordered: true,
          });
        }
      }),
      RUNS
    );
  });
});

// ---------------------------------------------------------------------------------------------
// 2. Layout invariance through the grid reader

/** Valid-ish values per column: the real lists, plausible numbers and dates, some invalid ones. */
const VALUES: Partial<Record<NominationField, readonly Cell[]>> = {
  name: [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "nguyễn  văn an",
    "Tổ dân phố số 3",
    "Hộ ông Lê Văn Tư",
    "=1+1",
    "NguyÔn V¨n An",
  ],
  kind: [...Object.values(NOMINEE_KIND), "Ca nhan", "Cá  NHÂN"],
  birthDate: [
    "12/03/1985",
    "3/2/1990",
    { date: { year: 1985, month: 3, day: 12 } },
    "31/02/1990",
    "2030-01-01",
    { date: { year: 2010, month: 1, day: 1 } },
  ],
  gender: [...Object.values(GENDER), "Nu"],
  position: ["Công chức", "+84 912", "Chủ tịch UBND phường"],
  proposingUnit: ["Văn phòng UBND phường", "Tổ dân phố số 4", "@x"],
  directWorker: [...Object.values(YES_NO), "co"],
  monthsWorked: [12, 10, 8, " 12 ", 13, 9.5, "mười"],
  dutyLevel: [...Object.values(DUTY_LEVEL), "Tốt"],
  discipline: [...Object.values(DISCIPLINE), "Phê bình"],
  initiative: ["SK 12/2026", "Quyết định 15/QĐ-UBND"],
  members: [10, 12, "10", 0, -1],
  membersCompleted: [10, 12, 9],
  membersLdtt: [8, 5, 7, 11],
  membersCstdcs: [1, 0, 2],
  membersDisciplined: [0, 1],
  title: [...TITLES.flatMap((t) => [t.name, t.code]), "Huân chương"],
  drive: ["Cả năm", "Đột xuất", "Đợt 30/4", "Chuyên đề: An toàn thực phẩm"],
  score: [95, 80, 79.5, "8,5", 101, -3],
  votes: [9, 7, 5, 4, " 9 ", 10, 3.5],
  summaryText: ["Hoàn thành xuất sắc nhiệm vụ", '=HYPERLINK("x")'],
  note: ["ghi chú"],
  stt: [1, 2, 3],
  result: ["Hợp lệ", "Lỗi: DL01 cũ"],
};

const validishRow: fc.Arbitrary<Partial<Record<NominationField, Cell>>> = fc.record(
  Object.fromEntries(
    NOMINATION_FIELDS.map((f) => [
      f,
      fc.option(fc.constantFrom(...(VALUES[f] ?? ["x"])), { nil: undefined, freq: 3 }),
    ])
  ) as Record<NominationField, fc.Arbitrary<Cell | undefined>>
);

const LABEL_KEYS = new Set(
  [
    ...Object.values(COL),
    ...Object.values(COMPLAINT_COL),
    ...Object.values(HISTORY_COL),
    ...Object.values(SETTING),
  ].map((l) => foldKey(l))
);
/** Text for title rows and user columns: never a register label. */
const freeText = fc
  .oneof(
    fc.constantFrom(
      "DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG",
      "Độc lập - Tự do - Hạnh phúc",
      "Mã hồ sơ",
      "Người nhập",
      "Ghi chép riêng",
      ""
    ),
    fc.string({ maxLength: 12 })
  )
  .filter((s) => !LABEL_KEYS.has(foldKey(s)));

interface Layout {
  /** Title rows above the header (their cells). */
  readonly titles: readonly (readonly (string | null)[])[];
  /** Header labels left to right: contract labels in some order, user labels, or null (blank column). */
  readonly columns: readonly (string | null)[];
  /** Values of user columns per row. */
  readonly extraValues: readonly Cell[];
}

const layoutArb: fc.Arbitrary<Layout> = fc
  .record({
    order: fc.shuffledSubarray([...NOMINATION_FIELDS], {
      minLength: NOMINATION_FIELDS.length,
      maxLength: NOMINATION_FIELDS.length,
    }),
    titles: fc.array(fc.array(fc.option(freeText, { nil: null }), { maxLength: 4 }), {
      maxLength: 8,
    }),
    extras: fc.array(fc.record({ at: fc.nat(), label: fc.option(freeText, { nil: null }) }), {
      maxLength: 4,
    }),
    extraValues: fc.array(anyCell, { minLength: 8, maxLength: 8 }),
  })
  .map(({ order, titles, extras, extraValues }) => {
    const columns: (string | null)[] = order.map((f) => COL[f]);
    for (const e of extras) columns.splice(e.at % (columns.length + 1), 0, e.label);
    return { titles, columns, extraValues };
  });

const CANONICAL: Layout = {
  titles: [],
  columns: NOMINATION_FIELDS.map((f) => COL[f]),
  extraValues: [],
};

function grid(name: string, rows: (Cell | undefined)[][]): SheetGrid {
  // 1-based rows and columns.
  return { name, rows: [undefined, ...rows.map((r) => [undefined, ...r])] };
}

/** `Cấu hình` as setup lays it out (settings and policy table), as a grid. */
const SETTINGS_GRID: SheetGrid = (() => {
  const plan = planSettingsSheet(defaultOptions({ year: 2026, councilSize: 9 }));
  const rows: (Cell | undefined)[][] = [];
  for (const c of plan.cells) {
    const v = c.value;
    const cell: Cell =
      v === null || typeof v !== "object" ? v : "date" in v ? { date: v.date } : null;
    (rows[c.row - 1] ??= [])[c.col - 1] = cell;
  }
  return grid(
    SHEET.settings,
    Array.from(rows, (r) => r ?? [])
  );
})();

function nominationsGrid(
  layout: Layout,
  data: readonly Partial<Record<NominationField, Cell>>[]
): { grid: SheetGrid; shift: number; colOf: Map<string, number> } {
  const rows: (Cell | undefined)[][] = layout.titles.map((t) => [...t]);
  rows.push(layout.columns.map((l) => l));
  const colOf = new Map<string, number>();
  layout.columns.forEach((l, i) => l !== null && !colOf.has(l) && colOf.set(l, i + 1));
  data.forEach((d, k) =>
    rows.push(
      layout.columns.map((label, i) => {
        const f = NOMINATION_FIELDS.find((x) => COL[x] === label);
        return f
          ? d[f]
          : label === null
            ? undefined
            : layout.extraValues[(k + i) % Math.max(1, layout.extraValues.length)];
      })
    )
  );
  return { grid: grid(SHEET.nominations, rows), shift: layout.titles.length, colOf };
}

function validateLayout(
  layout: Layout,
  data: readonly Partial<Record<NominationField, Cell>>[],
  complaint: string | null
) {
  const { grid: g, shift, colOf } = nominationsGrid(layout, data);
  const complaints = grid(SHEET.complaints, [
    Object.values(COMPLAINT_COL),
    ...(complaint ? [[null, null, complaint, null, "Đang xử lý"]] : []),
  ]);
  const history = grid(SHEET.history, [Object.values(HISTORY_COL)]);
  const sheets = new Map<string, SheetGrid>([
    [SHEET.settings, SETTINGS_GRID],
    [SHEET.nominations, g],
    [SHEET.complaints, complaints],
    [SHEET.history, history],
  ]);
  const snapshot = readRegister({ sheetNames: [...sheets.keys()], sheets });
  return { result: validateRegister(snapshot, { today: TODAY }), shift, colOf };
}

/** (rule, row − shift, column, firstRow − shift) of every finding, sorted: what must not depend on the layout. */
function normalised(findings: readonly Finding[], shift: number): string[] {
  return findings
    .map((f) => {
      const first = typeof f.params.firstRow === "number" ? f.params.firstRow - shift : "";
      return `${f.rule}|${f.row === null ? "-" : f.row - shift}|${f.column ?? ""}|${first}`;
    })
    .sort();
}

describe("2. the layout does not change the findings", () => {
  it("reordered columns, title rows and user columns: same findings shifted by the title rows", () => {
    const seen = { findings: 0, rules: new Set<string>(), shifted: 0 };
    fc.assert(
      fc.property(
        layoutArb,
        fc.array(validishRow, { minLength: 1, maxLength: 8 }),
        fc.option(fc.constantFrom("Nguyễn Văn An", "tổ dân phố số 3"), { nil: null }),
        (layout, data, complaint) => {
          const canon = validateLayout(CANONICAL, data, complaint);
          const moved = validateLayout(layout, data, complaint);
          expect(moved.result.counts).toEqual(canon.result.counts);
          expect(normalised(moved.result.findings, moved.shift)).toEqual(
            normalised(canon.result.findings, canon.shift)
          );
          expect(canon.result.findings.filter((f) => f.rule === "RG01")).toEqual([]);
          seen.findings += canon.result.findings.length;
          canon.result.findings.forEach((f) => seen.rules.add(f.rule));
          if (moved.shift > 0) seen.shifted++;
          for (const f of moved.result.findings) {
            if (f.row !== null && f.column !== null)
              expect(f.cell).toBe(`${columnLetter(moved.colOf.get(f.column)!)}${f.row}`);
          }
        }
      ),
      RUNS
    );
    // The generated rows do exercise the rules (not a vacuous pass).
    expect(seen.shifted).toBeGreaterThan(RUNS.numRuns / 2);
    expect(seen.rules.size).toBeGreaterThanOrEqual(12);
  });

  it("a two-row header band (some labels under a group heading, the rest merged down): same findings one row lower", () => {
    const movable = NOMINATION_FIELDS.filter((f) => f !== "name");
    fc.assert(
      fc.property(
        fc.subarray(movable, { minLength: 2 }),
        fc.option(fc.constantFrom("Thông tin cá nhân", "Thành tích", "Kết quả bình xét"), {
          nil: null,
        }),
        fc.array(validishRow, { minLength: 1, maxLength: 6 }),
        (moved, heading, data) => {
          const canon = validateLayout(CANONICAL, data, null);
          const { grid: flat } = nominationsGrid(CANONICAL, data);
          // Row 1: the labels that span both rows and the heading over the moved ones; row 2: the moved labels.
          const top = flat.rows[1]!.map((c) => (moved.some((f) => COL[f] === c) ? null : c));
          const firstMoved = top.findIndex((_, i) =>
            moved.some((f) => COL[f] === flat.rows[1]![i])
          );
          if (heading !== null && firstMoved > 0) top[firstMoved] = heading;
          const second = flat.rows[1]!.map((c) => (moved.some((f) => COL[f] === c) ? c : null));
          const band: SheetGrid = {
            name: SHEET.nominations,
            rows: [undefined, top, second, ...flat.rows.slice(2)],
          };
          const sheets = new Map<string, SheetGrid>([
            [SHEET.settings, SETTINGS_GRID],
            [SHEET.nominations, band],
            [SHEET.complaints, grid(SHEET.complaints, [Object.values(COMPLAINT_COL)])],
            [SHEET.history, grid(SHEET.history, [Object.values(HISTORY_COL)])],
          ]);
          const result = validateRegister(
            readRegister({ sheetNames: [...sheets.keys()], sheets }),
            { today: TODAY }
          );
          expect(normalised(result.findings, 1)).toEqual(normalised(canon.result.findings, 0));
        }
      ),
      RUNS
    );
  });
});

/**
 * Criteria sheets: for random criteria sets and random candidate scores (blanks, text, out-of-range),
 * the live formulas computed by HyperFormula — and, for a fixed sample, by LibreOffice headless — equal
 * the domain's Tổng điểm, Đạt điều kiện, Xếp loại and Xếp hạng for every candidate.
 */
import path from "node:path";
import fc from "fast-check";
import type { Cell } from "../src/domain/cell";
import { columnLetter } from "../src/domain/findings";
import { DEFAULT_SETTINGS } from "../src/domain/policy";
import { scoreCandidates } from "../src/domain/criteria/scoring";
import {
  CLASSIFICATION,
  type CriteriaRow,
  type CriteriaSet,
  type RowKind,
} from "../src/domain/criteria/types";
import { evaluateWorkbook, type CellResult } from "../src/adapters/hyperformula";
import { modelFromPlan } from "../src/adapters/hyperformula/fromPlan";
import { criteriaLayout, planCriteriaSheet } from "../src/workbook/plan/criteria";
import { defaultOptions } from "../src/workbook/plan/options";
import { planSettingsNames, planSettingsSheet } from "../src/workbook/plan/settings";
import type { SheetPlan } from "../src/workbook/plan/types";
import { workbookFromPlan } from "../src/adapters/xlsx/apply";
import {
  describeWithLibreOffice,
  readValuesWithExcelJs,
  recalculateXlsx,
  type CellLookup,
} from "./helpers/libreoffice";
import { tempDir } from "./helpers/cli";

const KINDS: RowKind[] = ["group", "criterion", "bonus", "deduction", "condition"];

const rowArb: fc.Arbitrary<CriteriaRow> = fc
  .record({
    code: fc.string({ maxLength: 4 }),
    text: fc.constantFrom("Tiêu chí a", "Nội dung b", "Chấp hành pháp luật"),
    kind: fc.constantFrom(...KINDS),
    maxPoints: fc.integer({ min: 1, max: 40 }),
  })
  .map((r) => ({ ...r, maxPoints: r.kind === "condition" ? null : r.maxPoints }));

const money = (max: number) => fc.integer({ min: -500, max: max * 100 + 1000 }).map((x) => x / 100); // ≤ 2 decimals, out of range both ways

function scoreArb(row: CriteriaRow): fc.Arbitrary<Cell | undefined> {
  if (row.kind === "condition")
    return fc.constantFrom<Cell | undefined>(
      "Đạt",
      "Đạt",
      "Đạt",
      "đạt",
      "Không đạt",
      undefined,
      "x",
      1
    );
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.integer({ min: 0, max: row.maxPoints ?? 10 }).map((x) => x as Cell),
    },
    { weight: 2, arbitrary: money(row.maxPoints ?? 10).map((x) => x as Cell) },
    { weight: 1, arbitrary: fc.constant<Cell | undefined>(undefined) },
    { weight: 1, arbitrary: fc.constantFrom<Cell | undefined>("abc", "5", "", " ") }
  );
}

interface Case {
  readonly set: CriteriaSet;
  readonly names: readonly string[]; // "" = unused column
  readonly scores: readonly (readonly (Cell | undefined)[])[];
}

const caseArb = (sheetName: string): fc.Arbitrary<Case> =>
  fc.array(rowArb, { minLength: 1, maxLength: 40 }).chain((rows) => {
    const set: CriteriaSet = { name: sheetName, rows };
    const column = fc.record({
      name: fc.oneof(
        {
          weight: 5,
          arbitrary: fc.constantFrom("Tổ dân phố số 1", "Nguyễn Văn An", "Đoàn Thanh niên", "x"),
        },
        { weight: 1, arbitrary: fc.constant("") }
      ),
      scores: fc.tuple(...rows.map(scoreArb)),
    });
    return fc.array(column, { minLength: 1, maxLength: 60 }).map((cols) => ({
      set,
      names: cols.map((c, i) => (c.name ? `${c.name} ${i}` : "")),
      scores: cols.map((c) => c.scores),
    }));
  });

function sheetOf(c: Case): SheetPlan {
  return planCriteriaSheet({
    set: c.set,
    candidates: c.names,
    scores: c.scores,
    candidateCols: c.names.length,
  });
}

/** The domain's expected values for each prepared column (unused → blank). */
function expected(
  c: Case
): { col: number; total: CellResult; eligible: CellResult; cls: CellResult; rank: CellResult }[] {
  const used = c.names.map((n, i) => ({ n, i })).filter((x) => x.n !== "");
  const results = scoreCandidates(
    c.set,
    used.map((u) => ({ name: u.n, scores: c.scores[u.i]! })),
    DEFAULT_SETTINGS.bands
  );
  const L = criteriaLayout(c.set);
  return c.names.map((n, i) => {
    const col = L.firstCandidateCol + i;
    if (!n) return { col, total: "", eligible: "", cls: "", rank: "" };
    const r = results[used.findIndex((u) => u.i === i)]!;
    return {
      col,
      total: r.total,
      eligible: r.eligible ? "Đạt" : "Không đạt",
      cls: CLASSIFICATION[r.classification],
      rank: r.rank ?? "",
    };
  });
}

function actual(get: (a1: string) => CellResult, c: Case) {
  const L = criteriaLayout(c.set);
  const norm = (v: CellResult) =>
    v === null ? "" : typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v;
  return c.names.map((_, i) => {
    const X = columnLetter(L.firstCandidateCol + i);
    return {
      col: L.firstCandidateCol + i,
      total: norm(get(`${X}${L.totalRow}`)),
      eligible: norm(get(`${X}${L.eligibleRow}`)),
      cls: norm(get(`${X}${L.classRow}`)),
      rank: norm(get(`${X}${L.rankRow}`)),
    };
  });
}

const settings = planSettingsSheet(defaultOptions({ year: 2026 }));
const names = planSettingsNames();

describe("criteria sheet formulas = domain scoring", () => {
  it("HyperFormula, random sets (1–40 rows) and 1–60 candidates", () => {
    fc.assert(
      fc.property(caseArb("TC Thử"), (c) => {
        const sheet = sheetOf(c);
        const model = modelFromPlan([settings, sheet], names);
        const wb = evaluateWorkbook(model.sheets, model.names);
        try {
          expect(actual((a1) => wb.get(sheet.name, a1), c)).toEqual(expected(c));
        } finally {
          wb.dispose();
        }
      }),
      { numRuns: 60, seed: 20261125 }
    );
  });

  it("HyperFormula: group subtotals sum their criteria", () => {
    fc.assert(
      fc.property(caseArb("TC Nhóm"), (c) => {
        const sheet = sheetOf(c);
        const model = modelFromPlan([settings, sheet], names);
        const wb = evaluateWorkbook(model.sheets, model.names);
        try {
          const used = c.names.map((n, i) => ({ n, i })).filter((x) => x.n);
          const results = scoreCandidates(
            c.set,
            used.map((u) => ({ name: u.n, scores: c.scores[u.i]! })),
            DEFAULT_SETTINGS.bands
          );
          const L = criteriaLayout(c.set);
          used.forEach((u, k) => {
            for (const [g, total] of results[k]!.groupTotals) {
              const v = wb.get(
                sheet.name,
                `${columnLetter(L.firstCandidateCol + u.i)}${L.rowNumbers[g]}`
              );
              expect(typeof v === "number" ? Math.round(v * 1e6) / 1e6 : v).toBe(
                Math.round(total * 1e6) / 1e6
              );
            }
          });
        } finally {
          wb.dispose();
        }
      }),
      { numRuns: 30, seed: 7 }
    );
  });

  describeWithLibreOffice("LibreOffice headless, a fixed sample of generated sheets", () => {
    const cases = fc
      .sample(caseArb("TC Mẫu"), { numRuns: 6, seed: 42 })
      .map((c, i) => ({ ...c, set: { ...c.set, name: `TC Mẫu ${i + 1}` } }));
    let lookup: CellLookup;
    beforeAll(async () => {
      const dir = tempDir();
      const wb = await workbookFromPlan({ sheets: [settings, ...cases.map(sheetOf)], names });
      const file = path.join(dir, "criteria.xlsx");
      await wb.xlsx.writeFile(file);
      lookup = await readValuesWithExcelJs(await recalculateXlsx(file, path.join(dir, "lo")));
    });
    it("recalculates to the domain's values", () => {
      for (const c of cases) expect(actual((a1) => lookup(c.set.name, a1), c)).toEqual(expected(c));
    });
  });
});

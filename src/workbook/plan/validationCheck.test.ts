/**
 * Issue #11: no plan may cover a cell with two data validations, and no limit may be NaN/undefined/
 * empty — over every plan `init`, `demo`, `export` and `consolidate` build.
 */
import { TEMPLATES } from "../../domain/criteria/templates";
import {
  type ConsolidationSource,
  findDuplicates,
  mergeSources,
  reportUnit,
} from "../../domain/consolidation/consolidate";
import { buildCouncilExport } from "../../domain/export/council";
import { columnLetter } from "../../domain/findings";
import { COL } from "../../domain/register/contract";
import { TODAY, collective, individual, snapshotOf } from "../../domain/testing/snapshots";
import { validateRegister } from "../../domain/validate";
import { demoRegister } from "../demo";
import {
  candidateColumn,
  candidateValidations,
  criteriaLayout,
  planCriteriaSheet,
} from "./criteria";
import {
  consolidatedOptions,
  planDuplicatesSheet,
  planFailuresSheet,
  planMergedSheet,
  planMergedSheetFrame,
  planUnitsSheet,
  withSourceColumn,
} from "./consolidation";
import { planCouncilExport } from "./export";
import { FRESH_NOMINATION_LAYOUT } from "./layout";
import { defaultOptions } from "./options";
import { planRegister } from "./register";
import type { SheetPlan } from "./types";
import {
  mergeableValidations,
  overlapCount,
  overlappingCells,
  overlappingValidations,
  parseRef,
  validationProblems,
} from "./validationCheck";

function expectStrict(sheets: readonly SheetPlan[]): void {
  for (const s of sheets) {
    expect({ sheet: s.name, overlaps: overlappingValidations(s) }).toEqual({
      sheet: s.name,
      overlaps: [],
    });
    expect({ sheet: s.name, problems: validationProblems(s) }).toEqual({
      sheet: s.name,
      problems: [],
    });
    expect({ sheet: s.name, mergeable: mergeableValidations(s) }).toEqual({
      sheet: s.name,
      mergeable: [],
    });
    // Overlapping merges are the other thing Excel "repairs" on open.
    expect({ sheet: s.name, merges: overlappingCells(s.merges) }).toEqual({
      sheet: s.name,
      merges: [],
    });
  }
}

describe("overlap and limit checks", () => {
  it("reads A1 ranges, columns, rows and absolute references as rectangles", () => {
    expect(parseRef("E19:AH19")).toEqual({ top: 19, bottom: 19, left: 5, right: 34 });
    expect(parseRef("$B$5")).toEqual({ top: 5, bottom: 5, left: 2, right: 2 });
    expect(parseRef("C:C")).toMatchObject({ top: 1, left: 3, right: 3 });
    expect(parseRef("4:6")).toMatchObject({ top: 4, bottom: 6, left: 1 });
    expect(parseRef("nonsense")).toBeNull();
  });

  it("finds the cells two ranges share (the ExcelJS per-cell bug: E19:AH19 and AA19:AH19)", () => {
    expect(overlappingCells(["E19:AH19", "AA19:AH19"], 3)).toEqual(["AA19", "AB19", "AC19"]);
    expect(overlapCount(["E19:AH19", "AA19:AH19"])).toBe(8);
    expect(overlapCount(["B5:B1004", "B10:B1004", "C5:C1004", "C10:C1004"])).toBe(2 * 995);
    expect(overlapCount(["A1:A3", "A2:A4", "A3:A5"])).toBe(3); // A2, A3, A4 (A3 once)
    expect(overlappingCells(["A1:B2", "C1:D2", "A3"])).toEqual([]);
    expect(overlappingCells(["A1:B2 B2:C3"])).toEqual(["B2"]);
  });

  it("flags NaN, undefined and empty limits, keeps names and references", () => {
    const sheet = (validations: SheetPlan["validations"]): SheetPlan => ({
      ...planFailuresSheet([]),
      validations,
    });
    expect(
      validationProblems(
        sheet([
          { type: "decimal", range: "E5:AH5", min: 0, max: "$D$5" },
          { type: "whole", range: "U5:U1004", min: 0, max: "CH_SoThanhVienHoiDong" },
        ])
      )
    ).toEqual([]);
    expect(
      validationProblems(
        sheet([
          { type: "decimal", range: "E5", min: Number.NaN },
          { type: "whole", range: "E6", min: 0, max: "" },
          { type: "list", range: "E7", source: "", strict: true },
          { type: "whole", range: "nowhere", min: 0 },
        ])
      )
    ).toHaveLength(4);
  });
});

describe("every plan a command writes has one validation per cell and real limits", () => {
  it("init: the register with all three criteria templates (and with none)", () => {
    const o = defaultOptions();
    expectStrict(
      planRegister(
        o,
        TEMPLATES.map((set) => planCriteriaSheet({ set }))
      ).plan.sheets
    );
    expectStrict(planRegister(o).plan.sheets);
  });

  it("a criteria sheet has one validation range per scored row, across every prepared column", () => {
    for (const set of TEMPLATES) {
      const sheet = planCriteriaSheet({ set, candidateCols: 45 });
      const scored = set.rows.filter((r) => r.kind !== "group").length;
      expect(sheet.validations).toHaveLength(scored);
      for (const v of sheet.validations) expect(v.range).toMatch(/^E\d+:AW\d+$/);
      const L = criteriaLayout(set);
      expect(candidateValidations(set, L, 7, 7, "x").map((v) => v.range)).toEqual(
        sheet.validations.map((v) => v.range.replace(/^E(\d+):AW\d+$/, "G$1"))
      );
    }
  });

  it("per-cell validations of the same rule side by side are flagged (what ExcelJS squeezed into overlaps)", () => {
    const set = TEMPLATES[0]!;
    const L = criteriaLayout(set);
    const sheet = planCriteriaSheet({ set });
    const perColumn: SheetPlan = {
      ...sheet,
      validations: [26, 27, 28, 5, 6].flatMap(
        (col) => candidateColumn(set, L, col, "'Danh mục'!$A$2:$A$3").validations
      ),
    };
    expect(overlappingValidations(perColumn)).toEqual([]);
    expect(mergeableValidations(perColumn, 1000).length).toBeGreaterThan(0);
    const scored = L.rowNumbers[set.rows.findIndex((r) => r.kind !== "group")]!;
    expect(mergeableValidations(perColumn, 1000)).toContain(`Z${scored} + AA${scored}`);
  });

  it("demo and unit registers: criteria sheets with candidates and scores", () => {
    const demo = demoRegister(2026);
    const criteria = demo.criteria.map((c) =>
      planCriteriaSheet({ set: c.set, candidates: c.candidates, scores: c.scores })
    );
    expectStrict(planRegister(demo.options, criteria).plan.sheets);
  });

  it("consolidate: the ward register with `Nguồn` and the four report sheets", () => {
    const source = (name: string, rows: Parameters<typeof snapshotOf>[0]["rows"]) =>
      ({
        file: `/tmp/${name}.xlsx`,
        fileName: `${name}.xlsx`,
        snapshot: snapshotOf({ rows }),
      }) satisfies ConsolidationSource;
    const sources = [
      source("a", [individual({ [COL.name]: "Nguyễn Văn An" }), collective()]),
      source("b", [individual({ [COL.name]: "Nguyễn Văn An" })]),
    ];
    const merged = mergeSources(sources);
    const reports = sources.map((s, i) => reportUnit(i, s, TODAY));
    const o = consolidatedOptions(merged, sources[0]!.snapshot.settings!, TODAY.year);
    const h = FRESH_NOMINATION_LAYOUT.headerRow;
    const sheets = planRegister(o).plan.sheets.map((s) =>
      s.name === "Đề nghị" ? withSourceColumn(s, h) : s
    );
    const result = validateRegister(snapshotOf({ rows: [individual(), individual()] }), {
      today: TODAY,
    });
    const groups = findDuplicates(result, new Map([[5, 0]]));
    expectStrict([
      ...sheets,
      planMergedSheetFrame(merged, h + 1),
      planMergedSheet(merged, h + 1, new Map(), () => "a — a.xlsx, dòng 5"),
      planDuplicatesSheet(groups, () => ({ unit: "", source: "" })),
      planUnitsSheet(reports, new Map()),
      planFailuresSheet([
        { file: "/tmp/x.xlsx", fileName: "x.xlsx", problem: "corrupt", detail: "cut short" },
      ]),
    ]);
  });

  it("export: the council document has no validations and no overlapping merges", () => {
    const snapshot = snapshotOf({
      rows: [
        individual(),
        individual({ [COL.name]: "Lê Thu Hà", [COL.votes]: null }),
        collective(),
      ],
    });
    const result = validateRegister(snapshot, { today: TODAY });
    const doc = planCouncilExport(
      buildCouncilExport(snapshot, result, { documentDate: TODAY, forced: true }),
      { fileName: "r.xlsx" }
    );
    for (const s of doc.sheets) {
      expect("validations" in s).toBe(false);
      const refs = s.merges.map(
        (m) => `${columnLetter(m.left)}${m.top}:${columnLetter(m.right)}${m.bottom}`
      );
      expect(refs.length).toBeGreaterThan(0);
      expect({ sheet: s.name, merges: overlappingCells(refs) }).toEqual({
        sheet: s.name,
        merges: [],
      });
    }
  });
});

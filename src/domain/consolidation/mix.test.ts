import fc from "fast-check";
import type { Cell } from "../cell";
import { SETTING } from "../register/contract";
import { individual, snapshotOf } from "../testing/snapshots";
import type { ConsolidationSource } from "./consolidate";
import {
  decideYear,
  suggestedYear,
  unitValuesText,
  wardSettings,
  yearGroups,
  yearGroupsText,
} from "./mix";

const unit = (
  name: string,
  settings: Record<string, Cell> = {},
  policy: Parameters<typeof snapshotOf>[0]["policy"] = undefined
): ConsolidationSource => ({
  file: `/don-vi/${name}.xlsx`,
  fileName: `${name}.xlsx`,
  snapshot: snapshotOf({
    rows: [individual()],
    settings: { [SETTING.unitName]: name, [SETTING.unitLevel]: "Tổ dân phố", ...settings },
    ...(policy ? { policy } : {}),
  }),
});

describe("the consolidation year", () => {
  it("is the units' year when every unit has the same one", () => {
    const d = decideYear([unit("a"), unit("b")]);
    expect(d).toMatchObject({ ok: true, year: 2026, from: "units", kept: [0, 1], excluded: [] });
  });

  it("is never chosen when the units disagree, even for a majority: every unit's year is reported", () => {
    const d = decideYear([
      unit("a", { [SETTING.year]: 2025 }),
      unit("b"),
      unit("c"),
      unit("d", { [SETTING.year]: 2025 }),
      unit("e"),
    ]);
    expect(d.ok).toBe(false);
    if (d.ok) return;
    expect(d.units.map((u) => u.year)).toEqual([2025, 2026, 2026, 2025, 2026]);
    expect(d.groups).toEqual([
      { year: 2025, fileNames: ["a.xlsx", "d.xlsx"] },
      { year: 2026, fileNames: ["b.xlsx", "c.xlsx", "e.xlsx"] },
    ]);
    expect(suggestedYear(d.groups)).toBe(2026);
    expect(yearGroupsText(d.groups, "?")).toBe(
      "2025 (a.xlsx, d.xlsx); 2026 (b.xlsx, c.xlsx, e.xlsx)"
    );
    expect(yearGroupsText(d.groups, "?", 2)).toBe(
      "2025 (a.xlsx, d.xlsx); 2026 (b.xlsx, c.xlsx, +1)"
    );
  });

  it("a unit without a readable year is a disagreement (blank, text, out of range), listed last", () => {
    for (const bad of [null, "năm nay", 1999, 2026.5]) {
      const d = decideYear([unit("x", { [SETTING.year]: bad }), unit("b")]);
      expect(d.ok).toBe(false);
      if (!d.ok) expect(d.groups.map((g) => g.year)).toEqual([2026, null]);
    }
    // Even alone: a register whose year cannot be read is never given one silently.
    expect(decideYear([unit("x", { [SETTING.year]: null })]).ok).toBe(false);
  });

  it("with a year given: units of another year, or without one, are excluded with their reason", () => {
    const d = decideYear(
      [unit("a", { [SETTING.year]: 2025 }), unit("b"), unit("x", { [SETTING.year]: "" })],
      2026
    );
    expect(d).toMatchObject({ ok: true, year: 2026, from: "option", kept: [1] });
    if (!d.ok) return;
    expect(d.excluded).toEqual([
      {
        file: "/don-vi/a.xlsx",
        fileName: "a.xlsx",
        problem: "otherYear",
        detail: "năm đánh giá 2025, khác năm tổng hợp 2026",
        year: { found: 2025, wanted: 2026 },
      },
      {
        file: "/don-vi/x.xlsx",
        fileName: "x.xlsx",
        problem: "noYear",
        detail: "ô “Năm đánh giá” trống hoặc không hợp lệ; năm tổng hợp 2026",
        year: { found: null, wanted: 2026 },
      },
    ]);
    // A year no unit has: nothing kept (the caller stops).
    expect(decideYear([unit("b")], 2030)).toMatchObject({ ok: true, kept: [] });
  });

  it("property: the decision does not depend on the order of the units", () => {
    const yearArb = fc.constantFrom<Cell>(2025, 2026, 2027, null);
    fc.assert(
      fc.property(
        fc.array(yearArb, { minLength: 1, maxLength: 8 }),
        fc.option(fc.constantFrom(2025, 2026), { nil: undefined }),
        fc.infiniteStream(fc.nat()),
        (years, requested, noise) => {
          const units = years.map((y, i) => unit(`u${i}`, { [SETTING.year]: y }));
          const it = noise[Symbol.iterator]();
          const shuffled = [...units].sort(() => (it.next().value % 3) - 1);
          const a = decideYear(units, requested);
          const b = decideYear(shuffled, requested);
          expect(b.ok).toBe(a.ok);
          if (a.ok && b.ok) {
            expect(b.year).toBe(a.year);
            const kept = (d: typeof a, list: typeof units) =>
              d.ok ? d.kept.map((i) => list[i]!.fileName).sort() : [];
            expect(kept(b, shuffled)).toEqual(kept(a, units));
          } else if (!a.ok && !b.ok) {
            expect(b.groups.map((g) => [g.year, [...g.fileNames].sort()])).toEqual(
              a.groups.map((g) => [g.year, [...g.fileNames].sort()])
            );
          }
        }
      ),
      { numRuns: 200 }
    );
  });

  it("groups years ascending, the unreadable last", () => {
    expect(
      yearGroups([
        { index: 0, file: "c", fileName: "c", year: null },
        { index: 1, file: "b", fileName: "b", year: 2026 },
        { index: 2, file: "a", fileName: "a", year: 2025 },
      ]).map((g) => g.year)
    ).toEqual([2025, 2026, null]);
  });
});

describe("the consolidated register's settings", () => {
  const seven = unit("to-7", { [SETTING.councilSize]: 7 }, { LDTT: { minVotePct: 60 } });
  const eleven = unit("to-11", { [SETTING.councilSize]: 11 }, { LDTT: { minVotePct: 50 } });

  it("where the units differ: the default, never the first file's, whatever the order", () => {
    const a = wardSettings([seven, eleven]);
    const b = wardSettings([eleven, seven]);
    expect(a.settings).toEqual(b.settings);
    expect(a.source).toBe("units");
    expect(a.settings.values.councilSize!.value).toBe(9);
    expect(a.settings.policy.LDTT!.minVotePct).toBe(50);
    const council = a.differing.find((d) => d.setting === SETTING.councilSize)!;
    expect(council).toEqual({
      setting: SETTING.councilSize,
      used: 9,
      from: "default",
      units: [
        { index: 0, value: 7 },
        { index: 1, value: 11 },
      ],
    });
    expect(unitValuesText(council, (i) => [seven, eleven][i]!.fileName, "-")).toBe(
      "7 (to-7.xlsx); 11 (to-11.xlsx)"
    );
    expect(a.differing.map((d) => d.setting)).toEqual([
      SETTING.councilSize,
      "Lao động tiên tiến — Tỷ lệ phiếu tối thiểu (%)",
    ]);
  });

  it("where they agree: theirs (text compared trimmed), nothing reported", () => {
    const w = wardSettings([
      unit("a", { [SETTING.councilSize]: 7, [SETTING.province]: "Hà Nội " }),
      unit("b", { [SETTING.councilSize]: 7, [SETTING.province]: "Hà Nội" }),
    ]);
    expect(w.settings.values.councilSize!.value).toBe(7);
    expect(w.settings.values.province!.value).toBe("Hà Nội");
    expect(w.differing).toEqual([]);
  });

  it("--council-size and --unit win; the ward's name never comes from a unit", () => {
    const w = wardSettings([seven, eleven], { councilSize: 13 });
    expect(w.settings.values.councilSize!.value).toBe(13);
    expect(w.differing.find((d) => d.setting === SETTING.councilSize)!.from).toBe("option");
    expect(w.settings.values.unitName!.value).toBe("UBND phường");
    expect(w.settings.values.unitLevel!.value).toBe("Phường");
    expect(
      wardSettings([seven], { unitName: "UBND phường Định Công" }).settings.values.unitName!.value
    ).toBe("UBND phường Định Công");
    // A ward-level register among the inputs names the ward, whatever its place.
    const ward = unit("phuong", {
      [SETTING.unitName]: "UBND phường Kiến Hưng",
      [SETTING.unitLevel]: "Phường",
    });
    for (const list of [
      [seven, ward],
      [ward, seven],
    ])
      expect(wardSettings(list).settings.values.unitName!.value).toBe("UBND phường Kiến Hưng");
  });

  it("--settings-from: that register's settings (absent ones: defaults), the units' differences listed", () => {
    const ward = snapshotOf({
      rows: [],
      settings: { [SETTING.councilSize]: 13, [SETTING.unitName]: "UBND phường Định Công" },
      policy: { GK: { minVotePct: 65, bonus: 0.5 } },
    }).settings!;
    const w = wardSettings([seven, eleven], {
      settingsFrom: { file: "phuong.xlsx", settings: ward },
    });
    expect(w.source).toBe("settingsFrom");
    expect(w.file).toBe("phuong.xlsx");
    expect(w.settings.values.councilSize!.value).toBe(13);
    expect(w.settings.values.unitName!.value).toBe("UBND phường Định Công");
    expect(w.settings.policy.GK).toMatchObject({ minVotePct: 65, bonus: 0.5 });
    // The test register has no LĐTT row: the default, not a unit's.
    expect(w.settings.policy.LDTT!.minVotePct).toBe(50);
    expect(w.differing.find((d) => d.setting === SETTING.councilSize)).toMatchObject({
      used: 13,
      from: "settingsFrom",
    });
  });
});

import fc from "fast-check";
import type { Cell } from "../cell";
import { COL, SETTING, type NominationField } from "../register/contract";
import type { RegisterSnapshot } from "../snapshot";
import { TODAY, type LabelRow, collective, individual, snapshotOf } from "../testing/snapshots";
import { validateRegister } from "../validate";
import { type ConsolidationSource, findDuplicates, mergeSources, reportUnit } from "./consolidate";

const source = (
  name: string,
  rows: readonly LabelRow[],
  settings: Record<string, Cell> = {}
): ConsolidationSource => ({
  file: `/tmp/${name}.xlsx`,
  fileName: `${name}.xlsx`,
  snapshot: snapshotOf({ rows, settings }),
});

/** The merged register as the adapter writes it: fresh layout, data from row 5 (settings: the first source's, all alike here). */
function mergedSnapshot(sources: readonly ConsolidationSource[]): {
  snapshot: RegisterSnapshot;
  sourceOfRow: Map<number, number>;
} {
  const merged = mergeSources(sources);
  const base = sources[0]!.snapshot;
  const sourceOfRow = new Map<number, number>();
  const rows = merged.nominations.map((r, i) => {
    sourceOfRow.set(5 + i, r.source);
    return { row: 5 + i, cells: r.cells };
  });
  return { snapshot: { ...base, nominations: { ...base.nominations!, rows } }, sourceOfRow };
}

/** A row's input cells as a canonical string (the multiset key). */
const key = (cells: Readonly<Partial<Record<NominationField, Cell>>>): string =>
  JSON.stringify(
    Object.entries(cells)
      .filter(([f]) => f !== "stt" && f !== "result")
      .sort(([a], [b]) => (a < b ? -1 : 1))
  );

describe("merging units' registers", () => {
  it("keeps every row once, in file then row order, with its source; STT and results are dropped", () => {
    const a = source("a", [
      individual({ [COL.name]: "Nguyễn Văn An", [COL.stt]: 1, [COL.result]: "Hợp lệ" }),
      collective(),
    ]);
    const b = source(
      "b",
      [individual({ [COL.name]: "Trần Văn Bình", [COL.proposingUnit]: "Tổ dân phố số 2" })],
      { [SETTING.unitLevel]: "Tổ dân phố" }
    );
    const m = mergeSources([a, b]);
    expect(m.nominations.map((r) => [r.source, r.sourceRow, r.cells.name])).toEqual([
      [0, 5, "Nguyễn Văn An"],
      [0, 6, "Hội Liên hiệp Phụ nữ phường"],
      [1, 5, "Trần Văn Bình"],
    ]);
    expect(m.nominations[0]!.cells.stt).toBeUndefined();
    expect(m.nominations[0]!.cells.result).toBeUndefined();
    expect(m.units).toEqual(["Văn phòng UBND phường", "Ủy ban MTTQ phường", "Tổ dân phố số 2"]);
    expect(m.year).toBe(2026);
  });

  it("notes the year most files have (the consolidation's year is decided by mix.ts)", () => {
    const unit = (n: string, year: number) =>
      source(n, [individual()], { [SETTING.unitLevel]: "Tổ dân phố", [SETTING.year]: year });
    const m = mergeSources([
      unit("u1", 2025),
      unit("u2", 2026),
      source("phuong", [], { [SETTING.year]: 2026 }),
      unit("u3", 2025),
      unit("u4", 2025),
    ]);
    expect(m.year).toBe(2025);
  });

  it("reports each unit as its own validation sees it", () => {
    const r = reportUnit(
      3,
      source("tdp", [
        individual(),
        individual({ [COL.name]: "Lê Sai", [COL.monthsWorked]: 2 }),
        individual({ [COL.votes]: null, [COL.name]: "Chưa Bầu" }),
      ]),
      TODAY
    );
    expect(r).toMatchObject({
      index: 3,
      fileName: "tdp.xlsx",
      unitName: "UBND phường Kiến Hưng",
      rows: 3,
      errors: 1,
      warnings: 1,
    });
    expect(r.byTitle.LDTT).toBe(3);
    expect(r.cap).toEqual({ cstdcs: 0, ldtt: 3, ratio: 0 });
  });
});

describe("duplicates across units (the DL07 identity rule)", () => {
  it("groups the same nominee, title and drive proposed by different units; repeats inside one file are that unit's own DL07", () => {
    const lan = { [COL.name]: "Nguyễn Thị Lan", [COL.birthDate]: "12/03/1985" };
    const a = source("a", [
      individual(lan),
      individual({ [COL.name]: "Trần Văn Một" }),
      individual({ [COL.name]: "Trần Văn Một" }),
    ]);
    const b = source("b", [
      individual({ ...lan, [COL.name]: "nguyễn  thị LAN" }),
      individual({ ...lan, [COL.title]: "Giấy khen" }),
    ]);
    const c = source("c", [
      individual({ [COL.name]: "Nguyễn Thị Lan", [COL.birthDate]: "01/01/1990" }),
      individual({ [COL.name]: "Nguyễn Thị Lan" }),
    ]);
    const { snapshot, sourceOfRow } = mergedSnapshot([a, b, c]);
    const groups = findDuplicates(validateRegister(snapshot, { today: TODAY }), sourceOfRow);
    // Rows 5 (a), 8 (b, same name differently written) and 11 (c, no birth date) are one nominee;
    // row 10 (c) was born on another day: a different person. Rows 6–7 are both in file a.
    expect(groups.map((g) => [g.name, g.title.code, g.drive, g.rows])).toEqual([
      ["Nguyễn Thị Lan", "LDTT", "", [5, 8, 11]],
    ]);
  });

  it("a different drive is not a duplicate", () => {
    const a = source("a", [individual({ [COL.title]: "Giấy khen", [COL.drive]: "Đợt 30/4" })]);
    const b = source("b", [
      individual({ [COL.title]: "Giấy khen", [COL.drive]: "Đợt 2/9" }),
      individual({ [COL.title]: "GK", [COL.drive]: "đợt 30/4" }),
    ]);
    const { snapshot, sourceOfRow } = mergedSnapshot([a, b]);
    const groups = findDuplicates(validateRegister(snapshot, { today: TODAY }), sourceOfRow);
    expect(groups.map((g) => [g.drive, g.rows])).toEqual([["Đợt 30/4", [5, 7]]]);
  });
});

describe("property: consolidating any split of a register yields the same multiset of nominations", () => {
  const names = [
    "Nguyễn Văn An",
    "Trần Thị Bình",
    "Lê Văn Cường",
    "Phạm Thị Dung",
    "Hoàng Văn Em",
    "Tổ dân phố số 1",
    "Hội Cựu chiến binh",
  ];
  const rowArb = fc.record({
    name: fc.constantFrom(...names),
    title: fc.constantFrom(
      "Lao động tiên tiến",
      "Giấy khen",
      "GK",
      "Bằng khen",
      "Chiến sĩ thi đua cơ sở",
      "không có"
    ),
    votes: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constant(null), fc.constant("8")),
    drive: fc.constantFrom(null, "Cả năm", "Đợt 30/4", "Đột xuất"),
    birth: fc.oneof(
      fc.constant(null),
      fc.constant("03/02/1990"),
      fc.constant({ date: { year: 1985, month: 3, day: 12 } })
    ),
    unit: fc.constantFrom("Tổ dân phố số 1", "Tổ dân phố số 2", '=HYPERLINK("x")', ""),
  });
  const toRow = (r: {
    name: string;
    title: string;
    votes: Cell;
    drive: string | null;
    birth: Cell;
    unit: string;
  }): LabelRow =>
    individual({
      [COL.name]: r.name,
      [COL.title]: r.title,
      [COL.votes]: r.votes,
      [COL.drive]: r.drive,
      [COL.birthDate]: r.birth,
      [COL.proposingUnit]: r.unit || null,
    });

  it("holds for the pure merge (many runs)", () => {
    fc.assert(
      fc.property(
        fc.array(rowArb, { maxLength: 40 }),
        fc.array(fc.nat(5), { maxLength: 40 }),
        (rows, cuts) => {
          const original = snapshotOf({ rows: rows.map(toRow) });
          const k = 1 + ((cuts[0] ?? 0) % 5);
          const parts: LabelRow[][] = Array.from({ length: k }, () => []);
          rows.forEach((r, i) => parts[(cuts[i] ?? i) % k]!.push(toRow(r)));
          const merged = mergeSources(parts.map((p, i) => source(`u${i}`, p)));
          const before = original.nominations!.rows.map((r) => key(r.cells)).sort();
          const after = merged.nominations.map((r) => key(r.cells)).sort();
          expect(after).toEqual(before);
        }
      ),
      { numRuns: 300 }
    );
  });
});

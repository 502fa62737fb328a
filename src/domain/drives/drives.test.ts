import fc from "fast-check";
import { foldKey } from "../text/normalize";
import { addDays, compareCivilDates, type CivilDate } from "../text/dates";
import type { Parsed } from "../values";
import { DEFAULT_DRIVES } from "../catalog/lists";
import { profileOf } from "../policy/profiles";
import {
  DEFAULT_POSTING_DAYS,
  type Drive,
  type DriveSeed,
  defaultDriveNames,
  defaultDrives,
  deadlineOf,
  findDrive,
  isSudden,
  knownDriveNames,
  nextDeadline,
  postingPeriod,
  rowDriveNames,
} from "./index";

const ok = <T>(value: T | null): Parsed<T> =>
  value === null ? { state: "empty" } : { state: "ok", value };

/** A drive as the sheet would give it back after a new register wrote `seed`. */
const driveOf = (seed: DriveSeed, row: number): Drive => ({
  row,
  name: seed.name,
  key: foldKey(seed.name),
  kind: ok(seed.kind),
  launchedBy: seed.launchedBy,
  start: ok(seed.start),
  end: ok(seed.end),
  deadline: ok(seed.deadline),
  postingDays: ok(seed.postingDays),
  cells: {},
});

const drives2026 = defaultDrives(2026).map((s, i) => driveOf(s, i + 4));
const day = (y: number, m: number, d: number): CivilDate => ({ year: y, month: m, day: d });

describe("the drives a new register proposes", () => {
  it("the annual drive first, due 01/12; Đột xuất without dates; each holiday due ten days before", () => {
    const seeds = defaultDrives(2026);
    expect(seeds[0]).toMatchObject({ name: "Cả năm", kind: "annual", deadline: day(2026, 12, 1) });
    expect(seeds.find((s) => s.name === "Đột xuất")).toMatchObject({
      kind: "sudden",
      deadline: null,
    });
    expect(seeds.find((s) => s.name === "Đợt 2/9")).toMatchObject({
      kind: "periodic",
      end: day(2026, 9, 2),
      deadline: day(2026, 8, 23),
    });
  });

  it("offers the national days only; a province's own day comes from its profile, dated the same way", () => {
    expect(defaultDrives(2026).map((s) => s.name)).not.toContain("Đợt Giải phóng Thủ đô 10/10");
    expect(defaultDriveNames()).toEqual(DEFAULT_DRIVES);
    const haNoi = profileOf("Hà Nội")!.holidays;
    const names = defaultDriveNames(haNoi);
    // After the last national day, before the topic drives.
    expect(names.slice(names.indexOf("Đợt 2/9"), names.indexOf("Đợt 2/9") + 3)).toEqual([
      "Đợt 2/9",
      "Đợt Giải phóng Thủ đô 10/10",
      "Chuyên đề: Chuyển đổi số",
    ]);
    expect(defaultDrives(2026, names, haNoi).find((s) => s.name.includes("10/10"))).toMatchObject({
      kind: "periodic",
      end: day(2026, 10, 10),
      deadline: day(2026, 9, 30),
    });
    expect(defaultDriveNames(profileOf("Bắc Ninh")!.holidays)).toEqual(DEFAULT_DRIVES);
  });

  it("carries other names over once each (folded), a `Chuyên đề: …` as a topic drive", () => {
    const seeds = defaultDrives(2026, ["Cả năm", "đợt 2/9", "Chuyên đề: Chuyển đổi số", "ĐỢT 2/9"]);
    expect(seeds.map((s) => s.name)).toEqual(["Cả năm", "đợt 2/9", "Chuyên đề: Chuyển đổi số"]);
    expect(seeds[2]!.kind).toBe("topic");
  });
});

describe("deadlines", () => {
  it("a sudden drive has none; the others their own", () => {
    const sudden = drives2026.find((d) => d.name === "Đột xuất")!;
    expect(isSudden(sudden)).toBe(true);
    expect(deadlineOf(sudden)).toBeNull();
    expect(deadlineOf(drives2026[0]!)).toEqual(day(2026, 12, 1));
  });

  it("the next deadline is the nearest one today or later, with its count of days", () => {
    expect(nextDeadline(drives2026, day(2026, 8, 20))).toEqual({
      drive: "Đợt 2/9",
      deadline: day(2026, 8, 23),
      days: 3,
    });
    expect(nextDeadline(drives2026, day(2026, 8, 23))!.days).toBe(0);
    expect(nextDeadline(drives2026, day(2026, 12, 2))).toBeNull();
  });

  it("for any day of the year, no deadline ahead is nearer than the one given", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 364 }), (n) => {
        const today = addDays(day(2026, 1, 1), n);
        const next = nextDeadline(drives2026, today);
        const ahead = drives2026
          .map(deadlineOf)
          .filter((d): d is CivilDate => d !== null && compareCivilDates(d, today) >= 0);
        if (!next) return ahead.length === 0;
        return (
          compareCivilDates(next.deadline, today) >= 0 &&
          ahead.every((d) => compareCivilDates(next.deadline, d) <= 0)
        );
      })
    );
  });
});

describe("posting and the export's choice of drive", () => {
  it("posting runs from its start for the drive's days (blank: the default)", () => {
    expect(postingPeriod(day(2026, 11, 25), drives2026[0])).toEqual({
      from: day(2026, 11, 25),
      to: day(2026, 11, 29),
      days: DEFAULT_POSTING_DAYS,
    });
    const sudden = drives2026.find((d) => d.name === "Đột xuất");
    expect(postingPeriod(day(2026, 12, 30), sudden).to).toEqual(day(2027, 1, 3));
  });

  it("finds a drive by folded name, blank meaning the annual one; unknown names are null", () => {
    expect(findDrive(drives2026, [], "ĐỢT 2/9")).toEqual({
      name: "Đợt 2/9",
      key: foldKey("Đợt 2/9"),
      kind: "periodic",
    });
    expect(findDrive(drives2026, [], " ")!.kind).toBe("annual");
    expect(findDrive(drives2026, ["Đợt lạ"], "Đợt lạ")).toBeNull();
    // A register without the sheet knows the drives its rows name.
    expect(findDrive(null, ["Đột xuất"], "đột xuất")).toMatchObject({ kind: "sudden" });
    expect(knownDriveNames(null, ["Đợt 2/9"])).toEqual(["Cả năm", "Đợt 2/9"]);
    expect(knownDriveNames(drives2026, [])).toEqual(drives2026.map((d) => d.name));
    // The rows' `Đợt` as typed, blanks (the annual drive) left out.
    expect(rowDriveNames([{ driveText: "" }, { driveText: "Đợt 2/9" }])).toEqual(["Đợt 2/9"]);
  });
});

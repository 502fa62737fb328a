import fc from "fast-check";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  PROVINCE_PROFILES,
  ProfileShapeError,
  checkProfile,
  looserThanProvince,
  profileOf,
} from "./profiles";

const DIR = path.join(__dirname, "provinces");

describe("province profiles (data)", () => {
  it("every file in provinces/ is a valid profile and is offered", () => {
    const files = readdirSync(DIR).filter((f) => f.endsWith(".json"));
    expect(files.length).toBe(PROVINCE_PROFILES.length);
    for (const f of files) {
      const p = checkProfile(JSON.parse(readFileSync(path.join(DIR, f), "utf8")), f);
      expect(PROVINCE_PROFILES.map((x) => x.name)).toContain(p.name);
      // Every value carries its source and how far it was read (docs/law.md).
      for (const v of [...Object.values(p.values), ...Object.values(p.votes)]) {
        expect(v!.source.length).toBeGreaterThan(10);
        expect(["text read", "secondary summary only", "unconfirmed"]).toContain(v!.status);
      }
    }
  });

  it("refuses a malformed profile, naming the file and the field", () => {
    const good = {
      name: "X",
      aliases: [],
      submitTo: "UBND tỉnh X",
      regulation: null,
      values: {},
      votes: {},
      notes: [],
    };
    expect(checkProfile(good, "x.json")).toMatchObject({ name: "X", holidays: [] });
    const bad: [unknown, RegExp][] = [
      [{ ...good, values: { quorum: { value: 1 } } }, /x\.json\.values: unknown setting quorum/u],
      [{ ...good, votes: { ABC: {} } }, /unknown title code ABC/u],
      [
        {
          ...good,
          values: { minMonths: { value: 120, rule: "r", source: "s", status: "text read" } },
        },
        /value must be a number from 0 to 100/u,
      ],
      [
        { ...good, values: { minMonths: { value: 10, rule: "r", source: "s", status: "heard" } } },
        /status must be one of/u,
      ],
      [{ ...good, name: " " }, /x\.json\.name: a non-empty text/u],
      [{ ...good, regulation: "QĐ" }, /regulation must be an object or null/u],
      [{ ...good, holidays: {} }, /x\.json: holidays must be a list/u],
      [{ ...good, holidays: [{ name: "Đợt", day: 10, month: 13 }] }, /holidays\[0\]: month must/u],
      [
        { ...good, holidays: [{ name: "Đợt", day: 30, month: 2 }] },
        /day must be a whole number from 1 to 29/u,
      ],
      [{ ...good, holidays: [{ name: "", day: 1, month: 1 }] }, /holidays\[0\]\.name/u],
    ];
    for (const [raw, message] of bad) {
      expect(() => checkProfile(raw, "x.json")).toThrow(ProfileShapeError);
      expect(() => checkProfile(raw, "x.json")).toThrow(message);
    }
  });

  it("finds a province however the clerk writes it", () => {
    for (const typed of ["Bắc Ninh", "tỉnh Bắc Ninh", "  BẮC   NINH ", "Tỉnh Bắc Ninh", "Bac Ninh"])
      expect(profileOf(typed)?.name).toBe("Bắc Ninh");
    for (const typed of ["Hà Nội", "Thành phố Hà Nội", "TP. Hà Nội", "tp Hà Nội", "hà nội"])
      expect(profileOf(typed)?.name).toBe("Hà Nội");
    expect(profileOf("Đà Nẵng")).toBeNull();
    expect(profileOf("")).toBeNull();
  });

  it("a ward's value is looser exactly when it lets through what the province does not", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (ward, req) => {
          // Shares, months and votes: lower is looser; a cap: higher is looser.
          expect(looserThanProvince("ttldttSharePct", ward, req)).toBe(ward < req);
          expect(looserThanProvince("minMonths", ward, req)).toBe(ward < req);
          expect(looserThanProvince("vote", ward, req)).toBe(ward < req);
          expect(looserThanProvince("cstdcsCapPct", ward, req)).toBe(ward > req);
        }
      )
    );
    // Blank: the law's “more than 50 %”, no cap, no vote gate.
    expect(looserThanProvince("ttldttSharePct", null, 70)).toBe(true);
    expect(looserThanProvince("ttldttSharePct", null, 50)).toBe(false);
    expect(looserThanProvince("cstdcsCapPct", null, 15)).toBe(true);
    expect(looserThanProvince("vote", null, 80)).toBe(true);
  });
});

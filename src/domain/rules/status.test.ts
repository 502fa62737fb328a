import { COL, SETTING } from "../register/contract";
import { individual, rulesOnRow, validateSpec } from "../testing/snapshots";

const decided = (o: Record<string, string | null> = {}) =>
  individual({
    [COL.status]: "Đã quyết định",
    [COL.decisionNo]: "123/QĐ-UBND",
    [COL.decisionDate]: "20/12/2026",
    ...o,
  });

describe("workflow rules QT01–QT03", () => {
  it("a decided row with its number and date is clean", () => {
    expect(rulesOnRow(validateSpec({ rows: [decided()] }), 5)).toEqual([]);
  });

  it("QT01: decided without the number or the date, naming the missing column", () => {
    for (const [missing, column] of [
      [COL.decisionNo, COL.decisionNo],
      [COL.decisionDate, COL.decisionDate],
    ] as const) {
      const r = validateSpec({ rows: [decided({ [missing]: null })] });
      const f = r.findings.find((x) => x.rule === "QT01");
      expect(f).toMatchObject({ row: 5, column, severity: "error" });
    }
  });

  it("QT03: a status not in the list, a number not of the official form, a date that is not one", () => {
    const cases: [Record<string, string>, string][] = [
      [{ [COL.status]: "Xong" }, COL.status],
      [{ [COL.decisionNo]: "Quyết định 123" }, COL.decisionNo],
      [{ [COL.decisionDate]: "32/13/2026" }, COL.decisionDate],
    ];
    for (const [o, column] of cases) {
      const r = validateSpec({ rows: [individual(o)] });
      expect(r.findings.filter((x) => x.rule === "QT03")).toEqual([
        expect.objectContaining({ row: 5, column, severity: "warning" }),
      ]);
    }
  });

  it("the workflow columns typed without the keyboard's marks are read (QD, lower case)", () => {
    const r = validateSpec({ rows: [decided({ [COL.decisionNo]: "123/qd-ubnd" })] });
    expect(rulesOnRow(r, 5)).toEqual([]);
  });
});

describe("council meeting rule HD01", () => {
  const spec = (submission: string, meeting: string) =>
    validateSpec({
      rows: [individual()],
      settings: { [SETTING.submissionDate]: submission, [SETTING.meetingDate]: meeting },
    });

  it("a Tờ trình dated before the meeting is an error on the setting", () => {
    const f = spec("01/12/2026", "05/12/2026").findings.filter((x) => x.rule === "HD01");
    expect(f).toEqual([
      expect.objectContaining({ row: null, column: SETTING.submissionDate, severity: "error" }),
    ]);
  });

  it("on or after the meeting day is fine", () => {
    for (const d of ["05/12/2026", "08/12/2026"])
      expect(spec(d, "05/12/2026").findings.filter((x) => x.rule === "HD01")).toEqual([]);
  });
});

import { renderMessage } from "../i18n/render";
import { COL } from "../register/contract";
import { individual, snapshotOf, TODAY, validateSpec } from "../testing/snapshots";
import { validateRegister } from "../validate";
import { rowFingerprint } from "../decision";

const rg = (rule: string, r: ReturnType<typeof validateSpec>) =>
  r.findings.filter((f) => f.rule === rule);

describe("RG01 structure", () => {
  it("reports a missing sheet and a renamed column with row null", () => {
    const s = snapshotOf({ rows: [individual()] });
    const cols = { ...s.nominations!.columns };
    delete cols.dutyLevel;
    const r = validateRegister(
      { ...s, complaints: null, nominations: { ...s.nominations!, columns: cols } },
      { today: TODAY }
    );
    const f = r.findings.filter((x) => x.rule === "RG01");
    expect(f.map((x) => [x.sheet, x.column, x.row])).toEqual([
      ["Khiếu nại", null, null],
      ["Đề nghị", COL.dutyLevel, null],
    ]);
  });
  it("does not require STT or Kết quả kiểm tra", () => {
    const s = snapshotOf({ rows: [] });
    const cols = { ...s.nominations!.columns };
    delete cols.stt;
    delete cols.result;
    expect(
      validateRegister(
        { ...s, nominations: { ...s.nominations!, columns: cols } },
        { today: TODAY }
      ).findings
    ).toEqual([]);
  });
});

describe("columns added by issue #12 (Đối tượng, Lao động, sản xuất hiệu quả)", () => {
  it("are optional: a register without them is no RG01 and keeps today's DK01", () => {
    const s = snapshotOf({ rows: [individual({ [COL.dutyLevel]: "Hoàn thành" })] });
    const cols = { ...s.nominations!.columns };
    delete cols.personGroup;
    delete cols.productiveWork;
    const r = validateRegister(
      { ...s, nominations: { ...s.nominations!, columns: cols } },
      { today: TODAY }
    );
    expect(r.findings.map((f) => f.rule)).toEqual(["DK01"]);
  });
});

describe("row fingerprints (QT02) and the later columns", () => {
  it("blank Đối tượng / Lao động, sản xuất hiệu quả keep a decided row's old fingerprint", () => {
    const cells = { name: "Nguyễn Văn An", kind: "Cá nhân", title: "LĐTT", votes: 8 } as const;
    const before = rowFingerprint(cells);
    expect(rowFingerprint({ ...cells, personGroup: null, productiveWork: "  " })).toBe(before);
    expect(
      rowFingerprint({ ...cells, personGroup: "Công nhân, nông dân, người lao động khác" })
    ).not.toBe(before);
    expect(rowFingerprint({ ...cells, productiveWork: "Có" })).not.toBe(before);
  });

  it("Hết thời hạn kỷ luật: blank keeps the fingerprint, a date typed or changed changes it", () => {
    const cells = { name: "Nguyễn Văn An", kind: "Cá nhân", title: "LĐTT", votes: 8 } as const;
    const before = rowFingerprint(cells);
    expect(rowFingerprint({ ...cells, disciplineEnd: "" })).toBe(before);
    const ended = rowFingerprint({ ...cells, disciplineEnd: "30/06/2025" });
    expect(ended).not.toBe(before);
    // The same day typed as a date cell or as text is the same fingerprint.
    expect(
      rowFingerprint({ ...cells, disciplineEnd: { date: { year: 2025, month: 6, day: 30 } } })
    ).toBe(ended);
    expect(rowFingerprint({ ...cells, disciplineEnd: "31/12/2025" })).not.toBe(ended);
  });
});

describe("RG02 settings", () => {
  it.each([
    ["Năm đánh giá", 1999],
    ["Năm đánh giá", "năm nay"],
    ["Năm đánh giá", null],
    ["Tên đơn vị", null],
    ["Tên đơn vị", "   "],
    ["Số thành viên Hội đồng", 0],
    ["Số thành viên Hội đồng", 7.5],
    ["Tỷ lệ tối đa CSTĐCS so với LĐTT (%)", 101],
    ["Lề in giấy khen (mm)", "25; 25; 25"],
    ["Lề in giấy khen (mm)", 75],
  ])("fires for %s = %p", (label, value) => {
    const f = rg("RG02", validateSpec({ rows: [], settings: { [label]: value } }));
    expect(f).toHaveLength(1);
    expect(f[0]!.row).toBeNull();
    expect(f[0]!.params.address).toMatch(/^B\d+$/);
  });
  it("accepts 2000, 2100, 1 member, 0% and 100%", () => {
    expect(
      validateSpec({
        rows: [],
        settings: {
          "Năm đánh giá": 2000,
          "Số thành viên Hội đồng": 1,
          "Tỷ lệ tối đa CSTĐCS so với LĐTT (%)": 0,
        },
      }).findings
    ).toEqual([]);
    expect(
      validateSpec({
        rows: [],
        settings: { "Năm đánh giá": 2100, "Tỷ lệ tối đa CSTĐCS so với LĐTT (%)": 100 },
      }).findings
    ).toEqual([]);
  });
  it("a blank Tên đơn vị is an error naming the cell, in both languages", () => {
    const [f] = rg("RG02", validateSpec({ rows: [], settings: { "Tên đơn vị": "" } }));
    expect(f!.column).toBe("Tên đơn vị");
    expect(f!.params.reason).toBe("unitName");
    expect(renderMessage(f!, "vi")).toMatch(/^“Tên đơn vị” \(ô B\d+\) đang trống: ghi tên đơn vị/u);
    expect(renderMessage(f!, "en")).toMatch(
      /^“Tên đơn vị” \(cell B\d+\) is blank: type the unit's name/u
    );
    // A unit name made of digits is still a name: no finding.
    expect(rg("RG02", validateSpec({ rows: [], settings: { "Tên đơn vị": 7 } }))).toEqual([]);
  });
  it("flags a policy percentage outside 0–100", () => {
    expect(
      rg("RG02", validateSpec({ rows: [], policy: { GK: { minVotePct: 150 } } }))
    ).toHaveLength(1);
  });
  it("silences rules that need the invalid setting (DK09 needs the council size)", () => {
    const r = validateSpec({
      rows: [individual({ [COL.votes]: 1 })],
      settings: { "Số thành viên Hội đồng": "chín" },
    });
    expect(r.findings.map((f) => f.rule)).toEqual(["RG02"]);
  });
});

describe("RG03 deadline", () => {
  it("warns when the deadline passed and the register was not exported", () => {
    expect(
      rg("RG03", validateSpec({ rows: [], settings: { "Hạn nộp hồ sơ": "24/11/2026" } }))
    ).toHaveLength(1);
  });
  it("is silent on the deadline day, before it, or once exported", () => {
    expect(
      rg("RG03", validateSpec({ rows: [], settings: { "Hạn nộp hồ sơ": "25/11/2026" } }))
    ).toEqual([]);
    expect(
      rg(
        "RG03",
        validateSpec({
          rows: [],
          settings: { "Hạn nộp hồ sơ": "24/11/2026" },
          exportedOn: { year: 2026, month: 11, day: 20 },
        })
      )
    ).toEqual([]);
  });
});

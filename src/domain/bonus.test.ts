import { appliedBaseSalary, bonusAmount } from "./bonus";
import { BASE_SALARY_TABLE, baseSalaryOn } from "./catalog/baseSalary";
import { COL, SETTING } from "./register/contract";
import { summariseValidation } from "./summary";
import { collective, individual, validateSpec, type SnapshotSpec } from "./testing/snapshots";

const summaryOf = (spec: SnapshotSpec) => summariseValidation(validateSpec(spec), []);

describe("base salary by date (Decree 73/2024, Decree 161/2026)", () => {
  it("takes the amount in force on the day, oldest first", () => {
    expect(baseSalaryOn({ year: 2019, month: 6, day: 30 })).toBeNull();
    expect(baseSalaryOn({ year: 2024, month: 6, day: 30 })!.amount).toBe(1_800_000);
    expect(baseSalaryOn({ year: 2024, month: 7, day: 1 })!.amount).toBe(2_340_000);
    expect(baseSalaryOn({ year: 2026, month: 6, day: 30 })!.amount).toBe(2_340_000);
    expect(baseSalaryOn({ year: 2026, month: 7, day: 1 })).toMatchObject({
      amount: 2_530_000,
      decree: "Nghị định 161/2026/NĐ-CP",
    });
    const froms = BASE_SALARY_TABLE.map((s) => s.from.year * 10_000 + s.from.month * 100);
    expect([...froms].sort((a, b) => a - b)).toEqual(froms);
  });

  it("a blank Mức lương cơ sở uses the table on Ngày quyết định dự kiến, else on 31/12 of the year", () => {
    const blank = { [SETTING.baseSalary]: null };
    expect(summaryOf({ rows: [], settings: blank }).base).toMatchObject({
      amount: 2_530_000,
      source: "table",
      date: { year: 2026, month: 12, day: 31 },
    });
    const june = { ...blank, [SETTING.decisionDate]: "30/06/2026" };
    expect(summaryOf({ rows: [], settings: june }).base).toMatchObject({
      amount: 2_340_000,
      source: "table",
      decree: "Nghị định 73/2024/NĐ-CP",
    });
    // A typed (positive) amount wins; 0 or blank means “use the table”.
    expect(summaryOf({ rows: [], settings: {} }).base).toMatchObject({
      amount: 2_340_000,
      source: "setting",
    });
    expect(summaryOf({ rows: [], settings: { [SETTING.baseSalary]: 0 } }).base.source).toBe(
      "table"
    );
    expect(
      appliedBaseSalary(
        validateSpec({ rows: [], settings: { ...blank, [SETTING.year]: 2018 } }).policy
      )
    ).toMatchObject({ amount: 0, source: "none" });
  });
});

describe("bonus arithmetic (Decree 152/2025 Art. 49, 54)", () => {
  it("rounds each award up to the next 10,000 đồng, without float noise", () => {
    expect(bonusAmount(0.3, 2_340_000)).toBe(710_000); // 702,000
    expect(bonusAmount(1, 2_340_000)).toBe(2_340_000); // exact: not one step more
    expect(bonusAmount(0.8, 2_530_000)).toBe(2_030_000); // 2,024,000
    expect(bonusAmount(0.3, 2_530_000, 1.5)).toBe(1_140_000); // 1,138,500
    expect(bonusAmount(0.3, 2_530_000, 2)).toBe(1_520_000); // 1,518,000
    expect(bonusAmount(0.7, 1_000_000)).toBe(700_000); // 0.7 × 1e6 = 699,999.99… in floats
    expect(bonusAmount(0, 2_340_000)).toBe(0);
  });

  it("a Giấy khen pays collectives 2× and households 1.5× the individual amount", () => {
    const gk = { [COL.title]: "Giấy khen" };
    const s = summaryOf({
      rows: [
        individual(gk),
        collective({ ...gk, [COL.name]: "Tổ dân phố số 1" }),
        {
          [COL.name]: "Hộ ông Lê Văn Phúc",
          [COL.kind]: "Hộ gia đình",
          [COL.title]: "Giấy khen",
          [COL.votes]: 9,
        },
      ],
    });
    expect(s.byTitle.GK.valid).toBe(3);
    // 0.3 × 2,340,000 = 702,000 → 710,000; ×2 = 1,404,000 → 1,410,000; ×1.5 = 1,053,000 → 1,060,000.
    expect(s.byTitle.GK.bonus).toBe(710_000 + 1_410_000 + 1_060_000);
  });

  it("pays one nominee the higher of LĐTT and CSTĐCS decided together", () => {
    const rows = [
      individual(),
      individual({ [COL.title]: "Chiến sĩ thi đua cơ sở", [COL.dutyLevel]: "Hoàn thành xuất sắc" }),
      individual({ [COL.name]: "Trần Thị Bình" }),
    ];
    const noCap = { [SETTING.cstdcsCapPct]: null };
    const s = summaryOf({ rows, settings: noCap });
    expect(s.overlaps.LDTT_CSTDCS).toEqual({ count: 1, deducted: 710_000 });
    expect(s.byTitle.LDTT.bonus).toBe(710_000); // Trần Thị Bình only
    expect(s.byTitle.CSTDCS.bonus).toBe(2_340_000);
    expect(s.total.bonus).toBe(3_050_000);
    // A different person with the same name (both birth dates known, different) is paid both.
    const other = summaryOf({
      rows: [rows[0]!, { ...rows[1]!, [COL.birthDate]: "01/01/1990" }],
      settings: noCap,
    });
    expect(other.overlaps.LDTT_CSTDCS!.count).toBe(0);
  });

  it("takes the cheaper title off, and nothing when the two go to different decisions", () => {
    const rows = [
      collective(),
      collective({
        [COL.title]: "Tập thể lao động xuất sắc",
        [COL.dutyLevel]: "Hoàn thành xuất sắc",
      }),
    ];
    // TTLĐXS is proposed upward by default: two decisions, both paid.
    const apart = summaryOf({ rows });
    expect(apart.overlaps.TTLDTT_TTLDXS).toEqual({ count: 1, deducted: 0 });
    expect(apart.byTitle.TTLDTT.bonus).toBe(1_880_000); // 0.8 × 2,340,000 = 1,872,000
    // Decided by the ward together: the 1.5 multiple only.
    const together = summaryOf({
      rows,
      policy: { TTLDXS: { authority: "Phường", minVotePct: 50 } },
    });
    expect(together.overlaps.TTLDTT_TTLDXS).toEqual({ count: 1, deducted: 1_880_000 });
    expect(together.byTitle.TTLDTT.bonus).toBe(0);
    expect(together.byTitle.TTLDXS.bonus).toBe(3_510_000);
    // A ward that pays the lower title more: the other one is taken off.
    const reversed = summaryOf({
      rows,
      policy: { TTLDXS: { authority: "Xã", minVotePct: 50, bonus: 0.5 } },
    });
    expect(reversed.byTitle.TTLDTT.bonus).toBe(1_880_000);
    expect(reversed.byTitle.TTLDXS.bonus).toBe(0);
  });
});

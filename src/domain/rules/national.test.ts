import { renderMessage } from "../i18n/render";
import { COL, SETTING } from "../register/contract";
import { collective, rulesOnRow, validateSpec } from "../testing/snapshots";
import { looserThan, NATIONAL_FLOORS } from "./national";

const share = SETTING.ttldttSharePct;
const rg04 = (value: unknown) =>
  validateSpec({ rows: [], settings: { [share]: value as number } }).findings.filter(
    (f) => f.rule === "RG04"
  );

describe("RG04 a setting looser than the national rule", () => {
  it("warns when the TTLĐTT share is 50 % or less (the law says more than 50 %), naming both values and the source", () => {
    const [f, ...rest] = rg04(40);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      severity: "warning",
      sheet: "Cấu hình",
      row: null,
      column: share,
      citation: "Luật TĐKT 2022, Điều 28",
    });
    expect(renderMessage(f!, "vi")).toBe(
      `“${share}” (ô ${f!.params.address}) là 40%, thấp hơn quy định chung: Tập thể lao động tiên tiến cần trên 50% thành viên đạt LĐTT (Luật TĐKT 2022, Điều 28). Sổ vẫn xét theo 40%; kiểm tra lại quy chế.`
    );
    expect(renderMessage(f!, "en")).toMatch(/is 40%, looser than the national rule: .*Điều 28/u);
    // “at least 50 %” lets a 5-of-10 collective through: looser than “more than 50 %”.
    expect(rg04(50)).toHaveLength(1);
  });

  it("is silent for a stricter or blank share (the law applies), and for an invalid one (RG02)", () => {
    expect(rg04(70)).toEqual([]);
    expect(rg04(50.5)).toEqual([]);
    expect(rg04(null)).toEqual([]);
    expect(rg04("nhiều")).toEqual([]);
  });

  it("lists only rules whose text was confirmed (docs/law.md)", () => {
    expect(NATIONAL_FLOORS.map((f) => f.key)).toEqual(["ttldttSharePct"]);
    const floor = NATIONAL_FLOORS[0]!;
    expect([looserThan(floor, 50), looserThan(floor, 51)]).toEqual([true, false]);
  });

  it("the ward's share is still applied by DK07 (at least that share of members)", () => {
    const row = collective({ [COL.members]: 10, [COL.membersLdtt]: 7 });
    const at = (pct: number | null) =>
      rulesOnRow(validateSpec({ rows: [row], settings: { [share]: pct } }), 5);
    expect(at(null)).toEqual([]); // 70 % > 50 %
    expect(at(70)).toEqual([]); // at least 70 %
    expect(at(75)).toEqual(["DK07"]);
    const five = collective({ [COL.members]: 10, [COL.membersLdtt]: 5 });
    expect(rulesOnRow(validateSpec({ rows: [five], settings: { [share]: 50 } }), 5)).toEqual([]);
    const [f] = validateSpec({ rows: [row], settings: { [share]: 75 } }).findings.filter(
      (x) => x.rule === "DK07"
    );
    expect(renderMessage(f!, "vi")).toBe(
      "Chưa đủ điều kiện Tập thể lao động tiên tiến: số đạt LĐTT dưới 75% số thành viên (quy chế của đơn vị)."
    );
  });
});

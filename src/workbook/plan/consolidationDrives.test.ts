import { mergeSources, type ConsolidationSource } from "../../domain/consolidation/consolidate";
import { COL, SETTING } from "../../domain/register/contract";
import { TODAY, individual, snapshotOf } from "../../domain/testing/snapshots";
import { consolidatedOptions } from "./consolidation";

const CAPITAL_DAY = "Đợt Giải phóng Thủ đô 10/10";

function optionsFor(province: string, drive: string) {
  const snapshot = snapshotOf({
    rows: [individual({ [COL.drive]: drive })],
    settings: { [SETTING.province]: province },
  });
  const source: ConsolidationSource = { file: "/tmp/a.xlsx", fileName: "a.xlsx", snapshot };
  return consolidatedOptions(mergeSources([source]), snapshot.settings!, TODAY.year);
}

describe("the consolidated register's drives", () => {
  it("are the ward's province's list (Hà Nội's 10/10 dated), then the files' own drives once each", () => {
    const o = optionsFor("Hà Nội", "Chuyên đề: Phòng cháy");
    expect(o.drives.filter((d) => d === CAPITAL_DAY)).toHaveLength(1);
    expect(o.drives.at(-1)).toBe("Chuyên đề: Phòng cháy");
    expect(o.driveRows.find((d) => d.name === CAPITAL_DAY)).toMatchObject({
      end: { year: TODAY.year, month: 10, day: 10 },
    });
  });

  it("carry no Hà Nội day for a ward of another province, unless a file's row used it", () => {
    expect(optionsFor("Bắc Ninh", "Đợt 2/9").drives).not.toContain(CAPITAL_DAY);
    expect(
      optionsFor("Bắc Ninh", CAPITAL_DAY).drives.filter((d) => d === CAPITAL_DAY)
    ).toHaveLength(1);
  });
});

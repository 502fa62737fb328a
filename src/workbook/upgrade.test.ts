import { TITLES } from "../domain/catalog/titles";
import type { Cell } from "../domain/cell";
import {
  POLICY_EXTRA,
  POLICY_HEADER,
  SETTING,
  SETTINGS_HEADER,
  SHEET,
} from "../domain/register/contract";
import type { SheetGrid } from "./grid";
import { planUpgrade, type UpgradeStep } from "./upgrade";

/** `Cấu hình` of a register made before issue #12: no decision date, no TTLĐTT share, no authority column. */
function oldSettings(): SheetGrid {
  const rows: (Cell | undefined)[][] = [];
  const put = (r: number, values: Cell[]) => (rows[r] = [undefined, ...values]);
  put(3, [SETTINGS_HEADER.key, SETTINGS_HEADER.value]);
  const old: [string, Cell][] = [
    [SETTING.year, 2025],
    [SETTING.unitName, "UBND phường Kiến Hưng"],
    [SETTING.unitLevel, "Phường"],
    [SETTING.province, "Hà Nội"],
    [SETTING.submitTo, "UBND thành phố Hà Nội"],
    [SETTING.councilSize, 9],
    [SETTING.meetingDate, null],
    [SETTING.deadline, null],
    [SETTING.baseSalary, 2_340_000],
    [SETTING.minMonths, 10],
    [SETTING.cstdcsCapPct, 15],
  ];
  old.forEach(([label, value], i) => put(4 + i, [label, value]));
  put(17, [
    POLICY_HEADER.title,
    POLICY_HEADER.minScore,
    POLICY_HEADER.minVotePct,
    POLICY_EXTRA.code,
    POLICY_EXTRA.bonus,
  ]);
  TITLES.forEach((t, i) =>
    put(18 + i, [t.name, null, t.defaultMinVotePct, t.code, t.bonusMultiple])
  );
  return { name: SHEET.settings, rows };
}

function stepsOf(): UpgradeStep[] {
  const grid = oldSettings();
  return planUpgrade(
    { sheetNames: [SHEET.settings], sheets: new Map([[SHEET.settings, grid]]) },
    new Set()
  );
}

describe("upgrade of a register made before the dated base salary (issue #12)", () => {
  it("adds `Ngày quyết định dự kiến` (31/12 of the register's year) and the TTLĐTT share, blank, with their names", () => {
    const steps = stepsOf();
    const setting = (label: string) =>
      steps.find((s) => s.kind === "cells" && s.what.type === "setting" && s.what.name === label);
    const date = setting(SETTING.decisionDate);
    expect(date?.kind === "cells" && date.cells.map((c) => c.value)).toEqual([
      SETTING.decisionDate,
      { date: { year: 2025, month: 12, day: 31 } },
    ]);
    const share = setting(SETTING.ttldttSharePct);
    expect(share?.kind === "cells" && share.cells.map((c) => c.value)).toEqual([
      SETTING.ttldttSharePct,
      null,
    ]);
    // Settings that were there are not touched (the typed base salary stays the override).
    expect(setting(SETTING.baseSalary)).toBeUndefined();
    const names = steps.flatMap((s) => (s.kind === "name" ? [s.plan.name] : []));
    expect(names).toEqual(expect.arrayContaining(["CH_NgayQuyetDinh", "CH_TyLeLDTT_TTLDTT"]));
  });

  it("adds the `Thẩm quyền quyết định` column with the catalog defaults and the CS_<code>_ThamQuyen names `Tổng hợp` reads", () => {
    const steps = stepsOf();
    const column = steps.filter(
      (s) =>
        s.kind === "cells" && s.what.type === "column" && s.what.name === POLICY_EXTRA.authority
    );
    const cells = column.flatMap((s) => (s.kind === "cells" ? s.cells : []));
    expect(cells[0]).toMatchObject({ row: 17, col: 6, value: POLICY_EXTRA.authority });
    expect(cells.slice(1).map((c) => [c.row, c.col, c.value])).toEqual(
      TITLES.map((t, i) => [18 + i, 6, t.authority === "province" ? "Cấp trên" : "Phường"])
    );
    const names = new Map(
      steps.flatMap((s) => (s.kind === "name" ? [[s.plan.name, s.plan.refersTo] as const] : []))
    );
    expect(names.get("CS_LDTT_ThamQuyen")).toBe("'Cấu hình'!$F$18");
    expect(names.get("CS_TTLDXS_ThamQuyen")).toBe("'Cấu hình'!$F$21");
  });
});

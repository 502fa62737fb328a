/**
 * The demo register split into the registers its units would send to the ward office: rows grouped
 * by `Đơn vị đề nghị`, each unit's complaints and history along, criteria sheets kept to the unit's
 * own candidates. One nomination is sent by two units on purpose, so consolidation has a duplicate to
 * show. Pure data, like demo.ts.
 */
import { COL, COMPLAINT_COL, HISTORY_COL } from "../domain/register/contract";
import { foldKey } from "../domain/text/normalize";
import type { DemoRegister, DemoRow } from "./demo";

export interface DemoUnitRegister {
  /** File name under the demo's `don-vi/` folder. */
  readonly file: string;
  readonly register: DemoRegister;
}

interface UnitGroup {
  readonly file: string;
  readonly unitName: string;
  readonly unitLevel: string;
  /** Proposing units whose rows this register holds. */
  readonly units: readonly string[];
}

/** The ward office's own register (ward level: it is the base of the consolidation), the Front and unions, the residential groups. */
const GROUPS: readonly UnitGroup[] = [
  {
    file: "01-van-phong-ubnd-phuong.xlsx",
    unitName: "UBND phường Kiến Hưng",
    unitLevel: "Phường",
    units: [
      "Văn phòng HĐND và UBND phường",
      "Phòng Kinh tế, Hạ tầng và Đô thị",
      "Phòng Văn hóa – Xã hội",
    ],
  },
  {
    file: "02-mat-tran-doan-the.xlsx",
    unitName: "Ủy ban MTTQ Việt Nam phường Kiến Hưng",
    unitLevel: "Ban/ngành/đoàn thể",
    units: [
      "Ủy ban MTTQ Việt Nam phường",
      "Đoàn Thanh niên phường",
      "Hội Liên hiệp Phụ nữ phường",
      "Hội Cựu chiến binh phường",
    ],
  },
  {
    file: "03-to-dan-pho-so-1.xlsx",
    unitName: "Tổ dân phố số 1",
    unitLevel: "Tổ dân phố",
    units: ["Tổ dân phố số 1"],
  },
  {
    file: "04-to-dan-pho-so-3-va-5.xlsx",
    unitName: "Tổ dân phố số 3 và số 5",
    unitLevel: "Tổ dân phố",
    units: ["Tổ dân phố số 3", "Tổ dân phố số 5", "Chi hội Khuyến học Tổ dân phố số 5"],
  },
];

/** The row the residential group 1 also proposes (the Front proposed it first): a cross-unit duplicate. */
const SHARED_NOMINEE = "Tạ Văn Khánh";

const text = (v: DemoRow[string]): string => (typeof v === "string" ? v : "");

export function demoUnitRegisters(reg: DemoRegister): DemoUnitRegister[] {
  return GROUPS.map((g) => {
    const keys = new Set(g.units.map(foldKey));
    const rows = reg.nominations.filter((r) => keys.has(foldKey(text(r[COL.proposingUnit]))));
    if (g.file.startsWith("03-")) {
      const shared = reg.nominations.find((r) => text(r[COL.name]) === SHARED_NOMINEE);
      if (shared) rows.push({ ...shared, [COL.proposingUnit]: "Tổ dân phố số 1" });
    }
    const names = new Set(rows.map((r) => foldKey(text(r[COL.name]))));
    const criteria = reg.criteria
      .map((c) => {
        const keep = c.candidates
          .map((n, i) => [n, i] as const)
          .filter(([n]) => names.has(foldKey(n)));
        return {
          set: c.set,
          candidates: keep.map(([n]) => n),
          scores: keep.map(([, i]) => c.scores[i]!),
        };
      })
      .filter((c) => c.candidates.length);
    return {
      file: g.file,
      register: {
        ...reg,
        options: { ...reg.options, unitName: g.unitName, unitLevel: g.unitLevel, units: g.units },
        criteria,
        nominations: rows,
        complaints: reg.complaints.filter((c) => names.has(foldKey(text(c[COMPLAINT_COL.name])))),
        history: reg.history.filter((h) => names.has(foldKey(text(h[HISTORY_COL.name])))),
      },
    };
  });
}

/**
 * `Tổng hợp`: live COUNTIFS summary over `Đề nghị` — per title (nominations, women, direct workers,
 * passing validation, bonus estimate), the CSTĐCS/LĐTT ratio against the cap, overall counts, and
 * per proposing unit. Whole-column references keep rows pasted below the table counted; each formula
 * is one pass over a column (no per-row scans). `src/domain/summary.ts` computes the same numbers.
 */
import { NOMINEE_KIND, GENDER, YES_NO, ANNUAL_DRIVE } from "../../domain/catalog/lists";
import { TITLES, type TitleCode } from "../../domain/catalog/titles";
import {
  RESULT_TEXT,
  SETTING_NAME,
  SHEET,
  type NominationField,
} from "../../domain/register/contract";
import { columnLetter } from "../../domain/findings";
import type { RegisterOptions } from "./options";
import { listSource } from "./lists";
import { FRESH_NOMINATION_LAYOUT, type NominationLayout, wholeColumn } from "./layout";
import { policyName } from "./names";
import { type PlanCell, type SheetPlan, sheetRef } from "./types";

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** Semantic keys of summary cells → A1 address (tests and exports read them). */
export type SummaryKey =
  | `title.${TitleCode}.${"count" | "women" | "direct" | "valid" | "bonus"}`
  | "total.count"
  | "total.women"
  | "total.direct"
  | "total.valid"
  | "total.bonus"
  | "cap.cstdcs"
  | "cap.ldtt"
  | "cap.ratio"
  | "cap.limit"
  | "cap.status"
  | "all.individual"
  | "all.collective"
  | "all.household"
  | "all.women"
  | "all.direct"
  | "all.directShare"
  | "all.valid"
  | "all.errors"
  | "unit.other";

export interface SummaryPlan {
  readonly sheet: SheetPlan;
  readonly cells: ReadonlyMap<SummaryKey, string>;
  /** First row and count of the per-unit rows (unit name in A, count in B, …). */
  readonly unitRows: { readonly first: number; readonly count: number };
}

export const CAP_STATUS = {
  none: "Không áp dụng",
  over: "Vượt tỷ lệ",
  within: "Trong giới hạn",
} as const;
export const UNIT_ROWS = 100;

export function planSummarySheet(
  o: RegisterOptions,
  layout: NominationLayout = FRESH_NOMINATION_LAYOUT
): SummaryPlan {
  const sheet = sheetRef(SHEET.nominations);
  const col = (f: NominationField) => wholeColumn(sheet, layout, f);
  const T = col("title");
  const K = col("kind");
  const G = col("gender");
  const H = col("directWorker");
  const D = col("drive");
  const R = col("result");
  const U = col("proposingUnit");
  const VALID = q(`${RESULT_TEXT.ok}*`);
  const ERR = q(`${RESULT_TEXT.errorPrefix}*`);

  /** COUNTIFS over rows whose title is written as the name OR the code. */
  const byTitle = (code: TitleCode, ...criteria: string[]): string => {
    const t = TITLES.find((x) => x.code === code)!;
    const extra = criteria.length ? `,${criteria.join(",")}` : "";
    return `COUNTIFS(${T},${q(t.name)}${extra})+COUNTIFS(${T},${q(t.code)}${extra})`;
  };
  /** Annual (drive blank or `Cả năm`) individual rows of a title. */
  const annualIndividual = (code: TitleCode): string => {
    const ind = `${K},${q(NOMINEE_KIND.individual)}`;
    return `(${byTitle(code, ind)})-(${byTitle(code, ind, `${D},"?*"`)})+(${byTitle(code, ind, `${D},${q(ANNUAL_DRIVE)}`)})`;
  };

  const cells: PlanCell[] = [
    { row: 1, col: 1, value: "TỔNG HỢP KẾT QUẢ ĐỀ NGHỊ THI ĐUA, KHEN THƯỞNG", style: "title" },
    {
      row: 2,
      col: 1,
      value: { formula: `"Đơn vị: "&${SETTING_NAME.unitName}&" — Năm "&${SETTING_NAME.year}` },
      style: "subtitle",
    },
  ];
  const addr = new Map<SummaryKey, string>();
  const put = (
    row: number,
    c: number,
    value: PlanCell["value"],
    style: PlanCell["style"],
    key?: SummaryKey
  ) => {
    cells.push({ row, col: c, value, ...(style ? { style } : {}) });
    if (key) addr.set(key, `${columnLetter(c)}${row}`);
  };

  // I. Per title
  let r = 4;
  put(r++, 1, "I. THEO DANH HIỆU, HÌNH THỨC", "sectionHeading");
  const headers = [
    "Danh hiệu / Hình thức",
    "Mã",
    "Số đề nghị",
    "Nữ",
    "Lao động trực tiếp",
    "Hợp lệ",
    "Hệ số tiền thưởng",
    "Dự kiến tiền thưởng (đồng)",
  ];
  headers.forEach((h, i) => put(r, i + 1, h, "header"));
  r++;
  const firstTitleRow = r;
  for (const t of TITLES) {
    put(r, 1, t.name, "label");
    put(r, 2, t.code, "label");
    put(r, 3, { formula: byTitle(t.code) }, "formula", `title.${t.code}.count`);
    put(
      r,
      4,
      { formula: byTitle(t.code, `${G},${q(GENDER.female)}`) },
      "formula",
      `title.${t.code}.women`
    );
    put(
      r,
      5,
      { formula: byTitle(t.code, `${H},${q(YES_NO.yes)}`) },
      "formula",
      `title.${t.code}.direct`
    );
    put(r, 6, { formula: byTitle(t.code, `${R},${VALID}`) }, "formula", `title.${t.code}.valid`);
    put(r, 7, { formula: `${policyName.bonus(t.code)}` }, "formula");
    const household =
      t.householdBonusFactor !== 1
        ? `+${t.householdBonusFactor - 1}*(${byTitle(t.code, `${K},${q(NOMINEE_KIND.household)}`, `${R},${VALID}`)})`
        : "";
    put(
      r,
      8,
      { formula: `N(${policyName.bonus(t.code)})*${SETTING_NAME.baseSalary}*(F${r}${household})` },
      "money",
      `title.${t.code}.bonus`
    );
    r++;
  }
  const lastTitleRow = r - 1;
  put(r, 1, "Cộng", "header");
  (["count", "women", "direct", "valid"] as const).forEach((k, i) =>
    put(
      r,
      3 + i,
      {
        formula: `SUM(${columnLetter(3 + i)}${firstTitleRow}:${columnLetter(3 + i)}${lastTitleRow})`,
      },
      "formula",
      `total.${k}`
    )
  );
  put(r, 8, { formula: `SUM(H${firstTitleRow}:H${lastTitleRow})` }, "money", "total.bonus");
  r += 2;

  // II. CSTĐCS / LĐTT cap
  put(
    r++,
    1,
    "II. TỶ LỆ CHIẾN SĨ THI ĐUA CƠ SỞ SO VỚI LAO ĐỘNG TIÊN TIẾN (cá nhân, xét cả năm)",
    "sectionHeading"
  );
  const capRow = r;
  put(r, 1, "Số đề nghị CSTĐCS", "label");
  put(r++, 3, { formula: annualIndividual("CSTDCS") }, "formula", "cap.cstdcs");
  put(r, 1, "Số đề nghị LĐTT", "label");
  put(r++, 3, { formula: annualIndividual("LDTT") }, "formula", "cap.ldtt");
  put(r, 1, "Tỷ lệ CSTĐCS/LĐTT (%)", "label");
  put(
    r++,
    3,
    { formula: `IF(C${capRow + 1}=0,"",100*C${capRow}/C${capRow + 1})` },
    "percent",
    "cap.ratio"
  );
  put(r, 1, "Tỷ lệ tối đa theo quy chế (%)", "label");
  put(
    r++,
    3,
    { formula: `IF(${SETTING_NAME.cstdcsCapPct}="","",${SETTING_NAME.cstdcsCapPct})` },
    "formula",
    "cap.limit"
  );
  put(r, 1, "Đánh giá", "label");
  const capStatusRow = r;
  put(
    r++,
    3,
    {
      formula: `IF(${SETTING_NAME.cstdcsCapPct}="",${q(CAP_STATUS.none)},IF(100*C${capRow}>${SETTING_NAME.cstdcsCapPct}*C${capRow + 1},${q(CAP_STATUS.over)},${q(CAP_STATUS.within)}))`,
    },
    "formula",
    "cap.status"
  );
  r++;

  // III. Overall
  put(r++, 1, "III. SỐ LIỆU CHUNG", "sectionHeading");
  const lines: [string, string, SummaryKey, PlanCell["style"]][] = [
    [
      "Đề nghị cho cá nhân",
      `COUNTIFS(${K},${q(NOMINEE_KIND.individual)})`,
      "all.individual",
      "formula",
    ],
    [
      "Đề nghị cho tập thể",
      `COUNTIFS(${K},${q(NOMINEE_KIND.collective)})`,
      "all.collective",
      "formula",
    ],
    [
      "Đề nghị cho hộ gia đình",
      `COUNTIFS(${K},${q(NOMINEE_KIND.household)})`,
      "all.household",
      "formula",
    ],
    [
      "Cá nhân là nữ",
      `COUNTIFS(${K},${q(NOMINEE_KIND.individual)},${G},${q(GENDER.female)})`,
      "all.women",
      "formula",
    ],
    [
      "Cá nhân là người lao động trực tiếp",
      `COUNTIFS(${K},${q(NOMINEE_KIND.individual)},${H},${q(YES_NO.yes)})`,
      "all.direct",
      "formula",
    ],
  ];
  const allStart = r;
  for (const [label, f, key, style] of lines) {
    put(r, 1, label, "label");
    put(r++, 3, { formula: f }, style, key);
  }
  put(r, 1, "Tỷ lệ lao động trực tiếp trong đề nghị cá nhân (%)", "label");
  put(
    r++,
    3,
    { formula: `IF(C${allStart}=0,"",100*C${allStart + 4}/C${allStart})` },
    "percent",
    "all.directShare"
  );
  put(r, 1, "Dòng hợp lệ (đã kiểm tra, không có lỗi)", "label");
  put(r++, 3, { formula: `COUNTIFS(${R},${VALID})` }, "formula", "all.valid");
  put(r, 1, "Dòng có lỗi", "label");
  put(r++, 3, { formula: `COUNTIFS(${R},${ERR})` }, "formula", "all.errors");
  r++;

  // IV. Per proposing unit (names come from the `Danh mục` unit list)
  put(r++, 1, "IV. THEO ĐƠN VỊ ĐỀ NGHỊ", "sectionHeading");
  ["Đơn vị đề nghị", "", "Số đề nghị", "Cá nhân", "Tập thể", "Hộ gia đình", "Hợp lệ"].forEach(
    (h, i) => h && put(r, i + 1, h, "header")
  );
  r++;
  const unitSource = listSource("unit", o).split("!")[1]!.split(":")[0]!.replace(/\$/g, "");
  const unitCol = unitSource.replace(/\d+/g, "");
  const unitFirst = Number(unitSource.replace(/\D+/g, ""));
  const firstUnitRow = r;
  for (let i = 0; i < UNIT_ROWS; i++, r++) {
    const src = `${sheetRef(SHEET.lists)}!$${unitCol}$${unitFirst + i}`;
    put(r, 1, { formula: `IF(${src}="","",${src})` }, "label");
    const unitCrit = `${U},$A${r}`;
    const countIf = (extra: string) => ({
      formula: `IF($A${r}="","",COUNTIFS(${unitCrit}${extra}))`,
    });
    put(r, 3, countIf(""), "formula");
    put(r, 4, countIf(`,${K},${q(NOMINEE_KIND.individual)}`), "formula");
    put(r, 5, countIf(`,${K},${q(NOMINEE_KIND.collective)}`), "formula");
    put(r, 6, countIf(`,${K},${q(NOMINEE_KIND.household)}`), "formula");
    put(r, 7, countIf(`,${R},${VALID}`), "formula");
  }
  put(r, 1, "Khác (đơn vị không có trong Danh mục hoặc để trống)", "label");
  put(
    r,
    3,
    { formula: `C${lastTitleRow + 1}-SUM(C${firstUnitRow}:C${r - 1})` },
    "formula",
    "unit.other"
  );

  return {
    sheet: {
      name: SHEET.summary,
      cells,
      widths: [undefined, 52, 8, 12, 10, 14, 10, 12, 22],
      merges: [],
      validations: [],
      conditionalFormats: [
        {
          range: `C${capStatusRow}`,
          formula: `$C$${capStatusRow}=${q(CAP_STATUS.over)}`,
          fill: "FFF8CBAD",
          fontColor: "FF9C0006",
          bold: true,
        },
      ],
      freeze: { rows: 0, cols: 0 },
      print: { orientation: "portrait", fitToWidth: true },
      protect: false,
      state: "visible",
      tabColor: "FF548235",
    },
    cells: addr,
    unitRows: { first: firstUnitRow, count: UNIT_ROWS },
  };
}

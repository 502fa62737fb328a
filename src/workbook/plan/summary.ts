/**
 * `Tổng hợp`: live COUNTIFS summary over `Đề nghị` — per title (nominations, women, direct workers,
 * passing validation, bonus estimate), the CSTĐCS/LĐTT ratio against the cap, overall counts, and
 * per proposing unit. Whole-column references keep rows pasted below the table counted; each formula
 * is one pass over a column (no per-row scans). `src/domain/summary.ts` computes the same numbers.
 */
import { NOMINEE_KIND, GENDER, YES_NO, ANNUAL_DRIVE } from "../../domain/catalog/lists";
import { BASE_SALARY_TABLE } from "../../domain/catalog/baseSalary";
import { TITLES, titleByCode, type TitleCode, type TitleDef } from "../../domain/catalog/titles";
import { BONUS_ROUNDING, pairKey, SAME_PERIOD_PAIRS } from "../../domain/bonus";
import { AUTHORITY_WORDS } from "../../domain/policy";
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
import { planSummaryCharts } from "./charts";
import { policyName } from "./names";
import { fitRows, onePageIfClose } from "./print";
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
  | "base.salary"
  | `overlap.${string}.${"count" | "deducted"}`
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
/**
 * Rows of `Đề nghị` (from the header down) compared with each other for the “highest title only”
 * deduction: the formula compares every row with every other, so it is bounded (Excel stays fast).
 */
export const OVERLAP_ROWS = 2000;

/**
 * The base salary the estimate uses: a positive `Mức lương cơ sở` as typed, else the table's amount
 * on the decision date (`Ngày quyết định dự kiến`, else 31/12 of the year). Blank and 0 are told
 * apart by N(…)>0, not `=""` or ISBLANK: HyperFormula reads a named empty cell as 0.
 */
export function baseSalaryFormula(): string {
  const d = `IF(N(${SETTING_NAME.decisionDate})>0,${SETTING_NAME.decisionDate},DATE(${SETTING_NAME.year},12,31))`;
  let table = "0";
  for (const step of BASE_SALARY_TABLE)
    table = `IF(${d}>=DATE(${step.from.year},${step.from.month},${step.from.day}),${step.amount},${table})`;
  return `IF(N(${SETTING_NAME.baseSalary})>0,N(${SETTING_NAME.baseSalary}),IFERROR(${table},0))`;
}

/** One award: multiple × factor × base rounded up to 10,000 đồng (bonus.ts `bonusAmount`). */
function amountFormula(t: TitleDef, factor: number, base: string): string {
  const f = factor === 1 ? "" : `*${factor}`;
  return `ROUNDUP(ROUND(N(${policyName.bonus(t.code)})${f}*${base}/${BONUS_ROUNDING},6),0)*${BONUS_ROUNDING}`;
}

/** The chain of a title as `Tổng hợp` reads `Thẩm quyền quyết định` (domain/policy `parseAuthority`). */
function chainFormula(t: TitleDef): string {
  const x = `TRIM(${policyName.authority(t.code)})`;
  const any = (words: readonly string[]) => `OR(${words.map((w) => `${x}=${q(w)}`).join(",")})`;
  const fallback = t.authority === "province" ? "upward" : "ward";
  return `IF(${any(AUTHORITY_WORDS.ward)},"ward",IF(${any(AUTHORITY_WORDS.upward)},"upward","${fallback}"))`;
}

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

  /** Bounded range of a nomination column for the overlap count. */
  const bounded = (f: NominationField): string => {
    const l = columnLetter(layout.col[f]);
    return `${sheet}!$${l}$${layout.headerRow + 1}:$${l}$${layout.headerRow + OVERLAP_ROWS}`;
  };
  const isTitleIn = (code: TitleCode, range: string): string => {
    const t = titleByCode(code);
    return `((${range}=${q(t.name)})+(${range}=${q(t.code)}))`;
  };
  /** Valid rows of `high` whose name has a valid row of `low` (bonus.ts `SAME_PERIOD_PAIRS`). */
  const overlapFormula = (low: TitleCode, high: TitleCode): string => {
    const [N, Tb, Rb] = [bounded("name"), bounded("title"), bounded("result")];
    const valid = `(LEFT(${Rb},${RESULT_TEXT.ok.length})=${q(RESULT_TEXT.ok)})`;
    return `SUMPRODUCT((${N}<>"")*${isTitleIn(high, Tb)}*${valid}*ISNUMBER(MATCH(${N}&"|1",${N}&"|"&(${isTitleIn(low, Tb)}*${valid}),0)))`;
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

  // The base salary of the estimate (row 3), used by every bonus formula.
  const BASE = "$H$3";
  put(3, 1, "Mức lương cơ sở dùng để dự kiến tiền thưởng (đồng)", "label");
  put(3, 8, { formula: baseSalaryFormula() }, "money", "base.salary");

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
  const titleHeaderRow = r;
  r++;
  const firstTitleRow = r;
  // Rows of the overlap block, under `Cộng` and its heading: the title rows subtract from them.
  const overlapRow = new Map(
    SAME_PERIOD_PAIRS.map((p, i) => [pairKey(p), firstTitleRow + TITLES.length + 2 + i] as const)
  );
  /** `-H<row>` when `code` is the pair's title that loses its amount (the cheaper one, ties: the lower). */
  const deductionOf = (code: TitleCode): string =>
    SAME_PERIOD_PAIRS.filter((p) => p.includes(code))
      .map((p) => {
        const [low, high] = p.map(titleByCode) as [TitleDef, TitleDef];
        const lowPays = `${amountFormula(low, 1, BASE)}<=${amountFormula(high, 1, BASE)}`;
        const hit = code === low.code ? `${lowPays}` : `NOT(${lowPays})`;
        return `-IF(${hit},H${overlapRow.get(pairKey(p))},0)`;
      })
      .join("");
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
    // Valid rows × the rounded amount of their kind (collectives and households: their factor).
    const kinds = (
      [
        [NOMINEE_KIND.collective, t.collectiveBonusFactor],
        [NOMINEE_KIND.household, t.householdBonusFactor],
      ] as const
    ).filter(([, factor]) => factor !== 1);
    const counts = kinds.map(
      ([kind]) => `(${byTitle(t.code, `${K},${q(kind)}`, `${R},${VALID}`)})`
    );
    const others = counts.length ? `(F${r}-${counts.join("-")})` : `F${r}`;
    const gross = [
      `${amountFormula(t, 1, BASE)}*${others}`,
      ...kinds.map(([, factor], i) => `${amountFormula(t, factor, BASE)}*${counts[i]}`),
    ].join("+");
    put(r, 8, { formula: `${gross}${deductionOf(t.code)}` }, "money", `title.${t.code}.bonus`);
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
  r++;

  // Several titles of one period for one nominee, in the same decision: the highest amount only
  // (Decree 152/2025 Art. 49). C: nominees with both (valid); H: đồng taken off the lower title.
  put(
    r++,
    1,
    "Một người/tập thể đạt nhiều danh hiệu cùng năm, cùng quyết định: chỉ nhận mức thưởng cao nhất",
    "sectionHeading"
  );
  for (const pair of SAME_PERIOD_PAIRS) {
    const [low, high] = pair.map(titleByCode) as [TitleDef, TitleDef];
    const key = pairKey(pair);
    put(r, 1, `Đề nghị cả “${low.name}” và “${high.name}” (hợp lệ)`, "label");
    put(r, 3, { formula: overlapFormula(low.code, high.code) }, "formula", `overlap.${key}.count`);
    const cheaper = `MIN(${amountFormula(low, 1, BASE)},${amountFormula(high, 1, BASE)})`;
    put(
      r,
      8,
      { formula: `IF(${chainFormula(low)}=${chainFormula(high)},C${r}*${cheaper},0)` },
      "money",
      `overlap.${key}.deducted`
    );
    r++;
  }
  r++;

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
  const unitHeaderRow = r;
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

  const charts = planSummaryCharts({
    titleHeaderRow,
    firstTitleRow,
    lastTitleRow,
    unitHeaderRow,
    firstUnitRow,
    unitRows: UNIT_ROWS,
    unitsListed: o.units.length,
    labelCol: 1,
    countCol: 3,
    countHeader: headers[2]!,
    lastRow: r,
    lastCol: headers.length,
  });
  return {
    sheet: onePageIfClose(
      fitRows({
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
        charts,
      })
    ),
    cells: addr,
    unitRows: { first: firstUnitRow, count: UNIT_ROWS },
  };
}

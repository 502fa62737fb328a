/**
 * What `upgrade` must add to an existing workbook so it has the current register layout, without
 * touching any cell that holds a value. Pure: from grids (and the names already defined) to steps;
 * adapters execute the steps.
 */
import { TITLES, defaultChain } from "../domain/catalog/titles";
import { AUTHORITY } from "../domain/catalog/lists";
import { isEmptyCell } from "../domain/cell";
import { foldKey } from "../domain/text/normalize";
import { columnLetter } from "../domain/findings";
import {
  COL,
  COMPLAINT_COL,
  HISTORY_COL,
  NOMINATION_FIELDS,
  POLICY_EXTRA,
  POLICY_HEADER,
  SETTING,
  SETTING_KEYS,
  SETTING_NAME,
  SETTINGS_HEADER,
  SHEET,
  DRIVE_LIST_NAME,
  DRIVE_SHEET,
  type NominationField,
} from "../domain/register/contract";
import { readPolicy } from "../domain/policy";
import { type SheetGrid, type WorkbookGrids, gridCell, lastRow } from "./grid";
import { findSheet, readListColumn, readRegister, readSettings, readTable } from "./read";
import { DRIVE_LIST_HEADER } from "./plan/lists";
import { planDrivesName } from "./plan/drives";
import { defaultOptions, type RegisterOptions } from "./plan/options";
import { planRegister } from "./plan/register";
import { LEGAL_BASIS_HEADING, planSettingsSheet } from "./plan/settings";
import { LEGAL_BASIS_ROWS, legalBasisLabel } from "../domain/export/legalBasis";
import { columnValidations } from "./plan/nominations";
import { hasList } from "./plan/lists";
import { policyName } from "./plan/names";
import type { NominationLayout } from "./plan/layout";
import { planSummarySheet } from "./plan/summary";
import type { DefinedNamePlan, PlanCell, SheetPlan, ValidationPlan } from "./plan/types";
import { sheetRef } from "./plan/types";

export type UpgradeStep =
  | { readonly kind: "sheet"; readonly plan: SheetPlan; readonly index: number }
  | {
      readonly kind: "cells";
      readonly sheet: string;
      readonly cells: readonly PlanCell[];
      readonly validations: readonly ValidationPlan[];
      readonly what: UpgradeNote;
    }
  | { readonly kind: "name"; readonly plan: DefinedNamePlan };

export type UpgradeNote =
  | { readonly type: "column"; readonly sheet: string; readonly name: string }
  | { readonly type: "setting"; readonly sheet: string; readonly name: string }
  | { readonly type: "policy"; readonly name: string };

/**
 * The widest used column of a grid (0 when empty): a value or a formula, whatever its cached result
 * (as ./edit/results.ts places a new column), so a new column never lands on a clerk's formula whose
 * result is empty — setup would keep that cell and the column would be reported but never added.
 */
function usedWidth(g: SheetGrid): number {
  let w = 0;
  for (const row of g.rows) if (row) w = Math.max(w, row.length - 1);
  for (const key of g.formulaCells ?? []) w = Math.max(w, Number(key.split(":")[1]));
  return w;
}

/** Register options as far as the existing settings say (new sheets are laid out for them). */
function optionsFrom(grids: WorkbookGrids): RegisterOptions {
  const snap = readRegister(grids);
  const p = readPolicy(snap.settings).policy;
  const oldDrives = readListColumn(findSheet(grids, SHEET.lists), DRIVE_LIST_HEADER);
  return defaultOptions({
    ...(p.year.state === "ok" ? { year: p.year.value } : {}),
    ...(p.councilSize.state === "ok" ? { councilSize: p.councilSize.value } : {}),
    unitName: p.unitName,
    // The province decides the `Căn cứ` rows a restored block proposes (its regulation).
    province: p.province,
    // The level decides the signer a restored `Chức vụ người ký` proposes (ward or unit).
    unitLevel: p.unitLevel,
    // The old free `Đợt` list becomes the rows of a restored `Đợt thi đua` (issue #14).
    ...(oldDrives.length ? { drives: oldDrives } : {}),
  });
}

function appendColumns<F extends string>(
  grid: SheetGrid,
  labels: Readonly<Record<F, string>>,
  skip: readonly F[],
  o: RegisterOptions,
  withValidation: (f: F, range: string) => ValidationPlan[]
): { steps: UpgradeStep[]; added: Partial<Record<F, number>> } {
  const table = readTable(grid, labels);
  if (table.headerRow === null) return { steps: [], added: {} };
  const steps: UpgradeStep[] = [];
  const added: Partial<Record<F, number>> = {};
  let next = usedWidth(grid) + 1;
  for (const f of Object.keys(labels) as F[]) {
    if (table.columns[f] !== undefined || skip.includes(f)) continue;
    const col = next++;
    added[f] = col;
    const l = columnLetter(col);
    steps.push({
      kind: "cells",
      sheet: grid.name,
      cells: [{ row: table.headerRow, col, value: labels[f], style: "header" }],
      validations: withValidation(
        f,
        `${l}${table.headerRow + 1}:${l}${table.headerRow + o.preparedRows}`
      ),
      what: { type: "column", sheet: grid.name, name: labels[f] },
    });
  }
  return { steps, added };
}

function settingsSteps(
  grid: SheetGrid,
  existingNames: ReadonlySet<string>,
  o: RegisterOptions
): UpgradeStep[] {
  const steps: UpgradeStep[] = [];
  const st = readSettings(grid);
  let next = lastRow(grid) + 2;
  // Settings rows: under the existing key/value columns (or A/B when the table header itself is missing).
  let keyCol = 1;
  let valueCol = 2;
  if (!st.headerFound) {
    steps.push({
      kind: "cells",
      sheet: grid.name,
      cells: [
        { row: next, col: 1, value: SETTINGS_HEADER.key, style: "header" },
        { row: next, col: 2, value: SETTINGS_HEADER.value, style: "header" },
      ],
      validations: [],
      what: { type: "setting", sheet: grid.name, name: SETTINGS_HEADER.key },
    });
    next++;
  } else {
    const any = Object.values(st.values)[0];
    if (any) {
      valueCol = columnIndex(any.address);
      keyCol = valueCol - 1;
    }
  }
  // Defaults as a fresh register of this year writes them (`Ngày quyết định dự kiến`: 31/12 of it).
  const fresh = planSettingsSheet(o);
  const defaultValue = (label: string) =>
    fresh.cells.find(
      (c) =>
        c.col === 2 && fresh.cells.some((k) => k.row === c.row && k.col === 1 && k.value === label)
    )?.value ?? null;
  const valueAddress: Record<string, string> = {};
  for (const [k, v] of Object.entries(st.values)) if (v) valueAddress[k] = v.address;
  const restored = new Set<string>();
  for (const k of SETTING_KEYS) {
    if (st.values[k]) continue;
    restored.add(k);
    steps.push({
      kind: "cells",
      sheet: grid.name,
      cells: [
        { row: next, col: keyCol, value: SETTING[k], style: "label" },
        {
          row: next,
          col: valueCol,
          value: defaultValue(SETTING[k]),
          style: "input",
          unlocked: true,
        },
      ],
      validations: [],
      what: { type: "setting", sheet: grid.name, name: SETTING[k] },
    });
    valueAddress[k] = `${columnLetter(valueCol)}${next}`;
    next++;
  }
  const s = sheetRef(grid.name);
  const abs = (a: string) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");
  for (const k of SETTING_KEYS) {
    const a = valueAddress[k];
    // A restored setting's existing name still points at the emptied old cell: point it at the new one.
    if (a && (!existingNames.has(SETTING_NAME[k]) || restored.has(k)))
      steps.push({ kind: "name", plan: { name: SETTING_NAME[k], refersTo: `${s}!${abs(a)}` } });
  }

  // Policy table: header, missing title rows, the bonus-multiple column, and CS_* names.
  let titleCol = 1;
  let scoreCol = 2;
  let voteCol = 3;
  let bonusCol = 5;
  let authorityCol = 6;
  let headerRow: number;
  if (!st.policyHeaderFound) {
    next++;
    headerRow = next;
    steps.push({
      kind: "cells",
      sheet: grid.name,
      cells: [
        POLICY_HEADER.title,
        POLICY_HEADER.minScore,
        POLICY_HEADER.minVotePct,
        POLICY_EXTRA.code,
        POLICY_EXTRA.bonus,
        POLICY_EXTRA.authority,
      ].map((v, i) => ({ row: headerRow, col: i + 1, value: v, style: "header" as const })),
      validations: [],
      what: { type: "policy", name: POLICY_HEADER.title },
    });
    next++;
  } else {
    headerRow = findPolicyHeaderRow(grid);
    const hdr = grid.rows[headerRow] ?? [];
    const find = (label: string) =>
      hdr.findIndex((c) => typeof c === "string" && c.trim() === label);
    titleCol = find(POLICY_HEADER.title);
    scoreCol = find(POLICY_HEADER.minScore);
    voteCol = find(POLICY_HEADER.minVotePct);
    // The extra columns the formulas read through names: added with the catalog defaults when missing.
    let nextExtra = 0;
    const extra = (label: string, value: (t: (typeof TITLES)[number]) => PlanCell["value"]) => {
      let c = find(label);
      if (c >= 0) return c;
      c = Math.max(hdr.length, usedWidth(grid) + 1, nextExtra);
      nextExtra = c + 1;
      steps.push({
        kind: "cells",
        sheet: grid.name,
        cells: [{ row: headerRow, col: c, value: label, style: "header" }],
        validations: [],
        what: { type: "column", sheet: grid.name, name: label },
      });
      const cells: PlanCell[] = [];
      for (const t of TITLES) {
        const row = st.policy[t.code]?.row;
        if (row !== undefined && isEmptyCell(gridCell(grid, row, c)))
          cells.push({ row, col: c, value: value(t), style: "input", unlocked: true });
      }
      if (cells.length)
        steps.push({
          kind: "cells",
          sheet: grid.name,
          cells,
          validations: [],
          what: { type: "column", sheet: grid.name, name: label },
        });
      return c;
    };
    bonusCol = extra(POLICY_EXTRA.bonus, (t) => t.bonusMultiple);
    authorityCol = extra(POLICY_EXTRA.authority, (t) => AUTHORITY[defaultChain(t)]);
  }
  for (const t of TITLES) {
    let row = st.policy[t.code]?.row;
    const restoredRow = row === undefined;
    if (row === undefined) {
      row = next++;
      steps.push({
        kind: "cells",
        sheet: grid.name,
        cells: [
          { row, col: titleCol, value: t.name, style: "label" },
          { row, col: voteCol, value: t.defaultMinVotePct, style: "input", unlocked: true },
          { row, col: bonusCol, value: t.bonusMultiple, style: "input", unlocked: true },
          {
            row,
            col: authorityCol,
            value: AUTHORITY[defaultChain(t)],
            style: "input",
            unlocked: true,
          },
        ],
        validations: [],
        what: { type: "policy", name: t.name },
      });
    }
    const names: [string, number][] = [
      [policyName.minScore(t.code), scoreCol],
      [policyName.minVotePct(t.code), voteCol],
      [policyName.bonus(t.code), bonusCol],
      [policyName.authority(t.code), authorityCol],
    ];
    for (const [name, col] of names) {
      if (!existingNames.has(name) || restoredRow)
        steps.push({ kind: "name", plan: { name, refersTo: `${s}!$${columnLetter(col)}$${row}` } });
    }
  }
  // The `Căn cứ` rows (a register older than them prints the defaults; with the rows the clerk can
  // add a legal basis): under everything else, prefilled as a new register of this province.
  if (!st.legalBasis?.length) {
    next++;
    const cells: PlanCell[] = [
      { row: next, col: keyCol, value: LEGAL_BASIS_HEADING, style: "sectionHeading" },
    ];
    for (let i = 0; i < LEGAL_BASIS_ROWS; i++) {
      next++;
      cells.push(
        { row: next, col: keyCol, value: legalBasisLabel(i + 1), style: "label" },
        {
          row: next,
          col: valueCol,
          value: o.legalBasis[i] ?? null,
          style: "inputText",
          unlocked: true,
        }
      );
    }
    steps.push({
      kind: "cells",
      sheet: grid.name,
      cells,
      validations: [],
      what: {
        type: "setting",
        sheet: grid.name,
        name: `${legalBasisLabel(1)} … ${legalBasisLabel(LEGAL_BASIS_ROWS)}`,
      },
    });
  }
  return steps;
}

function columnIndex(address: string): number {
  const letters = address.replace(/\d+/g, "");
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function findPolicyHeaderRow(grid: SheetGrid): number {
  for (let r = 1; r <= lastRow(grid); r++) {
    const row = grid.rows[r];
    if (row?.some((c) => typeof c === "string" && c.trim() === POLICY_HEADER.minVotePct)) return r;
  }
  return 0;
}

/** Every step needed to bring `grids` to the current layout; empty when nothing is missing. */
export function planUpgrade(
  grids: WorkbookGrids,
  existingNames: ReadonlySet<string>
): UpgradeStep[] {
  const o = optionsFrom(grids);
  const fresh = planRegister(o).plan;
  const steps: UpgradeStep[] = [];

  // Columns first: their positions shape the summary formulas of a missing `Tổng hợp`.
  const nomGrid = findSheet(grids, SHEET.nominations);
  let layout: NominationLayout | undefined;
  if (nomGrid) {
    // A list `Danh mục` does not hold yet (added to the catalog after the register was made) is not
    // written into it: the new column gets its input message, the rules check its values.
    const listsGrid = findSheet(grids, SHEET.lists);
    const listExists = listsGrid
      ? (id: Parameters<typeof hasList>[0]) =>
          hasList(id, (row, col) => gridCell(listsGrid, row, col))
      : () => true;
    const { steps: colSteps, added } = appendColumns(nomGrid, COL, [], o, (f, range) =>
      columnValidations(f as NominationField, range, o, listExists)
    );
    steps.push(...colSteps);
    const table = readTable(nomGrid, COL);
    if (table.headerRow !== null) {
      const col = { ...table.columns, ...added } as Record<NominationField, number>;
      if (NOMINATION_FIELDS.every((f) => col[f] !== undefined))
        layout = { headerRow: table.headerRow, col };
    }
  }
  for (const [sheet, labels] of [
    [SHEET.history, HISTORY_COL],
    [SHEET.complaints, COMPLAINT_COL],
  ] as const) {
    const g = findSheet(grids, sheet);
    if (g) steps.push(...appendColumns(g, labels as Record<string, string>, [], o, () => []).steps);
  }
  const settingsGrid = findSheet(grids, SHEET.settings);
  if (settingsGrid) steps.push(...settingsSteps(settingsGrid, existingNames, o));

  fresh.sheets.forEach((p, index) => {
    if (grids.sheetNames.some((n) => foldKey(n) === foldKey(p.name))) return;
    const plan = p.name === SHEET.summary && layout ? planSummarySheet(o, layout).sheet : p;
    steps.push({ kind: "sheet", plan, index });
    // The `Đợt` dropdown's name over the restored drive sheet.
    if (p.name === DRIVE_SHEET && !existingNames.has(DRIVE_LIST_NAME))
      steps.push({ kind: "name", plan: planDrivesName(o) });
  });
  if (!settingsGrid)
    for (const n of fresh.names)
      if (
        !existingNames.has(n.name) &&
        !steps.some((x) => x.kind === "name" && x.plan.name === n.name)
      )
        steps.push({ kind: "name", plan: n });
  return steps;
}

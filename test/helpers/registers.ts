/** Write small registers for tests: the register plan, then rows by label (as a clerk would type them). */
import ExcelJS from "exceljs";
import { workbookFromPlan } from "../../src/adapters/xlsx/apply";
import { appendRows, setPolicy, setSettings, type FillValue } from "../../src/adapters/xlsx/fill";
import { ANCHOR_LABEL, COL, SHEET } from "../../src/domain/register/contract";
import { defaultOptions, type RegisterOptions } from "../../src/workbook/plan/options";
import { planRegister } from "../../src/workbook/plan/register";

export type Row = Record<string, FillValue | undefined>;

export interface RegisterSpec {
  readonly options?: Partial<RegisterOptions>;
  readonly rows: readonly Row[];
  readonly complaints?: readonly Row[];
  readonly policy?: Record<string, Record<string, FillValue>>;
  /** `Cấu hình` values by label, as a clerk would type them. */
  readonly settings?: Record<string, FillValue>;
}

export const KIEN_HUNG: Partial<RegisterOptions> = {
  year: 2026,
  unitName: "UBND phường Kiến Hưng",
  unitLevel: "Phường",
  province: "Hà Nội",
  submitTo: "UBND thành phố Hà Nội",
  councilSize: 9,
  meetingDate: { year: 2026, month: 12, day: 5 },
  deadline: { year: 2026, month: 12, day: 15 },
};

export async function registerWorkbook(spec: RegisterSpec): Promise<ExcelJS.Workbook> {
  const options = defaultOptions({
    ...KIEN_HUNG,
    preparedRows: Math.max(20, spec.rows.length + 5),
    ...spec.options,
  });
  const wb = await workbookFromPlan(planRegister(options).plan);
  if (spec.policy) setPolicy(wb.getWorksheet(SHEET.settings)!, spec.policy);
  if (spec.settings) setSettings(wb.getWorksheet(SHEET.settings)!, spec.settings);
  appendRows(wb.getWorksheet(SHEET.nominations)!, spec.rows, ANCHOR_LABEL);
  if (spec.complaints)
    appendRows(wb.getWorksheet(SHEET.complaints)!, spec.complaints, ANCHOR_LABEL);
  return wb;
}

export async function writeRegister(file: string, spec: RegisterSpec): Promise<void> {
  await (await registerWorkbook(spec)).xlsx.writeFile(file);
}

/** A valid individual row (LĐTT by default), overridable by label. */
export function person(name: string, more: Row = {}): Row {
  return {
    [COL.name]: name,
    [COL.kind]: "Cá nhân",
    [COL.birthDate]: "12/03/1985",
    [COL.gender]: "Nam",
    [COL.position]: "Công chức",
    [COL.proposingUnit]: "Văn phòng HĐND và UBND phường",
    [COL.directWorker]: "Không",
    [COL.monthsWorked]: 12,
    [COL.dutyLevel]: "Hoàn thành tốt",
    [COL.title]: "Lao động tiên tiến",
    [COL.votes]: 8,
    ...more,
  };
}

/** A valid collective row (TTLĐTT by default). */
export function team(name: string, more: Row = {}): Row {
  return {
    [COL.name]: name,
    [COL.kind]: "Tập thể",
    [COL.proposingUnit]: "Ủy ban MTTQ Việt Nam phường",
    [COL.dutyLevel]: "Hoàn thành tốt",
    [COL.members]: 10,
    [COL.membersCompleted]: 10,
    [COL.membersLdtt]: 8,
    [COL.membersCstdcs]: 1,
    [COL.membersDisciplined]: 0,
    [COL.title]: "Tập thể lao động tiên tiến",
    [COL.votes]: 9,
    ...more,
  };
}

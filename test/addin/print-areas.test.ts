/**
 * The task pane's check keeps the print areas in step with the data, as `validate --write` does
 * (docs/decisions.md, "Printing the register"): `Đề nghị` down to its last nomination, each `TC …` across its
 * named candidates — never over a print area the clerk set — on the strict Excel host model.
 */
import { OfficePort } from "../../src/adapters/office/port";
import { NOMINATION_FIELDS, SHEET } from "../../src/domain/register/contract";
import { columnLetter } from "../../src/domain/findings";
import { TEMPLATES } from "../../src/domain/criteria/templates";
import { demoRegister } from "../../src/workbook/demo";
import { criteriaSheetPlan, runCheck } from "../../src/taskpane/service";
import { FakeExcel } from "./fakeExcel";
import { typeRows } from "./typeRows";

const today = { year: 2026, month: 11, day: 20 };
const demo = demoRegister(2026);
const TC = TEMPLATES[0]!.name;
/** The last column of `Đề nghị` (its result column). */
const LAST = columnLetter(NOMINATION_FIELDS.length);
/** One check's read of the register (OfficePort.readGrids). */
const SYNCS_TO_READ = 1;

async function register(): Promise<{ fx: FakeExcel; port: OfficePort }> {
  const fx = new FakeExcel(["Sheet1"], { platform: "web" });
  const port = new OfficePort({ run: fx.run, supports: () => true, debounceMs: 50 });
  await port.setUp(
    demo.options,
    TEMPLATES.map((t) => criteriaSheetPlan(t, demo.options))
  );
  return { fx, port };
}

const area = (fx: FakeExcel, sheet: string) =>
  (fx.sheet(sheet)!.pageLayout.setPrintArea as string[] | undefined)?.[0];

describe("print areas after a check in Excel", () => {
  it("start at the first prepared row and column, then follow the nominations and candidates", async () => {
    const { fx, port } = await register();
    expect(area(fx, SHEET.nominations)).toBe(`A1:${LAST}5`);
    expect(area(fx, TC)).toMatch(/^A1:E\d+$/);
    typeRows(fx, 12);
    fx.sheet(TC)!.set(3, 5, { value: "Nguyễn Văn An" });
    fx.sheet(TC)!.set(3, 6, { value: "Trần Thị Bình" });
    await runCheck(port, today);
    expect(area(fx, SHEET.nominations)).toBe(`A1:${LAST}16`); // 12 rows under the header in row 4
    expect(area(fx, TC)).toMatch(/^A1:F\d+$/);
    // Nothing new: the check reads, and writes neither results nor print areas.
    const before = fx.sync.mock.calls.length;
    const ops = fx.ops.length;
    await runCheck(port, today);
    expect(fx.ops.slice(ops).filter((o) => o.op.startsWith("pageLayout"))).toEqual([]);
    expect(fx.sync.mock.calls.length - before).toBe(SYNCS_TO_READ);
  });

  it("leave a print area the clerk set alone", async () => {
    const { fx, port } = await register();
    fx.sheet(SHEET.nominations)!.pageLayout.setPrintArea = ["A1:G20"];
    typeRows(fx, 12);
    await runCheck(port, today);
    expect(area(fx, SHEET.nominations)).toBe("A1:G20");
  });
});

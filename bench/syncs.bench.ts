/**
 * `context.sync()` counts of the Office.js adapter on office-addin-mock (through test/addin/fakeExcel):
 * creating a register, and checking 10 and 10,000 rows (read + validate + write results).
 * Run by bench/run.js through Jest; writes JSON to $BENCH_SYNCS_OUT.
 */
import { writeFileSync } from "node:fs";
import { OfficePort } from "../src/adapters/office/port";
import { SHEET } from "../src/domain/register/contract";
import { validateRegister } from "../src/domain/validate";
import { demoRegister } from "../src/workbook/demo";
import { findSheet, readRegister, SHEETS_TO_READ } from "../src/workbook/read";
import { planResultsWrite } from "../src/workbook/edit/results";
import { FakeExcel } from "../test/addin/fakeExcel";
import { typeRows } from "../test/addin/typeRows";

const today = { year: 2026, month: 11, day: 25 };

async function measure<T>(
  fx: FakeExcel,
  work: () => Promise<T>
): Promise<{ syncs: number; ms: number; heapMB: number }> {
  fx.sync.mockClear();
  const t = performance.now();
  await work();
  return {
    syncs: fx.sync.mock.calls.length,
    ms: performance.now() - t,
    heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
  };
}

it("measures context.sync() counts", async () => {
  const out: Record<string, { syncs: number; ms: number; heapMB: number }> = {};
  const fx0 = new FakeExcel(["Sheet1"]);
  const port0 = new OfficePort({ run: fx0.run, supports: () => true, debounceMs: 50 });
  out.syncs_setup = await measure(fx0, () => port0.setUp(demoRegister(2026).options));
  for (const n of [10, 10_000]) {
    const fx = new FakeExcel(["Sheet1"]);
    const port = new OfficePort({ run: fx.run, supports: () => true, debounceMs: 50 });
    await port.setUp(demoRegister(2026).options);
    typeRows(fx, n);
    out[`syncs_validate_${n}`] = await measure(fx, async () => {
      const grids = await port.readGrids(SHEETS_TO_READ);
      const result = validateRegister(readRegister(grids), { today });
      await port.writeResults(
        planResultsWrite(findSheet(grids, SHEET.nominations)!, result.findings)!
      );
    });
  }
  if (process.env.BENCH_SYNCS_OUT) writeFileSync(process.env.BENCH_SYNCS_OUT, JSON.stringify(out));
  expect(out.syncs_validate_10000!.syncs).toBeGreaterThan(0);
}, 300_000);

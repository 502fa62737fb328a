/**
 * `context.sync()` counts and request sizes of the Office.js adapter on the strict Excel host model
 * (test/addin/fakeExcel.ts): creating a register, and checking 10 and 10,000 rows (read + validate +
 * write results); the largest request (JSON bytes) of a full setup with all three criteria templates.
 * Excel on the web refuses requests and responses over 5 MB, the desktop has no such limit: the
 * 10,000-row check is measured on both (the goal of 2 syncs is the desktop's; on the web a response of
 * 10,000 rows × 24 columns weighs ~7.6 MB and has to come in chunks).
 * Run by bench/run.js through Jest; writes JSON to $BENCH_SYNCS_OUT.
 */
import { writeFileSync } from "node:fs";
import { OfficePort } from "../src/adapters/office/port";
import { SHEET } from "../src/domain/register/contract";
import { TEMPLATES } from "../src/domain/criteria/templates";
import { validateRegister } from "../src/domain/validate";
import { demoRegister } from "../src/workbook/demo";
import { findSheet, readRegister, SHEETS_TO_READ } from "../src/workbook/read";
import { planResultsWrite } from "../src/workbook/edit/results";
import { criteriaSheetPlan } from "../src/taskpane/service";
import { FakeExcel, type Platform } from "../test/addin/fakeExcel";
import { typeRows } from "../test/addin/typeRows";

const today = { year: 2026, month: 11, day: 25 };

interface Measure {
  syncs: number;
  ms: number;
  heapMB: number;
  platform: Platform;
  request_bytes_max: number;
  response_bytes_max: number;
}

async function measure<T>(fx: FakeExcel, work: () => Promise<T>): Promise<Measure> {
  fx.sync.mockClear();
  fx.requests.length = 0;
  const t = performance.now();
  await work();
  return {
    syncs: fx.sync.mock.calls.length,
    ms: performance.now() - t,
    heapMB: Math.round(process.memoryUsage().heapUsed / 2 ** 20),
    platform: fx.platform,
    // Requests the host carried out (a refused one is counted in `syncs`, not here).
    request_bytes_max: Math.max(
      0,
      ...fx.requests.filter((r) => !r.failed).map((r) => r.requestBytes)
    ),
    response_bytes_max: Math.max(
      0,
      ...fx.requests.filter((r) => !r.failed).map((r) => r.responseBytes)
    ),
  };
}

const portOn = (fx: FakeExcel) =>
  new OfficePort({ run: fx.run, supports: () => true, debounceMs: 50 });

async function validateOnce(port: OfficePort) {
  const grids = await port.readGrids(SHEETS_TO_READ);
  const result = validateRegister(readRegister(grids), { today });
  await port.writeResults(planResultsWrite(findSheet(grids, SHEET.nominations)!, result.findings)!);
}

it("measures context.sync() counts and request sizes", async () => {
  const out: Record<string, Measure> = {};
  const fx0 = new FakeExcel(["Sheet1"], { platform: "web" });
  out.syncs_setup = await measure(fx0, () => portOn(fx0).setUp(demoRegister(2026).options));
  // A full setup with all three criteria templates (the largest write the pane makes).
  const fx1 = new FakeExcel(["Sheet1"], { platform: "web" });
  out.setup_request_bytes_max = await measure(fx1, () =>
    portOn(fx1).setUp(
      demoRegister(2026).options,
      TEMPLATES.map((t) => criteriaSheetPlan(t))
    )
  );
  for (const [n, platform, key] of [
    [10, "web", "syncs_validate_10"],
    [10_000, "desktop", "syncs_validate_10000"],
    [10_000, "web", "syncs_validate_10000_web"],
  ] as const) {
    const fx = new FakeExcel(["Sheet1"], { platform });
    const port = portOn(fx);
    await port.setUp(demoRegister(2026).options);
    typeRows(fx, n);
    out[key] = await measure(fx, () => validateOnce(port));
    if (key === "syncs_validate_10000_web")
      out.syncs_validate_10000_web_again = await measure(fx, () => validateOnce(port));
  }
  if (process.env.BENCH_SYNCS_OUT) writeFileSync(process.env.BENCH_SYNCS_OUT, JSON.stringify(out));
  expect(out.syncs_validate_10000!.syncs).toBeGreaterThan(0);
}, 300_000);

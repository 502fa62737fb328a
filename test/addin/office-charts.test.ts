/**
 * Issue #14 point 5 in the pane: setup adds `Tổng hợp`'s two native bar charts with Office.js
 * (`charts.add`) in the request that already recalculates and sets the pages up — still 3 syncs —
 * over the same ranges the CLI's DrawingML parts use (src/workbook/plan/charts.ts), on the strict host
 * model (test/addin/fakeExcel.ts). A second setup adds none; a host refusing charts costs only a warning.
 */
import { OfficePort } from "../../src/adapters/office/port";
import { SHEET } from "../../src/domain/register/contract";
import { demoRegister } from "../../src/workbook/demo";
import { CHART_NAME } from "../../src/workbook/plan/charts";
import { planSummarySheet } from "../../src/workbook/plan/summary";
import { FakeExcel } from "./fakeExcel";

const options = demoRegister(2026).options;
const planned = planSummarySheet(options).sheet.charts!;
const portOn = (fx: FakeExcel) =>
  new OfficePort({ run: fx.run, supports: () => true, debounceMs: 50 });
const on = (range: string) => `${SHEET.summary}!${range}`;

describe("Tổng hợp's charts in the pane", () => {
  let fx: FakeExcel;
  let port: OfficePort;
  beforeAll(async () => {
    fx = new FakeExcel(["Sheet1"]);
    port = portOn(fx);
    const report = await port.setUp(options);
    expect(report.warnings ?? []).toEqual([]);
  });

  it("adds both charts in setup's 3 syncs, over the plan's ranges", () => {
    expect(fx.sync.mock.calls.length).toBe(3);
    const charts = fx.sheet(SHEET.summary)!.charts;
    expect(charts.map((c) => c.name)).toEqual([CHART_NAME.byTitle, CHART_NAME.byUnit]);
    charts.forEach((c, i) => {
      const p = planned[i]!;
      expect(c).toMatchObject({
        type: "BarClustered",
        seriesBy: "Columns",
        source: on(p.values),
        xAxisValues: on(p.categories),
        title: p.title,
        seriesName: p.seriesLabel,
        legendVisible: false,
        showValue: true,
        reversePlotOrder: true,
        categoryAxisPosition: "Maximum",
      });
      // Below the table, from column A: the same cells as the CLI's drawing anchor.
      expect(c.position![0]).toBe(`A${p.from.row + 1}`);
    });
  });

  it("adds no second pair when setup runs again", async () => {
    fx.sync.mockClear();
    await port.setUp(options);
    expect(fx.sheet(SHEET.summary)!.charts).toHaveLength(2);
    expect(fx.sync.mock.calls.length).toBe(1); // a read: nothing is missing
  });
});

describe("the host model refuses what Excel refuses", () => {
  it("a chart source that is not a Range, or on a sheet that does not exist", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    await expect(
      fx.run(async (ctx: Excel.RequestContext) => {
        const ws = ctx.workbook.worksheets.getItem("Sheet1");
        ws.charts.add(
          "BarClustered" as Excel.ChartType,
          "A1:A3" as unknown as Excel.Range,
          "Columns" as Excel.ChartSeriesBy
        );
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "InvalidArgument" });
    await expect(
      fx.run(async (ctx: Excel.RequestContext) => {
        const ws = ctx.workbook.worksheets.getItem("Sheet1");
        const missing = ctx.workbook.worksheets.getItem("Không có").getRange("A1:A3");
        ws.charts.add("BarClustered" as Excel.ChartType, missing, "Columns" as Excel.ChartSeriesBy);
        await ctx.sync();
      })
    ).rejects.toMatchObject({ code: "ItemNotFound" });
    expect(fx.sheet("Sheet1")!.charts).toEqual([]);
  });

  it("a host refusing charts keeps the register: setup reports a warning", async () => {
    const fx = new FakeExcel(["Sheet1"]);
    fx.failAt = {
      match: (o) => o.member === "charts.add",
      code: "NotImplemented",
      message: "Charts are not available.",
    };
    const report = await portOn(fx).setUp(options);
    expect(report.created).toBe(true);
    expect(report.warnings?.join(" ")).toMatch(/charts/);
    expect(fx.sheet(SHEET.summary)!.charts).toEqual([]);
    expect(fx.stale.size).toBe(0); // the recalculation was sent again
  });
});

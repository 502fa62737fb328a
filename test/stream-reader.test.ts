/** The package reader (used by `validate`) sees exactly what the in-memory ExcelJS reader sees. */
import path from "node:path";
import ExcelJS from "exceljs";
import { gridsFromWorkbook } from "../src/adapters/xlsx/read";
import { streamGrids } from "../src/adapters/xlsx/stream";
import { readRegister } from "../src/workbook/read";
import { validateRegister } from "../src/domain/validate";
import { TODAY } from "../src/domain/testing/snapshots";
import { runCli, tempDir } from "./helpers/cli";
import { expectSameGrids } from "./helpers/grids";

describe("streaming reader", () => {
  const dir = tempDir();
  const file = path.join(dir, "so-thi-dua-mau.xlsx");
  beforeAll(() => expect(runCli(["demo", "--out", dir]).code).toBe(0));

  it("reads the same grids, snapshot and findings as the in-memory reader", async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const memory = gridsFromWorkbook(wb);
    const stream = await streamGrids(file);
    expectSameGrids(stream, memory);
    const a = validateRegister(readRegister(memory), { today: TODAY });
    const b = validateRegister(readRegister(stream), { today: TODAY });
    expect(b.findings).toEqual(a.findings);
    expect(b.findings.length).toBeGreaterThan(5);
  });
});

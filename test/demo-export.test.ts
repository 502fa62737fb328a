/** `so-thi-dua demo` also writes the council export (forced: the sample has deliberate errors) and a consolidation of the sample's units. */
import { existsSync, readdirSync } from "node:fs";
import path from "node:path";
import { readRegisterFile } from "../src/adapters/xlsx/read";
import { demoRegister } from "../src/workbook/demo";
import { runCli, tempDir } from "./helpers/cli";

describe("demo: council export and consolidation of the demo units", () => {
  const dir = tempDir("stđ-demo-");
  let stdout = "";

  beforeAll(() => {
    const r = runCli(["demo", "--out", dir]);
    expect(r.code).toBe(0);
    stdout = r.stdout;
  });

  it("prints where the files are, and that the export was forced", () => {
    expect(stdout).toContain(path.join(dir, "trinh-hoi-dong.xlsx"));
    expect(stdout).toContain("--force");
    expect(stdout).toContain(path.join(dir, "don-vi"));
    expect(stdout).toContain(path.join(dir, "tong-hop-phuong.xlsx"));
    // The demo's rows and the one duplicate planted across two units.
    const rows = demoRegister().nominations.length + 1;
    expect(stdout).toContain(`${rows} đề nghị, 1 nhóm trùng lặp`);
  });

  it("splits the sample into four unit registers whose rows add up to the sample plus the one planted duplicate", async () => {
    expect(existsSync(path.join(dir, "trinh-hoi-dong.xlsx"))).toBe(true);
    const units = readdirSync(path.join(dir, "don-vi")).sort();
    expect(units).toHaveLength(4);
    let rows = 0;
    for (const u of units)
      rows += (await readRegisterFile(path.join(dir, "don-vi", u))).snapshot.nominations!.rows
        .length;
    const sample = (await readRegisterFile(path.join(dir, "so-thi-dua-mau.xlsx"))).snapshot
      .nominations!.rows.length;
    expect(rows).toBe(sample + 1);
    const merged = await readRegisterFile(path.join(dir, "tong-hop-phuong.xlsx"));
    expect(merged.snapshot.nominations!.rows).toHaveLength(rows);
    expect(merged.snapshot.settings?.values.unitName?.value).toBe("UBND phường Kiến Hưng");
  });
});

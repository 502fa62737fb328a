/**
 * The council export printed by LibreOffice (`export --pdf`, the CLI's own path) and rendered with
 * pdftoppm: `Tờ trình` on one A4 page with both header blocks inked, `Danh sách` with its header row
 * repeated and page numbers. `UPDATE_DOCS=1` refreshes docs/export-to-trinh.png and
 * docs/export-danh-sach.png (the pictures in the README).
 */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { PNG } from "pngjs";
import { buildDemoWorkbook } from "../src/adapters/xlsx/demo";
import { demoRegister } from "../src/workbook/demo";
import { ROOT, runCli, tempDir } from "./helpers/cli";
import { describeWithLibreOffice } from "./helpers/libreoffice";

const run = (cmd: string, args: string[]) => spawnSync(cmd, args, { encoding: "utf8" });
const hasPoppler = run("pdftoppm", ["-v"]).status === 0;

describeWithLibreOffice("the council export as print (LibreOffice + pdftoppm)", () => {
  const dir = tempDir("stđ-render-");
  const demo = path.join(dir, "so-mau.xlsx");
  const out = path.join(dir, "trinh-hoi-dong.xlsx");
  const pdf = out.replace(/\.xlsx$/u, ".pdf");
  let pages: string[] = [];

  beforeAll(async () => {
    if (!hasPoppler && process.env.CI === "true")
      throw new Error("poppler-utils (pdftoppm, pdftotext) is required under CI");
    await (await buildDemoWorkbook(demoRegister(2026))).xlsx.writeFile(demo);
    const r = runCli(["export", demo, "--out", out, "--force", "--pdf"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(pdf);
    const count = Number(/Pages:\s+(\d+)/u.exec(run("pdfinfo", [pdf]).stdout)?.[1] ?? 0);
    pages = Array.from(
      { length: count },
      (_, i) =>
        run("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), "-layout", pdf, "-"]).stdout
    );
  });

  const render = (page: number, name: string): PNG => {
    const prefix = path.join(dir, name);
    expect(
      run("pdftoppm", [
        "-r",
        "80",
        "-f",
        String(page),
        "-l",
        String(page),
        "-png",
        "-singlefile",
        pdf,
        prefix,
      ]).status
    ).toBe(0);
    const file = `${prefix}.png`;
    if (process.env.UPDATE_DOCS === "1") copyFileSync(file, path.join(ROOT, "docs", `${name}.png`));
    return PNG.sync.read(readFileSync(file));
  };

  /** Share of dark pixels in a region given in fractions of the page. */
  const ink = (png: PNG, x0: number, y0: number, x1: number, y1: number): number => {
    let dark = 0;
    let all = 0;
    for (let y = Math.floor(y0 * png.height); y < y1 * png.height; y++) {
      for (let x = Math.floor(x0 * png.width); x < x1 * png.width; x++) {
        const i = (y * png.width + x) * 4;
        all++;
        if (png.data[i]! + png.data[i + 1]! + png.data[i + 2]! < 300) dark++;
      }
    }
    return dark / all;
  };

  (hasPoppler ? it : it.skip)(
    "Tờ trình fits one A4 page with both header blocks, the title, the body and the signer",
    () => {
      expect(existsSync(pdf)).toBe(true);
      const first = pages[0]!;
      for (const t of [
        "UBND PHƯỜNG KIẾN HƯNG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "TỜ TRÌNH",
        "Kính gửi:",
        "Nơi nhận:",
        // The demo's signer (Cấu hình): the vice-chair signs for the chair, with a name.
        "KT. CHỦ TỊCH",
        "PHÓ CHỦ TỊCH",
        "Trần Minh Đức",
      ])
        expect(first).toContain(t);
      expect(pages[1]).toContain("DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG NĂM 2026");
      const png = render(1, "export-to-trinh");
      expect(png.width / png.height).toBeCloseTo(210 / 297, 2);
      expect(ink(png, 0.14, 0.05, 0.45, 0.13)).toBeGreaterThan(0.01); // agency block (left margin is 30 mm)
      expect(ink(png, 0.5, 0.05, 0.93, 0.1)).toBeGreaterThan(0.01); // national motto
      expect(ink(png, 0.0, 0.0, 0.13, 1)).toBeLessThan(0.001); // nothing in the 30 mm left margin
    }
  );

  (hasPoppler ? it : it.skip)(
    "Danh sách repeats its header row on every page and numbers the pages",
    () => {
      const list = pages
        .map((p, i) => [p, i] as const)
        .filter(([p]) => p.includes("Họ và tên / Tên tập") && p.includes("Số phiếu"));
      expect(list.length).toBeGreaterThanOrEqual(2);
      for (const [p, i] of list) expect(p).toContain(`Trang ${i + 1}/${pages.length}`);
      const png = render(list[0]![1] + 1, "export-danh-sach");
      expect(ink(png, 0.14, 0.1, 0.93, 0.9)).toBeGreaterThan(0.02);
    }
  );

  (hasPoppler ? it : it.skip)(
    "Biên bản is dated the meeting day with its time, place, attendance and voting method",
    () => {
      const minutes = pages.find((p) => p.includes("BIÊN BẢN") && p.includes("Họp Hội đồng"))!;
      for (const t of [
        "Kiến Hưng, ngày 05 tháng 12 năm 2026",
        "Thời gian: 8 giờ 00, ngày 05 tháng 12 năm 2026.",
        "Hội trường UBND phường Kiến Hưng",
        "có mặt: 8 thành viên",
        "Bỏ phiếu kín",
      ])
        expect(minutes.replace(/\s+/gu, " ")).toContain(t);
    }
  );

  (hasPoppler ? it : it.skip)(
    "Phiếu bầu: nine ballots, each on its own page with every nominee; then the vote-count record",
    () => {
      const ballots = pages.map((p, i) => [p, i] as const).filter(([p]) => p.includes("PHIẾU BẦU"));
      expect(ballots).toHaveLength(9);
      // Consecutive pages, each a whole ballot: the tick columns and the last nominee on it.
      ballots.forEach(([p, i], k) => {
        expect(i).toBe(ballots[0]![1] + k);
        expect(p).toContain("Không đồng ý");
        expect(p).toContain("Hộ bà Phạm Thị Xuân");
      });
      render(ballots[0]![1] + 1, "export-phieu-bau");
      const tally = pages.findIndex((p) => p.includes("BIÊN BẢN KIỂM PHIẾU"));
      expect(pages[tally]).toContain("Số phiếu phát ra: 9 phiếu");
      render(tally + 1, "export-kiem-phieu");
    }
  );
});

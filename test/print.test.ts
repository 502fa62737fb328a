/**
 * Issue #15 point 3: the demo register prints as a clerk would print it (docs/decisions.md, "Printing
 * the register"; docs/print/ shows pages of the PDF).
 *
 * - From the package (always): every visible sheet's page setup gives a scale of at least 55 % on
 *   A4 — computed from its column widths, print area, repeated columns and fit/scale, with Excel's
 *   column unit (7 px of Calibri 11); `TC …` and `Đề nghị` have print areas that follow their data,
 *   and the writers of an existing register (`criteria add-candidates`, `validate --write`) keep
 *   them in step without touching an area the clerk set.
 * - From LibreOffice's PDF (skipped locally without LibreOffice and poppler's pdftotext, a failure
 *   under CI=true): no page without content of its own, a page count within the bound derived
 *   below (103 before), and every page printed at 55 % or more, measured on the text itself.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { LIBREOFFICE_FONT_REPLACEMENT } from "../src/adapters/xlsx/document";
import { columnLetter } from "../src/domain/findings";
import { NOMINATION_FIELDS } from "../src/domain/register/contract";
import { STYLES } from "../src/adapters/xlsx/styles";
import {
  mayRepointArea,
  ownsCriteriaArea,
  ownsNominationsArea,
  WRAPPED_STYLES,
} from "../src/workbook/plan/print";
import { demoRegister } from "../src/workbook/demo";
import { runCli, tempDir } from "./helpers/cli";
import { convertToPdf, describeWithLibreOffice } from "./helpers/libreoffice";
import { unzipEntries } from "./helpers/zip";

/** The last column of `Đề nghị` (`Kết quả kiểm tra`). */
const LAST = columnLetter(NOMINATION_FIELDS.length);
/** The demo's last nomination row (header on row 4), and the row below it. */
const END = 4 + demoRegister().nominations.length;
const NEXT = END + 1;

const dir = tempDir("print-");
const DEMO = path.join(dir, "demo");
const REGISTER = path.join(DEMO, "so-thi-dua-mau.xlsx");

beforeAll(() => {
  const r = runCli(["demo", "--out", DEMO]);
  expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
});

// ------------------------------------------------------------------------------ the package

const MM_PER_UNIT = (7 * 25.4) / 96; // Excel's column unit: 7 px of the default Calibri 11
const TEXT_WIDTH_MM = { portrait: 210 - 0.9 * 25.4, landscape: 297 - 0.9 * 25.4 };

interface SheetPrint {
  readonly name: string;
  readonly state: string;
  readonly orientation: "portrait" | "landscape";
  readonly fitToPage: boolean;
  readonly fitToWidth: number;
  readonly fitToHeight: number;
  readonly scale: number;
  readonly pageOrder: string;
  /** `_xlnm.Print_Area` without the sheet, e.g. `$A$1:$K$23`. */
  readonly area: string | undefined;
  readonly titles: string | undefined;
  /** Column widths in Excel units by 1-based column. */
  readonly widths: Map<number, number>;
  readonly dimension: string;
  readonly rowHeights: Map<number, number>;
  readonly merges: string[];
}

const attr = (xml: string, name: string): string | undefined =>
  new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(xml)?.[1];
const unescape = (s: string) =>
  s
    .replace(/&apos;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&");

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** Every sheet's print setup as the package has it. */
function printSetup(file: string): SheetPrint[] {
  const e = unzipEntries(readFileSync(file));
  const wb = e.get("xl/workbook.xml")!.toString("utf8");
  const rels = e.get("xl/_rels/workbook.xml.rels")!.toString("utf8");
  const names = [...wb.matchAll(/<definedName ([^>]*)>([^<]*)<\/definedName>/g)].map((m) => ({
    name: attr(m[1]!, "name"),
    local: attr(m[1]!, "localSheetId"),
    value: unescape(m[2]!).replace(/^.*!/u, ""),
    raw: unescape(m[2]!),
  }));
  return [...wb.matchAll(/<sheet ([^>]*)\/>/g)].map((m, i) => {
    const rid = attr(m[1]!, "r:id")!;
    const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]*)"`).exec(rels)?.[1] ?? "";
    const xml = e.get(`xl/${target.replace(/^\/?xl\//, "")}`)!.toString("utf8");
    const ps = /<pageSetup [^>]*>/.exec(xml)?.[0] ?? "";
    const widths = new Map<number, number>();
    for (const c of xml.matchAll(/<col ([^>]*)\/>/g)) {
      const [min, max, w] = ["min", "max", "width"].map((k) => Number(attr(c[1]!, k)));
      for (let k = min!; k <= max!; k++) widths.set(k, w!);
    }
    const rowHeights = new Map<number, number>();
    for (const r of xml.matchAll(/<row ([^>]*)>/g)) {
      const ht = attr(r[1]!, "ht");
      if (ht !== undefined) rowHeights.set(Number(attr(r[1]!, "r")), Number(ht));
    }
    const local = (n: string) =>
      names.find((d) => d.name === n && d.local === String(i))?.raw.replace(/'[^']*'!/gu, "");
    return {
      name: unescape(attr(m[1]!, "name")!),
      state: attr(m[1]!, "state") ?? "visible",
      orientation: (attr(ps, "orientation") ?? "portrait") as "portrait" | "landscape",
      fitToPage: /<pageSetUpPr [^>]*fitToPage="1"/.test(xml),
      fitToWidth: Number(attr(ps, "fitToWidth") ?? 1),
      fitToHeight: Number(attr(ps, "fitToHeight") ?? 1),
      scale: Number(attr(ps, "scale") ?? 100),
      pageOrder: attr(ps, "pageOrder") ?? "downThenOver",
      area: local("_xlnm.Print_Area"),
      titles: local("_xlnm.Print_Titles"),
      widths,
      dimension: attr(/<dimension [^>]*>/.exec(xml)?.[0] ?? "", "ref") ?? "A1",
      rowHeights,
      merges: [...xml.matchAll(/<mergeCell ref="([^"]*)"/g)].map((x) => x[1]!),
    };
  });
}

/** First and last column of the printed range: the print area, else the used range. */
function printedColumns(s: SheetPrint): [number, number] {
  const ref = (s.area ?? s.dimension).replace(/\$/g, "");
  const m = /^([A-Z]+)\d+(?::([A-Z]+)\d+)?$/.exec(ref)!;
  return [colNumber(m[1]!), colNumber(m[2] ?? m[1]!)];
}

const widthMm = (s: SheetPrint, c1: number, c2: number) => {
  let mm = 0;
  for (let c = c1; c <= c2; c++) mm += (s.widths.get(c) ?? 8.43) * MM_PER_UNIT;
  return mm;
};

/**
 * The scale the sheet prints at across the page: its fixed scale, or the fit of its printed columns
 * (plus the repeated columns on every page after the first) into `fitToWidth` page widths.
 */
function widthScale(s: SheetPrint): number {
  if (!s.fitToPage) return s.scale / 100;
  const [c1, c2] = printedColumns(s);
  const repeat = /\$([A-Z]+):\$([A-Z]+)/.exec(s.titles ?? "");
  const repeated = repeat ? widthMm(s, colNumber(repeat[1]!), colNumber(repeat[2]!)) : 0;
  const pages = s.fitToWidth || 1;
  const needed = widthMm(s, c1, c2) + (pages - 1) * repeated;
  return Math.min(1, (pages * TEXT_WIDTH_MM[s.orientation]) / needed);
}

describe("the demo register's page setup", () => {
  let sheets: SheetPrint[];
  const sheet = (name: string) => sheets.find((s) => s.name === name)!;
  beforeAll(() => {
    sheets = printSetup(REGISTER);
  });

  it("prints every visible sheet at 55 % or more of its size", () => {
    const scales = sheets
      .filter((s) => s.state === "visible")
      .map((s) => ({ sheet: s.name, atLeast55: Math.round(widthScale(s) * 100) >= 55 }));
    expect(scales.filter((s) => !s.atLeast55)).toEqual([]);
  });

  it("prints each `TC …` sheet one page wide, landscape, over its named candidates only", () => {
    const tc = sheets.filter((s) => s.name.startsWith("TC "));
    expect(tc.map((s) => [s.name, s.area])).toEqual([
      ["TC Cá nhân", "$A$1:$K$23"], // seven candidates, E–K; `Xếp hạng` is row 23
      ["TC Tổ dân phố", "$A$1:$G$30"],
      ["TC Đoàn thể", "$A$1:$G$21"],
    ]);
    for (const s of tc) {
      expect([s.orientation, s.fitToPage, s.fitToWidth, s.titles]).toEqual([
        "landscape",
        true,
        1,
        "$3:$3",
      ]);
      expect(s.dimension).toMatch(/:AH\d+$/); // the 30 prepared columns are still there
    }
  });

  it("prints `Đề nghị` down to its last nomination, two pages wide with STT and name repeated", () => {
    const s = sheet("Đề nghị");
    expect(s.area).toBe(`$A$1:$${LAST}$${END}`); // every nomination, header in row 4
    expect(s.dimension).toBe(`A1:${LAST}1004`); // the 1,000 prepared rows are not printed
    expect([s.orientation, s.fitToWidth, s.pageOrder, s.titles]).toEqual([
      "landscape",
      2,
      "overThenDown",
      "$A:$B,$4:$4",
    ]);
  });

  it("gives rows with wrapped text their height: the guide's paragraphs, the notes under titles", () => {
    const guide = sheet("Hướng dẫn");
    expect(guide.widths.get(1)! * MM_PER_UNIT).toBeLessThan(TEXT_WIDTH_MM.portrait);
    expect(guide.rowHeights.size).toBeGreaterThan(10);
    // The note under each title spans the table (one line, or a row as tall as its lines).
    const notes = ["Cấu hình", "Lịch sử", "Khiếu nại", "TC Cá nhân"].map((name) => ({
      name,
      merge: sheet(name).merges.find((m) => m.startsWith("A2:")),
    }));
    expect(notes.filter((n) => !n.merge || colNumber(/:([A-Z]+)/.exec(n.merge)![1]!) < 4)).toEqual(
      []
    );
    // `TC Cá nhân`: the note takes two lines across A–D; the header's names two lines too.
    expect(sheet("TC Cá nhân").rowHeights.get(2)).toBeGreaterThan(15);
    expect(sheet("TC Cá nhân").rowHeights.get(3)).toBeGreaterThan(15);
  });
});

describe("writers of an existing register keep the print areas in step", () => {
  const areas = (file: string) => new Map(printSetup(file).map((s) => [s.name, s.area] as const));

  it("`criteria add-candidates` widens the area over the new candidates", () => {
    const file = path.join(dir, "init.xlsx");
    expect(runCli(["init", file]).code).toBe(0);
    expect(areas(file).get("TC Cá nhân")).toBe("$A$1:$E$23"); // the first prepared column
    const r = runCli(["criteria", "add-candidates", file, "An", "Bình", "--sheet", "TC Cá nhân"]);
    expect(r.code).toBe(0);
    expect(areas(file).get("TC Cá nhân")).toBe("$A$1:$F$23");
    expect(areas(file).get("TC Đoàn thể")).toBe("$A$1:$E$21");
  });

  it("`validate --write` follows the nominations, and leaves an area the clerk set alone", async () => {
    const file = path.join(dir, "more-rows.xlsx");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(REGISTER);
    wb.getWorksheet("Đề nghị")!.getCell(`B${NEXT}`).value = "Nguyễn Văn Mới";
    await wb.xlsx.writeFile(file);
    expect(areas(file).get("Đề nghị")).toBe(`$A1:$${LAST}${END}`); // as ExcelJS saves it again
    expect(runCli(["validate", file, "--write"]).code).toBe(1); // the demo keeps its errors
    expect(areas(file).get("Đề nghị")).toBe(`$A$1:$${LAST}$${NEXT}`);
    // A second check has nothing to write.
    expect(runCli(["validate", file, "--write"]).stderr).toContain("không cần ghi lại");

    const own = path.join(dir, "own-area.xlsx");
    const wb2 = new ExcelJS.Workbook();
    await wb2.xlsx.readFile(REGISTER);
    const ws = wb2.getWorksheet("Đề nghị")!;
    ws.pageSetup.printArea = "A1:G20";
    ws.getCell(`B${NEXT}`).value = "Nguyễn Văn Mới";
    await wb2.xlsx.writeFile(own);
    expect(runCli(["validate", own, "--write"]).code).toBe(1);
    expect(areas(own).get("Đề nghị")).toBe("$A1:$G20");
  });
});

describe("print geometry of the plans", () => {
  it("measures wrapped text in the styles that wrap, with their fonts", () => {
    const wrapping = Object.entries(STYLES)
      .filter(([, st]) => st.alignment?.wrapText)
      .map(([name, st]) => [name, { size: st.font!.size, bold: st.font!.bold ?? false }]);
    expect(
      Object.fromEntries(
        Object.entries(WRAPPED_STYLES).map(([n, f]) => [
          n,
          { size: f!.size, bold: f!.bold ?? false },
        ])
      )
    ).toEqual(Object.fromEntries(wrapping));
  });

  it("re-points only an area it wrote: absent, or from A1 over the same columns / down to the same row", () => {
    expect(mayRepointArea(undefined, "A1:X40", ownsNominationsArea)).toBe(true);
    expect(mayRepointArea("'Đề nghị'!$A$1:$X$40", "A1:X41", ownsNominationsArea)).toBe(true);
    expect(mayRepointArea("'Đề nghị'!$A$1:$X$41", "A1:X41", ownsNominationsArea)).toBe(false);
    expect(mayRepointArea("'Đề nghị'!$A$1:$G$20", "A1:X41", ownsNominationsArea)).toBe(false);
    expect(mayRepointArea("'Đề nghị'!$B$2:$X$20", "A1:X41", ownsNominationsArea)).toBe(false);
    expect(
      mayRepointArea("'Đề nghị'!$A$1:$X$9,'Đề nghị'!$A$20:$X$29", "A1:X41", ownsNominationsArea)
    ).toBe(false);
    expect(mayRepointArea("'TC A'!$A$1:$E$23", "A1:G23", ownsCriteriaArea)).toBe(true);
    expect(mayRepointArea("'TC A'!$A$1:$E$12", "A1:G23", ownsCriteriaArea)).toBe(false);
  });
});

// ------------------------------------------------------------------------------ the PDF

/** poppler's pdftotext, or null locally when it is missing (a failure under CI=true). */
function pdftotext(): string | null {
  try {
    execFileSync("pdftotext", ["-v"], { stdio: "ignore" });
    return "pdftotext";
  } catch {
    if (process.env.CI === "true") throw new Error("pdftotext (poppler-utils) is required");
    return null;
  }
}

/** The sheet titles (14 pt bold) a page can start with; other pages start with 11 pt text. */
const TITLES = [
  "HƯỚNG DẪN SỬ DỤNG SỔ THI ĐUA",
  "CẤU HÌNH SỔ THI ĐUA",
  "TIÊU CHÍ CHẤM ĐIỂM",
  "DANH SÁCH ĐỀ NGHỊ",
  "LỊCH SỬ KHEN THƯỞNG",
  "KHIẾU NẠI, PHẢN ÁNH",
  "TỔNG HỢP KẾT QUẢ",
];

/**
 * Liberation Serif (Times New Roman's metrics) as pdftotext boxes it: a word of size s points at
 * scale k is 1.3·s·k points tall (measured: 18.2 pt for the 14 pt title of `Hướng dẫn`, at 100 %).
 */
const BOX_PER_POINT = 1.3;

/** pdftotext's output of the whole demo (`-bbox` passed Node's default 1 MiB buffer). */
const BIG = 64 << 20;

describeWithLibreOffice("the demo register printed by LibreOffice", (soffice) => {
  const tool = pdftotext();
  let pages: string[] = [];
  let firstWords: { text: string; height: number }[] = [];

  beforeAll(async () => {
    if (!tool) return;
    // Calibri (the workbook's default font, the unit of column widths) as Liberation Serif, as
    // `export --pdf` does: a clerk's LibreOffice has Calibri or its metric twin Carlito; without
    // either, columns come out a third wider than in Excel and every fit shrinks accordingly.
    const pdf = await convertToPdf(REGISTER, path.join(dir, "pdf"), {
      soffice,
      replaceFonts: LIBREOFFICE_FONT_REPLACEMENT,
    });
    pages = execFileSync(tool, ["-layout", pdf, "-"], { encoding: "utf8", maxBuffer: BIG }).split(
      "\f"
    );
    if (pages[pages.length - 1]!.trim() === "") pages.pop();
    const bbox = execFileSync(tool, ["-bbox", pdf, "-"], { encoding: "utf8", maxBuffer: BIG });
    firstWords = bbox
      .split("<page ")
      .slice(1)
      .map((p) => {
        const w = /yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)</.exec(p)!;
        return { text: w[3]!, height: Number(w[2]) - Number(w[1]) };
      });
  });

  const lines = (page: string) =>
    new Set(
      page
        .split("\n")
        .map((l) => l.trim().replace(/\s+/g, " "))
        .filter((l) => l !== "" && !/^Trang \d+\/\d+$/.test(l))
    );

  it("prints no page without content of its own (only repeated titles and the page number)", () => {
    if (!tool) return;
    const sets = pages.map(lines);
    const empty = sets
      .map((s, i) => ({
        page: i + 1,
        own: [...s].filter((l) => !sets.some((o, j) => j !== i && o.has(l))),
      }))
      .filter((p) => p.own.length === 0)
      .map((p) => p.page);
    expect(empty).toEqual([]);
  });

  /*
   * Expected pages: Hướng dẫn 1, Cấu hình 1–2 (the meeting block of issue #12 pushes the end of the
   * policy table onto a second page), Thành viên Hội đồng 1, Đợt thi đua 1, Danh mục 1, each `TC …` 1
   * (one page wide; one page tall when that shrinks it by a quarter at most), Đề nghị 2 (two pages
   * wide; 40 nominations fit one page tall), Lịch sử 1, Khiếu nại 1, Tổng hợp 1–2 (its 100 prepared
   * unit rows) and one page of its two charts, Nhật ký 1 (issue #14): 15–17. Up to two more allow
   * for font metrics moving a page break (a sheet spilling a few rows).
   */
  it("prints 15 to 19 pages (103 before issue #15), each `TC …` sheet on one", () => {
    if (!tool) return;
    expect(pages.length).toBeGreaterThanOrEqual(15);
    expect(pages.length).toBeLessThanOrEqual(19);
    expect(pages.filter((p) => p.trimStart().startsWith("CÁC ĐỢT THI ĐUA"))).toHaveLength(1);
    expect(pages.filter((p) => p.trimStart().startsWith("THÀNH VIÊN HỘI ĐỒNG"))).toHaveLength(1);
    const starts = (t: string) => pages.filter((p) => p.trimStart().startsWith(t)).length;
    expect(starts("TIÊU CHÍ CHẤM ĐIỂM")).toBe(3);
    expect(starts("DANH SÁCH ĐỀ NGHỊ")).toBe(2);
    const nominations = pages.filter((p) => p.trimStart().startsWith("DANH SÁCH ĐỀ NGHỊ"));
    for (const p of nominations) expect(p).toContain("Hộ bà Phạm Thị Xuân"); // the last nomination
  });

  it("prints Tổng hợp's two charts (issue #14) after its table, each title and unit a bar", () => {
    if (!tool) return;
    // pdftotext splits some Vietnamese words of the chart labels: compare without spaces.
    const squeeze = (s: string) => s.replace(/\s+/g, "");
    const page = pages.find((p) => squeeze(p).includes(squeeze("Số đề nghị theo danh hiệu")));
    expect(page).toBeDefined();
    const flat = squeeze(page!);
    expect(flat).toContain(squeeze("Số đề nghị theo đơn vị đề nghị"));
    const demo = demoRegister();
    for (const label of ["Lao động tiên tiến", "Giấy khen", ...demo.options.units])
      expect(flat).toContain(squeeze(label));
    const summaryPage = pages.findIndex((p) => p.trimStart().startsWith("TỔNG HỢP KẾT QUẢ"));
    expect(pages.indexOf(page!)).toBeGreaterThan(summaryPage);
  });

  it("prints every page at 55 % or more (the height of its first word)", () => {
    if (!tool) return;
    const scales = pages.map((p, i) => {
      const size = TITLES.some((t) => p.trimStart().startsWith(t)) ? 14 : 11;
      const w = firstWords[i]!;
      return {
        page: i + 1,
        word: w.text,
        scale: Math.round((w.height / (BOX_PER_POINT * size)) * 100),
      };
    });
    expect(scales.filter((s) => s.scale < 55)).toEqual([]);
  });
});

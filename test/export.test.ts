/**
 * `so-thi-dua export` through the real CLI: the refusal, --force, and the exported workbook opened
 * with ExcelJS and checked against the domain (sheets, fonts, A4, margins, Decree 30 header texts,
 * groups, Vietnamese order, counts, vote ratios), formula injection, --pdf without LibreOffice,
 * --mark-exported and RG03.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { buildDemoWorkbook } from "../src/adapters/xlsx/demo";
import { readRegisterFile } from "../src/adapters/xlsx/read";
import { todayCivil } from "../src/cli/clock";
import { buildCouncilExport, type CouncilExport } from "../src/domain/export/council";
import { wouldRunAsFormula } from "../src/domain/export/safeText";
import { COL } from "../src/domain/register/contract";
import { validateRegister } from "../src/domain/validate";
import { demoRegister } from "../src/workbook/demo";
import { EXPORT_SHEETS } from "../src/workbook/plan/export";
import { titlePhrase, viNumber } from "../src/workbook/plan/export/text";
import { ballotGroups } from "../src/workbook/plan/export/ballots";
import { runCli, runCliAsync, tempDir } from "./helpers/cli";
import { person, team, writeRegister } from "./helpers/registers";
import { sharedStrings, unzipEntries } from "./helpers/zip";

const sha = (file: string) => createHash("sha256").update(readFileSync(file)).digest("hex");

interface CellText {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly cell: ExcelJS.Cell;
}

function textOf(v: ExcelJS.CellValue): string {
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (v && typeof v === "object" && "richText" in v) return v.richText.map((r) => r.text).join("");
  return "";
}

function cellsOf(ws: ExcelJS.Worksheet): CellText[] {
  const out: CellText[] = [];
  ws.eachRow((row, r) =>
    row.eachCell((cell, c) => {
      if (
        cell.value === null ||
        cell.value === undefined ||
        (cell.isMerged && cell.master.address !== cell.address)
      )
        return;
      out.push({ row: r, col: c, text: textOf(cell.value), cell });
    })
  );
  return out;
}

function find(ws: ExcelJS.Worksheet, pred: (t: string) => boolean): CellText {
  const hit = cellsOf(ws).find((c) => pred(c.text));
  if (!hit) throw new Error(`no cell matching ${pred.toString()} on ${ws.name}`);
  return hit;
}

async function open(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

async function domainExport(file: string, forced: boolean): Promise<CouncilExport> {
  const reg = await readRegisterFile(file);
  const today = todayCivil();
  return buildCouncilExport(reg.snapshot, validateRegister(reg.snapshot, { today }), {
    documentDate: today,
    forced,
  });
}

const dir = tempDir("stđ-export-");
const demo = path.join(dir, "so-mau.xlsx");
const out = path.join(dir, "trinh.xlsx");

beforeAll(async () => {
  await (await buildDemoWorkbook(demoRegister(2026))).xlsx.writeFile(demo);
});

describe("export refuses a register with errors", () => {
  it("exits 1, lists the errors and writes nothing", () => {
    const r = runCli(["export", demo, "--out", out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("DK01");
    expect(r.stdout).toContain("Đề nghị:15");
    expect(r.stderr).toContain("--force");
    expect(existsSync(out)).toBe(false);
  });

  it("refuses to write over the register and wants an .xlsx (exit 2)", () => {
    expect(runCli(["export", demo, "--out", demo, "--force"]).code).toBe(2);
    expect(runCli(["export", demo, "--out", path.join(dir, "x.pdf"), "--force"]).code).toBe(2);
    expect(runCli(["export", path.join(dir, "none.xlsx"), "--out", out]).code).toBe(2);
  });
});

describe("export --force of the demo register", () => {
  let wb: ExcelJS.Workbook;
  let x: CouncilExport;
  let run: ReturnType<typeof runCli>;
  const before = () => sha(demo);
  let hash = "";

  beforeAll(async () => {
    hash = before();
    run = runCli(["export", demo, "--out", out, "--force"]);
    wb = await open(out);
    x = await domainExport(demo, true);
  });

  it("exits 0, says so, and leaves the register untouched", () => {
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("--force");
    expect(run.stdout).toContain(`${x.counts.proposed} đề nghị đủ điều kiện`);
    expect(run.stdout).toContain("không bị thay đổi");
    expect(sha(demo)).toBe(hash);
  });

  it("has the seven sheets in order, A4 portrait, Decree 30 margins, Times New Roman everywhere", () => {
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual([
      ...EXPORT_SHEETS,
    ]);
    for (const ws of wb.worksheets.filter((w) => w.state === "visible")) {
      expect(ws.pageSetup.paperSize).toBe(9);
      expect(ws.pageSetup.orientation).toBe("portrait");
      const m = ws.pageSetup.margins!;
      expect(m.top * 25.4).toBeCloseTo(20, 0);
      expect(m.bottom * 25.4).toBeCloseTo(20, 0);
      expect(m.left * 25.4).toBeCloseTo(30, 0);
      expect(m.right * 25.4).toBeCloseTo(15, 0);
      for (const c of cellsOf(ws)) {
        if (c.text === "") continue;
        const font =
          typeof c.cell.value === "object" && c.cell.value && "richText" in c.cell.value
            ? c.cell.value.richText[0]!.font
            : c.cell.font;
        expect(`${ws.name}!${c.cell.address} ${font?.name}`).toBe(
          `${ws.name}!${c.cell.address} Times New Roman`
        );
      }
    }
  });

  it("Tờ trình: agency block, national motto, number, place and date, document type, addressee, counts, Nơi nhận, signer", () => {
    const ws = wb.getWorksheet("Tờ trình")!;
    const agency = find(ws, (t) => t.startsWith("UBND PHƯỜNG KIẾN HƯNG"));
    const runs = (agency.cell.value as ExcelJS.CellRichTextValue).richText;
    expect(runs.map((r) => [r.text.trim(), Boolean(r.font?.bold), r.font?.size])).toEqual([
      ["UBND PHƯỜNG KIẾN HƯNG", false, 12],
      ["HỘI ĐỒNG THI ĐUA", true, 12],
      ["KHEN THƯỞNG", true, 12],
    ]);
    const motto = find(ws, (t) => t === "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(motto.cell.font).toMatchObject({ bold: true, size: 12 });
    const slogan = find(ws, (t) => t === "Độc lập - Tự do - Hạnh phúc");
    expect(slogan.cell.font).toMatchObject({ bold: true, size: 13 });
    // The rule under the motto: bordered cells on the next row, within the right block.
    const ruled = [...Array(40).keys()]
      .filter((i) => ws.getCell(slogan.row + 1, i + 1).border?.top)
      .map((i) => i + 1);
    expect(ruled.length).toBeGreaterThanOrEqual(4);
    expect(Math.min(...ruled)).toBeGreaterThan(16); // under the right-hand block
    expect(ruled[0]! - 16 + ruled[ruled.length - 1]! - 16).toBe(24 + 1); // centred in it
    expect(find(ws, (t) => t.startsWith("Số:")).text).toMatch(/^Số:\s+\/TTr-HĐTĐKT$/u);
    // Dated `Ngày trình` (08/12), after the meeting (05/12) whose minutes it cites.
    const date = find(ws, (t) => t === "Kiến Hưng, ngày 08 tháng 12 năm 2026");
    expect(date.cell.font).toMatchObject({ italic: true, size: 13 });
    expect(find(ws, (t) => t === "TỜ TRÌNH").cell.font).toMatchObject({ bold: true, size: 14 });
    expect(
      find(ws, (t) => t === "Về việc đề nghị khen thưởng thành tích năm 2026").cell.font
    ).toMatchObject({ bold: true, size: 14 });
    expect(find(ws, (t) => t.startsWith("Kính gửi:")).text).toBe(
      "Kính gửi: Chủ tịch Ủy ban nhân dân phường Kiến Hưng."
    );
    const basis = find(ws, (t) => t.includes("Căn cứ Luật Thi đua, khen thưởng"));
    expect(basis.cell.font?.size).toBeGreaterThanOrEqual(13);
    expect(basis.cell.alignment?.horizontal).toBe("justify");
    for (const g of [...x.ward, ...x.upward]) {
      const line = find(ws, (t) => t.trim().startsWith(`- ${titlePhrase(g.title)}:`));
      for (const k of g.kinds)
        expect(line.text).toContain(
          `${k.entries.length} ${k.kind === "individual" ? "cá nhân" : k.kind === "collective" ? "tập thể" : "hộ gia đình"}`
        );
    }
    expect(find(ws, (t) => t.includes("Đề nghị Chủ tịch UBND thành phố Hà Nội")).text).toContain(
      "khen thưởng"
    );
    const nn = find(ws, (t) => t === "Nơi nhận:");
    expect(nn.cell.font).toMatchObject({ bold: true, italic: true, size: 12 });
    expect(find(ws, (t) => t === "- Như trên;").cell.font?.size).toBe(11);
    // The signer of `Cấu hình`: the vice-chair for the chair, and the name under the signature.
    const cap = find(ws, (t) => t === "KT. CHỦ TỊCH");
    expect(cap.cell.font).toMatchObject({ bold: true });
    expect(textOf(ws.getCell(cap.row + 1, cap.col).value)).toBe("PHÓ CHỦ TỊCH");
    const signer = find(ws, (t) => t === "Trần Minh Đức");
    expect(signer.row).toBeGreaterThan(cap.row + 2); // room for the signature and seal
    expect(signer.col).toBe(cap.col);
    expect(ws.headerFooter.differentFirst).toBe(true);
    expect(ws.headerFooter.oddHeader).toContain("&P");
  });

  it("Danh sách: grouped by title, ward list then the list proposed upward, Vietnamese order, votes on total membership", () => {
    const ws = wb.getWorksheet("Danh sách")!;
    // Attached to the Tờ trình of `Ngày trình` (08/12), not to the day of the export.
    expect(find(ws, (t) => t.startsWith("(Kèm theo Tờ trình")).text).toContain(
      "ngày 08 tháng 12 năm 2026"
    );
    const head = find(ws, (t) => t === "Họ và tên / Tên tập thể");
    expect(ws.pageSetup.printTitlesRow).toBe(`${head.row}:${head.row}`);
    expect(ws.headerFooter.oddFooter).toMatch(/&P.*&N/u);
    expect([1, 2, 3, 4, 5, 6].map((c) => textOf(ws.getCell(head.row, c).value))).toEqual([
      "STT",
      "Họ và tên / Tên tập thể",
      "Chức vụ, đơn vị công tác",
      "Đơn vị đề nghị",
      "Số phiếu đồng ý (tỷ lệ %)",
      "Ghi chú",
    ]);
    // Read the list back: headings and rows.
    const lines: string[] = [];
    for (let r = head.row + 1; r <= ws.rowCount; r++) {
      const a = textOf(ws.getCell(r, 1).value);
      const b = textOf(ws.getCell(r, 2).value);
      if (typeof ws.getCell(r, 1).value === "number")
        lines.push(`${a}|${b}|${textOf(ws.getCell(r, 5).value)}`);
      else if (a) lines.push(a);
    }
    const expected: string[] = [];
    const size = x.header.councilSize!;
    const part = (title: string, groups: CouncilExport["ward"]) => {
      if (!groups.length) return;
      expected.push(title);
      groups.forEach((g, gi) => {
        expected.push(
          `${["I", "II", "III", "IV", "V", "VI", "VII", "VIII"][gi]}. ${g.title.group} "${g.title.name.toLocaleUpperCase("vi")}"`
        );
        let stt = 0;
        g.kinds.forEach((k, ki) => {
          if (g.kinds.length > 1)
            expected.push(
              `${ki + 1}. ${{ individual: "Cá nhân", collective: "Tập thể", household: "Hộ gia đình" }[k.kind]}`
            );
          for (const e of k.entries)
            expected.push(
              `${++stt}|${e.name}|${e.votes}/${size} (${viNumber((100 * e.votes!) / size)}%)`
            );
        });
      });
    };
    part("A. THUỘC THẨM QUYỀN CỦA CHỦ TỊCH ỦY BAN NHÂN DÂN PHƯỜNG KIẾN HƯNG", x.ward);
    part("B. ĐỀ NGHỊ CHỦ TỊCH UBND THÀNH PHỐ HÀ NỘI KHEN THƯỞNG", x.upward);
    expect(lines.slice(0, expected.length)).toEqual(expected);
    expect(lines).toContain('I. DANH HIỆU "LAO ĐỘNG TIÊN TIẾN"');
    expect(lines).toContain('II. DANH HIỆU "CHIẾN SĨ THI ĐUA CƠ SỞ"');
    expect(lines).toContain('IV. HÌNH THỨC "GIẤY KHEN"');
    expect(lines).toContain('I. DANH HIỆU "TẬP THỂ LAO ĐỘNG XUẤT SẮC"');
    // The LĐTT people, in Vietnamese order: given name, then middle and family names.
    const ldtt = lines
      .slice(
        lines.indexOf('I. DANH HIỆU "LAO ĐỘNG TIÊN TIẾN"') + 1,
        lines.indexOf('II. DANH HIỆU "CHIẾN SĨ THI ĐUA CƠ SỞ"')
      )
      .map((l) => l.split("|")[1]);
    expect(ldtt.slice(0, 5)).toEqual([
      "Trần Văn Bình",
      "Phạm Minh Đức",
      "Lê Thu Hà",
      "Nguyễn Thị Hạnh",
      "Đặng Thị Hồng",
    ]);
    expect(x.counts.proposed).toBe(lines.filter((l) => /^\d+\|/u.test(l)).length);
  });

  it("Biên bản: meeting date, council size, every nomination with votes, ratio on the total membership and result", () => {
    const ws = wb.getWorksheet("Biên bản")!;
    // Dated the meeting date, not the day of the export.
    expect(find(ws, (t) => t === "Kiến Hưng, ngày 05 tháng 12 năm 2026").cell.font).toMatchObject({
      italic: true,
    });
    // The meeting of `Cấu hình` (issue #12): time, place, attendance, chair and secretary with
    // their roles from `Thành viên Hội đồng`, the voting method; the end time; the signers' names.
    expect(find(ws, (t) => t.startsWith("Thời gian:")).text).toBe(
      "Thời gian: 8 giờ 00, ngày 05 tháng 12 năm 2026."
    );
    expect(find(ws, (t) => t.startsWith("Địa điểm:")).text).toBe(
      "Địa điểm: Hội trường UBND phường Kiến Hưng."
    );
    expect(find(ws, (t) => t.startsWith("Thành phần:")).text).toBe(
      "Thành phần: Hội đồng có 9 thành viên; có mặt: 8 thành viên; vắng mặt: 1 thành viên (có ý kiến bằng văn bản: 1 thành viên)."
    );
    expect(find(ws, (t) => t.startsWith("Chủ trì:")).text).toBe(
      "Chủ trì: Nguyễn Văn Hùng – Chủ tịch UBND phường, Chủ tịch Hội đồng; Thư ký: Lê Thị Thu – Công chức Văn phòng HĐND và UBND phường, Ủy viên thường trực, Thư ký."
    );
    expect(find(ws, (t) => t.startsWith("Hình thức biểu quyết:")).text).toBe(
      "Hình thức biểu quyết: Bỏ phiếu kín (có Biên bản kiểm phiếu kèm theo)."
    );
    expect(find(ws, (t) => t.startsWith("Cuộc họp kết thúc")).text).toContain("11 giờ 30");
    const secretary = find(ws, (t) => t === "Lê Thị Thu");
    const chair = find(ws, (t) => t === "Nguyễn Văn Hùng");
    expect(secretary.row).toBe(chair.row);
    expect(secretary.row).toBeGreaterThan(find(ws, (t) => t === "THƯ KÝ").row);
    const head = find(ws, (t) => t === "Tỷ lệ trên tổng số thành viên (%)");
    const rows: string[][] = [];
    for (let r = head.row + 1; typeof ws.getCell(r, 1).value === "number"; r++) {
      rows.push([3, 25, 29, 33, 37].map((c) => textOf(ws.getCell(r, c).value)));
    }
    expect(rows).toHaveLength(x.counts.rows);
    expect(rows).toEqual(
      x.minutes.map((e) => [
        e.name,
        e.votes === null ? "" : String(e.votes),
        e.ratio === null ? "" : viNumber(e.ratio),
        e.minPct === null ? "" : viNumber(e.minPct),
        {
          proposed: "Đạt",
          belowThreshold: "Không đạt",
          notVoted: "Chưa biểu quyết",
          errors: `Không đủ điều kiện (${e.rules.join(", ")})`,
        }[e.status],
      ])
    );
    expect(rows.find((r) => r[0] === "Kiều Thị Nhung")).toEqual([
      "Kiều Thị Nhung",
      "4",
      "44,4",
      "50",
      "Không đủ điều kiện (DK09)",
    ]);
  });

  it("Phiếu bầu: one ballot a member voting (8 present + 1 in writing), a page each, no member's name", () => {
    const ws = wb.getWorksheet("Phiếu bầu")!;
    const titles = cellsOf(ws).filter((c) => c.text === "PHIẾU BẦU");
    expect(titles).toHaveLength(9);
    // A page break after every ballot but the last; printed at one scale (no fit: breaks hold).
    const xml = [...unzipEntries(readFileSync(out))]
      .filter(([k]) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(k))
      .map(([, v]) => v.toString("utf8"))
      .find((t) => t.includes("<rowBreaks"))!;
    const breaks = [...xml.matchAll(/<brk id="(\d+)"/gu)].map((m) => Number(m[1]));
    expect(breaks).toHaveLength(8);
    titles.slice(1).forEach((t, i) => expect(breaks[i]).toBeLessThan(t.row));
    expect(ws.pageSetup.fitToPage).toBeFalsy();
    expect(ws.pageSetup.scale).toBeGreaterThanOrEqual(40);
    expect(ws.pageSetup.scale).toBeLessThanOrEqual(100);
    // Each ballot: the tick columns, every nominee without an error, grouped by title.
    const first = cellsOf(ws).filter((c) => c.row < titles[1]!.row);
    expect(first.some((c) => c.text === "Đồng ý")).toBe(true);
    expect(first.some((c) => c.text === "Không đồng ý")).toBe(true);
    const voted = x.minutes.filter((e) => e.status !== "errors");
    for (const e of voted) expect(first.some((c) => c.text === e.name)).toBe(true);
    for (const e of x.minutes.filter((m) => m.status === "errors"))
      expect(first.some((c) => c.text === e.name)).toBe(false);
    expect(first.some((c) => c.text === 'I. DANH HIỆU "LAO ĐỘNG TIÊN TIẾN"')).toBe(true);
    // Secret: no council member is named on a ballot.
    for (const name of ["Nguyễn Văn Hùng", "Lê Thị Thu", "Vũ Đình Toàn"])
      expect(cellsOf(ws).some((c) => c.text.includes(name))).toBe(false);
  });

  it("Biên bản kiểm phiếu: ballots issued = members voting, lines for the rest, votes and % per nominee", () => {
    const ws = wb.getWorksheet("Biên bản kiểm phiếu")!;
    expect(find(ws, (t) => t === "Kiến Hưng, ngày 05 tháng 12 năm 2026").cell.font).toMatchObject({
      italic: true,
    });
    expect(find(ws, (t) => t.startsWith("- Số phiếu phát ra:")).text).toBe(
      "- Số phiếu phát ra: 9 phiếu (có mặt: 8; vắng mặt có ý kiến bằng văn bản: 1)."
    );
    expect(find(ws, (t) => t.startsWith("- Số phiếu thu về:")).text).toContain("……");
    expect(find(ws, (t) => t.startsWith("- Số phiếu hợp lệ:")).text).toContain("không hợp lệ");
    const head = find(ws, (t) => t === "Số phiếu đồng ý");
    const rows: [string, string, string][] = [];
    for (let r = head.row + 1; r <= ws.rowCount; r++)
      if (typeof ws.getCell(r, 1).value === "number")
        rows.push(
          [4, 30, 35].map((c) => textOf(ws.getCell(r, c).value)) as [string, string, string]
        );
    // The ballot's nominees in the ballot's order (a name may stand for two titles).
    expect(rows).toEqual(
      ballotGroups(x).flatMap((g) =>
        g.entries.map((e) => [
          e.name,
          e.votes === null ? "" : String(e.votes),
          e.ratio === null ? "" : viNumber(e.ratio),
        ])
      )
    );
    expect(find(ws, (t) => t === "TRƯỞNG BAN KIỂM PHIẾU").row).toBeGreaterThan(head.row);
  });

  it("Tổng hợp: counts per title, women, direct workers and bonus of the proposed rows equal the domain's", () => {
    const ws = wb.getWorksheet("Tổng hợp")!;
    for (const [code, name] of [
      ["LDTT", "Lao động tiên tiến"],
      ["GK", "Giấy khen"],
      ["TTLDXS", "Tập thể lao động xuất sắc"],
    ] as const) {
      const r = find(ws, (t) => t === name).row;
      const c = x.summary.byTitle[code];
      expect([3, 7, 8, 9].map((col) => ws.getCell(r, col).value)).toEqual([
        c.count,
        c.women,
        c.direct,
        c.bonus,
      ]);
    }
    const total = find(ws, (t) => t === "Cộng").row;
    expect(ws.getCell(total, 3).value).toBe(x.counts.proposed);
    expect(ws.getCell(total, 9).value).toBeCloseTo(x.summary.total.bonus, 6);
    expect(find(ws, (t) => t === "Tập thể lao động xuất sắc").row).toBe(
      find(ws, (t) => t === "Cấp trên").row
    );
    expect(find(ws, (t) => t.startsWith("Văn phòng HĐND")).text).toBe(
      "Văn phòng HĐND và UBND phường"
    );
  });

  it("Không đủ điều kiện: every row not proposed, with its register row and rule IDs, and the --force note", () => {
    const ws = wb.getWorksheet("Không đủ điều kiện")!;
    expect(find(ws, (t) => t.startsWith("Xuất khi sổ còn")).text).toContain(
      `${x.counts.error} lỗi`
    );
    const head = find(ws, (t) => t === "Mã quy tắc");
    const rows: [unknown, string][] = [];
    for (let r = head.row + 1; typeof ws.getCell(r, 1).value === "number"; r++)
      rows.push([ws.getCell(r, 2).value, textOf(ws.getCell(r, 6).value)]);
    expect(rows).toEqual(x.ineligible.map((e) => [e.row, e.rules.join(", ")]));
    expect(rows).toContainEqual([15, "DK01, DK11"]);
  });

  it("records what was exported, when and from where, in a hidden sheet", () => {
    const meta = wb.getWorksheet("SoThiDua_Meta")!;
    expect(meta.state).toBe("veryHidden");
    const kv = Object.fromEntries(
      [1, 2, 3, 4, 5, 6, 7].map((r) => [meta.getCell(r, 1).value, meta.getCell(r, 2).value])
    );
    expect(kv).toMatchObject({
      kind: "councilExport",
      sourceFile: "so-mau.xlsx",
      rows: demoRegister().nominations.length,
      forced: true,
    });
  });
});

describe("a register without errors exports without --force", () => {
  const file = path.join(dir, "sach.xlsx");
  const out2 = path.join(dir, "sach-trinh.xlsx");
  it("writes both lists; no ineligible rows; English messages with --lang en", async () => {
    await writeRegister(file, {
      rows: [
        person("Nguyễn Văn An"),
        person("Trần Thị Bình", { [COL.gender]: "Nữ" }),
        team("Tổ dân phố số 1", {
          [COL.title]: "Tập thể lao động xuất sắc",
          [COL.dutyLevel]: "Hoàn thành xuất sắc",
        }),
        person("Lê Văn Cường", { [COL.title]: "Giấy khen", [COL.drive]: "Đợt 30/4" }),
      ],
    });
    const r = runCli(["export", file, "--out", out2, "--lang", "en"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(
      "4 nominations proposed (3 decided by the ward Chairman, 1 proposed to UBND thành phố Hà Nội)"
    );
    const wb = await open(out2);
    const list = wb.getWorksheet("Danh sách")!;
    expect(find(list, (t) => t.startsWith("B. ")).text).toBe(
      "B. ĐỀ NGHỊ CHỦ TỊCH UBND THÀNH PHỐ HÀ NỘI KHEN THƯỞNG"
    );
    expect(find(list, (t) => t === "Lê Văn Cường").row).toBe(
      find(list, (t) => t === "Đợt 30/4").row
    );
    expect(find(wb.getWorksheet("Không đủ điều kiện")!, (t) => t === "Không có.").text).toBe(
      "Không có."
    );
    expect(() =>
      find(wb.getWorksheet("Không đủ điều kiện")!, (t) => t.startsWith("Xuất khi sổ còn"))
    ).toThrow();
  });
});

describe("text that would run as a formula is neutralised in every export sheet", () => {
  const file = path.join(dir, "doc-hai.xlsx");
  const out3 = path.join(dir, "doc-hai-trinh.xlsx");
  const payloads = [
    '=HYPERLINK("http://x","PWN")',
    "+PWN+1",
    "-PWN-1",
    "@PWN",
    "\tPWN tab",
    "\rPWN cr",
    "  =PWN spaced",
  ];

  it("writes no formula, and every register text that would run starts with an apostrophe", async () => {
    await writeRegister(file, {
      // The drive is on `Đợt thi đua` (else DL12 keeps the row out of the list).
      options: {
        unitName: "=PWN phường Kiến Hưng",
        submitTo: "@PWN thành phố",
        drives: ["=PWN drive"],
      },
      rows: payloads.map((p, i) =>
        person(i === 0 ? p : `Nguyễn Văn ${String.fromCharCode(65 + i)}`, {
          [COL.position]: payloads[(i + 1) % payloads.length],
          [COL.proposingUnit]: payloads[(i + 2) % payloads.length],
          [COL.note]: payloads[(i + 3) % payloads.length],
          ...(i === 6 ? { [COL.title]: "Giấy khen", [COL.drive]: "=PWN drive" } : {}),
          ...(i === 5 ? { [COL.monthsWorked]: 2 } : {}),
        })
      ),
    });
    const r = runCli(["export", file, "--out", out3, "--force"]);
    expect(r.code).toBe(0);
    const entries = unzipEntries(readFileSync(out3));
    const sheets = [...entries.keys()].filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/u.test(k));
    expect(sheets.length).toBe(EXPORT_SHEETS.length + 1); // and the hidden metadata sheet
    for (const s of sheets)
      expect(`${s}: ${/<f[ >]/u.test(entries.get(s)!.toString("utf8"))}`).toBe(`${s}: false`);
    const strings = sharedStrings(entries);
    // Our own bullets ("- Như trên;") start with a dash; no text carrying register data may run.
    const dangerous = strings.filter(
      (t) => wouldRunAsFormula(t) && (t.includes("PWN") || !t.trim().startsWith("- "))
    );
    expect(dangerous).toEqual([]);
    for (const p of ['=HYPERLINK("http://x","PWN")', "+PWN+1", "-PWN-1", "@PWN", "=PWN spaced"])
      expect(strings).toContain(`'${p}`);
    expect(strings).toContain("'=PWN drive; -PWN-1"); // drive and note in `Ghi chú`
    expect(strings.find((t) => t.startsWith("'=PWN PHƯỜNG KIẾN HƯNG"))).toBeDefined(); // the agency block
    // A leading tab or CR is whitespace: the register's text cleaning already drops it.
    expect(strings).toContain("PWN tab");
    expect(strings).toContain("PWN cr");
    // ExcelJS reads every one of them back as a string, never as a formula.
    const wb = await open(out3);
    for (const ws of wb.worksheets)
      ws.eachRow((row) => row.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
  });
});

describe("--pdf without LibreOffice, and --mark-exported", () => {
  it("writes the xlsx, then says LibreOffice is missing and how to install it, exit 2 (both languages)", async () => {
    const missing = { SOFFICE_PATH: "/nonexistent/soffice", PATH: "" };
    const [vi, en] = ["khong-lo.xlsx", "no-lo.xlsx"].map((n) => path.join(dir, n));
    const runs = await Promise.all([
      runCliAsync(["export", demo, "--out", vi!, "--force", "--pdf"], { env: missing }),
      runCliAsync(["--lang", "en", "export", demo, "--out", en!, "--force", "--pdf"], {
        env: missing,
      }),
    ]);
    expect(runs.map((r) => r.code)).toEqual([2, 2]);
    const lastLine = (t: string) => t.trimEnd().split("\n").at(-1);
    expect(lastLine(runs[0]!.stderr)).toMatch(
      /^Không tìm thấy LibreOffice nên chưa tạo được PDF \(tệp \.xlsx đã ghi xong\): cài LibreOffice \(Debian\/Ubuntu: apt-get install libreoffice-calc-nogui\).*--pdf --overwrite\.$/u
    );
    expect(lastLine(runs[1]!.stderr)).toMatch(
      /^LibreOffice was not found, so no PDF was made \(the \.xlsx is written\): install LibreOffice .*--pdf --overwrite\.$/u
    );
    for (const [o, r] of [vi!, en!].map((o, i) => [o, runs[i]!] as const)) {
      expect(r.stderr).not.toMatch(/Error:|\bat .*\.js:\d+/u);
      expect(existsSync(o)).toBe(true);
      expect(existsSync(o.replace(/\.xlsx$/u, ".pdf"))).toBe(false);
    }
  });

  it("a PDF conversion that fails otherwise is one sentence, exit 2, the xlsx kept", async () => {
    // An soffice that runs and produces nothing (exit 1): LibreOffice “could not make the PDF”.
    const o = path.join(dir, "lo-hong.xlsx");
    const r = await runCliAsync(["export", demo, "--out", o, "--force", "--pdf"], {
      env: { SOFFICE_PATH: "/bin/false" },
    });
    expect(r.code).toBe(2);
    const last = r.stderr.trimEnd().split("\n").at(-1);
    expect(last).toMatch(
      /^LibreOffice không tạo được PDF “.*lo-hong\.pdf” \(tệp \.xlsx đã ghi xong\)/u
    );
    expect(r.stderr).not.toMatch(/Error:|\bat .*\.js:\d+|exit code/u);
    expect(existsSync(o)).toBe(true);
    expect(existsSync(o.replace(/\.xlsx$/u, ".pdf"))).toBe(false);
  });

  it("RG03 (deadline passed, not exported) is cleared only when the export is recorded on request", async () => {
    const file = path.join(dir, "qua-han.xlsx");
    await writeRegister(file, {
      options: { deadline: { year: 2020, month: 1, day: 15 } },
      rows: [person("Nguyễn Văn An")],
    });
    const rules = () =>
      (
        JSON.parse(runCli(["validate", file, "--json"]).stdout) as { findings: { rule: string }[] }
      ).findings.map((f) => f.rule);
    expect(rules()).toContain("RG03");
    const hash = sha(file);
    expect(runCli(["export", file, "--out", path.join(dir, "qh1.xlsx")]).code).toBe(0);
    expect(sha(file)).toBe(hash);
    expect(rules()).toContain("RG03");
    const r = runCli(["export", file, "--out", path.join(dir, "qh2.xlsx"), "--mark-exported"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Đã ghi ngày xuất");
    expect(existsSync(`${file}.bak`)).toBe(true);
    expect(rules()).not.toContain("RG03");
  });
});

/**
 * Certificates (issue #13): each decided row of a ward title gets one page, whatever the length of
 * its nominee's name or achievement; the decision's number and date are printed as recorded.
 */
import path from "node:path";
import fc from "fast-check";
import { readRegisterFile } from "../src/adapters/xlsx/read";
import { buildCertificates } from "../src/domain/export/decision";
import { marginsText, parseMargins } from "../src/domain/policy";
import { COL, SETTING } from "../src/domain/register/contract";
import { validateRegister } from "../src/domain/validate";
import { wrapLines } from "../src/workbook/plan/export/document";
import {
  certificateHeights,
  certificatePagePt,
  fitAchievement,
  planCertificates,
} from "../src/workbook/plan/export/certificates";
import { tempDir } from "./helpers/cli";
import { person, team, writeRegister } from "./helpers/registers";

const TODAY = { year: 2026, month: 12, day: 22 };
const decided = {
  [COL.status]: "Đã quyết định",
  [COL.decisionNo]: "150/QĐ-UBND",
  [COL.decisionDate]: "20/12/2026",
};
const LONG =
  "Hoàn thành xuất sắc nhiệm vụ được giao, tích cực tham gia phong trào “Toàn dân đoàn kết xây dựng đời sống văn hóa ở khu dân cư”, vận động nhân dân hiến đất làm đường, ";

describe("certificates", () => {
  it("fits every certificate on its page, long names and achievements included", async () => {
    const dir = tempDir();
    const file = path.join(dir, "reg.xlsx");
    await writeRegister(file, {
      rows: [
        person("Nguyễn Văn An", { ...decided, [COL.summaryText]: "Ngắn." }),
        person("Trần Thị Bình", {
          ...decided,
          [COL.gender]: "Nữ",
          [COL.summaryText]: LONG.repeat(6),
        }),
        team(
          "Tổ dân phố số 12 khu đô thị mới Kiến Hưng, phường Kiến Hưng, thành phố Hà Nội (tổ ghép)",
          { ...decided, [COL.summaryText]: LONG.repeat(2) }
        ),
        person("Lê Văn Cường", { [COL.summaryText]: "Chưa quyết định." }),
      ],
    });
    const reg = await readRegisterFile(file);
    const x = buildCertificates(
      reg.snapshot,
      validateRegister(reg.snapshot, { today: TODAY }),
      TODAY
    );
    expect(x.certificates.map((c) => c.entry.name)).toEqual([
      "Nguyễn Văn An",
      "Trần Thị Bình",
      "Tổ dân phố số 12 khu đô thị mới Kiến Hưng, phường Kiến Hưng, thành phố Hà Nội (tổ ghép)",
    ]);
    const plan = planCertificates(x);
    const heights = certificateHeights(plan);
    expect(heights).toHaveLength(3);
    for (const h of heights) expect(h).toBeLessThanOrEqual(certificatePagePt(x.margins));
    expect(plan.page.rowBreaks).toHaveLength(2);
    const texts = plan.cells.map((c) => c.value).filter((v): v is string => typeof v === "string");
    expect(texts).toContain("Ông Nguyễn Văn An");
    expect(texts).toContain("Bà Trần Thị Bình");
    expect(texts.filter((t) => t === "Quyết định số 150/QĐ-UBND ngày 20/12/2026")).toHaveLength(3);
    // The six-times-long achievement is cut with "…"; the short one is printed whole.
    expect(
      texts.some((t) => t.startsWith("Đã có thành tích hoàn thành xuất sắc") && t.endsWith("…"))
    ).toBe(true);
    expect(texts).toContain("Đã có thành tích ngắn.");
  });

  it("fitAchievement never exceeds its budget and keeps a text that fits", () => {
    const word = fc.constantFrom(
      "thi",
      "đua",
      "phường",
      "hoàn",
      "thành",
      "xuất",
      "sắc",
      "nhiệm",
      "vụ,"
    );
    fc.assert(
      fc.property(
        fc.array(word, { minLength: 1, maxLength: 400 }),
        fc.integer({ min: 40, max: 200 }),
        (words, budget) => {
          const text = words.join(" ");
          const r = fitAchievement(text, 200, budget);
          expect(r.pt).toBeLessThanOrEqual(budget);
          expect(r.size).toBeGreaterThanOrEqual(11);
          expect(r.size).toBeLessThanOrEqual(15);
          const lines = wrapLines(r.text, 200, r.size).length;
          expect(Math.ceil(lines * r.size * 1.25 + 3)).toBeLessThanOrEqual(Math.max(r.pt, 24));
          if (r.text !== text) expect(r.text.endsWith("…")).toBe(true);
          if (r.size > 11) expect(r.text).toBe(text);
        }
      )
    );
  });

  it("prints inside the margins typed in `Lề in giấy khen (mm)`, and reports a bad value as RG02", async () => {
    const dir = tempDir();
    const ok = path.join(dir, "ok.xlsx");
    const rows = [person("Nguyễn Văn An", { ...decided, [COL.summaryText]: LONG.repeat(3) })];
    await writeRegister(ok, {
      rows,
      settings: { [SETTING.certificateMargins]: "30; 20; 35,5; 15" },
    });
    const reg = await readRegisterFile(ok);
    const result = validateRegister(reg.snapshot, { today: TODAY });
    expect(result.findings.filter((f) => f.rule === "RG02")).toEqual([]);
    const x = buildCertificates(reg.snapshot, result, TODAY);
    expect(x.margins).toEqual({ top: 30, bottom: 20, left: 35.5, right: 15 });
    const plan = planCertificates(x);
    expect(plan.page.margins).toMatchObject({ top: 30, bottom: 20, left: 35.5, right: 15 });
    const widthMm = plan.columns.length;
    expect(widthMm).toBe(20);
    for (const h of certificateHeights(plan))
      expect(h).toBeLessThanOrEqual(certificatePagePt(x.margins));

    const bad = path.join(dir, "bad.xlsx");
    await writeRegister(bad, { rows, settings: { [SETTING.certificateMargins]: "25; 25; 25" } });
    const badReg = await readRegisterFile(bad);
    const badResult = validateRegister(badReg.snapshot, { today: TODAY });
    const rg02 = badResult.findings.filter((f) => f.rule === "RG02");
    expect(rg02).toHaveLength(1);
    expect(rg02[0]!.params.label).toBe(SETTING.certificateMargins);
    // The certificates keep the default margins rather than a page nobody asked for.
    expect(buildCertificates(badReg.snapshot, badResult, TODAY).margins).toEqual({
      top: 25,
      bottom: 25,
      left: 25,
      right: 25,
    });
  });

  it("reads one, two or four margins and writes them back as it reads them", () => {
    const mm = fc.integer({ min: 0, max: 60 });
    fc.assert(
      fc.property(mm, mm, mm, mm, (top, bottom, left, right) => {
        const m = { top, bottom, left, right };
        expect(parseMargins(marginsText(m))).toEqual({ state: "ok", value: m });
        expect(parseMargins(`${top}, ${bottom}, ${left}, ${right}`)).toEqual({
          state: "ok",
          value: m,
        });
      })
    );
    expect(parseMargins(20)).toEqual({
      state: "ok",
      value: { top: 20, bottom: 20, left: 20, right: 20 },
    });
    expect(parseMargins("20; 30")).toEqual({
      state: "ok",
      value: { top: 20, bottom: 20, left: 30, right: 30 },
    });
    expect(parseMargins("61").state).toBe("invalid");
    expect(parseMargins("20; 20; 20").state).toBe("invalid");
    expect(parseMargins("hai mươi").state).toBe("invalid");
    expect(parseMargins("").state).toBe("empty");
  });
});

import { renderMessage } from "../i18n/render";
import { COL, type HistoryField } from "../register/contract";
import type { Cell } from "../cell";
import {
  collective,
  individual,
  rulesOnRow,
  validateSpec,
  type LabelRow,
  type SnapshotSpec,
} from "../testing/snapshots";
import { checkChain } from "./history";

type HistoryRow = Readonly<Partial<Record<HistoryField, Cell>>>;

/** A decided title of Nguyễn Văn An (the `individual()` nominee) in `Lịch sử`. */
const an = (year: number, title: string, o: HistoryRow = {}): HistoryRow => ({
  name: "Nguyễn Văn An",
  birthDate: "12/03/1985",
  year,
  title,
  decisionNo: `${year - 2000}/QĐ-UBND`,
  ...o,
});

const bk = (o: LabelRow = {}) => individual({ [COL.title]: "Bằng khen", ...o });
const cstTinh = (o: LabelRow = {}) =>
  individual({ [COL.title]: "Chiến sĩ thi đua cấp tỉnh", ...o });

const run = (
  rows: readonly LabelRow[],
  history: readonly HistoryRow[],
  spec: Partial<SnapshotSpec> = {}
) => validateSpec({ ...spec, rows, history });
const rulesOf = (row: LabelRow, history: readonly HistoryRow[]) =>
  rulesOnRow(run([row], history), 5);
const findingOf = (rows: readonly LabelRow[], history: readonly HistoryRow[], rule: string) =>
  run(rows, history).findings.find((f) => f.rule === rule);

describe("checkChain: consecutive years ending the year before (or, when allowed, the year itself)", () => {
  it("is complete with the years before the evaluation year", () => {
    expect(checkChain(new Set([2024, 2025]), 2, 2026, false)).toEqual({
      ok: true,
      have: [2024, 2025],
      missing: [],
    });
  });
  it("counts the evaluation year only where allowed", () => {
    expect(checkChain(new Set([2025, 2026]), 2, 2026, true).ok).toBe(true);
    expect(checkChain(new Set([2025, 2026]), 2, 2026, false)).toEqual({
      ok: false,
      have: [2025],
      missing: [2024],
    });
  });
  it("reports the window closest to complete, the earlier on a tie", () => {
    expect(checkChain(new Set([2023, 2025]), 3, 2026, true)).toEqual({
      ok: false,
      have: [2023, 2025],
      missing: [2024],
    });
    expect(checkChain(new Set([2025, 2026]), 3, 2026, true)).toEqual({
      ok: false,
      have: [2025, 2026],
      missing: [2024],
    });
    expect(checkChain(new Set(), 2, 2026, true)).toEqual({
      ok: false,
      have: [],
      missing: [2024, 2025],
    });
  });
});

describe("HS01 Bằng khen (individual) without two consecutive CSTĐCS", () => {
  it("is silent with CSTĐCS in the two years before", () => {
    expect(rulesOf(bk(), [an(2024, "Chiến sĩ thi đua cơ sở"), an(2025, "CSTDCS")])).toEqual([]);
  });
  it("warns when one year is missing and says which", () => {
    const f = findingOf([bk()], [an(2025, "Chiến sĩ thi đua cơ sở"), an(2023, "CSTDCS")], "HS01")!;
    expect(f.severity).toBe("warning");
    expect(f.column).toBe(COL.title);
    expect(f.citation).toBe("Luật TĐKT 2022, Điều 74 khoản 1 điểm d");
    const vi = renderMessage(f, "vi");
    expect(vi).toContain("cần 2 năm liên tục CSTĐCS: có 2025, thiếu 2024");
    expect(renderMessage(f, "en")).toContain("found 2025, missing 2024");
  });
  it("says none was found when the history is empty", () => {
    const f = findingOf([bk()], [], "HS01")!;
    expect(renderMessage(f, "vi")).toContain("thiếu 2024, 2025, chưa có năm nào");
  });
  it("counts a decided title of the evaluation year (Lịch sử, Năm = this year)", () => {
    expect(rulesOf(bk(), [an(2025, "CSTDCS"), an(2026, "CSTDCS")])).toEqual([]);
  });
  it("names this year's CSTĐCS proposal as pending, without counting it", () => {
    const rows = [
      individual({ [COL.title]: "CSTDCS", [COL.dutyLevel]: "Hoàn thành xuất sắc" }),
      bk(),
    ];
    const r = run(rows, [an(2025, "CSTDCS")]);
    const f = r.findings.find((x) => x.rule === "HS01")!;
    expect(f.row).toBe(6);
    expect(renderMessage(f, "vi")).toContain(
      "có 2025, thiếu 2026. Năm 2026 đang đề nghị CSTĐCS trong sổ này: chỉ được tính khi đã có quyết định"
    );
    expect(renderMessage(f, "en")).toContain("CSTĐCS for 2026 is proposed in this register");
  });
  it("does not count other titles, other people, or years typed as text that is not a year", () => {
    expect(
      rulesOf(bk(), [
        an(2024, "Lao động tiên tiến"),
        an(2025, "CSTDCS", { name: "Nguyễn Văn Anh" }),
        an(2025, "CSTDCS", { year: "năm ngoái" }),
      ])
    ).toEqual(["HS01"]);
  });
  it("applies to annual individual proposals only (a collective's is HS05)", () => {
    expect(rulesOf(bk({ [COL.drive]: "Đợt 2/9" }), [])).toEqual([]);
    expect(
      rulesOf(collective({ [COL.title]: "Bằng khen", [COL.dutyLevel]: "Hoàn thành xuất sắc" }), [])
    ).toEqual(["HS05"]);
  });
  it("matches names after normalisation (case, spaces, NFD) and a missing birth date", () => {
    expect(
      rulesOf(bk(), [
        an(2024, "cstdcs", { name: "  NGUYỄN   văn an ".normalize("NFD") }),
        an(2025, "chiến sĩ thi đua cơ sở", { birthDate: null }),
      ])
    ).toEqual([]);
  });
});

describe("HS03 Chiến sĩ thi đua cấp tỉnh without three consecutive CSTĐCS", () => {
  const three = [an(2023, "CSTDCS"), an(2024, "CSTDCS"), an(2025, "Chiến sĩ thi đua cơ sở")];
  it("is silent with three consecutive years", () => {
    expect(rulesOf(cstTinh(), three)).toEqual([]);
  });
  it("is an error when the chain is broken by one year", () => {
    const f = findingOf([cstTinh()], [three[0]!, three[2]!], "HS03")!;
    expect(f.severity).toBe("error");
    expect(f.citation).toBe("Luật TĐKT 2022, Điều 22");
    expect(renderMessage(f, "vi")).toContain(
      "cần 3 năm liên tục CSTĐCS: có 2023, 2025, thiếu 2024"
    );
  });
  it("is complete with this year's decided CSTĐCS", () => {
    expect(rulesOf(cstTinh(), [three[1]!, three[2]!, an(2026, "CSTDCS")])).toEqual([]);
  });
  it("is in the catalog as an upward individual title", () => {
    const r = run([cstTinh()], three);
    expect(r.nominations[0]!.title).toMatchObject({
      state: "ok",
      value: { code: "CSTDTINH", authority: "province" },
    });
    expect(r.policy.titles.CSTDTINH.authority).toBe("upward");
    expect(rulesOf(cstTinh({ [COL.kind]: "Tập thể" }), three)).toContain("DL06");
  });
});

describe("HS02 the same title for the same year already decided", () => {
  it("is an error naming the history row and decision", () => {
    const f = findingOf([individual()], [an(2026, "LDTT", { decisionNo: "120/QĐ-UBND" })], "HS02")!;
    expect(f.severity).toBe("error");
    expect(f.row).toBe(5);
    expect(renderMessage(f, "vi")).toBe(
      "“Lao động tiên tiến” năm 2026 đã được quyết định (sheet “Lịch sử”, dòng 4, quyết định 120/QĐ-UBND): một thành tích không khen thưởng hai lần."
    );
    const noNumber = findingOf([individual()], [an(2026, "LDTT", { decisionNo: null })], "HS02")!;
    expect(renderMessage(noNumber, "en")).toContain("is already in sheet “Lịch sử” (row 4)");
  });
  it("is silent for another year, another title, or a title given per drive", () => {
    expect(rulesOf(individual(), [an(2025, "LDTT"), an(2026, "CSTDCS")])).toEqual([]);
    expect(
      rulesOf(individual({ [COL.title]: "Giấy khen", [COL.drive]: "Đợt 2/9" }), [an(2026, "GK")])
    ).toEqual([]);
  });
  it("applies to collectives by name", () => {
    const hist: HistoryRow = {
      name: "Hội Liên hiệp Phụ nữ phường",
      year: 2026,
      title: "Tập thể lao động tiên tiến",
    };
    expect(rulesOf(collective(), [hist])).toEqual(["HS02"]);
  });
});

describe("HS04 same name, another birth date", () => {
  it("warns and does not count those rows", () => {
    const other = { birthDate: "01/01/1990" };
    const r = run([bk()], [an(2024, "CSTDCS", other), an(2025, "CSTDCS", other)]);
    expect(rulesOnRow(r, 5)).toEqual(["HS01", "HS04"]);
    const f = r.findings.find((x) => x.rule === "HS04")!;
    expect(f.severity).toBe("warning");
    expect(f.column).toBe(COL.birthDate);
    expect(renderMessage(f, "vi")).toContain(
      "Sheet “Lịch sử” (dòng 4, 5) có cùng họ tên nhưng ngày sinh 01/01/1990 khác ngày sinh 12/03/1985"
    );
  });
  it("is silent for a same-name row of a title the checks do not read", () => {
    expect(
      rulesOf(bk(), [
        an(2024, "CSTDCS"),
        an(2025, "CSTDCS"),
        an(2025, "LDTT", { birthDate: "01/01/1990" }),
      ])
    ).toEqual([]);
  });
  it("also guards HS02: a namesake's title of this year is not a second award", () => {
    expect(rulesOf(individual(), [an(2026, "LDTT", { birthDate: "01/01/1990" })])).toEqual([
      "HS04",
    ]);
  });
});

describe("history rules need the year and the sheet", () => {
  it("are silent without a valid evaluation year", () => {
    expect(
      rulesOnRow(run([bk()], [], { settings: { "Năm đánh giá": "abc" } }), 5).filter((r) =>
        r.startsWith("HS")
      )
    ).toEqual([]);
  });
});

describe("HS05 Bằng khen (collective) without two consecutive TTLĐXS", () => {
  const team = (year: number, title: string): HistoryRow => ({
    name: "Hội Liên hiệp Phụ nữ phường",
    year,
    title,
    decisionNo: `${year - 2000}/QĐ-UBND`,
  });
  const bkTeam = collective({ [COL.title]: "Bằng khen", [COL.dutyLevel]: "Hoàn thành xuất sắc" });
  it("is silent with TTLĐXS for the two years before, typed as name, code or abbreviation", () => {
    expect(
      rulesOf(bkTeam, [team(2024, "TTLĐXS"), team(2025, "Tập thể lao động xuất sắc")])
    ).toEqual([]);
    expect(rulesOf(bkTeam, [team(2024, "TTLDXS"), team(2025, "tt lđxs")])).toEqual([]);
  });
  it("names the missing year", () => {
    const f = findingOf([bkTeam], [team(2023, "TTLĐXS"), team(2025, "TTLĐXS")], "HS05");
    expect(f).toBeDefined();
    expect(renderMessage(f!, "vi")).toContain("TTLĐXS: có 2025, thiếu 2024");
  });
  it("does not read an abbreviation as the proposed title on `Đề nghị`", () => {
    expect(rulesOf(collective({ [COL.title]: "TTLĐXS" }), [])).toContain("DL02");
  });
});

describe("Gia đình văn hóa and Thôn, tổ dân phố văn hóa (Decree 86/2023)", () => {
  const HOUSEHOLD = "Hộ ông Nguyễn Văn Tư";
  const household = (o: LabelRow = {}): LabelRow => ({
    [COL.name]: HOUSEHOLD,
    [COL.kind]: "Hộ gia đình",
    [COL.proposingUnit]: "Tổ dân phố số 3",
    [COL.title]: "Giấy khen",
    [COL.votes]: 8,
    ...o,
  });
  const gdvh = (year: number, title = "Gia đình văn hóa"): HistoryRow => ({
    name: HOUSEHOLD,
    year,
    title,
    decisionNo: `${year - 2000}/QĐ-UBND`,
  });

  it("HS02: the same household's GĐVH, or the same TDP's title, already decided for the year", () => {
    expect(rulesOf(household({ [COL.title]: "Gia đình văn hóa" }), [gdvh(2026, "GĐVH")])).toEqual([
      "HS02",
    ]);
    const tdp = collective({
      [COL.name]: "Tổ dân phố số 3",
      [COL.title]: "Thôn, tổ dân phố văn hóa",
    });
    expect(rulesOf(tdp, [{ name: "Tổ dân phố số 3", year: 2026, title: "TDPVH" }])).toContain(
      "HS02"
    );
    expect(rulesOf(household({ [COL.title]: "Gia đình văn hóa" }), [gdvh(2025)])).toEqual([]);
  });

  it("HS06: a household's Giấy khen with three consecutive GĐVH (ending this year) is silent", () => {
    expect(rulesOf(household(), [gdvh(2024), gdvh(2025, "GDVH"), gdvh(2026, "GĐVH")])).toEqual([]);
    expect(rulesOf(household(), [gdvh(2023), gdvh(2024), gdvh(2025)])).toEqual([]);
  });

  it("HS06 names the years found and missing, and this year's pending GĐVH", () => {
    const f = findingOf([household()], [gdvh(2024), gdvh(2026)], "HS06")!;
    expect(f.severity).toBe("warning");
    expect(renderMessage(f, "vi")).toContain(
      "cần 3 năm liên tục Gia đình văn hóa: có 2024, 2026, thiếu 2025"
    );
    const pending = findingOf(
      [household(), household({ [COL.title]: "Gia đình văn hóa" })],
      [gdvh(2024), gdvh(2025)],
      "HS06"
    )!;
    expect(renderMessage(pending, "vi")).toContain("Năm 2026 đang đề nghị Gia đình văn hóa");
  });

  it("HS06 leaves a Giấy khen in a drive, or an individual's, alone", () => {
    expect(rulesOf(household({ [COL.drive]: "Đột xuất" }), [])).toEqual([]);
    expect(rulesOf(individual({ [COL.title]: "Giấy khen" }), [])).toEqual([]);
  });
});

import type { ExportHeader } from "../../../domain/export/header";
import { issuerSymbol, roman, upwardChairman, viNumber, votesText, wardChairman } from "./text";

const header = (over: Partial<ExportHeader>): ExportHeader => ({
  unitName: "UBND phường Kiến Hưng",
  unitLevel: "Phường",
  wardLevel: true,
  levelWord: "phường",
  wardName: "Kiến Hưng",
  place: "Kiến Hưng",
  province: "Hà Nội",
  submitTo: "UBND thành phố Hà Nội",
  year: 2026,
  councilSize: 9,
  meetingDate: null,
  documentDate: { year: 2026, month: 12, day: 5 },
  letterDate: { year: 2026, month: 12, day: 5 },
  minutesDate: null,
  signer: { lines: ["TM. HỘI ĐỒNG", "CHỦ TỊCH"], name: "" },
  legalBasis: [],
  ...over,
});

describe("document wording", () => {
  it("writes numbers the Vietnamese way", () => {
    expect(viNumber((100 * 8) / 9)).toBe("88,9");
    expect(viNumber(100)).toBe("100");
    expect(votesText(8, 9, (100 * 8) / 9)).toBe("8/9 (88,9%)");
    expect(votesText(null, 9, null)).toBe("");
    expect([1, 2, 3, 4, 5, 8, 9, 14].map(roman)).toEqual([
      "I",
      "II",
      "III",
      "IV",
      "V",
      "VIII",
      "IX",
      "XIV",
    ]);
  });

  it("names the offices from the settings", () => {
    expect(wardChairman(header({}))).toBe("Chủ tịch Ủy ban nhân dân phường Kiến Hưng");
    expect(wardChairman(header({ levelWord: "xã", wardName: "Đông Anh" }))).toBe(
      "Chủ tịch Ủy ban nhân dân xã Đông Anh"
    );
    expect(upwardChairman(header({}))).toBe("Chủ tịch UBND thành phố Hà Nội");
    expect(upwardChairman(header({ submitTo: "Chủ tịch UBND tỉnh Cà Mau" }))).toBe(
      "Chủ tịch UBND tỉnh Cà Mau"
    );
    expect(upwardChairman(header({ submitTo: "" }))).toBe("Chủ tịch UBND tỉnh/thành phố Hà Nội");
  });

  it("abbreviates the issuer after TTr-", () => {
    expect(issuerSymbol(header({}))).toBe("HĐTĐKT");
    const unit = (unitName: string) => issuerSymbol(header({ wardLevel: false, unitName }));
    expect(unit("Ủy ban MTTQ Việt Nam phường Kiến Hưng")).toBe("UBMTTQVN");
    expect(unit("Tổ dân phố số 3")).toBe("TDPS3");
    expect(unit("Đoàn Thanh niên phường")).toBe("ĐTN");
    expect(unit("")).toBe("ĐV");
  });
});

import fc from "fast-check";
import { finding } from "./findings";
import { RULES, type RuleId } from "./rules/catalog";
import { isResultText, resultText, resultTexts } from "./results";

const ruleIds = Object.keys(RULES) as RuleId[];

describe("result texts", () => {
  it("every text resultText writes is recognised as a result, in both languages", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            rule: fc.constantFrom(...ruleIds),
            column: fc.option(fc.string(), { nil: null }),
          }),
          { maxLength: 8 }
        ),
        fc.constantFrom("vi" as const, "en" as const),
        (items, lang) => {
          const findings = items.map((i) =>
            finding({ rule: i.rule, sheet: "Đề nghị", row: 5, column: i.column })
          );
          expect(isResultText(resultText(findings, lang))).toBe(true);
        }
      )
    );
  });

  it("resultTexts gives resultText's text for every row", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.array(
            fc.record({
              rule: fc.constantFrom(...ruleIds),
              column: fc.option(fc.constantFrom("B", "Số tháng", "Điểm"), { nil: null }),
            }),
            { maxLength: 4 }
          ),
          { maxLength: 12 }
        ),
        fc.constantFrom("vi" as const, "en" as const),
        (rows, lang) => {
          const texts = resultTexts(lang);
          rows.forEach((items, i) => {
            const findings = items.map((it) =>
              finding({ rule: it.rule, sheet: "Đề nghị", row: i + 5, column: it.column })
            );
            const text = texts(findings);
            expect(text).toBe(resultText(findings, lang));
          });
        }
      )
    );
  });

  it("keeps the clerk's own notes that only start like a result", () => {
    for (const note of [
      "Lỗi chính tả đã sửa ngày 12/11",
      "Lỗi",
      "Lỗi:",
      "Lỗi: xem lại hồ sơ",
      "Hợp lệ theo ý kiến của Hội đồng",
      "Hợp lệ – cảnh báo của tổ trưởng",
      "Đã kiểm tra: Hợp lệ",
    ])
      expect([note, isResultText(note)]).toEqual([note, false]);
    expect(isResultText("Hợp lệ")).toBe(true);
    expect(isResultText("Lỗi: DL01 Thiếu họ và tên")).toBe(true);
    // A result typed in decomposed Unicode (NFD) by an older tool is still ours.
    expect(isResultText("Lỗi: DL01 x".normalize("NFD"))).toBe(true);
    expect(isResultText(null)).toBe(false);
    expect(isResultText(12)).toBe(false);
  });
});

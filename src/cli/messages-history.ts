/** Command-line texts of `history import` and `init --history-from`, Vietnamese first (`--lang en`). */
import i18next, { type TFunction } from "i18next";
import type { Lang } from "../domain/i18n/render";

const vi = {
  help: {
    history: "lịch sử khen thưởng các năm trước (sheet Lịch sử)",
    historyImport:
      "chép các dòng đã quyết định và sheet Lịch sử của sổ năm trước vào sheet Lịch sử (không trùng, không ghi đè; giữ SỔ.xlsx.bak)",
    historyFrom: "sổ của năm trước",
    initHistoryFrom: "chép lịch sử khen thưởng từ sổ năm trước vào sổ mới",
  },
  history: {
    done: "Đã thêm {{count}} dòng vào sheet “{{sheet}}” của “{{file}}” (dòng {{rows}}): {{fromHistory}} dòng từ sheet “{{historySheet}}” và {{fromDecided}} dòng đã quyết định của sheet “{{decidedSheet}}” trong “{{from}}” (năm {{year}}); bản sao lưu: {{backup}}.",
    nothing:
      "Không có gì để thêm vào sheet “{{sheet}}” của “{{file}}”: mọi dòng của “{{from}}” đã có (tệp không bị ghi lại).",
    empty:
      "Sổ “{{from}}” không có dòng nào ở sheet “Lịch sử” hay dòng đã quyết định ở sheet “Đề nghị” để chép: “{{file}}” không thay đổi.",
    duplicates: "Bỏ qua {{count}} dòng đã có (trùng họ tên, ngày sinh, năm và danh hiệu).",
    skipped:
      "Sổ “{{from}}”, sheet “{{sheet}}”, dòng {{row}}: {{reason}}, nên không chép được; bổ sung ô đó ở sổ năm trước rồi chạy lại nếu cần.",
    reason: {
      noName: "ô họ và tên trống",
      noYear:
        "không có năm (ô “Năm”, hoặc “Năm đánh giá” ở sheet “Cấu hình” của sổ, trống hoặc không hợp lệ)",
      noTitle: "ô danh hiệu, hình thức trống",
    },
    sameFile:
      "Sổ năm trước “{{from}}” chính là sổ “{{file}}”: chọn sổ của năm trước cho --from (chưa ghi gì).",
    noTable:
      "Tệp “{{file}}” chưa có sheet “{{sheet}}” với dòng tiêu đề “Họ và tên / Tên tập thể”: chạy “so-thi-dua upgrade {{file}}” rồi chạy lại (chưa ghi gì).",
    columnsMissing:
      "Tệp “{{file}}”, sheet “{{sheet}}” chưa có cột “{{columns}}”: chạy “so-thi-dua upgrade {{file}}” để thêm cột rồi chạy lại (chưa ghi gì).",
    notEarlier:
      "Sổ “{{from}}” là sổ năm {{sourceYear}}, không phải năm trước của “{{file}}” (năm {{targetYear}}): chọn sổ của năm trước cho --from (chưa ghi gì).",
    initDone: "Đã chép {{count}} dòng lịch sử khen thưởng từ “{{from}}” vào sheet “{{sheet}}”.",
  },
};

const en: typeof vi = {
  help: {
    history: "awards of earlier years (sheet Lịch sử)",
    historyImport:
      "copy last year's register's decided rows and Lịch sử sheet into the Lịch sử sheet (no duplicates, nothing overwritten; keeps FILE.xlsx.bak)",
    historyFrom: "last year's register",
    initHistoryFrom: "copy the award history of last year's register into the new one",
  },
  history: {
    done: "Added {{count}} row(s) to sheet “{{sheet}}” of “{{file}}” (rows {{rows}}): {{fromHistory}} from sheet “{{historySheet}}” and {{fromDecided}} decided rows of sheet “{{decidedSheet}}” in “{{from}}” (year {{year}}); backup: {{backup}}.",
    nothing:
      "Nothing to add to sheet “{{sheet}}” of “{{file}}”: every row of “{{from}}” is there already (the file was not rewritten).",
    empty:
      "“{{from}}” has no row in sheet “Lịch sử” and no decided row in sheet “Đề nghị” to copy: “{{file}}” is unchanged.",
    duplicates: "Skipped {{count}} row(s) already there (same name, birth date, year and title).",
    skipped:
      "Register “{{from}}”, sheet “{{sheet}}”, row {{row}}: {{reason}}, so it was not copied; fill that cell in last year's register and run again if needed.",
    reason: {
      noName: "the name cell is blank",
      noYear:
        "no year (the “Năm” cell, or “Năm đánh giá” on the register's “Cấu hình” sheet, is blank or invalid)",
      noTitle: "the title cell is blank",
    },
    sameFile:
      "Last year's register “{{from}}” is the register “{{file}}” itself: give last year's register to --from (nothing was written).",
    noTable:
      "File “{{file}}” has no sheet “{{sheet}}” with the header row “Họ và tên / Tên tập thể”: run “so-thi-dua upgrade {{file}}” and try again (nothing was written).",
    columnsMissing:
      "File “{{file}}”, sheet “{{sheet}}” has no column “{{columns}}”: run “so-thi-dua upgrade {{file}}” to add it and try again (nothing was written).",
    notEarlier:
      "“{{from}}” is the register of {{sourceYear}}, not of a year before “{{file}}” ({{targetYear}}): give last year's register to --from (nothing was written).",
    initDone: "Copied {{count}} award history row(s) from “{{from}}” into sheet “{{sheet}}”.",
  },
};

const instance = i18next.createInstance();
void instance.init({
  resources: { vi: { h: vi }, en: { h: en } },
  lng: "vi",
  fallbackLng: "vi",
  ns: ["h"],
  defaultNS: "h",
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

export function historyT(lang: Lang): TFunction {
  return instance.getFixedT(lang, "h");
}

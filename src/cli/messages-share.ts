/** Command-line texts of `share` (the council member's copy), Vietnamese first (`--lang en`). */
import i18next, { type TFunction } from "i18next";
import type { Lang } from "../domain/i18n/render";

const vi = {
  help: {
    share:
      "ghi bản gửi thành viên Hội đồng: mọi sheet và cấu trúc sổ bị khóa, công thức vẫn tính, sheet đầu “Thông tin” (đơn vị, năm, thời điểm, kết quả kiểm tra, SHA-256 của sổ); sổ không bị sửa",
    shareOut: "tệp .xlsx của bản gửi Hội đồng",
    sharePassword: "mật khẩu khóa các sheet và cấu trúc sổ (mặc định: khóa không mật khẩu)",
  },
  share: {
    notXlsx:
      "Tên tệp kết quả “{{out}}” phải có đuôi .xlsx: chọn tên như “ban-hoi-dong.xlsx” rồi chạy lại (chưa ghi gì).",
    sameFile:
      "Tệp kết quả “{{out}}” chính là sổ đầu vào: không bao giờ ghi đè sổ, hãy chọn tên khác cho --out.",
    blankPassword:
      "Mật khẩu --password không được để trống (hoặc bỏ --password để khóa không mật khẩu).",
    done: "Đã ghi bản gửi Hội đồng “{{out}}” (sheet đầu “{{sheet}}”; mọi sheet và cấu trúc sổ bị khóa{{password}}).",
    withPassword: " bằng mật khẩu",
    summary:
      "Kết quả kiểm tra ghi trong bản: {{error}} lỗi, {{warning}} cảnh báo, {{rows}} đề nghị. SHA-256 của “{{file}}”: {{sha256}}.",
  },
};

const en: typeof vi = {
  help: {
    share:
      "write the council member's copy: every sheet and the workbook structure locked, formulas live, a first sheet “Thông tin” (unit, year, time, check summary, SHA-256 of the register); the register is not changed",
    shareOut: "the copy's .xlsx file",
    sharePassword:
      "password locking the sheets and the structure (default: locked without a password)",
  },
  share: {
    notXlsx:
      "The output name “{{out}}” must end in .xlsx: choose a name such as “council-copy.xlsx” and run again (nothing was written).",
    sameFile:
      "The output “{{out}}” is the input register itself: the register is never overwritten, choose another --out.",
    blankPassword:
      "--password must not be blank (or leave --password out to lock without a password).",
    done: "Wrote the council member's copy “{{out}}” (first sheet “{{sheet}}”; every sheet and the structure locked{{password}}).",
    withPassword: " with a password",
    summary:
      "Check summary in the copy: {{error}} error(s), {{warning}} warning(s), {{rows}} nomination(s). SHA-256 of “{{file}}”: {{sha256}}.",
  },
};

const instance = i18next.createInstance();
void instance.init({
  resources: { vi: { s: vi }, en: { s: en } },
  lng: "vi",
  fallbackLng: "vi",
  ns: ["s"],
  defaultNS: "s",
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

export function shareT(lang: Lang): TFunction {
  return instance.getFixedT(lang, "s");
}

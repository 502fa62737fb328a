/** Command-line texts of `verify` and `--by` (issue #14, the audit trail), Vietnamese first (`--lang en`). */
import i18next, { type TFunction } from "i18next";
import type { Lang } from "../domain/i18n/render";

const vi = {
  help: {
    by: "tên người thực hiện ghi vào sheet Nhật ký (mặc định: tên người dùng của máy)",
    verify: "kiểm tra chuỗi mã băm của sheet Nhật ký (có dòng nào bị sửa hay xoá không)",
    verifyJson: "in kết quả dạng JSON",
  },
  verify: {
    intact:
      "Nhật ký của “{{file}}” nguyên vẹn: {{rows}} dòng ở sheet “{{sheet}}”, mọi mã băm đều khớp.",
    changed:
      "Sổ “{{file}}”, sheet “{{sheet}}”, dòng {{row}}: nội dung hoặc mã băm của dòng đã bị sửa sau khi ghi.",
    missing:
      "Sổ “{{file}}”, sheet “{{sheet}}”, dòng {{row}}: dòng ngay phía trên đã bị xoá (STT không liền nhau, mã băm không khớp).",
    noHeader:
      "Sổ “{{file}}”, sheet “{{sheet}}” không còn dòng tiêu đề của nhật ký (STT … Mã băm): không kiểm tra được chuỗi.",
    todo: "Từ dòng này trở xuống nhật ký không còn tin được: đối chiếu với bản sao lưu (.bak) hoặc bản gửi Hội đồng để biết đã sửa gì; không sửa lại ô cũ, ghi sự việc vào biên bản.",
    noSheet:
      "Sổ “{{file}}” không có sheet “{{sheet}}”: sổ được tạo trước khi có nhật ký; lệnh ghi tiếp theo (ví dụ “so-thi-dua upgrade {{file}}”) sẽ thêm sheet này.",
  },
};

const en: typeof vi = {
  help: {
    by: "name of the person recorded in the Nhật ký sheet (default: the computer's user name)",
    verify: "check the hash chain of the Nhật ký sheet (was any row changed or deleted?)",
    verifyJson: "print the result as JSON",
  },
  verify: {
    intact:
      "The audit trail of “{{file}}” is intact: {{rows}} row(s) in sheet “{{sheet}}”, every hash matches.",
    changed:
      "Register “{{file}}”, sheet “{{sheet}}”, row {{row}}: the row's cells or its hash were changed after it was written.",
    missing:
      "Register “{{file}}”, sheet “{{sheet}}”, row {{row}}: the row just above it was deleted (STT skips, the hash does not match).",
    noHeader:
      "Register “{{file}}”, sheet “{{sheet}}” has lost the audit trail's header row (STT … Mã băm): the chain cannot be checked.",
    todo: "From this row down the trail cannot be trusted: compare with the backup (.bak) or the council members' copy to see what was changed; do not retype the old cells, record the incident in the minutes.",
    noSheet:
      "Register “{{file}}” has no sheet “{{sheet}}”: it was made before the audit trail; the next writing command (e.g. “so-thi-dua upgrade {{file}}”) adds it.",
  },
};

const instance = i18next.createInstance();
void instance.init({
  resources: { vi: { a: vi }, en: { a: en } },
  lng: "vi",
  fallbackLng: "vi",
  ns: ["a"],
  defaultNS: "a",
  initAsync: false,
  interpolation: { escapeValue: false },
  showSupportNotice: false,
});

export function auditT(lang: Lang): TFunction {
  return instance.getFixedT(lang, "a");
}

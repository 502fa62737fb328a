import type { vi } from "./vi";

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English messages; same keys as vi.ts (enforced by the type). Sheet and column labels stay Vietnamese: they are the workbook's. */
export const en: Shape<typeof vi> = {
  rule: {
    DL01: "Required value missing in column “{{column}}”.",
    DL02: "Value “{{value}}” in column “{{column}}” is not in its list.",
    DL02_choices:
      "Sheet “{{sheet}}”, row {{row}}, column “{{column}}”: value “{{value}}” is not in its list; choose one of {{choices}}.",
    DL03_notDate:
      "Date of birth “{{value}}” is not a valid date (use dd/mm/yyyy, e.g. 03/02/1990).",
    DL03_afterYear: "Date of birth “{{value}}” is after the evaluation year {{year}}.",
    DL04: "Age on 31/12 of the evaluation year is {{age}}, outside 18–70: check the date of birth.",
    DL05: "Value “{{value}}” in column “{{column}}” is invalid: expected a number {{range}}.",
    DL06: "“{{title}}” is not awarded to “{{kind}}” (only to: {{allowed}}).",
    DL07: "Duplicate of row {{firstRow}} (same nominee, same “{{title}}”, same drive).",
    DL08: "Text in column “{{column}}” looks like legacy {{encoding}} encoding: convert it to Unicode.",
    DL09: "Text in column “{{column}}” starts with =, + or @ and could run as a formula.",
    DL10: "Typed score {{score}} differs from the total {{total}} of “{{candidate}}” on sheet “{{sheet}}” (cell {{cell}}). Link it with a formula or correct it.",
    DL11: "Discipline end date “{{value}}” is not a valid date (enter dd/mm/yyyy, e.g. 30/06/2025).",
    DL12: "Drive “{{drive}}” is not on sheet “{{sheet}}”: add it there or choose an existing drive ({{known}}).",
    DK01: "Duty completion “{{value}}” is not enough: “Hoàn thành tốt” or better is required.",
    DK01_art24:
      "Workers, farmers and other labourers are judged for Lao động tiên tiến by Art. 24(3) of the Law on Emulation and Commendation: “Lao động, sản xuất hiệu quả” must be “Có” (it is “{{value}}”).",
    DK02: "{{months}} months worked is below the minimum of {{min}}.",
    DK03: "An individual disciplined (“{{value}}”) in the evaluation year cannot be commended (if the discipline period ended before the evaluation year, enter the day in column “Hết thời hạn kỷ luật”).",
    DK03_until:
      "An individual disciplined (“{{value}}”) whose discipline period ended on {{end}}: achievements count only from that day, not enough for the evaluation year.",
    DK04: "Chiến sĩ thi đua cơ sở needs excellent duty completion or a recognised initiative.",
    DK05: "CSTĐCS nominations ({{cstdcs}}) exceed {{cap}}% of LĐTT nominations ({{ldtt}}).",
    DK06: "This CSTĐCS nominee has no Lao động tiên tiến row in the register.",
    DK07: "Conditions for Tập thể lao động tiên tiến not met: {{reasonText}}.",
    DK08: "Conditions for Tập thể lao động xuất sắc not met: {{reasonText}}.",
    DK09: "{{votes}}/{{size}} votes in favour ({{ratio}}%) is below the minimum {{pct}}% of the whole council.",
    DK10: "No council vote recorded yet (not reviewed).",
    DK11: "Score {{score}} is below the minimum {{min}}.",
    DK12: "“{{title}}” is considered yearly only, not in “{{drive}}”.",
    DK13: "An unresolved complaint concerns this nominee (sheet “{{sheet}}”).",
    DK14: "Discipline is being considered, an investigation or inspection is under way, or a complaint or denunciation is being verified: no commendation and no proposal upward until it is concluded.",
    HS01_partial:
      "No basis for a Bằng khen under Art. 74(1)(d) in sheet “{{sheet}}”: {{need}} consecutive years of {{chain}} needed: found {{have}}, missing {{missing}}.{{pendingText}} If proposed under another criterion (two consecutive years of excellent completion with two initiatives, achievements in an emulation drive…), say so in “Tóm tắt thành tích”.",
    HS01_none:
      "No basis for a Bằng khen under Art. 74(1)(d) in sheet “{{sheet}}”: {{need}} consecutive years of {{chain}} needed: missing {{missing}}, none found.{{pendingText}} If proposed under another criterion (two consecutive years of excellent completion with two initiatives, achievements in an emulation drive…), say so in “Tóm tắt thành tích”.",
    HS02: "“{{title}}” for {{year}} was already decided (sheet “{{sheet}}”, row {{historyRow}}, decision {{decision}}): one achievement is not rewarded twice.",
    HS02_noDecision:
      "“{{title}}” for {{year}} is already in sheet “{{sheet}}” (row {{historyRow}}): one achievement is not rewarded twice.",
    HS03_partial:
      "Conditions for Chiến sĩ thi đua cấp tỉnh (Art. 22) not met in sheet “{{sheet}}”: {{need}} consecutive years of {{chain}} needed: found {{have}}, missing {{missing}}.{{pendingText}}",
    HS03_none:
      "Conditions for Chiến sĩ thi đua cấp tỉnh (Art. 22) not met in sheet “{{sheet}}”: {{need}} consecutive years of {{chain}} needed: missing {{missing}}, none found.{{pendingText}}",
    HS05_partial:
      "No basis for a collective's Bằng khen (Art. 74) in sheet “{{sheet}}”: {{need}} consecutive years of {{chain}} needed: found {{have}}, missing {{missing}}.{{pendingText}} If the collective completed its duties excellently two years in a row, say so in “Tóm tắt thành tích”.",
    HS05_none:
      "No basis for a collective's Bằng khen (Art. 74) in sheet “{{sheet}}”: {{need}} consecutive years of {{chain}} needed: missing {{missing}}, none found.{{pendingText}} If the collective completed its duties excellently two years in a row, say so in “Tóm tắt thành tích”.",
    HS06_partial:
      "No basis for a household's Giấy khen in sheet “{{sheet}}”: {{need}} consecutive years of {{chain}} needed: found {{have}}, missing {{missing}}.{{pendingText}} If the Giấy khen rewards another achievement, say so in “Tóm tắt thành tích”.",
    HS06_none:
      "No basis for a household's Giấy khen in sheet “{{sheet}}”: {{need}} consecutive years of {{chain}} needed: missing {{missing}}, none found.{{pendingText}} If the Giấy khen rewards another achievement, say so in “Tóm tắt thành tích”.",
    HS04: "Sheet “{{sheet}}” (row {{rows}}) has the same name with date of birth {{historyDate}}, not {{date}} as here: those rows are not counted. If it is the same person, correct the date of birth.",
    QT01: "The row says “Đã quyết định” (decided) but “{{missing}}” is empty: enter the decision's number and date (or run “so-thi-dua decide”).",
    QT02: "The row has Decision {{number}} of {{date}} but was changed after the decision: check it (the decision does not follow the register).",
    QT03_status: "Status “{{value}}” is not in the list ({{allowed}}).",
    QT03_number: "Decision number “{{value}}” is not in the expected form, e.g. 123/QĐ-UBND.",
    QT03_date: "Decision date “{{value}}” is not a valid date (type dd/mm/yyyy).",
    QT04: "The row was submitted while the list is still posted (from {{from}} to the end of {{to}}, by “{{setting}}” and the drive's “Số ngày công khai”); submission day {{day}}. Submit only after posting ends and comments and complaints are handled.",
    RG01_sheet:
      "Sheet “{{sheet}}” is missing. Run “so-thi-dua upgrade” to restore it without losing data.",
    RG01_label:
      "Sheet “{{sheet}}” lacks the column/setting “{{label}}” (maybe renamed). Restore the exact label or run “so-thi-dua upgrade”.",
    RG01_header: "Sheet “{{sheet}}”: no header row with “{{label}}” in the first 20 rows.",
    RG02_year: "“{{label}}” (cell {{address}}) must be a year from 2000 to 2100.",
    RG02_unitName:
      "“{{label}}” (cell {{address}}) is blank: type the unit's name (e.g. “UBND phường Kiến Hưng”); it heads the Tờ trình and the lists.",
    RG02_councilSize: "“{{label}}” (cell {{address}}) must be a whole number of at least 1.",
    RG02_percent: "“{{label}}” (cell {{address}}) must be a percentage from 0 to 100.",
    RG02_percentSign:
      "“{{label}}” (cell {{address}}) shows {{shown}}: typed with a % sign, Excel stores a fraction and the register's formulas would read it wrongly. Type {{typed}} again without the % sign.",
    RG02_months: "“{{label}}” (cell {{address}}) must be a whole number from 0 to 12.",
    RG02_number: "“{{label}}” (cell {{address}}) must be a non-negative number.",
    RG02_date: "“{{label}}” (cell {{address}}) must be a date dd/mm/yyyy.",
    RG02_score: "“{{label}}” (cell {{address}}) must be a score from 0 to 100.",
    RG02_margins:
      "“{{label}}” (cell {{address}}) must be one number, or four numbers top; bottom; left; right, each from 0 to 60 (mm), e.g. 25; 25; 30; 30.",
    RG02_count: "“{{label}}” (cell {{address}}) must be a whole number from 0.",
    RG02_time:
      "“{{label}}” (cell {{address}}) is not a readable time: type it as text, e.g. 8 giờ 00 (Excel turns 8:00 into a time value the register cannot read).",
    RG02_votingMethod:
      "“{{label}}” (cell {{address}}) must be “Bỏ phiếu kín” (secret ballot) or “Giơ tay” (show of hands).",
    RG03: "The dossier deadline {{deadline}} has passed and the register has not been exported.",
    RG03_drive:
      "Drive “{{drive}}”: the dossier deadline {{deadline}} has passed and {{count}} rows are not submitted (“Trạng thái” is not “Đã trình”).",
    RG05: "Drive “{{drive}}”: {{days}} days left until the dossier deadline {{deadline}} ({{count}} rows not submitted).",
    RG06_duplicate: "Drive “{{drive}}” has the same name as row {{firstRow}}: one row per drive.",
    RG06_kindMissing: "Drive “{{drive}}” has no “Loại đợt” ({{allowed}}).",
    RG06_kindInvalid: "Drive “{{drive}}”: “Loại đợt” “{{value}}” is not in the list ({{allowed}}).",
    RG06_date: "Drive “{{drive}}”: “{{label}}” “{{value}}” is not a valid date (enter dd/mm/yyyy).",
    RG06_days:
      "Drive “{{drive}}”: “Số ngày công khai” “{{value}}” must be a whole number from 0 to 365.",
    RG06_noDeadline:
      "Drive “{{drive}}” has no “Hạn nộp hồ sơ”: its deadline cannot be tracked (a Đột xuất drive needs none).",
    RG06_endBeforeStart: "Drive “{{drive}}”: the end {{end}} is before the start {{start}}.",
    RG04: "“{{label}}” (cell {{address}}) is {{value}}%, looser than the national rule: {{rule}} ({{source}}). The register still applies {{value}}%; check the regulation.",
    RG04_province:
      "“{{label}}” (cell {{address}}) is {{value}}%, looser than the rule of {{province}}: {{rule}} ({{source}}). The register still applies {{value}}%; set the province's value.",
    RG04_provinceBlank:
      "“{{label}}” (cell {{address}}) is blank, looser than the rule of {{province}}: {{rule}} ({{source}}). Enter the province's value.",
    HD01: "“Ngày trình” {{submission}} (cell {{address}}) is before the council meeting on {{meeting}}: the Tờ trình cites the meeting's minutes, so it cannot be signed before it. Correct “Ngày trình” or “Ngày họp Hội đồng”.",
    HD02: "The meeting had no quorum: {{present}} present and {{written}} absent with a written opinion, {{members}}/{{size}} members ({{share}}%), below the minimum {{pct}}% (“Tỷ lệ có mặt tối thiểu (%)”). Check “Số thành viên có mặt” (cell {{address}}) or meet again.",
    HD03: "{{votes}} votes in favour is more than the {{voting}} members who voted ({{present}} present, {{written}} in writing).",
    HD04: "Council working rules usually have Chiến sĩ thi đua cơ sở voted by secret ballot, but “Hình thức biểu quyết” (cell {{address}}) is “{{method}}”: check the rules; if they require it, vote again by secret ballot and record the votes in favour.",
    HD05: "{{present}} members present and {{written}} absent with a written opinion ({{members}} in all) is more than “Số thành viên Hội đồng” {{size}} (cell {{address}}).",
    HD06: "Sheet “Thành viên Hội đồng” lists {{listed}} members, not the {{size}} of “Số thành viên Hội đồng” in “Cấu hình”: vote ratios use the number in “Cấu hình”; check one or the other.",
  },
  reason: {
    dutyGood: "duty completion below “Hoàn thành tốt”",
    dutyExcellent: "duties not completed excellently",
    ldttHalf: "members achieving LĐTT are not more than 50%",
    ldttShare: "members achieving LĐTT are below {{share}}% (the unit's rule)",
    allCompleted: "not 100% of members completed their duties",
    ldtt70: "members achieving LĐTT are below 70%",
    oneCstdcs: "no member achieved CSTĐCS",
    disciplined: "a member was disciplined at cảnh cáo or above",
  },
  history: {
    pending:
      " {{chain}} for {{pending}} is proposed in this register: it counts only once decided (enter it in sheet “{{sheet}}”).",
  },
  severity: { error: "Error", warning: "Warning" },
};

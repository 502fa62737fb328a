import type { vi } from "./vi";

type Shape<T> = { readonly [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** English messages; same keys as vi.ts (enforced by the type). Sheet and column labels stay Vietnamese: they are the workbook's. */
export const en: Shape<typeof vi> = {
  rule: {
    DL01: "Required value missing in column “{{column}}”.",
    DL02: "Value “{{value}}” in column “{{column}}” is not in its list.",
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
    DK01: "Duty completion “{{value}}” is not enough: “Hoàn thành tốt” or better is required.",
    DK02: "{{months}} months worked is below the minimum of {{min}}.",
    DK03: "An individual disciplined (“{{value}}”) in the evaluation year cannot be commended.",
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
    RG03: "The dossier deadline {{deadline}} has passed and the register has not been exported.",
    RG04: "“{{label}}” (cell {{address}}) is {{value}}%, looser than the national rule: {{rule}} ({{source}}). The register still applies {{value}}%; check the regulation.",
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
  severity: { error: "Error", warning: "Warning" },
};

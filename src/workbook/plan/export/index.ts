/** The council export as a document plan: seven print-ready sheets and the export's metadata. */
import type { CouncilExport } from "../../../domain/export/council";
import { planBallots, planTally, SHEET_BALLOTS, SHEET_TALLY } from "./ballots";
import type { DocumentPlan } from "./document";
import { planLetter, planMinutes, SHEET_LETTER, SHEET_MINUTES } from "./letter";
import {
  planIneligible,
  planList,
  planSummary,
  SHEET_INELIGIBLE,
  SHEET_LIST,
  SHEET_SUMMARY,
} from "./lists";

/** Sheet names of the council export, in tab order (export.md). */
export const EXPORT_SHEETS = [
  SHEET_LETTER,
  SHEET_LIST,
  SHEET_MINUTES,
  SHEET_TALLY,
  SHEET_BALLOTS,
  SHEET_SUMMARY,
  SHEET_INELIGIBLE,
] as const;
export {
  SHEET_LETTER,
  SHEET_LIST,
  SHEET_MINUTES,
  SHEET_TALLY,
  SHEET_BALLOTS,
  SHEET_SUMMARY,
  SHEET_INELIGIBLE,
};

export interface ExportSource {
  /** The register's file name (recorded in the export's metadata, never modified). */
  readonly fileName: string;
}

export function planCouncilExport(x: CouncilExport, source: ExportSource): DocumentPlan {
  const year = x.header.year ?? "";
  return {
    sheets: [
      planLetter(x),
      planList(x),
      planMinutes(x),
      planTally(x),
      planBallots(x),
      planSummary(x),
      planIneligible(x),
    ],
    properties: {
      title: `Hồ sơ đề nghị khen thưởng năm ${year}`,
      subject: x.header.unitName,
      created: x.header.documentDate,
    },
    meta: [
      ["kind", "councilExport"],
      ["exportedOn", { date: x.header.documentDate }],
      ["sourceFile", source.fileName],
      ["rows", x.counts.rows],
      ["proposed", x.counts.proposed],
      ["ineligible", x.counts.ineligible],
      ["forced", x.forced],
    ],
  };
}

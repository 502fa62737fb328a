/**
 * Council meeting rules (HD, rules.md): the meeting on paper. HD01: the Tờ trình cites the minutes
 * of the council meeting, so it cannot be dated before that meeting.
 */
import type { Finding } from "../findings";
import { finding } from "../findings";
import type { PolicyReading } from "../policy";
import { SETTING, SHEET } from "../register/contract";
import type { SettingsSnapshot } from "../snapshot";
import { compareCivilDates, formatDdMmYyyy } from "../text/dates";

/** HD01: `Ngày trình` earlier than `Ngày họp Hội đồng`. */
function hd01(settings: SettingsSnapshot | null, reading: PolicyReading): Finding[] {
  const { submissionDate: s, meetingDate: m } = reading.policy;
  if (s.state !== "ok" || m.state !== "ok" || compareCivilDates(s.value, m.value) >= 0) return [];
  return [
    finding({
      rule: "HD01",
      sheet: SHEET.settings,
      row: null,
      column: SETTING.submissionDate,
      params: {
        address: settings?.values.submissionDate?.address ?? "",
        submission: formatDdMmYyyy(s.value),
        meeting: formatDdMmYyyy(m.value),
      },
    }),
  ];
}

export function meetingRules(settings: SettingsSnapshot | null, reading: PolicyReading): Finding[] {
  return [...hd01(settings, reading)];
}

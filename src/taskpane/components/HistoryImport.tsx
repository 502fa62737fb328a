import * as React from "react";
import { Button, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { HistoryRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { rowRanges } from "../../domain/text/ranges";
import type { HistoryOutcome } from "../historyDoc";
import { FilePicker } from "./FilePicker";
import { useSectionStyles } from "./styles";

export interface HistoryImportProps {
  readonly busy: boolean;
  /** Read the chosen register, plan and write; undefined when the action failed (the pane shows why). */
  readonly onImport: (file: File) => Promise<HistoryOutcome | undefined>;
}

/** What an import did, or why it did nothing, in the pane's language; `ok` says which intent. */
export function outcomeLines(
  o: HistoryOutcome,
  fileName: string,
  t: TFunction
): { readonly ok: boolean; readonly lines: string[] } {
  const file = fileName;
  switch (o.kind) {
    case "unreadable":
      return {
        ok: false,
        lines: [t("history.unreadable", { file, reason: t(`history.problems.${o.problem}`) })],
      };
    case "refused": {
      const r = o.refusal;
      if (r.kind === "noTable") return { ok: false, lines: [t("history.noTable")] };
      if (r.kind === "columnsMissing")
        return {
          ok: false,
          lines: [t("history.columnsMissing", { sheet: r.sheet, columns: r.columns.join("”, “") })],
        };
      return { ok: false, lines: [t("history.notEarlier", { file, ...r })] };
    }
    case "ok": {
      const p = o.plan;
      const lines = [
        p.rows.length
          ? t("history.added", {
              count: p.rows.length,
              sheet: p.sheet,
              rows: rowRanges(p.rows),
              fromHistory: p.fromHistory,
              fromDecided: p.fromDecided,
              year: p.sourceYear ?? "?",
              file,
            })
          : t(p.duplicates.length ? "history.nothing" : "history.empty", { file, sheet: p.sheet }),
      ];
      if (p.duplicates.length) lines.push(t("history.duplicates", { count: p.duplicates.length }));
      if (p.skipped.length)
        lines.push(
          t("history.skipped", {
            count: p.skipped.length,
            file,
            rows: p.skipped
              .map((s) =>
                t("history.skippedRow", { sheet: p.sourceSheets[s.origin], row: s.sourceRow })
              )
              .join(", "),
          })
        );
      return { ok: true, lines };
    }
  }
}

/**
 * “Lịch sử từ sổ năm trước”: last year's register chosen with the pane's file picker; its history
 * and decided rows are added to this register's `Lịch sử` (the CLI's `history import`).
 */
export const HistoryImport: React.FC<HistoryImportProps> = ({ busy, onImport }) => {
  const { t } = useTranslation("pane");
  const s = useSectionStyles();
  const [file, setFile] = React.useState<File | null>(null);
  const [shown, setShown] = React.useState<{ ok: boolean; lines: string[] } | null>(null);

  const copy = () => {
    if (!file) return;
    setShown(null);
    void onImport(file).then((o) => setShown(o ? outcomeLines(o, file.name, t) : null));
  };

  return (
    <section className={s.card} aria-labelledby="history-title" data-testid="history-import">
      <Text as="h2" id="history-title" weight="semibold" className={s.heading}>
        {t("history.title")}
      </Text>
      <Text as="p" className={s.muted}>
        {t("history.intro")}
      </Text>
      <FilePicker
        label={t("history.label")}
        chooseLabel={t("history.choose")}
        noneLabel={t("history.none")}
        fileName={file?.name ?? null}
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        disabled={busy}
        testId="history-file"
        onChoose={(f) => {
          setFile(f);
          setShown(null);
        }}
      />
      <div className={s.actions}>
        <Button icon={<HistoryRegular />} disabled={busy || !file} onClick={copy}>
          {t("history.run")}
        </Button>
      </div>
      {shown ? (
        <MessageBar
          intent={shown.ok ? "success" : "warning"}
          layout="multiline"
          data-testid="history-outcome"
        >
          <MessageBarBody>
            {shown.lines.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </section>
  );
};

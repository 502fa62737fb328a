import * as React from "react";
import {
  Badge,
  Button,
  Radio,
  RadioGroup,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  ArrowSyncRegular,
  CalendarClockRegular,
  CheckmarkCircleFilled,
  ErrorCircleFilled,
  TaskListLtrRegular,
  WarningFilled,
} from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { cellDisplay } from "../../domain/cell";
import type { Finding } from "../../domain/findings";
import { columnLetter } from "../../domain/findings";
import { renderMessage, severityLabel, type Lang } from "../../domain/i18n/render";
import { formatDdMmYyyy } from "../../domain/text/dates";
import type { CheckOutcome, DeadlineLine } from "../service";
import { useSectionStyles } from "./styles";

const useStyles = makeStyles({
  counts: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
  },
  status: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  group: {
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    overflow: "hidden",
  },
  groupHead: {
    margin: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightSemibold,
    display: "flex",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "baseline",
  },
  groupName: {
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
  },
  items: { listStyle: "none", margin: 0, padding: 0 },
  item: {
    display: "grid",
    gridTemplateColumns: "auto 1fr",
    columnGap: tokens.spacingHorizontalS,
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: "none",
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    backgroundColor: "transparent",
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
    ":active": { backgroundColor: tokens.colorSubtleBackgroundPressed },
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  selected: { backgroundColor: tokens.colorSubtleBackgroundSelected },
  icon: { paddingTop: "2px", fontSize: "16px" },
  err: { color: tokens.colorPaletteRedForeground1 },
  warn: { color: tokens.colorPaletteMarigoldForeground1 },
  line1: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalXS,
    alignItems: "center",
  },
  rule: {
    fontFamily: tokens.fontFamilyMonospace,
    fontWeight: tokens.fontWeightSemibold,
    fontSize: tokens.fontSizeBase200,
  },
  cell: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  citation: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  deadline: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
});

type Filter = "all" | "error" | "warning";

export interface CheckTabProps {
  readonly outcome: CheckOutcome | null;
  /** The next deadline of the register's drives (null: the register has no `Đợt thi đua`). */
  readonly deadline: DeadlineLine | null;
  readonly busy: boolean;
  readonly lang: Lang;
  readonly onRun: () => void;
  readonly onSelect: (sheet: string, address: string) => void;
}

/** The cell a finding points at: its own cell, a settings address, or the row's name cell. */
export function findingAddress(f: Finding, outcome: CheckOutcome): string {
  if (f.cell) return f.cell;
  if (typeof f.params.address === "string") return f.params.address;
  if (f.row !== null) {
    const nameCol = outcome.snapshot.nominations?.columns.name;
    return `${columnLetter(nameCol ?? 1)}${f.row}`;
  }
  return "A1";
}

/** Kiểm tra: run the rules; issues grouped by row with severity, rule ID, message and citation. */
export const CheckTab: React.FC<CheckTabProps> = ({
  outcome,
  deadline,
  busy,
  lang,
  onRun,
  onSelect,
}) => {
  const { t } = useTranslation("pane");
  const s = useSectionStyles();
  const c = useStyles();
  const [filter, setFilter] = React.useState<Filter>("all");
  const [selected, setSelected] = React.useState<string | null>(null);

  const groups = React.useMemo(() => {
    if (!outcome) return [];
    const names = new Map(outcome.result.nominations.map((n) => [n.row, n] as const));
    const rowsSnap = new Map(
      (outcome.snapshot.nominations?.rows ?? []).map((r) => [r.row, r] as const)
    );
    const out: { key: string; title: string; name: string; findings: Finding[] }[] = [];
    for (const f of outcome.result.findings) {
      if (filter !== "all" && f.severity !== filter) continue;
      const key = f.row === null ? `sheet:${f.sheet}` : `row:${f.row}`;
      let g = out.find((x) => x.key === key);
      if (!g) {
        const name = f.row !== null ? cellDisplay(rowsSnap.get(f.row)?.cells.name) : f.sheet;
        g = {
          key,
          title: f.row === null ? t("check.register") : t("check.row", { row: f.row }),
          name,
          findings: [],
        };
        out.push(g);
      }
      g.findings.push(f);
      void names;
    }
    return out;
  }, [outcome, filter, t]);

  const counts = outcome?.result.counts;
  return (
    <div className={s.section}>
      <Text as="p" className={s.intro}>
        {t("check.intro")}
      </Text>
      <div className={s.actions}>
        <Button
          appearance="primary"
          icon={outcome ? <ArrowSyncRegular /> : <TaskListLtrRegular />}
          onClick={onRun}
          disabled={busy}
        >
          {outcome ? t("check.rerun") : t("check.run")}
        </Button>
      </div>
      {deadline ? (
        <Text className={c.deadline} data-testid="next-deadline">
          <CalendarClockRegular aria-hidden />
          {deadline.next
            ? t(
                deadline.next.days === 0
                  ? "check.deadlineToday"
                  : deadline.next.days === 1
                    ? "check.deadlineTomorrow"
                    : "check.deadlineDays",
                {
                  drive: deadline.next.drive,
                  date: formatDdMmYyyy(deadline.next.deadline),
                  days: deadline.next.days,
                }
              )
            : t("check.noDeadline")}
        </Text>
      ) : null}
      {!outcome || !counts ? (
        <Text className={s.muted}>{t("check.notRun")}</Text>
      ) : (
        <>
          <div className={c.counts} role="status" aria-live="polite">
            <span className={c.status}>
              {counts.error === 0 ? (
                <CheckmarkCircleFilled className={c.ok} aria-hidden />
              ) : (
                <ErrorCircleFilled className={c.bad} aria-hidden />
              )}
              <Text weight="semibold">
                {counts.error === 0 ? t("check.ready") : t("check.notReady")}
              </Text>
            </span>
            <Text size={200} data-testid="check-counts">
              {t("check.counts", counts)}
            </Text>
          </div>
          <RadioGroup
            layout="horizontal"
            value={filter}
            onChange={(_, d) => setFilter(d.value as Filter)}
            aria-label={t("check.filterLabel")}
          >
            <Radio value="all" label={t("check.filterAll")} />
            <Radio value="error" label={`${t("check.filterError")} (${counts.error})`} />
            <Radio value="warning" label={`${t("check.filterWarning")} (${counts.warning})`} />
          </RadioGroup>
          {groups.length === 0 ? (
            <Text>{t("check.none")}</Text>
          ) : (
            <ul className={c.list} aria-label={t("check.counts", counts)}>
              {groups.map((g) => (
                <li key={g.key} className={c.group}>
                  <h2 className={c.groupHead}>
                    <span>{g.title}</span>
                    {g.name ? <span className={c.groupName}>· {g.name}</span> : null}
                  </h2>
                  <ul className={c.items}>
                    {g.findings.map((f, i) => {
                      const address = findingAddress(f, outcome);
                      const id = `${g.key}:${i}`;
                      const message = renderMessage(f, lang);
                      return (
                        <li key={id}>
                          <button
                            type="button"
                            className={mergeClasses(c.item, selected === id && c.selected)}
                            aria-label={`${severityLabel(f.severity, lang)} ${f.rule}: ${message} — ${t("check.goTo", { cell: address, sheet: f.sheet })}`}
                            onClick={() => {
                              setSelected(id);
                              onSelect(f.sheet, address);
                            }}
                            data-rule={f.rule}
                            data-cell={address}
                          >
                            <span
                              className={mergeClasses(
                                c.icon,
                                f.severity === "error" ? c.err : c.warn
                              )}
                              aria-hidden
                            >
                              {f.severity === "error" ? <ErrorCircleFilled /> : <WarningFilled />}
                            </span>
                            <span>
                              <span className={c.line1}>
                                <Badge
                                  size="small"
                                  appearance="tint"
                                  color={f.severity === "error" ? "danger" : "warning"}
                                >
                                  {severityLabel(f.severity, lang)}
                                </Badge>
                                <span className={c.rule}>{f.rule}</span>
                                <span className={c.cell}>
                                  {f.sheet}!{address}
                                  {f.column ? ` · ${f.column}` : ""}
                                </span>
                              </span>
                              <Text as="p" block style={{ margin: "2px 0" }}>
                                {message}
                              </Text>
                              <span className={c.citation}>
                                {t("check.citation")}: {f.citation}
                              </span>
                            </span>
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
};

/**
 * The task pane's WORKBENCH, loaded on demand by the shell (App.tsx) once there is a workbook: the
 * pane's text in the active language (i18next), the status strip, the register's state and the
 * actions over the workbook port (service.ts → domain and workbook plans), and the section of the
 * selected tab (each section in its own chunk, ./sections.tsx).
 */
import * as React from "react";
import {
  Badge,
  Button,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { CriteriaSet } from "../../domain/criteria/types";
import { criteriaSetFromRows } from "../../domain/criteria/parse";
import type { CivilDate } from "../../domain/text/dates";
import type { RegisterOptions } from "../../workbook/plan/options";
import { createPaneI18n } from "../i18n";
import { paneStrings } from "../paneStrings";
import type { WorkbookPort } from "../../workbook/edit/port";
import {
  addCandidates,
  addCriteriaSheet,
  criteriaOverview,
  linkScores,
  registerState,
  runCheck,
  setUpRegister,
  type CheckOutcome,
  type CriteriaOverview,
  type RegisterState,
} from "../service";
import { parseCsv } from "../../domain/criteria/csv";
import { TAB_IDS, type Language, type TabId } from "../shell";
import { isPromiseLike, tracked } from "../suspense";
import { Loading, LoadBoundary, Panel, StatusArea, frameStyles, token } from "./frame";
import {
  CheckSection,
  ConsolidateSection,
  CriteriaSection,
  ExportSection,
  SetupSection,
  SummarySection,
  preloadSections,
} from "./sections";
import { useAction } from "./useAction";

/** Delay before the other sections' code is fetched, once the first section is on screen (ms). */
const PRELOAD_DELAY_MS = 1000;

export interface WorkbenchProps {
  /** The workbook, or the promise of it while the port's code loads (Office.js adapter). */
  readonly port: WorkbookPort | Promise<WorkbookPort>;
  readonly tab: TabId;
  readonly language: Language;
  /** Today's date for the deadline rule (injected: the domain reads no clock). */
  readonly today?: CivilDate;
}

const styles = {
  detail: {
    display: "block",
    color: token("colorNeutralForeground3"),
    fontSize: token("fontSizeBase200"),
    wordBreak: "break-word",
  },
} satisfies Record<string, React.CSSProperties>;

function todayFromClock(): CivilDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

/** The "Bản xem trước" badge of the header (the preview only), loaded with the workbench. */
export const PreviewBadge: React.FC<{ label: string }> = ({ label }) => (
  <Badge appearance="tint" color="informative">
    {label}
  </Badge>
);

/**
 * `Người thực hiện` of the audit trail (issue #14), asked once while the document has none; kept in
 * the document's settings by the port.
 */
const AuditByPrompt: React.FC<{ port: WorkbookPort }> = ({ port }) => {
  const { t } = useTranslation("pane");
  const [name, setName] = React.useState("");
  const [saved, setSaved] = React.useState(() => port.auditBy() !== null);
  if (saved) return null;
  const save = () => {
    if (!name.trim()) return;
    void port.setAuditBy(name).then(() => setSaved(true));
  };
  return (
    <MessageBar intent="info" layout="multiline" data-testid="audit-by">
      <MessageBarBody>
        <MessageBarTitle>{t("audit.title")}</MessageBarTitle>
        {t("audit.prompt")}
        <span style={{ display: "flex", gap: 8, marginTop: 4 }}>
          <Input
            aria-label={t("audit.title")}
            value={name}
            onChange={(_, d) => setName(d.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter") save();
            }}
          />
          <Button appearance="primary" disabled={!name.trim()} onClick={save}>
            {t("audit.save")}
          </Button>
        </span>
      </MessageBarBody>
    </MessageBar>
  );
};

const Bench: React.FC<{
  port: WorkbookPort;
  tab: TabId;
  language: Language;
  today?: CivilDate;
}> = ({ port, tab, language, today }) => {
  const { t } = useTranslation("pane");
  const action = useAction();
  const [state, setState] = React.useState<RegisterState | null>(null);
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [overview, setOverview] = React.useState<CriteriaOverview[] | null>(null);
  const day = React.useMemo(() => today ?? todayFromClock(), [today]);
  const { run, fail } = action;

  // Once this section is on screen, fetch the others' code, so that switching tabs is immediate.
  React.useEffect(() => {
    const timer = setTimeout(() => preloadSections(TAB_IDS), PRELOAD_DELAY_MS);
    return () => clearTimeout(timer);
  }, []);

  const refreshState = React.useCallback(async () => {
    const st = await registerState(port, day);
    setState(st);
    return st;
  }, [port, day]);

  React.useEffect(() => {
    void run("read", refreshState);
  }, [port, run, refreshState]);

  const check = React.useCallback(
    () =>
      run("check", async () => {
        const o = await runCheck(port, day);
        setOutcome(o);
        return o;
      }),
    [port, run, day]
  );

  // Rows changed while a re-check waits its turn (behind another action): one re-check for all.
  const waiting = React.useRef<Set<number> | null>(null);
  const recheck = React.useCallback(
    (rows: readonly number[]) => {
      if (waiting.current) {
        for (const r of rows) waiting.current.add(r);
        return;
      }
      waiting.current = new Set(rows);
      void run(
        "check",
        async () => {
          const changed = [...(waiting.current ?? [])].sort((a, b) => a - b);
          waiting.current = null;
          const o = await runCheck(port, day);
          setOutcome(o);
          return changed;
        },
        (changed) =>
          changed.length
            ? t("check.rechecked", {
                rows:
                  changed.length > 6
                    ? `${changed[0]}–${changed[changed.length - 1]}`
                    : changed.join(", "),
              })
            : null
      );
    },
    [port, run, day, t]
  );

  // Pasted rows bypass Excel's validation: re-check when `Đề nghị` changes, once a check has run.
  // The re-check queues behind any action under way (useAction runs one action at a time).
  const checked = outcome !== null;
  React.useEffect(() => {
    if (!checked) return;
    let off: (() => void) | null = null;
    let live = true;
    void port
      .onNominationsChanged((c) => recheck(c.rows))
      .then((u) => {
        if (live) off = u;
        else u();
      })
      .catch((e: unknown) => fail(e, "subscribe"));
    return () => {
      live = false;
      off?.();
    };
  }, [port, checked, recheck, fail]);

  const loadOverview = React.useCallback(async () => {
    setOverview(await criteriaOverview(port));
  }, [port]);

  React.useEffect(() => {
    if (tab === "tieu-chi" && overview === null) void run("read", loadOverview);
  }, [tab, port, overview, run, loadOverview]);

  const onSetUp = (options: RegisterOptions, templates: readonly CriteriaSet[]) =>
    run(
      "setUp",
      async () => {
        const r = await setUpRegister(port, options, templates);
        await refreshState();
        setOverview(null);
        return r;
      },
      (r) => {
        const main = r.created
          ? t("setup.created", { count: r.sheetsAdded.length })
          : r.sheetsAdded.length +
                r.namesAdded.length +
                r.namesRepointed.length +
                r.notes.length ===
              0
            ? t("setup.nothing")
            : t("setup.upgraded", {
                sheets: r.sheetsAdded.length,
                names: r.namesAdded.length + r.namesRepointed.length,
                notes: r.notes.length,
              });
        const kept = r.cellsKept ? ` ${t("setup.kept", { count: r.cellsKept })}` : "";
        const warn = r.warnings?.length
          ? ` ${t("setup.warnings", { list: r.warnings.join("; ") })}`
          : "";
        return `${main}${kept}${warn}`;
      }
    );

  const criteriaAction = <T,>(work: () => Promise<T>, notice: (v: T) => string) =>
    void run(
      "criteria",
      async () => {
        const v = await work();
        await refreshState();
        await loadOverview();
        return v;
      },
      notice
    );

  const errorText = action.error ? t(`errors.${action.error.code}`) : "";
  const errorNote = action.error?.note ? t(`errors.${action.error.note}`) : "";
  const body = (() => {
    switch (tab) {
      case "thiet-lap":
        return (
          <SetupSection.Component
            state={state}
            busy={action.busy}
            onSetUp={onSetUp}
            onImportHistory={(file) =>
              run("history", async () => {
                const { importHistoryFile } = await import(
                  /* webpackChunkName: "history" */ "../historyDoc"
                );
                return importHistoryFile(port, file.name, file);
              })
            }
          />
        );
      case "tieu-chi":
        return (
          <CriteriaSection.Component
            sheets={state?.criteriaSheets ?? []}
            overview={overview}
            busy={action.busy}
            onAddTemplate={(set) =>
              criteriaAction(
                () => addCriteriaSheet(port, set),
                (ok) => t(ok ? "criteria.added" : "criteria.exists", { name: set.name })
              )
            }
            onImportCsv={(name, text) =>
              criteriaAction(
                async () => {
                  const sheetName = name.startsWith("TC ") ? name : `TC ${name}`;
                  const { set, problems } = criteriaSetFromRows(
                    sheetName.slice(0, 31),
                    parseCsv(text)
                  );
                  const ok = await addCriteriaSheet(port, set);
                  return { ok, name: set.name, problems };
                },
                (r) =>
                  `${t(r.ok ? "criteria.added" : "criteria.exists", { name: r.name })}${r.problems.length ? ` ${t("criteria.csvProblems", { count: r.problems.length, first: JSON.stringify(r.problems[0]) })}` : ""}`
              )
            }
            onAddCandidates={(sheet, names) =>
              criteriaAction(
                () => addCandidates(port, sheet, names),
                (r) => t("criteria.candidatesAdded", { count: r.added, existing: r.existing })
              )
            }
            onLink={() =>
              criteriaAction(
                () => linkScores(port),
                (n) => t("criteria.linked", { count: n })
              )
            }
            onRefresh={() => void run("read", loadOverview)}
          />
        );
      case "kiem-tra":
        return (
          <CheckSection.Component
            outcome={outcome}
            deadline={outcome ? outcome.deadline : (state?.deadline ?? null)}
            busy={action.busy}
            lang={language}
            onRun={() => void check()}
            onSelect={(sheet, address) => void run("select", () => port.selectCell(sheet, address))}
          />
        );
      case "tong-hop":
        return <SummarySection.Component summary={outcome?.summary ?? null} lang={language} />;
      case "xuat-bao-cao":
        return (
          <ExportSection.Component
            port={port}
            outcome={outcome}
            today={day}
            busy={action.busy}
            run={run}
          />
        );
      case "tong-hop-don-vi":
        return (
          <ConsolidateSection.Component
            port={port}
            today={day}
            busy={action.busy}
            run={run}
            lang={language}
          />
        );
    }
  })();

  const dismissAction = (
    <MessageBarActions
      containerAction={
        <Button
          appearance="transparent"
          aria-label={t("dismiss")}
          icon={<DismissRegular />}
          onClick={action.dismiss}
        />
      }
    />
  );
  return (
    <>
      <StatusArea>
        <div style={frameStyles.progress}>
          {action.showProgress ? <ProgressBar thickness="medium" aria-label={t("busy")} /> : null}
        </div>
        {state?.exists ? <AuditByPrompt port={port} /> : null}
        {action.error ? (
          <MessageBar intent="error" layout="multiline" data-testid="error">
            <MessageBarBody>
              <MessageBarTitle>{t("errors.title")}</MessageBarTitle>
              {errorText}
              {errorNote ? <span data-testid="error-note"> {errorNote}</span> : null}
              <span style={styles.detail}>
                {t("errors.code")}: {action.error.code}
                {action.error.detail ? ` — ${action.error.detail}` : ""}
              </span>
            </MessageBarBody>
            {dismissAction}
          </MessageBar>
        ) : null}
        {action.notice ? (
          <MessageBar intent="success" data-testid="notice">
            <MessageBarBody>{action.notice}</MessageBarBody>
            {dismissAction}
          </MessageBar>
        ) : null}
      </StatusArea>
      <Panel tab={tab} busy={action.busy}>
        <LoadBoundary key={tab} message={t("loadFailed")}>
          <React.Suspense fallback={<Loading label={t("loading")} />}>{body}</React.Suspense>
        </LoadBoundary>
      </Panel>
    </>
  );
};

/** The workbench: the pane's text in `language` for everything below the tab strip. */
const Workbench: React.FC<WorkbenchProps> = ({ port: source, tab, language, today }) => {
  // Suspends until the port's code is loaded (Office.js adapter); throws if that failed.
  const port = isPromiseLike<WorkbookPort>(source) ? tracked(source).read() : source;
  // Suspends until this language's text is loaded (a language switch is a transition: the pane
  // stays as it is until then).
  const strings = paneStrings(language).read();
  const i18n = React.useMemo(() => createPaneI18n(language, strings), [language, strings]);
  return (
    <I18nextProvider i18n={i18n}>
      <Bench port={port} tab={tab} language={language} {...(today ? { today } : {})} />
    </I18nextProvider>
  );
};

export default Workbench;

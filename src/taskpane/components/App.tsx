import * as React from "react";
import {
  Badge,
  Button,
  Image,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  ProgressBar,
  Select,
  Tab,
  TabList,
  Text,
  Title3,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { SelectOnChangeData, SelectTabData } from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { I18nextProvider, useTranslation } from "react-i18next";
import type { CriteriaSet } from "../../domain/criteria/types";
import { criteriaSetFromRows } from "../../domain/criteria/parse";
import type { CivilDate } from "../../domain/text/dates";
import type { RegisterOptions } from "../../workbook/plan/options";
import { createPaneI18n } from "../i18n";
import type { WorkbookPort } from "../port";
import {
  addCandidates,
  addCriteriaSheet,
  criteriaOverview,
  linkScores,
  parseCsv,
  registerState,
  runCheck,
  setUpRegister,
  type CheckOutcome,
  type CriteriaOverview,
  type RegisterState,
} from "../service";
import { LANGUAGES, TAB_IDS, isLanguage, isTabId } from "../strings";
import type { Language, TabId } from "../strings";
import { CheckTab } from "./CheckTab";
import { CriteriaTab } from "./CriteriaTab";
import { ExportTab } from "./ExportTab";
import { SetupTab } from "./SetupTab";
import { SummaryTab } from "./SummaryTab";
import { useAction } from "./useAction";

export interface AppProps {
  /** Tab shown first (the ribbon's "Kiểm tra" button opens the pane at "kiem-tra"). */
  initialTab?: TabId;
  /** Language shown first; Vietnamese by default. */
  initialLanguage?: Language;
  /** URL of the small logo next to the title. */
  logo?: string;
  /** The workbook (Office.js inside Excel, in-memory in the preview); none = the pane shell only. */
  port?: WorkbookPort;
  /** Today's date for the deadline rule (injected: the domain reads no clock). */
  today?: CivilDate;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  title: { flexGrow: 1, margin: 0 },
  language: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  tabs: {
    flexWrap: "wrap",
    "& button": { paddingLeft: tokens.spacingHorizontalS, paddingRight: tokens.spacingHorizontalS },
    padding: `0 ${tokens.spacingHorizontalXS}`,
    backgroundColor: tokens.colorNeutralBackground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  status: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
  },
  progress: { minHeight: "2px" },
  panel: {
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalXXL}`,
  },
  detail: {
    display: "block",
    color: tokens.colorNeutralForeground3,
    fontSize: tokens.fontSizeBase200,
    wordBreak: "break-word",
  },
});

function todayFromClock(): CivilDate {
  const d = new Date();
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
}

const Pane: React.FC<AppProps & { language: Language; setLanguage: (l: Language) => void }> = ({
  initialTab = "thiet-lap",
  logo,
  port,
  today,
  language,
  setLanguage,
}) => {
  const { t } = useTranslation("pane");
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>(initialTab);
  const languageId = useId("language");
  const action = useAction();
  const [state, setState] = React.useState<RegisterState | null>(null);
  const [outcome, setOutcome] = React.useState<CheckOutcome | null>(null);
  const [overview, setOverview] = React.useState<CriteriaOverview[] | null>(null);
  const day = React.useMemo(() => today ?? todayFromClock(), [today]);
  const { run, fail } = action;

  const refreshState = React.useCallback(async () => {
    if (!port) return;
    const st = await registerState(port);
    setState(st);
    return st;
  }, [port]);

  React.useEffect(() => {
    if (port) void run("read", refreshState);
  }, [port, run, refreshState]);

  const check = React.useCallback(
    (changedRows?: readonly number[]) =>
      port
        ? run(
            "check",
            async () => {
              const o = await runCheck(port, day);
              setOutcome(o);
              return o;
            },
            () =>
              changedRows?.length
                ? t("check.rechecked", {
                    rows:
                      changedRows.length > 6
                        ? `${changedRows[0]}–${changedRows[changedRows.length - 1]}`
                        : changedRows.join(", "),
                  })
                : null
          )
        : Promise.resolve(undefined),
    [port, run, day, t]
  );

  // Pasted rows bypass Excel's validation: re-check when `Đề nghị` changes, once a check has run.
  const checked = outcome !== null;
  React.useEffect(() => {
    if (!port || !checked) return;
    let off: (() => void) | null = null;
    let live = true;
    void port
      .onNominationsChanged((c) => void check(c.rows))
      .then((u) => {
        if (live) off = u;
        else u();
      })
      .catch((e: unknown) => fail(e, "subscribe"));
    return () => {
      live = false;
      off?.();
    };
  }, [port, checked, check, fail]);

  const loadOverview = React.useCallback(async () => {
    if (!port) return;
    setOverview(await criteriaOverview(port));
  }, [port]);

  React.useEffect(() => {
    if (tab === "tieu-chi" && port && overview === null) void run("read", loadOverview);
  }, [tab, port, overview, run, loadOverview]);

  const onSetUp = (options: RegisterOptions, templates: readonly CriteriaSet[]) =>
    run(
      "setUp",
      async () => {
        const r = await setUpRegister(port!, options, templates);
        await refreshState();
        setOverview(null);
        return r;
      },
      (r) => {
        const main = r.created
          ? t("setup.created", { count: r.sheetsAdded.length })
          : r.sheetsAdded.length + r.namesAdded.length + r.notes.length === 0
            ? t("setup.nothing")
            : t("setup.upgraded", {
                sheets: r.sheetsAdded.length,
                names: r.namesAdded.length,
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

  const onTabSelect = (_event: unknown, data: SelectTabData) => {
    if (isTabId(data.value)) setTab(data.value);
  };
  const onLanguageChange = (_event: unknown, data: SelectOnChangeData) => {
    if (isLanguage(data.value)) setLanguage(data.value);
  };

  const errorText = action.error ? t(`errors.${action.error.code}`) : "";
  const body = (() => {
    if (!port) return <Text as="p">{t("noWorkbook")}</Text>;
    switch (tab) {
      case "thiet-lap":
        return <SetupTab state={state} busy={action.busy} onSetUp={onSetUp} />;
      case "tieu-chi":
        return (
          <CriteriaTab
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
          <CheckTab
            outcome={outcome}
            busy={action.busy}
            lang={language}
            onRun={() => void check()}
            onSelect={(sheet, address) => void run("select", () => port.selectCell(sheet, address))}
          />
        );
      case "tong-hop":
        return <SummaryTab summary={outcome?.summary ?? null} lang={language} />;
      case "xuat-bao-cao":
        return <ExportTab port={port} outcome={outcome} today={day} busy={action.busy} run={run} />;
    }
  })();

  return (
    <div className={styles.root} lang={language}>
      <header className={styles.header}>
        {logo ? <Image src={logo} alt="" width={24} height={24} /> : null}
        <Title3 as="h1" className={styles.title}>
          {t("appTitle")}
        </Title3>
        {port?.host === "preview" ? (
          <Badge appearance="tint" color="informative">
            {t("previewBadge")}
          </Badge>
        ) : null}
        <div className={styles.language}>
          <label htmlFor={languageId}>
            <Text size={200}>{t("languageLabel")}</Text>
          </label>
          <Select id={languageId} size="small" value={language} onChange={onLanguageChange}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t(`languageNames.${code}`)}
              </option>
            ))}
          </Select>
        </div>
      </header>
      <TabList
        className={styles.tabs}
        size="small"
        selectedValue={tab}
        onTabSelect={onTabSelect}
        aria-label={t("tabsLabel")}
      >
        {TAB_IDS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {t(`tabs.${id}`)}
          </Tab>
        ))}
      </TabList>
      <div className={styles.status} aria-live="polite">
        <div className={styles.progress}>
          {action.showProgress ? <ProgressBar thickness="medium" aria-label={t("busy")} /> : null}
        </div>
        {action.error ? (
          <MessageBar intent="error" layout="multiline" data-testid="error">
            <MessageBarBody>
              <MessageBarTitle>{t("errors.title")}</MessageBarTitle>
              {errorText}
              <span className={styles.detail}>
                {t("errors.code")}: {action.error.code}
                {action.error.detail ? ` — ${action.error.detail}` : ""}
              </span>
            </MessageBarBody>
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
          </MessageBar>
        ) : null}
        {action.notice ? (
          <MessageBar intent="success" data-testid="notice">
            <MessageBarBody>{action.notice}</MessageBarBody>
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
          </MessageBar>
        ) : null}
      </div>
      <main className={styles.panel}>
        <div
          role="tabpanel"
          id={`panel-${tab}`}
          aria-labelledby={`tab-${tab}`}
          aria-busy={action.busy}
        >
          {body}
        </div>
      </main>
    </div>
  );
};

/** The task pane: title, language switch and the register's sections, over a workbook port. */
const App: React.FC<AppProps> = (props) => {
  const [language, setLanguage] = React.useState<Language>(props.initialLanguage ?? "vi");
  const i18n = React.useMemo(
    () => createPaneI18n(props.initialLanguage ?? "vi"),
    [props.initialLanguage]
  );
  React.useEffect(() => {
    void i18n.changeLanguage(language);
    if (typeof document !== "undefined") document.documentElement.lang = language;
  }, [i18n, language]);
  return (
    <I18nextProvider i18n={i18n}>
      <Pane {...props} language={language} setLanguage={setLanguage} />
    </I18nextProvider>
  );
};

export default App;

/**
 * The task pane's SHELL — all that the first paint needs: the title, the language switch and the
 * tab strip, with their labels in both languages (../shell.ts). Everything that works on a
 * workbook (the sections, the domain, i18next and the pane's text, Office.js glue) is loaded on
 * demand as the workbench (./Workbench.tsx) once there is a workbook: a spinner in the panel
 * meanwhile. See docs/decisions.md, "Task pane loading".
 */
import * as React from "react";
import type { CivilDate } from "../../domain/text/dates";
import { paneStrings } from "../paneStrings";
import type { WorkbookPort } from "../../workbook/edit/port";
import {
  LANGUAGES,
  SHELL_STRINGS,
  TAB_IDS,
  isLanguage,
  onTabRequest,
  type Language,
  type TabId,
} from "../shell";
import { isPromiseLike, tracked } from "../suspense";
import { Loading, LoadBoundary, Panel, StatusArea, token } from "./frame";
import { SECTIONS } from "./sections";
import { TabStrip } from "./TabStrip";

export interface AppProps {
  /** Tab shown first (the ribbon's "Kiểm tra" button opens the pane at "kiem-tra"). */
  initialTab?: TabId;
  /** Language shown first; Vietnamese by default. */
  initialLanguage?: Language;
  /** URL of the small logo next to the title. */
  logo?: string;
  /**
   * The workbook (Office.js inside Excel, in-memory in the preview); none = the pane shell only.
   * A promise when the port's own code is still loading (Office.js adapter, src/taskpane/index.tsx).
   */
  port?: WorkbookPort | Promise<WorkbookPort>;
  /** Today's date for the deadline rule (injected: the domain reads no clock). */
  today?: CivilDate;
  /** Office.js did not load, or did not start in time (src/taskpane/index.tsx): said instead of a blank pane. */
  startProblem?: "officeMissing" | "officeSlow";
}

const loadWorkbench = () => import(/* webpackChunkName: "workbench" */ "./Workbench");
const Workbench = React.lazy(loadWorkbench);
const PreviewBadge = React.lazy(() => loadWorkbench().then((m) => ({ default: m.PreviewBadge })));

const styles = {
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: token("colorNeutralBackground2"),
  },
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: token("spacingHorizontalS"),
    rowGap: token("spacingVerticalXS"),
    padding: `${token("spacingVerticalS")} ${token("spacingHorizontalM")}`,
    backgroundColor: token("colorNeutralBackground1"),
  },
  // Fluent's Title3.
  title: {
    flexGrow: 1,
    margin: 0,
    fontFamily: token("fontFamilyBase"),
    fontSize: token("fontSizeBase600"),
    lineHeight: token("lineHeightBase600"),
    fontWeight: token("fontWeightSemibold"),
  },
  language: { display: "flex", alignItems: "center", columnGap: token("spacingHorizontalXS") },
  // Fluent's Text size 200 and Select size "small", appearance "outline" (the platform's arrow).
  caption: { fontSize: token("fontSizeBase200"), lineHeight: token("lineHeightBase200") },
  select: {
    height: "24px",
    padding: `0 ${token("spacingHorizontalXS")}`,
    fontFamily: token("fontFamilyBase"),
    fontSize: token("fontSizeBase200"),
    lineHeight: token("lineHeightBase200"),
    color: token("colorNeutralForeground1"),
    backgroundColor: token("colorNeutralBackground1"),
    border: `1px solid ${token("colorNeutralStroke1")}`,
    borderBottomColor: token("colorNeutralStrokeAccessible"),
    borderRadius: token("borderRadiusMedium"),
    cursor: "pointer",
  },
} satisfies Record<string, React.CSSProperties>;

/** The task pane: title, language switch and the register's sections, over a workbook port. */
const App: React.FC<AppProps> = ({
  initialTab = "thiet-lap",
  initialLanguage = "vi",
  logo,
  port,
  today,
  startProblem,
}) => {
  const [tab, setTab] = React.useState<TabId>(initialTab);
  const [language, setLanguage] = React.useState<Language>(initialLanguage);
  const languageId = React.useId();
  const s = SHELL_STRINGS[language];

  if (port) {
    // Fetch in parallel what the workbench will need first (each load starts once).
    if (isPromiseLike<WorkbookPort>(port)) tracked(port);
    loadWorkbench().catch(() => undefined); // shown by LoadBoundary when rendered
    paneStrings(language);
    SECTIONS[tab].preload().catch(() => undefined);
  }

  React.useEffect(() => {
    if (typeof document !== "undefined") document.documentElement.lang = language;
  }, [language]);

  // The ribbon's "Kiểm tra" (src/commands/commands.ts) switches the open pane to the check tab.
  React.useEffect(() => onTabRequest(setTab), []);

  const onLanguageChange = (event: React.ChangeEvent<HTMLSelectElement>) => {
    const next = event.target.value;
    if (!isLanguage(next)) return;
    // A transition: until the other language's text is loaded the pane stays as it is, then the
    // shell and the sections switch together.
    React.startTransition(() => setLanguage(next));
  };

  const isPreview = port !== undefined && !isPromiseLike(port) && port.host === "preview";

  return (
    <div style={styles.root} lang={language}>
      <header style={styles.header}>
        {logo ? <img src={logo} alt="" width={24} height={24} /> : null}
        <h1 style={styles.title}>{s.appTitle}</h1>
        {isPreview ? (
          <React.Suspense fallback={null}>
            <PreviewBadge label={s.previewBadge} />
          </React.Suspense>
        ) : null}
        <div style={styles.language}>
          <label htmlFor={languageId} style={styles.caption}>
            {s.languageLabel}
          </label>
          <select
            id={languageId}
            style={styles.select}
            value={language}
            onChange={onLanguageChange}
          >
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {s.languageNames[code]}
              </option>
            ))}
          </select>
        </div>
      </header>
      <TabStrip
        ids={TAB_IDS}
        labels={s.tabs}
        selected={tab}
        onSelect={setTab}
        label={s.tabsLabel}
      />
      {port ? (
        <LoadBoundary message={s.loadFailed} tab={tab}>
          <React.Suspense
            fallback={
              <>
                <StatusArea />
                <Panel tab={tab} busy>
                  <Loading label={s.loading} />
                </Panel>
              </>
            }
          >
            <Workbench port={port} tab={tab} language={language} today={today} />
          </React.Suspense>
        </LoadBoundary>
      ) : (
        <>
          <StatusArea />
          <Panel tab={tab} busy={false}>
            {startProblem ? (
              <p role="alert" data-testid="start-problem">
                {s[startProblem]}
              </p>
            ) : (
              <p>{s.noWorkbook}</p>
            )}
          </Panel>
        </>
      )}
    </div>
  );
};

export default App;

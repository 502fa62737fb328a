import * as React from "react";
import {
  Image,
  Select,
  Subtitle2,
  Tab,
  TabList,
  Text,
  Title2,
  makeStyles,
  tokens,
  useId,
} from "@fluentui/react-components";
import type { SelectOnChangeData, SelectTabData } from "@fluentui/react-components";
import { LANGUAGES, STRINGS, TAB_IDS, isLanguage, isTabId } from "../strings";
import type { Language, TabId } from "../strings";

export interface AppProps {
  /** Tab shown first (the ribbon's "Kiểm tra" button opens the pane at "kiem-tra"). */
  initialTab?: TabId;
  /** Language shown first; Vietnamese by default. */
  initialLanguage?: Language;
  /** URL of the small logo next to the title. */
  logo?: string;
}

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    minHeight: "100vh",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  header: {
    display: "flex",
    alignItems: "center",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  title: {
    flexGrow: 1,
    margin: 0,
  },
  language: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXS,
  },
  tabs: {
    flexWrap: "wrap",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
  },
  panel: {
    padding: tokens.spacingHorizontalM,
  },
  panelTitle: {
    margin: `0 0 ${tokens.spacingVerticalS}`,
  },
});

/** The task pane shell: title, language switch and the register's sections. */
const App: React.FC<AppProps> = ({ initialTab = "thiet-lap", initialLanguage = "vi", logo }) => {
  const styles = useStyles();
  const [tab, setTab] = React.useState<TabId>(initialTab);
  const [language, setLanguage] = React.useState<Language>(initialLanguage);
  const languageId = useId("language");
  const t = STRINGS[language];

  React.useEffect(() => {
    if (typeof document !== "undefined") {
      document.documentElement.lang = language;
    }
  }, [language]);

  const onTabSelect = (_event: unknown, data: SelectTabData) => {
    if (isTabId(data.value)) setTab(data.value);
  };
  const onLanguageChange = (_event: unknown, data: SelectOnChangeData) => {
    if (isLanguage(data.value)) setLanguage(data.value);
  };

  return (
    <div className={styles.root} lang={language}>
      <header className={styles.header}>
        {logo ? <Image src={logo} alt="" width={32} height={32} /> : null}
        <Title2 as="h1" className={styles.title}>
          {t.appTitle}
        </Title2>
        <div className={styles.language}>
          <label htmlFor={languageId}>{t.languageLabel}</label>
          <Select id={languageId} size="small" value={language} onChange={onLanguageChange}>
            {LANGUAGES.map((code) => (
              <option key={code} value={code} lang={code}>
                {t.languageNames[code]}
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
        aria-label={t.tabsLabel}
      >
        {TAB_IDS.map((id) => (
          <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
            {t.tabs[id]}
          </Tab>
        ))}
      </TabList>
      <main
        className={styles.panel}
        role="tabpanel"
        id={`panel-${tab}`}
        aria-labelledby={`tab-${tab}`}
      >
        <Subtitle2 as="h2" block className={styles.panelTitle}>
          {t.tabs[tab]}
        </Subtitle2>
        <Text as="p" block>
          {t.underConstruction}
        </Text>
      </main>
    </div>
  );
};

export default App;

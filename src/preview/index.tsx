/**
 * The browser preview: the same task pane beside a simple sheet view, on an in-memory workbook
 * computed by HyperFormula and loaded with the demo register (`?workbook=blank` starts empty,
 * `?today=2026-11-20` fixes the date, `?lang=en`, `?tab=kiem-tra` as in Excel).
 * HyperFormula and the demo are loaded lazily, after the first paint.
 */
import * as React from "react";
import { createRoot } from "react-dom/client";
import {
  FluentProvider,
  Spinner,
  Text,
  makeStyles,
  tokens,
  webLightTheme,
} from "@fluentui/react-components";
import App from "../taskpane/components/App";
import { parseStartOptions } from "../taskpane/shell";
import type { CivilDate } from "../domain/text/dates";
import type { MemoryWorkbook } from "../adapters/memory/workbook";
import type { MemoryPort } from "../adapters/memory/port";
import { SheetView } from "./SheetView";

const useStyles = makeStyles({
  // The page is exactly the viewport and never scrolls: the grid scrolls inside the sheet view,
  // the sheet tabs stay pinned at the bottom (as in Excel), the pane scrolls on its own.
  page: {
    display: "flex",
    height: "100vh",
    overflow: "hidden",
    backgroundColor: tokens.colorNeutralBackground3,
  },
  sheet: { flexGrow: 1, minWidth: 0, minHeight: 0, display: "flex", flexDirection: "column" },
  title: {
    flexShrink: 0,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    backgroundColor: "#107c41",
    color: "#fff",
    fontWeight: tokens.fontWeightSemibold,
  },
  pane: {
    width: "420px",
    flexShrink: 0,
    overflowY: "auto",
    borderLeft: `1px solid ${tokens.colorNeutralStroke1}`,
    boxShadow: tokens.shadow8,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  loading: { margin: "auto" },
});

function parseToday(s: string | null): CivilDate | undefined {
  const m = s ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(s) : null;
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : undefined;
}

const Preview: React.FC = () => {
  const s = useStyles();
  const params = new URLSearchParams(window.location.search);
  const { tab, language } = parseStartOptions(window.location.search);
  const today = parseToday(params.get("today"));
  const [loaded, setLoaded] = React.useState<{ workbook: MemoryWorkbook; port: MemoryPort } | null>(
    null
  );
  React.useEffect(() => {
    void (async () => {
      const [{ demoWorkbook }, { demoRegister }, { MemoryWorkbook }, { MemoryPort }] =
        await Promise.all([
          import(/* webpackChunkName: "engine" */ "../adapters/memory/demo"),
          import(/* webpackChunkName: "engine" */ "../workbook/demo"),
          import(/* webpackChunkName: "engine" */ "../adapters/memory/workbook"),
          import(/* webpackChunkName: "engine" */ "../adapters/memory/port"),
        ]);
      const latencyMs = Number(params.get("latency") ?? 0);
      if (params.get("workbook") === "blank") {
        const workbook = new MemoryWorkbook(["Sheet1"]);
        setLoaded({ workbook, port: new MemoryPort(workbook, { latencyMs }) });
      } else {
        const year = today?.year ?? new Date().getFullYear();
        const { workbook } = await demoWorkbook(demoRegister(year));
        const port = new MemoryPort(workbook, { latencyMs });
        // The demo's clerk, as if asked once already (the prompt shows on a blank workbook's register).
        await port.setAuditBy("Nguyễn Thị Hoa");
        setLoaded({ workbook, port });
      }
    })();
  }, []);
  (window as unknown as { __preview?: unknown }).__preview = loaded;
  return (
    <div className={s.page}>
      <div className={s.sheet}>
        <div className={s.title}>
          Sổ Thi đua — {params.get("workbook") === "blank" ? "sổ trống" : "sổ mẫu"} · bản xem trước
          (HyperFormula, không cần Excel)
        </div>
        {loaded ? (
          <SheetView workbook={loaded.workbook} />
        ) : (
          <Spinner className={s.loading} label="Đang nạp sổ mẫu…" />
        )}
      </div>
      <aside className={s.pane} aria-label="Sổ Thi đua">
        {loaded ? (
          <App
            port={loaded.port}
            initialTab={tab}
            initialLanguage={language}
            logo="assets/icon-32.png"
            {...(today ? { today } : {})}
          />
        ) : (
          <Text />
        )}
      </aside>
    </div>
  );
};

const root = document.getElementById("container");
if (root) {
  createRoot(root).render(
    <FluentProvider theme={webLightTheme} style={{ height: "100%" }}>
      <Preview />
    </FluentProvider>
  );
}

import * as React from "react";
import {
  Input,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { cellDisplay } from "../domain/cell";
import { columnLetter } from "../domain/findings";
import type { MemoryWorkbook } from "../adapters/memory/workbook";
import { parseRange } from "../adapters/memory/a1";
import { officeStyle } from "../adapters/office/styles";

const useStyles = makeStyles({
  // A flex item of the preview's sheet column: it takes the height left under the title, and only
  // the grid scrolls (min-height 0), so the formula bar and the sheet tabs are always in view.
  root: {
    display: "flex",
    flexDirection: "column",
    flexGrow: 1,
    minHeight: 0,
    minWidth: 0,
    backgroundColor: "#fff",
  },
  bar: {
    flexShrink: 0,
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  nameBox: { width: "90px", fontFamily: tokens.fontFamilyMonospace },
  formula: { flexGrow: 1 },
  scroller: { flexGrow: 1, minHeight: 0, overflow: "auto", position: "relative" },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: "'Times New Roman', Times, serif",
    fontSize: "13px",
  },
  corner: {
    position: "sticky",
    top: 0,
    left: 0,
    zIndex: 3,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d4d4d4",
    width: "44px",
  },
  colHead: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d4d4d4",
    fontFamily: tokens.fontFamilyBase,
    fontSize: "11px",
    color: "#444",
    fontWeight: 400,
    height: "20px",
  },
  rowHead: {
    position: "sticky",
    left: 0,
    zIndex: 2,
    backgroundColor: "#f3f3f3",
    border: "1px solid #d4d4d4",
    fontFamily: tokens.fontFamilyBase,
    fontSize: "11px",
    color: "#444",
    textAlign: "center",
    width: "44px",
  },
  headSel: { backgroundColor: "#d3f0e0", color: "#107c41", fontWeight: 600 },
  cell: {
    border: "1px solid #e1e1e1",
    padding: "1px 4px",
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    height: "20px",
    verticalAlign: "bottom",
    cursor: "cell",
  },
  selected: {
    outline: "2px solid #107c41",
    outlineOffset: "-2px",
    position: "relative",
    zIndex: 0,
  },
  tabs: {
    flexShrink: 0,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    overflowX: "auto",
    flexWrap: "nowrap",
  },
});

const px = (chars: number | undefined) => Math.round((chars ?? 9) * 7 + 5);

function display(wb: MemoryWorkbook, sheet: string, r: number, c: number): string {
  const v = wb.value(sheet, r, c);
  if (typeof v === "number") {
    const fmt =
      wb.input(sheet, r, c)?.numFmt ??
      officeStyle(wb.input(sheet, r, c)?.style ?? "input").numberFormat;
    if (fmt === "#,##0") return v.toLocaleString("vi-VN", { maximumFractionDigits: 0 });
    if (fmt === "0.0") return v.toFixed(1);
    return String(Math.round(v * 1e9) / 1e9);
  }
  return cellDisplay(v);
}

/** A small read-mostly spreadsheet: the computed values of the in-memory workbook, like Excel shows them. */
export const SheetView: React.FC<{ workbook: MemoryWorkbook }> = ({ workbook: wb }) => {
  const s = useStyles();
  React.useSyncExternalStore(
    (f) => wb.subscribe(f),
    () => wb.getVersion()
  );
  const sheets = wb.sheets.filter((x) => x.state === "visible");
  const active = wb.sheet(wb.activeSheet ?? "") ?? sheets[0];
  const sel = wb.selection && active && wb.selection.sheet === active.name ? wb.selection : null;
  const [draft, setDraft] = React.useState<string | null>(null);
  const selRef = React.useRef<HTMLTableCellElement | null>(null);
  const scrollerRef = React.useRef<HTMLDivElement | null>(null);
  React.useEffect(() => {
    // Bring the selected cell into view inside the grid only (never scroll the page or the pane).
    const el = selRef.current;
    const sc = scrollerRef.current;
    if (!el || !sc) return;
    const e = el.getBoundingClientRect();
    const v = sc.getBoundingClientRect();
    if (e.top < v.top + 24 || e.bottom > v.bottom) sc.scrollTop += e.top - v.top - v.height / 2;
    if (e.left < v.left + 44 || e.right > v.right) sc.scrollLeft += e.left - v.left - 120;
  }, [sel?.row, sel?.col, active?.name]);
  React.useEffect(() => setDraft(null), [sel?.row, sel?.col, active?.name]);
  if (!active) return <div className={s.root} />;

  // Rows with content (STT formulas of prepared rows give "" and do not count), plus some room.
  let lastData = 1;
  let cols = 1;
  for (const k of active.cells.keys()) {
    const [r, c] = k.split(":").map(Number) as [number, number];
    cols = Math.max(cols, c);
    if (r > lastData && wb.value(active.name, r, c) !== null) lastData = r;
  }
  const rows = Math.min(Math.max(lastData + 15, sel ? sel.row + 5 : 0, 30), 1200);
  cols = Math.min(Math.max(cols, 8), 60);
  const merges = new Map<string, { rows: number; cols: number }>();
  const covered = new Set<string>();
  for (const m of active.merges) {
    const r = parseRange(m);
    if (!r) continue;
    merges.set(`${r.r0}:${r.c0}`, { rows: r.r1 - r.r0 + 1, cols: r.c1 - r.c0 + 1 });
    for (let i = r.r0; i <= r.r1; i++)
      for (let j = r.c0; j <= r.c1; j++) if (i !== r.r0 || j !== r.c0) covered.add(`${i}:${j}`);
  }
  const address = sel ? `${columnLetter(sel.col)}${sel.row}` : "";
  const raw = sel ? wb.input(active.name, sel.row, sel.col)?.input : null;
  const rawText =
    raw === null || raw === undefined
      ? ""
      : typeof raw === "object"
        ? `=${raw.formula}`
        : String(raw);

  return (
    <div
      className={s.root}
      data-testid="sheet-view"
      data-sheet={active.name}
      data-selected={address}
    >
      <div className={s.bar}>
        <Input
          className={s.nameBox}
          size="small"
          value={address}
          readOnly
          aria-label="Ô đang chọn"
          data-testid="name-box"
        />
        <Input
          className={s.formula}
          size="small"
          aria-label="Nội dung ô"
          value={draft ?? rawText}
          disabled={!sel}
          onChange={(_, d) => setDraft(d.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter" && sel && draft !== null) {
              try {
                wb.userEdit(active.name, sel.row, sel.col, draft);
              } catch {
                /* protected sheet: the edit is refused, as Excel would */
              }
              setDraft(null);
            } else if (e.key === "Escape") setDraft(null);
          }}
        />
      </div>
      <div className={s.scroller} ref={scrollerRef}>
        <table
          className={s.table}
          role="grid"
          aria-label={active.name}
          style={{
            width:
              44 +
              Array.from({ length: cols }, (_, i) => px(active.widths[i + 1])).reduce(
                (a, b) => a + b,
                0
              ),
          }}
        >
          <colgroup>
            <col style={{ width: 44 }} />
            {Array.from({ length: cols }, (_, i) => (
              <col key={i} style={{ width: px(active.widths[i + 1]) }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <th className={s.corner} />
              {Array.from({ length: cols }, (_, i) => (
                <th
                  key={i}
                  scope="col"
                  className={mergeClasses(s.colHead, sel?.col === i + 1 && s.headSel)}
                >
                  {columnLetter(i + 1)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {Array.from({ length: rows }, (_, ri) => {
              const r = ri + 1;
              return (
                <tr key={r}>
                  <th scope="row" className={mergeClasses(s.rowHead, sel?.row === r && s.headSel)}>
                    {r}
                  </th>
                  {Array.from({ length: cols }, (_, ci) => {
                    const c = ci + 1;
                    if (covered.has(`${r}:${c}`)) return null;
                    const span = merges.get(`${r}:${c}`);
                    const stored = active.cells.get(`${r}:${c}`);
                    const st = stored?.style ? officeStyle(stored.style) : null;
                    const cf = wb.conditionalFill(active.name, r, c);
                    const style: React.CSSProperties = {
                      ...(st?.font?.bold || cf?.bold ? { fontWeight: 700 } : {}),
                      ...(st?.font?.italic ? { fontStyle: "italic" } : {}),
                      ...(st?.font?.size
                        ? { fontSize: `${Math.round(st.font.size * 1.2)}px` }
                        : {}),
                      ...(st?.font?.color ? { color: st.font.color } : {}),
                      ...(st?.fill ? { backgroundColor: st.fill } : {}),
                      ...(cf
                        ? {
                            backgroundColor: `#${cf.fill.slice(-6)}`,
                            ...(cf.fontColor ? { color: `#${cf.fontColor.slice(-6)}` } : {}),
                          }
                        : {}),
                      ...(st?.horizontal === "Center" ? { textAlign: "center" } : {}),
                      ...(st?.wrap ? { whiteSpace: "normal", height: "auto" } : {}),
                      ...(st?.border ? { border: `1px solid ${st.border}` } : {}),
                    };
                    const isSel = sel?.row === r && sel?.col === c;
                    const text = display(wb, active.name, r, c);
                    return (
                      <td
                        key={c}
                        ref={isSel ? selRef : undefined}
                        className={mergeClasses(s.cell, isSel && s.selected)}
                        style={style}
                        colSpan={span?.cols}
                        rowSpan={span?.rows}
                        title={text.length > 20 ? text : undefined}
                        aria-selected={isSel || undefined}
                        data-cell={`${columnLetter(c)}${r}`}
                        onClick={() => wb.select(active.name, `${columnLetter(c)}${r}`)}
                      >
                        {text}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <TabList
        className={s.tabs}
        size="small"
        selectedValue={active.name}
        onTabSelect={(_, d) => wb.activate(String(d.value))}
        aria-label="Sheet"
      >
        {sheets.map((x) => (
          <Tab key={x.name} value={x.name} data-testid={`sheet-tab-${x.name}`}>
            <Text size={200}>{x.name}</Text>
          </Tab>
        ))}
      </TabList>
    </div>
  );
};

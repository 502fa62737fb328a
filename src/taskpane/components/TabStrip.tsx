/**
 * The shell's tab strip: the WAI-ARIA tabs pattern with the look of Fluent UI's small transparent
 * `TabList`, without it. `TabList` needs tabster (focus management for the whole page) for its arrow
 * keys: with Fluent's `Tab` styles that was ~20 KiB gzip of the first load, more than all the rest
 * of the shell. Here the same behaviour is a roving tabindex and a key handler:
 *
 * - `role="tablist"` with the buttons as `role="tab"`, `aria-selected`, `aria-controls`;
 * - one tab stop: the selected tab (or, while focus is in the strip, the focused one);
 * - ←/→ move the focus (circular), Home/End to the first/last tab; Enter, Space or a click select
 *   (manual activation, as `TabList` without `selectTabOnFocus`).
 *
 * Styled by a small style sheet on Fluent's CSS variables (hover, pressed, the selection and hover
 * indicators, the keyboard focus ring of Fluent's focus-visible polyfill, forced colours), inserted
 * once like Griffel inserts its own (React's insertion effect).
 */
import * as React from "react";

const CSS = `
.sotd-tablist{display:flex;flex-wrap:wrap;padding:0 var(--spacingHorizontalXS);background-color:var(--colorNeutralBackground1);border-bottom:var(--strokeWidthThin) solid var(--colorNeutralStroke2)}
.sotd-tab{position:relative;display:grid;align-items:center;justify-content:center;flex-shrink:0;overflow:hidden;margin:0;border:none;border-radius:var(--borderRadiusMedium);padding:var(--spacingVerticalSNudge) var(--spacingHorizontalS);background-color:var(--colorTransparentBackground);color:var(--colorNeutralForeground2);font-family:var(--fontFamilyBase);font-size:var(--fontSizeBase300);line-height:var(--lineHeightBase300);font-weight:var(--fontWeightRegular);text-transform:none;cursor:pointer;outline-style:none}
.sotd-tab span{grid-area:1/1;padding:0 var(--spacingHorizontalXXS)}
.sotd-tab .sotd-reserve{visibility:hidden;font-weight:var(--fontWeightSemibold)}
.sotd-tab:hover{background-color:var(--colorTransparentBackgroundHover);color:var(--colorNeutralForeground2Hover)}
.sotd-tab:active{background-color:var(--colorTransparentBackgroundPressed);color:var(--colorNeutralForeground2Pressed)}
.sotd-tab[aria-selected=true]{color:var(--colorNeutralForeground1);font-weight:var(--fontWeightSemibold)}
.sotd-tab[aria-selected=true]:hover{color:var(--colorNeutralForeground1Hover)}
.sotd-tab[aria-selected=true]:active{color:var(--colorNeutralForeground1Pressed)}
.sotd-tab::before,.sotd-tab::after{content:"";position:absolute;bottom:0;left:var(--spacingHorizontalSNudge);right:var(--spacingHorizontalSNudge);height:var(--strokeWidthThick);border-radius:var(--borderRadiusCircular)}
.sotd-tab:hover::before{background-color:var(--colorNeutralStroke1Hover)}
.sotd-tab:active::before{background-color:var(--colorNeutralStroke1Pressed)}
.sotd-tab[aria-selected=true]::after{background-color:var(--colorCompoundBrandStroke)}
.sotd-tab[aria-selected=true]:hover::after{background-color:var(--colorCompoundBrandStrokeHover)}
.sotd-tab[aria-selected=true]:active::after{background-color:var(--colorCompoundBrandStrokePressed)}
.sotd-tab[data-fui-focus-visible]{z-index:1;outline:var(--strokeWidthThick) solid transparent;box-shadow:var(--shadow4),0 0 0 var(--strokeWidthThick) var(--colorStrokeFocus2)}
@media (forced-colors:active){.sotd-tab:hover::before,.sotd-tab:active::before{background-color:Highlight}.sotd-tab[aria-selected=true]::after{background-color:ButtonText}}
`;

let styleSheet: HTMLStyleElement | undefined;

/** Inserts the strip's style sheet into the page once (before the first paint of a strip). */
function useTabStripStyles(): void {
  React.useInsertionEffect(() => {
    if (styleSheet?.isConnected || typeof document === "undefined") return;
    styleSheet = document.createElement("style");
    styleSheet.setAttribute("data-sotd", "tabs");
    styleSheet.textContent = CSS;
    document.head.appendChild(styleSheet);
  }, []);
}

export interface TabStripProps<T extends string> {
  /** The tabs, in display order; tab `id` is `tab-${id}`, its panel `panel-${id}`. */
  ids: readonly T[];
  labels: Record<T, string>;
  selected: T;
  onSelect: (id: T) => void;
  /** Accessible name of the tab list. */
  label: string;
}

/** Key → index of the tab to focus, from the focused one (`n` tabs); undefined: not ours. */
function tabKeyTarget(key: string, index: number, n: number): number | undefined {
  switch (key) {
    case "ArrowRight":
      return (index + 1) % n;
    case "ArrowLeft":
      return (index - 1 + n) % n;
    case "Home":
      return 0;
    case "End":
      return n - 1;
    default:
      return undefined;
  }
}

export function TabStrip<T extends string>({
  ids,
  labels,
  selected,
  onSelect,
  label,
}: TabStripProps<T>): React.ReactElement {
  useTabStripStyles();
  // The tab stop: the focused tab while focus is in the strip, the selected one otherwise.
  const [focused, setFocused] = React.useState<T | undefined>(undefined);
  const stop = focused !== undefined && ids.includes(focused) ? focused : selected;
  const buttons = React.useRef<Partial<Record<T, HTMLButtonElement | null>>>({});

  const onKeyDown = (event: React.KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const index = ids.findIndex((id) => buttons.current[id] === event.target);
    const target = index < 0 ? undefined : tabKeyTarget(event.key, index, ids.length);
    if (target === undefined) return;
    event.preventDefault();
    buttons.current[ids[target]]?.focus();
  };
  const onBlur = (event: React.FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setFocused(undefined);
  };

  return (
    <div
      role="tablist"
      aria-orientation="horizontal"
      aria-label={label}
      className="sotd-tablist"
      onKeyDown={onKeyDown}
      onBlur={onBlur}
    >
      {ids.map((id) => (
        <button
          key={id}
          ref={(el) => {
            buttons.current[id] = el;
          }}
          type="button"
          role="tab"
          id={`tab-${id}`}
          aria-controls={`panel-${id}`}
          aria-selected={id === selected}
          tabIndex={id === stop ? 0 : -1}
          className="sotd-tab"
          onClick={() => onSelect(id)}
          onFocus={() => setFocused(id)}
        >
          <span>{labels[id]}</span>
          {/* Room for the label in semibold, so that selecting a tab does not move the others. */}
          <span className="sotd-reserve" aria-hidden="true">
            {labels[id]}
          </span>
        </button>
      ))}
    </div>
  );
}

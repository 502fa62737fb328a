/**
 * The pane's frame, shared by the shell (App.tsx, first paint) and the workbench (Workbench.tsx,
 * loaded on demand): the status strip, the tab panel, the loading spinner and the boundary that
 * shows a chunk that failed to load.
 *
 * Styled with inline styles on Fluent's CSS variables rather than `makeStyles`: the shell then
 * needs neither Griffel's runtime style compiler (rtl-css-js, stylis) nor the whole `tokens`
 * object, which the sections load with their own code.
 */
import * as React from "react";
import type { Theme } from "@fluentui/react-components";
import type { TabId } from "../shell";

/** A Fluent design token as CSS — what `tokens[name]` is — without importing `tokens`. */
export const token = (name: keyof Theme): string => `var(--${name})`;

export const frameStyles = {
  status: {
    display: "flex",
    flexDirection: "column",
    rowGap: token("spacingVerticalXS"),
    padding: `${token("spacingVerticalS")} ${token("spacingHorizontalM")} 0`,
  },
  progress: { minHeight: "2px" },
  loading: {
    display: "flex",
    alignItems: "center",
    justifyContent: "center",
    columnGap: token("spacingHorizontalS"),
  },
  panel: {
    padding: `${token("spacingVerticalM")} ${token("spacingHorizontalM")} ${token("spacingVerticalXXL")}`,
  },
} satisfies Record<string, React.CSSProperties>;

/** The live region above the panel: progress bar, error and notice bars (none in the shell). */
export const StatusArea: React.FC<{ children?: React.ReactNode }> = ({ children }) => (
  <div style={frameStyles.status} aria-live="polite">
    {children}
  </div>
);

/** The tab panel of the selected tab. */
export const Panel: React.FC<{ tab: TabId; busy?: boolean; children?: React.ReactNode }> = ({
  tab,
  busy,
  children,
}) => (
  <main style={frameStyles.panel}>
    <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`} aria-busy={busy}>
      {children}
    </div>
  </main>
);

/**
 * What the panel shows while a section's code loads: a small turning ring and the label (an SVG
 * animation: no style sheet needed, unlike Fluent's Spinner which the shell would have to carry).
 */
export const Loading: React.FC<{ label: string }> = ({ label }) => (
  <div role="status" style={frameStyles.loading}>
    <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
      <circle
        cx="10"
        cy="10"
        r="8"
        fill="none"
        strokeWidth="2"
        stroke={token("colorBrandStroke2")}
      />
      <circle
        cx="10"
        cy="10"
        r="8"
        fill="none"
        strokeWidth="2"
        strokeLinecap="round"
        strokeDasharray="14 37"
        stroke={token("colorBrandStroke1")}
      >
        <animateTransform
          attributeName="transform"
          type="rotate"
          from="0 10 10"
          to="360 10 10"
          dur="1.5s"
          repeatCount="indefinite"
        />
      </circle>
    </svg>
    <span>{label}</span>
  </div>
);

/** Shows a section that could not be loaded (or failed) instead of blanking the whole pane. */
export class LoadBoundary extends React.Component<
  /** `tab`: show the message in the tab panel (the boundary is above it). */
  { message: string; tab?: TabId; children?: React.ReactNode },
  { error: Error | null }
> {
  override state: { error: Error | null } = { error: null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { message, tab } = this.props;
    const text = (
      <p role="alert" data-testid="load-error">
        {message} ({error.message})
      </p>
    );
    return tab ? <Panel tab={tab}>{text}</Panel> : text;
  }
}

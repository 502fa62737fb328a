/**
 * The pane's sections (one per tab), each in its own chunk with the Fluent components and icons it
 * uses. The shell starts loading the section of the start tab together with the workbench; the
 * workbench preloads the others once the first one is on screen, so switching tabs shows no spinner.
 */
import * as React from "react";
import type { TabId } from "../shell";
import type { CheckTabProps } from "./CheckTab";
import type { ConsolidateTabProps } from "./ConsolidateTab";
import type { CriteriaTabProps } from "./CriteriaTab";
import type { ExportTabProps } from "./ExportTab";
import type { SetupTabProps } from "./SetupTab";
import type { SummaryTabProps } from "./SummaryTab";

interface Section<P> {
  /** Renders the section: directly once its code is loaded, through React.lazy (Suspense) before. */
  readonly Component: React.FC<P>;
  readonly preload: () => Promise<unknown>;
}

function section<P extends object>(load: () => Promise<React.ComponentType<P>>): Section<P> {
  let loaded: React.ComponentType<P> | undefined;
  let loading: Promise<React.ComponentType<P>> | undefined;
  const preload = () => {
    loading ??= load().then(
      (c) => (loaded = c),
      (e: unknown) => {
        loading = undefined; // a later attempt may succeed (network back)
        throw e;
      }
    );
    return loading;
  };
  const Lazy = React.lazy(() => preload().then((c) => ({ default: c })));
  const Component: React.FC<P> = (props) => {
    // Chosen once per mount: switching from the lazy wrapper to the loaded component later
    // would remount the section and lose its state (a half-filled form).
    const [C] = React.useState<React.ComponentType<P>>(
      () => (loaded ?? Lazy) as React.ComponentType<P>
    );
    return <C {...props} />;
  };
  return { Component, preload };
}

export const SetupSection = section<SetupTabProps>(() =>
  import(/* webpackChunkName: "tab-setup" */ "./SetupTab").then((m) => m.SetupTab)
);
export const CriteriaSection = section<CriteriaTabProps>(() =>
  import(/* webpackChunkName: "tab-criteria" */ "./CriteriaTab").then((m) => m.CriteriaTab)
);
export const CheckSection = section<CheckTabProps>(() =>
  import(/* webpackChunkName: "tab-check" */ "./CheckTab").then((m) => m.CheckTab)
);
export const SummarySection = section<SummaryTabProps>(() =>
  import(/* webpackChunkName: "tab-summary" */ "./SummaryTab").then((m) => m.SummaryTab)
);
export const ExportSection = section<ExportTabProps>(() =>
  import(/* webpackChunkName: "tab-export" */ "./ExportTab").then((m) => m.ExportTab)
);
export const ConsolidateSection = section<ConsolidateTabProps>(() =>
  import(/* webpackChunkName: "tab-consolidate" */ "./ConsolidateTab").then((m) => m.ConsolidateTab)
);

export const SECTIONS: Record<TabId, Section<never>> = {
  "thiet-lap": SetupSection as Section<never>,
  "tieu-chi": CriteriaSection as Section<never>,
  "kiem-tra": CheckSection as Section<never>,
  "tong-hop": SummarySection as Section<never>,
  "xuat-bao-cao": ExportSection as Section<never>,
  "tong-hop-don-vi": ConsolidateSection as Section<never>,
};

/** Start loading the sections' code (errors are shown when the section is rendered). */
export function preloadSections(ids: readonly TabId[]): void {
  for (const id of ids) SECTIONS[id].preload().catch(() => undefined);
}

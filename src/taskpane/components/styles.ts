import { makeStyles, tokens } from "@fluentui/react-components";

/** Shared layout of the pane's sections (Office task panes are ~320–450 px wide). */
export const useSectionStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "end",
  },
  grow: { flexGrow: 1, minWidth: "120px" },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  heading: { margin: 0 },
  card: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow2,
  },
  muted: { color: tokens.colorNeutralForeground3 },
  table: { width: "100%" },
  num: { textAlign: "right", fontVariantNumeric: "tabular-nums" },
});

import * as React from "react";
import { Button, Label, Text, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { DocumentArrowUpRegular } from "@fluentui/react-icons";

export interface FilePickerProps {
  /** What the file is for (shown above the button, read as the button's description). */
  readonly label: string;
  /** The button's text, e.g. “Chọn tệp CSV…”. */
  readonly chooseLabel: string;
  /** Shown while no file is chosen, e.g. “Chưa chọn tệp”. */
  readonly noneLabel: string;
  /** The chosen file's name, or null. */
  readonly fileName: string | null;
  readonly accept: string;
  readonly disabled?: boolean;
  readonly testId: string;
  readonly onChoose: (file: File) => void;
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  line: {
    display: "flex",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    minWidth: 0,
  },
  name: { minWidth: 0, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  none: { color: tokens.colorNeutralForeground3 },
});

/**
 * A file chooser in the pane's language and Fluent's look, instead of the browser's own control
 * (“Choose File / No file chosen” in the browser's language): a Fluent button opens a hidden
 * file input; the chosen file's name (or “none yet”) is shown beside it and announced politely.
 * The button is the one tab stop; the label and the file name are its description.
 */
export const FilePicker: React.FC<FilePickerProps> = (p) => {
  const s = useStyles();
  const id = React.useId();
  const input = React.useRef<HTMLInputElement>(null);
  return (
    <div className={s.root}>
      <Label id={`${id}-label`}>{p.label}</Label>
      <input
        ref={input}
        type="file"
        accept={p.accept}
        aria-label={p.label}
        data-testid={p.testId}
        hidden
        tabIndex={-1}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = ""; // the same file can be chosen again after a fix
          if (file) p.onChoose(file);
        }}
      />
      <div className={s.line}>
        <Button
          icon={<DocumentArrowUpRegular />}
          disabled={p.disabled}
          aria-describedby={`${id}-label ${id}-name`}
          onClick={() => input.current?.click()}
        >
          {p.chooseLabel}
        </Button>
        <Text
          id={`${id}-name`}
          aria-live="polite"
          className={mergeClasses(s.name, !p.fileName && s.none)}
          title={p.fileName ?? undefined}
          data-testid={`${p.testId}-name`}
        >
          {p.fileName ?? p.noneLabel}
        </Text>
      </div>
    </div>
  );
};

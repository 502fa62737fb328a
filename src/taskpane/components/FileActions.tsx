import * as React from "react";
import { Button, Link } from "@fluentui/react-components";
import { ArrowDownloadRegular, OpenRegular } from "@fluentui/react-icons";
import { useSectionStyles } from "./styles";

export interface FileActionsProps {
  /** Object URL of the built .xlsx and the name it downloads under. */
  readonly url: string;
  readonly fileName: string;
  readonly downloadLabel: string;
  readonly testId: string;
  /** Open the file as a new workbook (Excel only); no button when absent. */
  readonly onOpen?: () => void;
  readonly openLabel: string;
  readonly disabled: boolean;
  /**
   * Excel on the Mac and on the web (WorkbookPort.prefersNewWorkbook): the file opens as a new
   * workbook first; the link, unreliable in those webviews, stays as a fallback after `fallbackLabel`.
   */
  readonly preferOpen?: boolean;
  readonly fallbackLabel?: string;
}

/** What the pane offers for a file it built (council export, consolidation): download, open in Excel. */
export const FileActions: React.FC<FileActionsProps> = (p) => {
  const s = useSectionStyles();
  if (p.preferOpen && p.onOpen)
    return (
      <div className={s.actions}>
        <Button
          appearance="primary"
          size="small"
          icon={<OpenRegular />}
          disabled={p.disabled}
          onClick={p.onOpen}
          data-testid={`${p.testId}-open`}
        >
          {p.openLabel}
        </Button>
        <span>
          {p.fallbackLabel ? `${p.fallbackLabel} ` : null}
          <Link href={p.url} download={p.fileName} data-testid={p.testId}>
            <ArrowDownloadRegular aria-hidden /> {p.downloadLabel}
          </Link>
        </span>
      </div>
    );
  return (
    <div className={s.actions}>
      <Link href={p.url} download={p.fileName} data-testid={p.testId}>
        <ArrowDownloadRegular aria-hidden /> {p.downloadLabel}
      </Link>
      {p.onOpen ? (
        <Button size="small" icon={<OpenRegular />} disabled={p.disabled} onClick={p.onOpen}>
          {p.openLabel}
        </Button>
      ) : null}
    </div>
  );
};

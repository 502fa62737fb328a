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
}

/** What the pane offers for a file it built (council export, consolidation): download, open in Excel. */
export const FileActions: React.FC<FileActionsProps> = (p) => {
  const s = useSectionStyles();
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

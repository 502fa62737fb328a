import * as React from "react";
import { Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { FileActions } from "./FileActions";
import { useSectionStyles } from "./styles";

/** A file the pane built, ready to download (its object URL) or open as a new workbook. */
export interface BuiltFile {
  readonly fileName: string;
  readonly url: string;
  readonly base64: () => string;
}

/**
 * The file a card built: kept until the next one replaces it, its object URL revoked then and when
 * the card goes away.
 */
export function useBuiltFile<T extends BuiltFile>(): readonly [T | null, (file: T | null) => void] {
  const [built, setBuilt] = React.useState<T | null>(null);
  React.useEffect(
    () => () => {
      if (built) URL.revokeObjectURL(built.url);
    },
    [built]
  );
  return [built, setBuilt];
}

export interface DocumentCardProps {
  readonly title: string;
  readonly intro: string;
  /** The card's build buttons. */
  readonly actions: React.ReactNode;
  readonly built: BuiltFile | null;
  /** `data-testid` of the download link (and of its "open" button, with `-open`). */
  readonly downloadTestId: string;
  /** Open the built file as a new workbook (Excel only). */
  readonly onOpen?: () => void;
  readonly preferOpen: boolean;
  readonly busy: boolean;
}

/**
 * One card of the export tab (posting list, decision documents, member's copy): a title, what it is
 * for, its buttons, then the built file's download and open actions.
 */
export const DocumentCard: React.FC<DocumentCardProps> = ({
  title,
  intro,
  actions,
  built,
  downloadTestId,
  onOpen,
  preferOpen,
  busy,
}) => {
  const { t } = useTranslation("pane");
  const s = useSectionStyles();
  return (
    <section className={s.card} aria-label={title}>
      <Text weight="semibold">{title}</Text>
      <Text as="p" className={s.muted}>
        {intro}
      </Text>
      <div className={s.actions}>{actions}</div>
      {built ? (
        <FileActions
          url={built.url}
          fileName={built.fileName}
          downloadLabel={t("export.download")}
          testId={downloadTestId}
          {...(onOpen ? { onOpen } : {})}
          openLabel={t("export.openInExcel")}
          preferOpen={preferOpen}
          fallbackLabel={t("export.downloadFallback")}
          disabled={busy}
        />
      ) : null}
    </section>
  );
};

import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { MegaphoneRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { FileActions } from "./FileActions";
import { useSectionStyles } from "./styles";

/** The posting list the pane built, ready to download or open. */
export interface BuiltPosting {
  readonly fileName: string;
  readonly url: string;
  readonly base64: () => string;
}

export interface PostingListProps {
  readonly busy: boolean;
  /** Build the list (of the drive chosen above); resolves to it, or undefined when it failed. */
  readonly onBuild: () => Promise<BuiltPosting | undefined>;
  /** Open the built file as a new workbook (Excel only). */
  readonly onOpen?: (doc: BuiltPosting) => void;
  readonly preferOpen: boolean;
}

/** Danh sách công khai: the list posted at the ward office before submission (issue #14). */
export const PostingList: React.FC<PostingListProps> = ({ busy, onBuild, onOpen, preferOpen }) => {
  const { t } = useTranslation("pane");
  const s = useSectionStyles();
  const [built, setBuilt] = React.useState<BuiltPosting | null>(null);
  React.useEffect(
    () => () => {
      if (built) URL.revokeObjectURL(built.url);
    },
    [built]
  );
  return (
    <section className={s.card} aria-label={t("posting.title")}>
      <Text weight="semibold">{t("posting.title")}</Text>
      <Text as="p" className={s.muted}>
        {t("posting.intro")}
      </Text>
      <div className={s.actions}>
        <Button
          icon={<MegaphoneRegular />}
          disabled={busy}
          onClick={() => void onBuild().then((doc) => setBuilt(doc ?? null))}
        >
          {t("posting.build")}
        </Button>
      </div>
      {built ? (
        <FileActions
          url={built.url}
          fileName={built.fileName}
          downloadLabel={t("export.download")}
          testId="posting-download"
          {...(onOpen ? { onOpen: () => onOpen(built) } : {})}
          openLabel={t("export.openInExcel")}
          preferOpen={preferOpen}
          fallbackLabel={t("export.downloadFallback")}
          disabled={busy}
        />
      ) : null}
    </section>
  );
};

import * as React from "react";
import { Button } from "@fluentui/react-components";
import { MegaphoneRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { type BuiltFile, DocumentCard, useBuiltFile } from "./DocumentCard";

/** The posting list the pane built, ready to download or open. */
export type BuiltPosting = BuiltFile;

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
  const [built, setBuilt] = useBuiltFile<BuiltPosting>();
  return (
    <DocumentCard
      title={t("posting.title")}
      intro={t("posting.intro")}
      actions={
        <Button
          icon={<MegaphoneRegular />}
          disabled={busy}
          onClick={() => void onBuild().then((doc) => setBuilt(doc ?? null))}
        >
          {t("posting.build")}
        </Button>
      }
      built={built}
      downloadTestId="posting-download"
      {...(onOpen && built ? { onOpen: () => onOpen(built) } : {})}
      preferOpen={preferOpen}
      busy={busy}
    />
  );
};

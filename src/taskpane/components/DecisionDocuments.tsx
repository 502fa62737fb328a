import * as React from "react";
import { Button } from "@fluentui/react-components";
import { DocumentRibbonRegular, DocumentTextRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { type BuiltFile, DocumentCard, useBuiltFile } from "./DocumentCard";

export type DecisionDocumentKind = "decision" | "certificates";

/** A document the pane built, ready to download or open. */
export interface BuiltDocument extends BuiltFile {
  readonly kind: DecisionDocumentKind;
}

export interface DecisionDocumentsProps {
  readonly busy: boolean;
  /** Build the document; resolves to it, or undefined when refused (the notice says why). */
  readonly onBuild: (kind: DecisionDocumentKind) => Promise<BuiltDocument | undefined>;
  /** Open a built file as a new workbook (Excel only). */
  readonly onOpen?: (doc: BuiltDocument) => void;
  readonly preferOpen: boolean;
}

/** Dự thảo quyết định and Giấy khen: documents of the decision step (the register is only read). */
export const DecisionDocuments: React.FC<DecisionDocumentsProps> = ({
  busy,
  onBuild,
  onOpen,
  preferOpen,
}) => {
  const { t } = useTranslation("pane");
  const [built, setBuilt] = useBuiltFile<BuiltDocument>();
  const build = (kind: DecisionDocumentKind) =>
    void onBuild(kind).then((doc) => setBuilt(doc ?? null));
  return (
    <DocumentCard
      title={t("decisionDocs.title")}
      intro={t("decisionDocs.intro")}
      actions={
        <>
          <Button icon={<DocumentTextRegular />} disabled={busy} onClick={() => build("decision")}>
            {t("decisionDocs.decision")}
          </Button>
          <Button
            icon={<DocumentRibbonRegular />}
            disabled={busy}
            onClick={() => build("certificates")}
          >
            {t("decisionDocs.certificates")}
          </Button>
        </>
      }
      built={built}
      downloadTestId={`${built?.kind ?? "decision"}-download`}
      {...(onOpen && built ? { onOpen: () => onOpen(built) } : {})}
      preferOpen={preferOpen}
      busy={busy}
    />
  );
};

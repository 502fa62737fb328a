import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { DocumentRibbonRegular, DocumentTextRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { FileActions } from "./FileActions";
import { useSectionStyles } from "./styles";

export type DecisionDocumentKind = "decision" | "certificates";

/** A document the pane built, ready to download or open. */
export interface BuiltDocument {
  readonly kind: DecisionDocumentKind;
  readonly fileName: string;
  readonly url: string;
  readonly base64: () => string;
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
  const s = useSectionStyles();
  const [built, setBuilt] = React.useState<BuiltDocument | null>(null);
  React.useEffect(
    () => () => {
      if (built) URL.revokeObjectURL(built.url);
    },
    [built]
  );
  const build = (kind: DecisionDocumentKind) =>
    void onBuild(kind).then((doc) => setBuilt(doc ?? null));
  return (
    <section className={s.card} aria-label={t("decisionDocs.title")}>
      <Text weight="semibold">{t("decisionDocs.title")}</Text>
      <Text as="p" className={s.muted}>
        {t("decisionDocs.intro")}
      </Text>
      <div className={s.actions}>
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
      </div>
      {built ? (
        <FileActions
          url={built.url}
          fileName={built.fileName}
          downloadLabel={t("export.download")}
          testId={`${built.kind}-download`}
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

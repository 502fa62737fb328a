import * as React from "react";
import { Text } from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import type { WorkbookPort } from "../port";
import type { CheckOutcome } from "../service";
import { useSectionStyles } from "./styles";

export interface ExportTabProps {
  readonly port: WorkbookPort;
  readonly outcome: CheckOutcome | null;
  readonly run: <T>(
    operation: string,
    work: () => Promise<T>,
    notice?: (v: T) => string | null
  ) => Promise<T | undefined>;
}

/** Xuất báo cáo. TODO(export): wire the council export once the export engineer’s code (src/domain/export, CLI export) lands. */
export const ExportTab: React.FC<ExportTabProps> = () => {
  const { t } = useTranslation("pane");
  const s = useSectionStyles();
  return (
    <div className={s.section}>
      <Text as="p" className={s.intro}>
        {t("export.intro")}
      </Text>
      <Text as="p">{t("export.pending")}</Text>
    </div>
  );
};

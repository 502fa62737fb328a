import * as React from "react";
import { Button, Text } from "@fluentui/react-components";
import { LockClosedRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { CivilDate } from "../../domain/text/dates";
import type { WorkbookPort } from "../../workbook/edit/port";
import { FileActions } from "./FileActions";
import { useSectionStyles } from "./styles";
import type { RunAction } from "./useAction";

export interface MemberCopyProps {
  readonly port: WorkbookPort;
  readonly today: CivilDate;
  readonly busy: boolean;
  readonly run: RunAction;
}

interface Built {
  readonly fileName: string;
  readonly url: string;
  readonly base64: () => string;
}

/**
 * Bản gửi Hội đồng: the council member's copy of the open workbook (CLI: `share`) — the workbook's
 * own bytes through the CLI's transform; the workbook is only read.
 */
export const MemberCopy: React.FC<MemberCopyProps> = ({ port, today, busy, run }) => {
  const { t } = useTranslation("pane");
  const s = useSectionStyles();
  const [built, setBuilt] = React.useState<Built | null>(null);
  React.useEffect(
    () => () => {
      if (built) URL.revokeObjectURL(built.url);
    },
    [built]
  );
  if (!port.documentBytes) return null;
  const documentBytes = port.documentBytes.bind(port);

  const make = () =>
    void run(
      "memberCopy",
      async () => {
        const m = await import(/* webpackChunkName: "export" */ "../exportDoc");
        const file = await m.buildMemberCopyFile(await documentBytes(), today);
        const url = URL.createObjectURL(
          new Blob([file.bytes as BlobPart], {
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          })
        );
        const b: Built = { fileName: file.fileName, url, base64: () => m.toBase64(file.bytes) };
        setBuilt(b);
        if (port.prefersNewWorkbook && port.createWorkbook) await port.createWorkbook(b.base64());
        return file.counts;
      },
      (counts) => t("memberCopy.built", counts)
    );

  return (
    <section className={s.card} aria-label={t("memberCopy.title")}>
      <Text weight="semibold">{t("memberCopy.title")}</Text>
      <Text as="p" className={s.muted}>
        {t("memberCopy.intro")}
      </Text>
      <div className={s.actions}>
        <Button
          icon={<LockClosedRegular />}
          disabled={busy}
          onClick={make}
          data-testid="member-copy-build"
        >
          {t("memberCopy.build")}
        </Button>
      </div>
      {built ? (
        <FileActions
          url={built.url}
          fileName={built.fileName}
          downloadLabel={t("export.download")}
          testId="member-copy-download"
          {...(port.createWorkbook
            ? {
                onOpen: () =>
                  void run("createWorkbook", () => port.createWorkbook!(built.base64())),
              }
            : {})}
          openLabel={t("export.openInExcel")}
          preferOpen={Boolean(port.prefersNewWorkbook)}
          fallbackLabel={t("export.downloadFallback")}
          disabled={busy}
        />
      ) : null}
    </section>
  );
};

import * as React from "react";
import { Button } from "@fluentui/react-components";
import { LockClosedRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { CivilDate } from "../../domain/text/dates";
import type { WorkbookPort } from "../../workbook/edit/port";
import { type BuiltFile, DocumentCard, useBuiltFile } from "./DocumentCard";
import type { RunAction } from "./useAction";

export interface MemberCopyProps {
  readonly port: WorkbookPort;
  readonly today: CivilDate;
  readonly busy: boolean;
  readonly run: RunAction;
}

/**
 * Bản gửi Hội đồng: the council member's copy of the open workbook (CLI: `share`) — the workbook's
 * own bytes through the CLI's transform; the workbook is only read.
 */
export const MemberCopy: React.FC<MemberCopyProps> = ({ port, today, busy, run }) => {
  const { t } = useTranslation("pane");
  const [built, setBuilt] = useBuiltFile();
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
        const b: BuiltFile = { fileName: file.fileName, url, base64: () => m.toBase64(file.bytes) };
        setBuilt(b);
        if (port.prefersNewWorkbook && port.createWorkbook) await port.createWorkbook(b.base64());
        return file.counts;
      },
      (counts) => t("memberCopy.built", counts)
    );

  return (
    <DocumentCard
      title={t("memberCopy.title")}
      intro={t("memberCopy.intro")}
      actions={
        <Button
          icon={<LockClosedRegular />}
          disabled={busy}
          onClick={make}
          data-testid="member-copy-build"
        >
          {t("memberCopy.build")}
        </Button>
      }
      built={built}
      downloadTestId="member-copy-download"
      {...(port.createWorkbook && built
        ? { onOpen: () => void run("createWorkbook", () => port.createWorkbook!(built.base64())) }
        : {})}
      preferOpen={Boolean(port.prefersNewWorkbook)}
      busy={busy}
    />
  );
};

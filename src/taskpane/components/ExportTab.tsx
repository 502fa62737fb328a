import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
} from "@fluentui/react-components";
import { DocumentTableRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { CivilDate } from "../../domain/text/dates";
import type { WorkbookPort } from "../../workbook/edit/port";
import { type CheckOutcome, exportDriveNames, paneAudit, runCheck } from "../service";
import { PANE_ACTION } from "../../workbook/edit/audit";
import { rowRanges } from "../../domain/text/ranges";
import { formatDdMmYyyy } from "../../domain/text/dates";
import { heldDecisionsText } from "../../workbook/edit/decision";
import {
  type BuiltDocument,
  DecisionDocuments,
  type DecisionDocumentKind,
} from "./DecisionDocuments";
import { DecisionForm } from "./DecisionForm";
import { FileActions } from "./FileActions";
import { MemberCopy } from "./MemberCopy";
import { type BuiltPosting, PostingList } from "./PostingList";
import { useSectionStyles } from "./styles";
import type { RunAction } from "./useAction";

export interface ExportTabProps {
  readonly port: WorkbookPort;
  readonly outcome: CheckOutcome | null;
  readonly today: CivilDate;
  readonly busy: boolean;
  readonly run: RunAction;
}

interface Built {
  readonly fileName: string;
  readonly url: string;
  readonly base64: () => string;
  readonly proposed: number;
  readonly ineligible: number;
}

/** Xuất báo cáo: the council documents as a new workbook (download; in Excel, open it directly). */
export const ExportTab: React.FC<ExportTabProps> = ({ port, outcome, today, busy, run }) => {
  const { t } = useTranslation("pane");
  const s = useSectionStyles();
  const [force, setForce] = React.useState(false);
  const [mark, setMark] = React.useState(false);
  const [built, setBuilt] = React.useState<Built | null>(null);
  /** The drive exported alone (`export --drive`); "": every drive. */
  const [drive, setDrive] = React.useState("");
  const driveNames = React.useMemo(() => (outcome ? exportDriveNames(outcome) : []), [outcome]);
  // A re-check may drop the chosen drive (renamed on the sheet): back to every drive.
  const chosen = driveNames.includes(drive) ? drive : "";
  React.useEffect(
    () => () => {
      if (built) URL.revokeObjectURL(built.url);
    },
    [built]
  );
  React.useEffect(() => setBuilt(null), [outcome]);

  if (!outcome) {
    return (
      <div className={s.section}>
        <Text as="p" className={s.intro}>
          {t("export.intro")}
        </Text>
        <Text className={s.muted}>{t("export.needCheck")}</Text>
      </div>
    );
  }
  const errors = outcome.result.counts.error;
  const blocked = errors > 0 && !force;

  const make = () =>
    void run(
      "export",
      async () => {
        const { buildExportFile, toBase64 } = await import(
          /* webpackChunkName: "export" */ "../exportDoc"
        );
        const file = await buildExportFile(outcome, today, force, chosen);
        const url = URL.createObjectURL(
          new Blob([file.bytes as BlobPart], {
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          })
        );
        const b: Built = {
          fileName: file.fileName,
          url,
          base64: () => toBase64(file.bytes),
          proposed: file.proposed,
          ineligible: file.ineligible,
        };
        setBuilt(b);
        // Excel on the Mac and on the web: the file opens as a new workbook (the link stays).
        if (port.prefersNewWorkbook && port.createWorkbook) await port.createWorkbook(b.base64());
        // Only on request: export never changes the register otherwise (export.md; RG03).
        if (mark)
          await port.markExported(
            today,
            file.proposedRows,
            paneAudit(port, PANE_ACTION.markExported)
          );
        return b;
      },
      (b) =>
        `${t("export.built", { proposed: b.proposed, ineligible: b.ineligible })}${
          port.prefersNewWorkbook && port.createWorkbook ? ` ${t("export.opened")}` : ""
        }${mark ? ` ${t("export.marked")}` : ""}`
    );

  /** Ghi quyết định: the refusal to explain, or null once recorded (the notice says what changed). */
  const record = async (number: string, date: string) => {
    const r = await run(
      "recordDecision",
      () => port.recordDecision({ number, date, today }, paneAudit(port, PANE_ACTION.decision)),
      (p) => {
        if (p.kind !== "ok") return null;
        const what = {
          number: p.number,
          date: formatDdMmYyyy(p.date),
          rows: rowRanges(p.rows),
          count: p.rows.length,
        };
        const kept = p.kept.length
          ? ` ${t("decision.kept", { rows: heldDecisionsText(p.kept) })}`
          : "";
        return `${t(p.changed.length ? "decision.recorded" : "decision.upToDate", what)}${kept}`;
      }
    );
    return r && r.kind !== "ok" ? r : null;
  };

  /** Danh sách công khai of the chosen drive from the last check (the register is only read). */
  const buildPosting = () =>
    run(
      "exportPosting",
      async (): Promise<{ doc: BuiltPosting; text: string }> => {
        const m = await import(/* webpackChunkName: "export" */ "../exportDoc");
        const r = await m.buildPostingFile(outcome, today, chosen);
        const url = URL.createObjectURL(
          new Blob([r.bytes as BlobPart], {
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          })
        );
        const doc: BuiltPosting = { fileName: r.fileName, url, base64: () => m.toBase64(r.bytes) };
        if (port.prefersNewWorkbook && port.createWorkbook) await port.createWorkbook(doc.base64());
        const text =
          r.from && r.to
            ? t("posting.built", {
                count: r.count,
                from: formatDdMmYyyy(r.from),
                to: formatDdMmYyyy(r.to),
              })
            : `${t("posting.builtNoDates", { count: r.count })} ${t("posting.noStart")}`;
        return { doc, text };
      },
      (v) => v.text
    ).then((v) => v?.doc);

  /** Dự thảo quyết định / Giấy khen from the last check (the register is only read). */
  const buildDocument = (kind: DecisionDocumentKind) =>
    run(
      kind === "decision" ? "exportDecision" : "exportCertificates",
      async (): Promise<{ doc?: BuiltDocument; text: string }> => {
        const m = await import(/* webpackChunkName: "export" */ "../exportDoc");
        // Read the register afresh: a decision recorded since the last check is in the document.
        const fresh = await runCheck(port, today);
        const r =
          kind === "decision"
            ? await m.buildDecisionFile(fresh, today)
            : await m.buildCertificatesFile(fresh, today);
        if (r.kind !== "file") return { text: t(`decisionDocs.${r.kind}`) };
        const url = URL.createObjectURL(
          new Blob([r.bytes as BlobPart], {
            type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          })
        );
        const doc: BuiltDocument = {
          kind,
          fileName: r.fileName,
          url,
          base64: () => m.toBase64(r.bytes),
        };
        if (port.prefersNewWorkbook && port.createWorkbook) await port.createWorkbook(doc.base64());
        const lines = [
          kind === "decision"
            ? t(r.number ? "decisionDocs.decisionNumbered" : "decisionDocs.decisionDraft", {
                count: r.count,
                number: r.number ?? "",
              })
            : t("decisionDocs.certificatesBuilt", { count: r.count }),
          ...(r.incomplete.length
            ? [t("decisionDocs.incomplete", { rows: rowRanges(r.incomplete) })]
            : []),
        ];
        return { doc, text: lines.join(" ") };
      },
      (v) => v.text
    ).then((v) => v?.doc);

  return (
    <div className={s.section}>
      <Text as="p" className={s.intro}>
        {t("export.intro")}
      </Text>
      {errors > 0 ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>{t("export.hasErrors", { error: errors })}</MessageBarBody>
        </MessageBar>
      ) : null}
      {driveNames.length ? (
        <Field label={t("export.drive")} hint={t("export.driveHint")}>
          <Select value={chosen} onChange={(_, d) => setDrive(d.value)} data-testid="export-drive">
            <option value="">{t("export.driveAll")}</option>
            {driveNames.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </Select>
        </Field>
      ) : null}
      {errors > 0 ? (
        <Checkbox
          checked={force}
          onChange={(_, d) => setForce(Boolean(d.checked))}
          label={t("export.force")}
        />
      ) : null}
      <Checkbox
        checked={mark}
        onChange={(_, d) => setMark(Boolean(d.checked))}
        label={t("export.mark")}
      />
      <div className={s.actions}>
        <Button
          appearance="primary"
          icon={<DocumentTableRegular />}
          disabled={busy || blocked}
          onClick={make}
        >
          {t("export.build")}
        </Button>
      </div>
      {built ? (
        <section className={s.card} aria-label={built.fileName}>
          <Text weight="semibold">{built.fileName}</Text>
          <FileActions
            url={built.url}
            fileName={built.fileName}
            downloadLabel={t("export.download")}
            testId="export-download"
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
        </section>
      ) : null}
      <PostingList
        busy={busy}
        onBuild={buildPosting}
        {...(port.createWorkbook
          ? {
              onOpen: (d: BuiltPosting) =>
                void run("createWorkbook", () => port.createWorkbook!(d.base64())),
            }
          : {})}
        preferOpen={Boolean(port.prefersNewWorkbook)}
      />
      <DecisionForm busy={busy} onRecord={record} />
      <DecisionDocuments
        busy={busy}
        onBuild={buildDocument}
        {...(port.createWorkbook
          ? {
              onOpen: (d: BuiltDocument) =>
                void run("createWorkbook", () => port.createWorkbook!(d.base64())),
            }
          : {})}
        preferOpen={Boolean(port.prefersNewWorkbook)}
      />
      <MemberCopy port={port} today={today} busy={busy} run={run} />
    </div>
  );
};

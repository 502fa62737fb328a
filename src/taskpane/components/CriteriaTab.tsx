import * as React from "react";
import {
  Button,
  Field,
  Input,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  Textarea,
} from "@fluentui/react-components";
import { AddRegular, ArrowSyncRegular, LinkRegular, PersonAddRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { CLASSIFICATION, type CriteriaSet } from "../../domain/criteria/types";
import { TEMPLATES } from "../../domain/criteria/templates";
import type { CriteriaOverview } from "../service";
import { FilePicker } from "./FilePicker";
import { useSectionStyles } from "./styles";

export interface CriteriaTabProps {
  readonly sheets: readonly string[];
  readonly overview: readonly CriteriaOverview[] | null;
  readonly busy: boolean;
  readonly onAddTemplate: (set: CriteriaSet) => void;
  readonly onImportCsv: (name: string, text: string) => void;
  readonly onAddCandidates: (sheet: string, names: string[]) => void;
  readonly onLink: () => void;
  readonly onRefresh: () => void;
}

/** A chosen file's text (Blob#text, FileReader where a webview lacks it). */
function textOf(file: Blob): Promise<string> {
  if (typeof file.text === "function") return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error);
    reader.readAsText(file);
  });
}

/** Tiêu chí: add criteria sheets (template or CSV), add candidates, show totals and ranks, link scores. */
export const CriteriaTab: React.FC<CriteriaTabProps> = (p) => {
  const { t } = useTranslation("pane");
  const s = useSectionStyles();
  const available = TEMPLATES.filter((x) => !p.sheets.includes(x.name));
  const [template, setTemplate] = React.useState(available[0]?.name ?? "");
  const [csvName, setCsvName] = React.useState("");
  const [csvText, setCsvText] = React.useState<string | null>(null);
  const [csvFile, setCsvFile] = React.useState<string | null>(null);
  const [sheet, setSheet] = React.useState(p.sheets[0] ?? "");
  const [names, setNames] = React.useState("");
  React.useEffect(() => {
    if (!available.some((x) => x.name === template)) setTemplate(available[0]?.name ?? "");
  }, [available, template]);
  React.useEffect(() => {
    if (!p.sheets.includes(sheet)) setSheet(p.sheets[0] ?? "");
  }, [p.sheets, sheet]);

  return (
    <div className={s.section}>
      <Text as="p" className={s.intro}>
        {t("criteria.intro")}
      </Text>
      <section className={s.card} aria-labelledby="crit-add">
        <Text as="h2" id="crit-add" weight="semibold" className={s.heading}>
          {t("criteria.addTemplate")}
        </Text>
        {available.length === 0 ? (
          <Text className={s.muted}>{t("criteria.allAdded")}</Text>
        ) : (
          <div className={s.row}>
            <Field label={t("criteria.template")} className={s.grow}>
              <Select value={template} onChange={(_, d) => setTemplate(d.value)} name="template">
                {available.map((x) => (
                  <option key={x.name} value={x.name}>
                    {x.name}
                  </option>
                ))}
              </Select>
            </Field>
            <Button
              icon={<AddRegular />}
              appearance="primary"
              disabled={p.busy || !template}
              onClick={() => {
                const set = TEMPLATES.find((x) => x.name === template);
                if (set) p.onAddTemplate(set);
              }}
            >
              {t("criteria.add")}
            </Button>
          </div>
        )}
        <FilePicker
          label={t("criteria.fromCsv")}
          chooseLabel={t("criteria.chooseCsv")}
          noneLabel={t("criteria.noFile")}
          fileName={csvFile}
          accept=".csv,text/csv"
          disabled={p.busy}
          testId="criteria-csv"
          onChoose={(file) => {
            setCsvFile(file.name);
            if (!csvName) setCsvName(file.name.replace(/\.csv$/i, ""));
            void textOf(file).then(setCsvText);
          }}
        />
        <div className={s.row}>
          <Field label={t("criteria.csvName")} className={s.grow}>
            <Input value={csvName} onChange={(_, d) => setCsvName(d.value)} />
          </Field>
          <Button
            disabled={p.busy || !csvText || !csvName.trim()}
            onClick={() => csvText && p.onImportCsv(csvName.trim(), csvText)}
          >
            {t("criteria.importCsv")}
          </Button>
        </div>
      </section>
      {p.sheets.length ? (
        <section className={s.card} aria-labelledby="crit-cand">
          <Text as="h2" id="crit-cand" weight="semibold" className={s.heading}>
            {t("criteria.candidates")}
          </Text>
          <Field label={t("criteria.sheet")}>
            <Select value={sheet} onChange={(_, d) => setSheet(d.value)}>
              {p.sheets.map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </Select>
          </Field>
          <Field label={t("criteria.candidatesHint")}>
            <Textarea
              value={names}
              onChange={(_, d) => setNames(d.value)}
              resize="vertical"
              rows={3}
            />
          </Field>
          <div className={s.actions}>
            <Button
              icon={<PersonAddRegular />}
              disabled={p.busy || !names.trim() || !sheet}
              onClick={() => {
                p.onAddCandidates(
                  sheet,
                  names
                    .split(/\r?\n/)
                    .map((x) => x.trim())
                    .filter(Boolean)
                );
                setNames("");
              }}
            >
              {t("criteria.addCandidates")}
            </Button>
            <Button icon={<LinkRegular />} disabled={p.busy} onClick={p.onLink}>
              {t("criteria.link")}
            </Button>
          </div>
        </section>
      ) : (
        <Text className={s.muted}>{t("criteria.none")}</Text>
      )}
      {p.overview?.map((o) => (
        <section
          key={o.sheet}
          className={s.card}
          aria-label={`${t("criteria.results")} — ${o.sheet}`}
        >
          <div className={s.row} style={{ alignItems: "center", justifyContent: "space-between" }}>
            <Text as="h2" weight="semibold" className={s.heading}>
              {o.sheet}
            </Text>
            <Button
              size="small"
              appearance="subtle"
              icon={<ArrowSyncRegular />}
              onClick={p.onRefresh}
              disabled={p.busy}
            >
              {t("criteria.refresh")}
            </Button>
          </div>
          {o.results.length === 0 ? (
            <Text className={s.muted}>{t("criteria.noCandidates")}</Text>
          ) : (
            <Table size="extra-small" aria-label={o.sheet}>
              <TableHeader>
                <TableRow>
                  <TableHeaderCell>{t("criteria.name")}</TableHeaderCell>
                  <TableHeaderCell className={s.num}>{t("criteria.total")}</TableHeaderCell>
                  <TableHeaderCell>{t("criteria.class")}</TableHeaderCell>
                  <TableHeaderCell className={s.num}>{t("criteria.rank")}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {[...o.results]
                  .sort((a, b) => (a.rank ?? 1e9) - (b.rank ?? 1e9))
                  .map((r) => (
                    <TableRow key={r.name}>
                      <TableCell>{r.name}</TableCell>
                      <TableCell className={s.num}>{r.total}</TableCell>
                      <TableCell>{CLASSIFICATION[r.classification]}</TableCell>
                      <TableCell className={s.num}>{r.rank ?? "—"}</TableCell>
                    </TableRow>
                  ))}
              </TableBody>
            </Table>
          )}
        </section>
      ))}
    </div>
  );
};

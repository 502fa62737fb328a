import * as React from "react";
import { Button, Field, ProgressBar, Select, Text } from "@fluentui/react-components";
import {
  CheckmarkCircleRegular,
  DeleteRegular,
  DocumentAddRegular,
  ErrorCircleRegular,
  MergeRegular,
} from "@fluentui/react-icons";
import type { ConsolidationSource, FailedSource } from "../../domain/consolidation/consolidate";
import type { CivilDate } from "../../domain/text/dates";
import { CONSOLIDATE_STRINGS } from "../consolidateStrings";
import { blobBytes } from "../blobBytes";
import type { ConsolidatedFile } from "../consolidateDoc";
import type { WorkbookPort } from "../../workbook/edit/port";
import type { Language } from "../shell";
import { FileActions } from "./FileActions";
import { useSectionStyles } from "./styles";
import type { RunAction } from "./useAction";

export interface ConsolidateTabProps {
  readonly port: WorkbookPort;
  readonly today: CivilDate;
  readonly busy: boolean;
  readonly run: RunAction;
  readonly lang: Language;
}

/** A chosen file and what reading it gave. */
type Chosen =
  | { readonly id: number; readonly name: string; readonly state: "reading" }
  | {
      readonly id: number;
      readonly name: string;
      readonly state: "ok";
      readonly source: ConsolidationSource;
      /** Its `Năm đánh giá` (null: unreadable). */
      readonly year: number | null;
    }
  | {
      readonly id: number;
      readonly name: string;
      readonly state: "failed";
      readonly failure: FailedSource;
    };

interface Built extends ConsolidatedFile {
  readonly url: string;
}

/** The units' years disagree: the sentence (as the CLI's) and the years to choose from. */
interface YearQuestion {
  readonly text: string;
  readonly years: readonly number[];
}

type Phase =
  | { readonly kind: "read"; readonly n: number; readonly total: number }
  | { readonly kind: "build" };

const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

// The consolidation code and ExcelJS: a lazy chunk, fetched when the first file is chosen.
const loadEngine = () => import(/* webpackChunkName: "consolidate" */ "../consolidateDoc");

let nextId = 1;

/**
 * Tổng hợp đơn vị: the units' registers chosen by the clerk are read one at a time (only the
 * register's data is kept), merged by the CLI's own code into the ward's register, offered as a
 * download and, inside Excel, opened as a new workbook.
 */
export const ConsolidateTab: React.FC<ConsolidateTabProps> = ({ port, today, busy, run, lang }) => {
  const s = useSectionStyles();
  const str = CONSOLIDATE_STRINGS[lang];
  const inputId = React.useId();
  const input = React.useRef<HTMLInputElement>(null);
  const [files, setFiles] = React.useState<readonly Chosen[]>([]);
  const [phase, setPhase] = React.useState<Phase | null>(null);
  const [built, setBuilt] = React.useState<Built | null>(null);
  // Units of different years are never merged silently: the clerk chooses the year (as --year).
  const [question, setQuestion] = React.useState<YearQuestion | null>(null);
  const [year, setYear] = React.useState<number | null>(null);
  const resetYear = () => {
    setQuestion(null);
    setYear(null);
  };
  React.useEffect(
    () => () => {
      if (built) URL.revokeObjectURL(built.url);
    },
    [built]
  );

  const working = busy || phase !== null;
  const readable = files.filter((f): f is Extract<Chosen, { state: "ok" }> => f.state === "ok");

  const choose = (list: FileList | null) => {
    const picked = Array.from(list ?? []);
    if (input.current) input.current.value = ""; // the same file can be chosen again after a fix
    if (!picked.length) return;
    const added = picked.map((file) => ({
      id: nextId++,
      name: file.name,
      state: "reading" as const,
      file,
    }));
    setBuilt(null);
    resetYear();
    // A file chosen again (same name) replaces the earlier one.
    setFiles((old) => [
      ...old.filter((o) => !added.some((a) => a.name === o.name)),
      ...added.map(({ id, name, state }) => ({ id, name, state })),
    ]);
    void run("read", async () => {
      try {
        const { readSourceBytes, yearOf } = await loadEngine();
        for (let i = 0; i < added.length; i++) {
          const a = added[i]!;
          setPhase({ kind: "read", n: i + 1, total: added.length });
          const r = await readSourceBytes(a.name, await blobBytes(a.file));
          const done: Chosen =
            "source" in r
              ? { id: a.id, name: a.name, state: "ok", source: r.source, year: yearOf(r.source) }
              : { id: a.id, name: a.name, state: "failed", failure: r.failure };
          setFiles((old) => old.map((o) => (o.id === a.id ? done : o)));
        }
      } catch (e) {
        // The chunk could not be loaded: nothing was read.
        setFiles((old) => old.filter((o) => !added.some((a) => a.id === o.id)));
        throw e;
      } finally {
        setPhase(null);
      }
    });
  };

  const remove = (id: number) => {
    setBuilt(null);
    resetYear();
    setFiles((old) => old.filter((o) => o.id !== id));
  };

  const consolidate = () =>
    void run(
      "consolidate",
      async () => {
        setPhase({ kind: "build" });
        try {
          const engine = await loadEngine();
          const failures = files.flatMap((f) => (f.state === "failed" ? [f.failure] : []));
          const sources = readable.map((f) => f.source);
          const decision = engine.decideYear(sources, year ?? undefined);
          if (!decision.ok) {
            setQuestion({
              text: str.yearsDisagree(engine.yearGroupsText(decision.groups, str.unknownYear)),
              years: decision.groups.flatMap((g) => (g.year === null ? [] : [g.year])),
            });
            return null;
          }
          const file = await engine.buildConsolidatedFile(
            sources,
            failures,
            today,
            year ?? undefined
          );
          const url = URL.createObjectURL(new Blob([file.bytes as BlobPart], { type: XLSX_MIME }));
          const b: Built = { ...file, url };
          setBuilt(b);
          // Excel on the Mac and on the web: the file opens as a new workbook (the link stays).
          if (port.prefersNewWorkbook && port.createWorkbook)
            await port.createWorkbook(engine.toBase64(b.bytes));
          return b;
        } finally {
          setPhase(null);
        }
      },
      (b) => (b ? str.built(b.rows, b.units) : null)
    );

  const openInExcel = async (b: Built) => {
    const { toBase64 } = await loadEngine();
    await port.createWorkbook!(toBase64(b.bytes));
  };

  return (
    <div className={s.section}>
      <Text as="p" className={s.intro}>
        {str.intro}
      </Text>
      <div className={s.actions}>
        <input
          ref={input}
          id={inputId}
          type="file"
          multiple
          accept={`.xlsx,${XLSX_MIME}`}
          aria-label={str.inputLabel}
          data-testid="consolidate-input"
          hidden
          onChange={(e) => choose(e.currentTarget.files)}
        />
        <Button
          icon={<DocumentAddRegular />}
          disabled={working}
          onClick={() => input.current?.click()}
        >
          {str.choose}
        </Button>
        <Button
          appearance="primary"
          icon={<MergeRegular />}
          disabled={working || readable.length === 0}
          onClick={consolidate}
        >
          {str.run}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {phase ? (
          <>
            <ProgressBar
              thickness="medium"
              aria-label={
                phase.kind === "read" ? str.progressRead(phase.n, phase.total) : str.progressBuild
              }
            />
            <Text size={200}>
              {phase.kind === "read" ? str.progressRead(phase.n, phase.total) : str.progressBuild}
            </Text>
          </>
        ) : null}
      </div>
      <section className={s.card} aria-labelledby={`${inputId}-files`}>
        <Text as="h3" weight="semibold" id={`${inputId}-files`} className={s.heading}>
          {str.filesHeading(files.length)}
        </Text>
        {files.length === 0 ? (
          <Text className={s.muted}>{str.none}</Text>
        ) : (
          <ul
            style={{
              margin: 0,
              paddingLeft: 0,
              listStyle: "none",
              display: "flex",
              flexDirection: "column",
              rowGap: "6px",
            }}
          >
            {files.map((f) => (
              <li
                key={f.id}
                data-testid="consolidate-file"
                style={{ display: "flex", alignItems: "flex-start", columnGap: "6px" }}
              >
                <span aria-hidden style={{ paddingTop: "2px" }}>
                  {f.state === "ok" ? (
                    <CheckmarkCircleRegular />
                  ) : f.state === "failed" ? (
                    <ErrorCircleRegular />
                  ) : null}
                </span>
                <span style={{ flexGrow: 1, minWidth: 0, wordBreak: "break-word" }}>
                  <Text weight="semibold" block>
                    {f.name}
                  </Text>
                  <Text size={200} block>
                    {f.state === "reading"
                      ? str.reading
                      : f.state === "ok"
                        ? str.readable(f.source.snapshot.nominations?.rows.length ?? 0, f.year)
                        : `${str.failed}: ${str.problems[f.failure.problem] ?? f.failure.problem}`}
                  </Text>
                  {f.state === "failed" && f.failure.detail ? (
                    <Text size={200} block className={s.muted}>
                      {f.failure.detail}
                    </Text>
                  ) : null}
                </span>
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<DeleteRegular />}
                  aria-label={str.remove(f.name)}
                  disabled={working}
                  onClick={() => remove(f.id)}
                />
              </li>
            ))}
          </ul>
        )}
        {files.length > 1 ? (
          <div className={s.actions}>
            <Button
              size="small"
              disabled={working}
              onClick={() => {
                setBuilt(null);
                resetYear();
                setFiles([]);
              }}
            >
              {str.clear}
            </Button>
          </div>
        ) : null}
        {files.length > 0 && readable.length === 0 && !working ? (
          <Text className={s.muted}>{str.noneReadable}</Text>
        ) : null}
      </section>
      {question ? (
        <section className={s.card} data-testid="consolidate-years">
          <Text as="p" role="alert">
            {question.text}
          </Text>
          <Field label={str.yearLabel}>
            <Select
              value={year === null ? "" : String(year)}
              disabled={working}
              data-testid="consolidate-year-choice"
              onChange={(_, d) => {
                setBuilt(null);
                setYear(d.value ? Number(d.value) : null);
              }}
            >
              <option value="">{str.yearPlaceholder}</option>
              {question.years.map((y) => (
                <option key={y} value={String(y)}>
                  {y}
                </option>
              ))}
            </Select>
          </Field>
        </section>
      ) : null}
      {built ? (
        <section
          className={s.card}
          aria-labelledby={`${inputId}-summary`}
          data-testid="consolidate-summary"
        >
          <Text as="h3" weight="semibold" id={`${inputId}-summary`} className={s.heading}>
            {str.summaryHeading}
          </Text>
          <dl
            style={{
              margin: 0,
              display: "grid",
              gridTemplateColumns: "1fr auto",
              rowGap: "2px",
              columnGap: "12px",
            }}
          >
            {(
              [
                ["year", str.year, built.year],
                ["units", str.units, built.units],
                ["rows", str.rows, built.rows],
                ["duplicates", str.duplicates, built.duplicates],
                ["failed", str.failedFiles, built.failed],
              ] as const
            ).map(([key, label, value]) => (
              <React.Fragment key={key}>
                <dt>{label}</dt>
                <dd className={s.num} style={{ margin: 0 }} data-testid={`consolidate-${key}`}>
                  {value}
                </dd>
              </React.Fragment>
            ))}
          </dl>
          {built.excluded.map((x) => (
            <Text key={x.fileName} size={200} block data-testid="consolidate-excluded">
              {str.excluded(x.fileName, x.year, built.year)}
            </Text>
          ))}
          {built.differing.length ? (
            <Text size={200} block data-testid="consolidate-settings">
              {str.settingsDiffer(built.differing.length, built.differing.join("; "))}
            </Text>
          ) : null}
          <Text size={200} className={s.muted}>
            {str.findings(built.errors, built.warnings)}
          </Text>
          <FileActions
            url={built.url}
            fileName={built.fileName}
            downloadLabel={str.download(built.fileName)}
            testId="consolidate-download"
            {...(port.createWorkbook
              ? { onOpen: () => void run("createWorkbook", () => openInExcel(built)) }
              : {})}
            openLabel={str.openInExcel}
            preferOpen={Boolean(port.prefersNewWorkbook)}
            fallbackLabel={str.downloadFallback}
            disabled={working}
          />
        </section>
      ) : null}
    </div>
  );
};

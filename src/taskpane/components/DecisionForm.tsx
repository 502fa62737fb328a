import * as React from "react";
import { Button, Field, Input, MessageBar, MessageBarBody, Text } from "@fluentui/react-components";
import { DocumentCheckmarkRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import type { TFunction } from "i18next";
import { parseDecisionDate, parseDecisionNumber } from "../../domain/decision";
import { type DecisionRefusal, heldDecisionsText } from "../../workbook/edit/decision";
import { useSectionStyles } from "./styles";

export interface DecisionFormProps {
  readonly busy: boolean;
  /** Record the decision; resolves to the refusal to explain, or null when it was recorded. */
  readonly onRecord: (number: string, date: string) => Promise<DecisionRefusal | null>;
}

/** The sentences explaining a refusal, in the pane's language. */
export function refusalLines(r: DecisionRefusal, t: TFunction): string[] {
  switch (r.kind) {
    case "badNumber":
    case "badDate":
      return [t(`decision.${r.kind}`, { value: r.value })];
    case "noTable":
      return [t("decision.noTable")];
    case "columnsMissing":
      return [t("decision.columnsMissing", { columns: r.columns.join("”, “") })];
    case "notApproved":
    case "noneApproved":
      return [t("decision.noneApproved")];
    case "conflict":
      return r.rows.map((c) => t("decision.conflict", c));
    case "allDecided":
      return [
        t("decision.allDecided", {
          rows: heldDecisionsText(r.rows),
        }),
      ];
    case "formula":
      return [t("decision.formula", { cells: r.cells.join(", ") })];
  }
}

/**
 * “Ghi quyết định”: the number and date of the ward chairman's decision, recorded on every row the
 * council approved (the CLI's `decide`). The fields say what is wrong before anything is sent.
 */
export const DecisionForm: React.FC<DecisionFormProps> = ({ busy, onRecord }) => {
  const { t } = useTranslation("pane");
  const s = useSectionStyles();
  const [number, setNumber] = React.useState("");
  const [date, setDate] = React.useState("");
  const [refused, setRefused] = React.useState<string[] | null>(null);
  const numberBad = number.trim() !== "" && parseDecisionNumber(number) === null;
  const dateBad = date.trim() !== "" && parseDecisionDate(date) === null;
  const ready = !numberBad && !dateBad && number.trim() !== "" && date.trim() !== "";

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!ready) return;
    setRefused(null);
    void onRecord(number, date).then((r) => setRefused(r ? refusalLines(r, t) : null));
  };

  return (
    <form className={s.card} onSubmit={submit} aria-labelledby="decision-title" noValidate>
      <Text as="h2" id="decision-title" weight="semibold" className={s.heading}>
        {t("decision.title")}
      </Text>
      <Text as="p" className={s.muted}>
        {t("decision.intro")}
      </Text>
      <div className={s.row} style={{ alignItems: "start" }}>
        <Field
          label={t("decision.number")}
          validationMessage={numberBad ? t("decision.numberHint") : undefined}
          className={s.grow}
        >
          <Input
            value={number}
            onChange={(_, d) => setNumber(d.value)}
            placeholder="123/QĐ-UBND"
            name="decisionNumber"
          />
        </Field>
        <Field
          label={t("decision.date")}
          validationMessage={dateBad ? t("decision.dateHint") : undefined}
          className={s.grow}
        >
          <Input
            value={date}
            onChange={(_, d) => setDate(d.value)}
            placeholder="20/12/2026"
            name="decisionDate"
          />
        </Field>
      </div>
      <div className={s.actions}>
        <Button type="submit" icon={<DocumentCheckmarkRegular />} disabled={busy || !ready}>
          {t("decision.record")}
        </Button>
      </div>
      {refused ? (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            {refused.map((line) => (
              <div key={line}>{line}</div>
            ))}
          </MessageBarBody>
        </MessageBar>
      ) : null}
    </form>
  );
};

import * as React from "react";
import { Button, Checkbox, Field, Input, Text } from "@fluentui/react-components";
import { AddSquareRegular, ArrowSyncRegular } from "@fluentui/react-icons";
import { useTranslation } from "react-i18next";
import { TEMPLATES } from "../../domain/criteria/templates";
import { PROVINCE_PROFILES, profileOf, profileValueLines } from "../../domain/policy/profiles";
import type { CriteriaSet } from "../../domain/criteria/types";
import { defaultOptions, type RegisterOptions } from "../../workbook/plan/options";
import type { SetupReport } from "../../workbook/edit/port";
import type { RegisterState } from "../service";
import type { HistoryOutcome } from "../historyDoc";
import { HistoryImport } from "./HistoryImport";
import { useSectionStyles } from "./styles";

export interface SetupTabProps {
  readonly state: RegisterState | null;
  readonly busy: boolean;
  readonly onSetUp: (
    options: RegisterOptions,
    templates: readonly CriteriaSet[]
  ) => Promise<SetupReport | undefined>;
  /** Last year's register into `Lịch sử` (offered once the register exists). */
  readonly onImportHistory?: (file: File) => Promise<HistoryOutcome | undefined>;
}

/** Thiết lập: year, unit, council size, submission level, criteria templates; create or upgrade. */
export const SetupTab: React.FC<SetupTabProps> = ({ state, busy, onSetUp, onImportHistory }) => {
  const { t } = useTranslation("pane");
  const s = useSectionStyles();
  const initial = state?.options ?? defaultOptions();
  const [year, setYear] = React.useState(String(initial.year));
  const [unit, setUnit] = React.useState(initial.unitName);
  const [province, setProvince] = React.useState(initial.province);
  const [council, setCouncil] = React.useState(String(initial.councilSize));
  const [submitTo, setSubmitTo] = React.useState(initial.submitTo);
  const present = new Set(state?.criteriaSheets ?? []);
  const [chosen, setChosen] = React.useState<Set<string>>(
    () => new Set(state?.exists ? [] : TEMPLATES.slice(0, 1).map((x) => x.name))
  );

  React.useEffect(() => {
    if (!state) return;
    setYear(String(state.options.year));
    setUnit(state.options.unitName);
    setProvince(state.options.province);
    setCouncil(String(state.options.councilSize));
    setSubmitTo(state.options.submitTo);
  }, [state]);

  const yearNo = Number(year);
  const councilNo = Number(council);
  const yearBad = !(Number.isInteger(yearNo) && yearNo >= 2000 && yearNo <= 2100);
  const councilBad = !(Number.isInteger(councilNo) && councilNo >= 1);
  const exists = state?.exists ?? false;
  // A new register needs the unit's name (it heads the Tờ trình and the lists; the CLI's --unit
  // and the register's RG02 refuse a blank one too). An existing register's name is not edited here.
  const unitBad = !exists && unit.trim() === "";

  // A province with a profile proposes its `Cấp trình` (unless the clerk typed another one) and
  // says which of its values the new register will carry (domain/policy/profiles.ts).
  const profile = profileOf(province);
  const changeProvince = (value: string) => {
    const before = defaultOptions({ province }).submitTo;
    setProvince(value);
    if (submitTo === before) setSubmitTo(defaultOptions({ province: value }).submitTo);
  };
  const lines = profile ? profileValueLines(profile) : [];
  const provinceHint = !province.trim()
    ? undefined
    : !profile
      ? t("setup.provinceUnknown", { known: PROVINCE_PROFILES.map((p) => p.name).join(", ") })
      : [
          lines.length
            ? t("setup.provinceProfile", { name: profile.name, values: lines.join("; ") })
            : t("setup.provinceUnconfirmed", { name: profile.name }),
          profile.regulation
            ? t("setup.provinceRegulation", { regulation: profile.regulation.text })
            : "",
        ]
          .filter(Boolean)
          .join(" ");

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (yearBad || councilBad || unitBad) return;
    const options = defaultOptions({
      year: yearNo,
      unitName: unit.trim() || initial.unitName,
      // `tỉnh Bắc Ninh` is written as its profile names it, as `init --province` does.
      province: profile?.name ?? province.trim(),
      councilSize: councilNo,
      submitTo,
    });
    void onSetUp(
      options,
      TEMPLATES.filter((x) => chosen.has(x.name) && !present.has(x.name))
    );
  };

  return (
    <div className={s.section}>
      {/* noValidate: the fields say what is wrong in the pane's language; the browser's own bubbles
        (“Value must be greater than or equal to…” in the browser's language) never show. */}
      <form className={s.section} onSubmit={submit} aria-describedby="setup-intro" noValidate>
        <Text as="p" id="setup-intro" className={s.intro}>
          {exists ? t("setup.existing") : t("setup.intro")}
        </Text>
        <div className={s.row} style={{ alignItems: "start" }}>
          <Field
            label={t("setup.year")}
            validationMessage={yearBad ? t("setup.invalidYear") : undefined}
            className={s.grow}
          >
            <Input
              type="number"
              value={year}
              onChange={(_, d) => setYear(d.value)}
              disabled={exists}
              min={2000}
              max={2100}
              name="year"
            />
          </Field>
          <Field
            label={t("setup.councilSize")}
            validationMessage={councilBad ? t("setup.invalidCouncil") : t("setup.councilHint")}
            validationState={councilBad ? "error" : "none"}
            className={s.grow}
          >
            <Input
              type="number"
              value={council}
              onChange={(_, d) => setCouncil(d.value)}
              disabled={exists}
              min={1}
              name="councilSize"
            />
          </Field>
        </div>
        <Field
          label={t("setup.unit")}
          required={!exists}
          validationMessage={unitBad ? t("setup.unitRequired") : undefined}
          validationState={unitBad ? "error" : "none"}
        >
          <Input value={unit} onChange={(_, d) => setUnit(d.value)} disabled={exists} name="unit" />
        </Field>
        <Field label={t("setup.province")} hint={exists ? undefined : provinceHint}>
          <Input
            value={province}
            onChange={(_, d) => changeProvince(d.value)}
            disabled={exists}
            name="province"
          />
        </Field>
        <Field label={t("setup.submitTo")} hint={t("setup.submitHint")}>
          <Input
            value={submitTo}
            onChange={(_, d) => setSubmitTo(d.value)}
            disabled={exists}
            name="submitTo"
          />
        </Field>
        <fieldset style={{ border: "none", margin: 0, padding: 0 }}>
          <legend>
            <Text weight="semibold">{t("setup.templates")}</Text>
          </legend>
          {TEMPLATES.map((x) => (
            <Checkbox
              key={x.name}
              label={x.name}
              checked={present.has(x.name) || chosen.has(x.name)}
              disabled={present.has(x.name)}
              onChange={(_, d) =>
                setChosen((prev) => {
                  const next = new Set(prev);
                  if (d.checked) next.add(x.name);
                  else next.delete(x.name);
                  return next;
                })
              }
            />
          ))}
        </fieldset>
        <div className={s.actions}>
          <Button
            type="submit"
            appearance="primary"
            icon={exists ? <ArrowSyncRegular /> : <AddSquareRegular />}
            disabled={busy || yearBad || councilBad || unitBad}
          >
            {exists ? t("setup.upgrade") : t("setup.create")}
          </Button>
        </div>
      </form>
      {exists && onImportHistory ? <HistoryImport busy={busy} onImport={onImportHistory} /> : null}
    </div>
  );
};

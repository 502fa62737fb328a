import * as React from "react";
import {
  Badge,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from "@fluentui/react-components";
import { useTranslation } from "react-i18next";
import { TITLES } from "../../domain/catalog/titles";
import type { RegisterSummary } from "../../domain/summary";
import { useSectionStyles } from "./styles";

const pct = (x: number | null, lang: string) =>
  x === null
    ? "—"
    : `${x.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 1 })}%`;

export interface SummaryTabProps {
  readonly summary: RegisterSummary | null;
  readonly lang: string;
}

/** Tổng hợp: counts per title, the CSTĐCS cap, direct workers — the domain's summary of the last check. */
export const SummaryTab: React.FC<SummaryTabProps> = ({ summary, lang }) => {
  const { t } = useTranslation("pane");
  const s = useSectionStyles();
  if (!summary) return <Text className={s.muted}>{t("summary.notRun")}</Text>;
  const money = (v: number) =>
    v.toLocaleString(lang === "vi" ? "vi-VN" : "en-GB", { maximumFractionDigits: 0 });
  const cap = summary.cap;
  const capColor =
    cap.status === "over" ? "danger" : cap.status === "within" ? "success" : "informative";
  return (
    <div className={s.section}>
      <section className={s.card} aria-labelledby="sum-title">
        <Text as="h2" id="sum-title" weight="semibold" className={s.heading}>
          {t("summary.byTitle")}
        </Text>
        <Table size="extra-small" className={s.table} aria-labelledby="sum-title">
          <TableHeader>
            <TableRow>
              <TableHeaderCell style={{ width: "52%" }}>{t("summary.title")}</TableHeaderCell>
              <TableHeaderCell style={{ width: "18%" }} className={s.num}>
                {t("summary.count")}
              </TableHeaderCell>
              <TableHeaderCell style={{ width: "12%" }} className={s.num}>
                {t("summary.women")}
              </TableHeaderCell>
              <TableHeaderCell style={{ width: "18%" }} className={s.num}>
                {t("summary.valid")}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {TITLES.map((x) => {
              const c = summary.byTitle[x.code];
              return (
                <TableRow key={x.code}>
                  <TableCell>{x.name}</TableCell>
                  <TableCell className={s.num}>{c.count}</TableCell>
                  <TableCell className={s.num}>{c.women}</TableCell>
                  <TableCell className={s.num}>{c.valid}</TableCell>
                </TableRow>
              );
            })}
            <TableRow>
              <TableCell>
                <Text weight="semibold">{t("summary.total")}</Text>
              </TableCell>
              <TableCell className={s.num}>
                <Text weight="semibold">{summary.total.count}</Text>
              </TableCell>
              <TableCell className={s.num}>
                <Text weight="semibold">{summary.total.women}</Text>
              </TableCell>
              <TableCell className={s.num}>
                <Text weight="semibold">{summary.total.valid}</Text>
              </TableCell>
            </TableRow>
          </TableBody>
        </Table>
        <Text size={200} className={s.muted}>
          {t("summary.kinds", summary.all)}
        </Text>
      </section>
      <section className={s.card} aria-labelledby="sum-cap">
        <div className={s.row} style={{ alignItems: "center" }}>
          <Text as="h2" id="sum-cap" weight="semibold" className={s.heading}>
            {t("summary.cap")}
          </Text>
          <Badge appearance="tint" color={capColor} data-testid="cap-status">
            {t(`summary.capStatus.${cap.status}`)}
          </Badge>
        </div>
        <Text>
          {t("summary.capLine", {
            cstdcs: cap.cstdcs,
            ldtt: cap.ldtt,
            ratio: pct(cap.ratio, lang),
            limit: cap.limit === null ? "—" : `${cap.limit}%`,
          })}
        </Text>
      </section>
      <section className={s.card} aria-labelledby="sum-direct">
        <Text as="h2" id="sum-direct" weight="semibold" className={s.heading}>
          {t("summary.directShare")}
        </Text>
        <Text>
          {t("summary.directLine", {
            direct: summary.all.direct,
            individual: summary.all.individual,
            share: pct(summary.all.directShare, lang),
          })}
        </Text>
      </section>
      <section className={s.card} aria-labelledby="sum-bonus">
        <Text as="h2" id="sum-bonus" weight="semibold" className={s.heading}>
          {t("summary.bonus")}
        </Text>
        <Text size={500} weight="semibold">
          {money(summary.total.bonus)} đ
        </Text>
      </section>
    </div>
  );
};

import { useTranslation } from "react-i18next";
import type { AnalyticsTotals } from "../../../api/staffHelpInsights";
import { count, percent } from "./numbers";
import { ratio } from "./range";

/** The headline figures of the range, each with the counts behind it. */
export function KpiTiles({ totals }: { totals: AnalyticsTotals }) {
  const { t } = useTranslation();
  const helpfulVotes = totals.helpfulYes + totals.helpfulNo;
  const tiles = [
    {
      key: "searches",
      value: count(totals.searches),
      detail: t("staffHelp.analytics.kpi.searchesDetail", {
        clicks: count(totals.clicks),
        views: count(totals.views),
      }),
    },
    {
      key: "noResults",
      value: percent(ratio(totals.noResults, totals.searches)),
      detail: t("staffHelp.analytics.kpi.ofSearches", {
        n: count(totals.noResults),
        total: count(totals.searches),
      }),
    },
    {
      key: "clickThrough",
      // A rate over no searches is no information, not 0%.
      value:
        totals.searches > 0 ? percent(totals.clickThroughRate ?? ratio(totals.clicks, totals.searches)) : "—",
      detail: t("staffHelp.analytics.kpi.noClickDetail", { n: count(totals.noClick) }),
    },
    {
      key: "deflection",
      value:
        totals.deflected + totals.contacted + totals.abandoned > 0
          ? percent(
              totals.deflectionRate ??
                ratio(totals.deflected, totals.deflected + totals.contacted + totals.abandoned),
            )
          : "—",
      detail: t("staffHelp.analytics.kpi.deflectionDetail", {
        deflected: count(totals.deflected),
        contacted: count(totals.contacted),
        abandoned: count(totals.abandoned),
      }),
    },
    {
      key: "helpful",
      value: percent(ratio(totals.helpfulYes, helpfulVotes)),
      detail: t("staffHelp.analytics.kpi.helpfulDetail", {
        yes: count(totals.helpfulYes),
        no: count(totals.helpfulNo),
      }),
    },
  ] as const;
  return (
    <ul className="kpi-tiles" aria-label={t("staffHelp.analytics.kpi.label")}>
      {tiles.map((tile) => (
        <li key={tile.key} className="card kpi-tile" data-testid={`kpi-${tile.key}`}>
          <span className="kpi-tile__label">{t(`staffHelp.analytics.kpi.${tile.key}`)}</span>
          <span className="kpi-tile__value">{tile.value}</span>
          <span className="kpi-tile__detail small muted">{tile.detail}</span>
        </li>
      ))}
    </ul>
  );
}

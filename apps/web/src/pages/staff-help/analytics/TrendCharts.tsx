import { useTranslation } from "react-i18next";
import type { DailyFigures } from "../../../api/staffHelpInsights";
import { BarChart } from "../../../components/charts/BarChart";
import { LineChart } from "../../../components/charts/LineChart";
import { count, longDay, shortDay } from "./numbers";

/** Searches against searches without results, and contacts deflected against contacts sent, per day. */
export function TrendCharts({ days }: { days: DailyFigures[] }) {
  const { t } = useTranslation();
  const categories = days.map((d) => longDay(d.day));
  const tickLabels = days.map((d) => shortDay(d.day));
  const common = {
    categories,
    tickLabels,
    xLabel: t("staffHelp.analytics.charts.day"),
    categoryHeader: t("staffHelp.analytics.charts.day"),
    tableLabel: t("staffHelp.analytics.charts.table"),
    formatValue: count,
  };
  const totalSearches = days.reduce((n, d) => n + d.searches, 0);
  const totalNoResults = days.reduce((n, d) => n + d.noResults, 0);
  const totalDeflected = days.reduce((n, d) => n + d.deflected, 0);
  const totalContacted = days.reduce((n, d) => n + d.contacted, 0);
  return (
    <div className="trend-charts">
      <div className="card chart-card">
        <LineChart
          {...common}
          title={t("staffHelp.analytics.charts.searchesTitle")}
          description={t("staffHelp.analytics.charts.searchesDesc", {
            days: days.length,
            searches: count(totalSearches),
            noResults: count(totalNoResults),
          })}
          yLabel={t("staffHelp.analytics.charts.searchesAxis")}
          series={[
            {
              key: "searches",
              label: t("staffHelp.analytics.charts.searches"),
              values: days.map((d) => d.searches),
            },
            {
              key: "noResults",
              label: t("staffHelp.analytics.charts.noResults"),
              values: days.map((d) => d.noResults),
            },
          ]}
          testId="chart-searches"
        />
      </div>
      <div className="card chart-card">
        <BarChart
          {...common}
          title={t("staffHelp.analytics.charts.deflectionTitle")}
          description={t("staffHelp.analytics.charts.deflectionDesc", {
            days: days.length,
            deflected: count(totalDeflected),
            contacted: count(totalContacted),
          })}
          yLabel={t("staffHelp.analytics.charts.deflectionAxis")}
          series={[
            {
              key: "deflected",
              label: t("staffHelp.analytics.charts.deflected"),
              values: days.map((d) => d.deflected),
            },
            {
              key: "contacted",
              label: t("staffHelp.analytics.charts.contacted"),
              values: days.map((d) => d.contacted),
            },
          ]}
          testId="chart-deflection"
        />
      </div>
    </div>
  );
}

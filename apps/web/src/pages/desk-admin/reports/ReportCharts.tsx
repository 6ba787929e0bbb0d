import { useTranslation } from "react-i18next";
import {
  BACKLOG_STATUSES,
  type ReportRange,
  SCORES,
  type SupportReport,
} from "../../../api/deskAdminReports";
import { BarChart } from "../../../components/charts/BarChart";
import { LineChart } from "../../../components/charts/LineChart";
import { useTicketLabels } from "../../console/labels";
import { longDay, shortDay } from "../../staff-help/analytics/numbers";
import { fillDays } from "./reportRange";
import { useReportFormat } from "./useReportFormat";

/** Volume per day, by channel and category, the ratings given, and what is open now. */
export function ReportCharts({ report, range }: { report: SupportReport; range: ReportRange }) {
  const { t } = useTranslation();
  const labels = useTicketLabels();
  const f = useReportFormat();
  const days = fillDays(report.volume.byDay, range);
  const created = days.reduce((n, d) => n + d.created, 0);
  const solved = days.reduce((n, d) => n + d.solved, 0);
  const table = {
    tableLabel: t("deskAdmin.reports.charts.table"),
    formatValue: f.count,
  };
  const tickets = t("deskAdmin.reports.charts.tickets");
  return (
    <div className="trend-charts report-charts">
      <div className="card chart-card">
        <LineChart
          {...table}
          title={t("deskAdmin.reports.charts.volumeTitle")}
          description={t("deskAdmin.reports.charts.volumeDesc", {
            days: days.length,
            created: f.count(created),
            solved: f.count(solved),
          })}
          categories={days.map((d) => longDay(d.day))}
          tickLabels={days.map((d) => shortDay(d.day))}
          xLabel={t("deskAdmin.reports.charts.day")}
          categoryHeader={t("deskAdmin.reports.charts.day")}
          yLabel={tickets}
          series={[
            {
              key: "created",
              label: t("deskAdmin.reports.charts.created"),
              values: days.map((d) => d.created),
            },
            { key: "solved", label: t("deskAdmin.reports.charts.solved"), values: days.map((d) => d.solved) },
          ]}
          testId="report-chart-volume"
        />
      </div>
      <div className="card chart-card">
        <BarChart
          {...table}
          title={t("deskAdmin.reports.charts.channelTitle")}
          description={t("deskAdmin.reports.charts.channelDesc", { created: f.count(created) })}
          categories={report.volume.byChannel.map((c) => labels.channel(c.channel))}
          xLabel={t("deskAdmin.reports.charts.channel")}
          categoryHeader={t("deskAdmin.reports.charts.channel")}
          yLabel={tickets}
          series={[
            {
              key: "count",
              label: t("deskAdmin.reports.charts.created"),
              values: report.volume.byChannel.map((c) => c.count),
            },
          ]}
          testId="report-chart-channel"
        />
      </div>
      <div className="card chart-card">
        <BarChart
          {...table}
          title={t("deskAdmin.reports.charts.categoryTitle")}
          description={t("deskAdmin.reports.charts.categoryDesc", { created: f.count(created) })}
          categories={report.volume.byCategory.map((c) => labels.category(c.category))}
          xLabel={t("deskAdmin.reports.charts.category")}
          categoryHeader={t("deskAdmin.reports.charts.category")}
          yLabel={tickets}
          series={[
            {
              key: "count",
              label: t("deskAdmin.reports.charts.created"),
              values: report.volume.byCategory.map((c) => c.count),
            },
          ]}
          testId="report-chart-category"
        />
      </div>
      <div className="card chart-card">
        <BarChart
          {...table}
          title={t("deskAdmin.reports.charts.satisfactionTitle")}
          description={t("deskAdmin.reports.charts.satisfactionDesc", {
            count: report.satisfaction.count,
            average: f.average(report.satisfaction.average),
          })}
          categories={SCORES.map((s) => t("deskAdmin.reports.charts.score", { score: s }))}
          xLabel={t("deskAdmin.reports.charts.scoreAxis")}
          categoryHeader={t("deskAdmin.reports.charts.scoreAxis")}
          yLabel={t("deskAdmin.reports.charts.ratings")}
          series={[
            {
              key: "ratings",
              label: t("deskAdmin.reports.charts.ratings"),
              values: SCORES.map((s) => report.satisfaction.distribution[s]),
            },
          ]}
          testId="report-chart-satisfaction"
        />
      </div>
      <div className="card chart-card">
        <BarChart
          {...table}
          title={t("deskAdmin.reports.charts.backlogTitle")}
          description={t("deskAdmin.reports.charts.backlogDesc", { total: f.count(report.backlog.total) })}
          categories={BACKLOG_STATUSES.map((s) => labels.status(s))}
          xLabel={t("deskAdmin.reports.charts.status")}
          categoryHeader={t("deskAdmin.reports.charts.status")}
          yLabel={tickets}
          series={[
            {
              key: "open",
              label: t("deskAdmin.reports.charts.openNow"),
              values: BACKLOG_STATUSES.map((s) => report.backlog.byStatus[s]),
            },
          ]}
          testId="report-chart-backlog"
        />
      </div>
    </div>
  );
}

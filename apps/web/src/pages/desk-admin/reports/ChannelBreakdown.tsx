import { useTranslation } from "react-i18next";
import type { SupportReport } from "../../../api/deskAdminReports";
import { BarChart } from "../../../components/charts/BarChart";
import { useTicketLabels } from "../../console/labels";
import { channelTotals } from "./channelSplit";
import { useReportFormat } from "./useReportFormat";

/** The report per channel a ticket came in on: volume, speed, SLA, satisfaction; a chart of first responses. */
export function ChannelBreakdown({ report }: { report: SupportReport }) {
  const { t } = useTranslation();
  const labels = useTicketLabels();
  const f = useReportFormat();
  const rows = report.channels;
  const totals = channelTotals(rows);
  return (
    <section className="card report" aria-labelledby="report-channels-title" data-testid="report-channels">
      <div className="report__head">
        <h2 id="report-channels-title">{t("channelsAdmin.reports.title")}</h2>
        <p className="small muted">{t("channelsAdmin.reports.lead")}</p>
      </div>
      <div className="table-wrap">
        <table className="data-table">
          <caption className="visually-hidden">{t("channelsAdmin.reports.title")}</caption>
          <thead>
            <tr>
              <th scope="col">{t("channelsAdmin.reports.channel")}</th>
              <th scope="col" className="num">
                {t("channelsAdmin.reports.created")}
              </th>
              <th scope="col" className="num">
                {t("channelsAdmin.reports.solved")}
              </th>
              <th scope="col" className="num">
                {t("channelsAdmin.reports.firstResponse")}
              </th>
              <th scope="col" className="num">
                {t("channelsAdmin.reports.resolution")}
              </th>
              <th scope="col" className="num">
                {t("channelsAdmin.reports.slaFirst")}
              </th>
              <th scope="col" className="num">
                {t("channelsAdmin.reports.slaResolution")}
              </th>
              <th scope="col" className="num">
                {t("channelsAdmin.reports.satisfaction")}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.channel} data-testid="report-channel-row" data-channel={c.channel}>
                <th scope="row">{labels.channel(c.channel)}</th>
                <td className="num">{f.count(c.created)}</td>
                <td className="num">{f.count(c.solved)}</td>
                <td className="num">{f.minutes(c.firstResponseMedianMinutes)}</td>
                <td className="num">{f.minutes(c.resolutionMedianMinutes)}</td>
                <td className="num">{f.percent(c.slaFirstResponse)}</td>
                <td className="num">{f.percent(c.slaResolution)}</td>
                <td className="num">
                  {f.average(c.satisfactionAverage)}{" "}
                  <span className="small muted">
                    {t("channelsAdmin.reports.ratings", { count: c.ratings })}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
          {rows.length > 1 && (
            <tfoot>
              <tr>
                <th scope="row">{t("channelsAdmin.reports.total")}</th>
                <td className="num">{f.count(totals.created)}</td>
                <td className="num">{f.count(totals.solved)}</td>
                <td className="num">{f.minutes(report.firstResponse.medianMinutes)}</td>
                <td className="num">{f.minutes(report.resolution.medianMinutes)}</td>
                <td className="num">{f.percent(report.slaCompliance.firstResponse)}</td>
                <td className="num">{f.percent(report.slaCompliance.resolution)}</td>
                <td className="num">
                  {f.average(report.satisfaction.average)}{" "}
                  <span className="small muted">
                    {t("channelsAdmin.reports.ratings", { count: report.satisfaction.count })}
                  </span>
                </td>
              </tr>
            </tfoot>
          )}
        </table>
      </div>
      {rows.length > 1 && (
        <div className="chart-card">
          <BarChart
            title={t("channelsAdmin.reports.chartTitle")}
            description={t("channelsAdmin.reports.chartDesc")}
            categories={rows.map((c) => labels.channel(c.channel))}
            xLabel={t("channelsAdmin.reports.channel")}
            categoryHeader={t("channelsAdmin.reports.channel")}
            yLabel={t("channelsAdmin.reports.minutes")}
            tableLabel={t("deskAdmin.reports.charts.table")}
            formatValue={(n) => f.count(Math.round(n))}
            series={[
              {
                key: "firstResponse",
                label: t("channelsAdmin.reports.firstResponse"),
                values: rows.map((c) => c.firstResponseMedianMinutes ?? 0),
              },
            ]}
            testId="report-chart-channel-first-response"
          />
        </div>
      )}
    </section>
  );
}

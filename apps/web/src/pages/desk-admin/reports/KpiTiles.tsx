import { useTranslation } from "react-i18next";
import type { SupportReport } from "../../../api/deskAdminReports";
import { useReportFormat } from "./useReportFormat";

/** The headline figures of the range, each with what lies behind it. */
export function KpiTiles({ report }: { report: SupportReport }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  const created = report.volume.byDay.reduce((n, d) => n + d.created, 0);
  const solved = report.volume.byDay.reduce((n, d) => n + d.solved, 0);
  const tiles = [
    { key: "created", value: f.count(created), detail: t("deskAdmin.reports.kpi.createdDetail") },
    { key: "solved", value: f.count(solved), detail: t("deskAdmin.reports.kpi.solvedDetail") },
    {
      key: "firstResponse",
      value: f.minutes(report.firstResponse.medianMinutes),
      detail: t("deskAdmin.reports.kpi.p90", { time: f.minutes(report.firstResponse.p90Minutes) }),
    },
    {
      key: "resolution",
      value: f.minutes(report.resolution.medianMinutes),
      detail: t("deskAdmin.reports.kpi.p90", { time: f.minutes(report.resolution.p90Minutes) }),
    },
    {
      key: "sla",
      value: f.percent(report.slaCompliance.firstResponse),
      detail: t("deskAdmin.reports.kpi.slaDetail", {
        resolution: f.percent(report.slaCompliance.resolution),
        tickets: f.count(report.slaCompliance.tickets),
      }),
    },
    {
      key: "satisfaction",
      value: f.average(report.satisfaction.average),
      detail: t("deskAdmin.reports.kpi.satisfactionDetail", { count: report.satisfaction.count }),
    },
    {
      key: "backlog",
      value: f.count(report.backlog.total),
      detail: t("deskAdmin.reports.kpi.backlogDetail"),
    },
  ] as const;
  return (
    <ul className="kpi-tiles" aria-label={t("deskAdmin.reports.kpi.label")}>
      {tiles.map((tile) => (
        <li key={tile.key} className="card kpi-tile" data-testid={`report-kpi-${tile.key}`}>
          <span className="kpi-tile__label">{t(`deskAdmin.reports.kpi.${tile.key}`)}</span>
          <span className="kpi-tile__value">{tile.value}</span>
          <span className="kpi-tile__detail small muted">{tile.detail}</span>
        </li>
      ))}
    </ul>
  );
}

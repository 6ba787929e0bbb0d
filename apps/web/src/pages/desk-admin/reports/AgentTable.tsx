import { useTranslation } from "react-i18next";
import type { AgentFigures } from "../../../api/deskAdminReports";
import { useReportFormat } from "./useReportFormat";

/** Per agent (by current assignee): tickets solved, median first response, satisfaction. */
export function AgentTable({ agents }: { agents: AgentFigures[] }) {
  const { t } = useTranslation();
  const f = useReportFormat();
  return (
    <section className="card report" aria-labelledby="report-agents-title" data-testid="report-agents">
      <div className="report__head">
        <h2 id="report-agents-title">{t("deskAdmin.reports.agents.title")}</h2>
        <p className="small muted">{t("deskAdmin.reports.agents.lead")}</p>
      </div>
      {agents.length === 0 ? (
        <p className="muted">{t("deskAdmin.reports.agents.empty")}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <caption className="visually-hidden">{t("deskAdmin.reports.agents.title")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("deskAdmin.reports.agents.agent")}</th>
                <th scope="col" className="num">
                  {t("deskAdmin.reports.agents.solved")}
                </th>
                <th scope="col" className="num">
                  {t("deskAdmin.reports.agents.firstResponse")}
                </th>
                <th scope="col" className="num">
                  {t("deskAdmin.reports.agents.satisfaction")}
                </th>
              </tr>
            </thead>
            <tbody>
              {agents.map((a) => (
                <tr key={a.id} data-testid="report-agent-row">
                  <th scope="row">{a.name}</th>
                  <td className="num">{f.count(a.solved)}</td>
                  <td className="num">{f.minutes(a.medianFirstResponseMinutes)}</td>
                  <td className="num">
                    {f.average(a.satisfactionAverage)}{" "}
                    <span className="small muted">
                      {t("deskAdmin.reports.agents.ratings", { count: a.ratings })}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

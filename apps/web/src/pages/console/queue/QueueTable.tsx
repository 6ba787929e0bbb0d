import { useTranslation } from "react-i18next";
import { Link, useNavigate } from "react-router";
import { type AgentTicketRow, displayNumber } from "../../../api/console";
import { Ago, PriorityBadge, SlaBadge, TicketStatusBadge } from "../Badges";
import { useTicketLabels } from "../labels";
import { groupLabel, useGroups } from "../options";

/** The tickets of the current list; a row opens its ticket (the number and subject are the links). */
export function QueueTable({
  rows,
  now,
  fresh,
}: {
  rows: AgentTicketRow[];
  now: number;
  fresh: ReadonlySet<string>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const labels = useTicketLabels();
  const groups = useGroups();
  return (
    <div className="table-wrap console-table-wrap">
      <table className="data-table console-table" data-testid="queue-table">
        <caption className="visually-hidden">{t("console.queue.caption")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("console.queue.columns.number")}</th>
            <th scope="col">{t("console.queue.columns.subject")}</th>
            <th scope="col">{t("console.queue.columns.requester")}</th>
            <th scope="col">{t("console.queue.columns.status")}</th>
            <th scope="col">{t("console.queue.columns.priority")}</th>
            <th scope="col">{t("console.queue.columns.owner")}</th>
            <th scope="col">{t("console.queue.columns.sla")}</th>
            <th scope="col">{t("console.queue.columns.activity")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const isFresh = fresh.has(row.id);
            const to = `/agent/tickets/${encodeURIComponent(row.id)}`;
            return (
              <tr
                key={row.id}
                className={`console-row${isFresh ? " console-row--new" : ""}${row.unread ? " console-row--unread" : ""}`}
                data-testid="queue-row"
                data-ticket-number={row.number}
                data-new={isFresh || undefined}
                onClick={(event) => {
                  // Clicks on the links inside go there by themselves (and keep ctrl-click for a new tab).
                  if ((event.target as HTMLElement).closest("a")) return;
                  void navigate(to);
                }}
              >
                <td className="console-row__number">
                  <Link to={to}>{displayNumber(row.number)}</Link>
                  {isFresh && <span className="console-new-tag">{t("console.queue.new")}</span>}
                </td>
                <td className="console-row__subject">
                  <Link to={to}>{row.subject}</Link>
                  <span className="console-row__sub">
                    {labels.category(row.category)}
                    {row.tags.length > 0 && ` · ${row.tags.join(", ")}`}
                  </span>
                </td>
                <td>
                  <span className="console-row__who">{row.requester.name ?? row.requester.email}</span>
                  {row.requester.name && <span className="console-row__sub">{row.requester.email}</span>}
                  {!row.requester.userId && (
                    <span className="badge badge--neutral">{t("console.queue.guest")}</span>
                  )}
                </td>
                <td>
                  <TicketStatusBadge status={row.status} />
                </td>
                <td>
                  <PriorityBadge priority={row.priority} />
                </td>
                <td>
                  <span className="console-row__who">{groupLabel(row.group, groups.data)}</span>
                  <span className="console-row__sub">
                    {row.assignee?.name ?? t("console.queue.unassigned")}
                  </span>
                </td>
                <td>
                  <SlaBadge sla={row.sla} status={row.status} now={now} />
                </td>
                <td className="console-row__time">
                  <Ago iso={row.lastMessageAt ?? row.updatedAt} now={now} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

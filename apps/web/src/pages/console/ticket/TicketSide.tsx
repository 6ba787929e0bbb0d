import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { displayNumber } from "../../../api/console";
import type { AgentTicketDetail, TicketEvent } from "../../../api/consoleTicket";
import { Icon } from "../../../components/Icon";
import { Money } from "../../../components/Money";
import { StatusBadge, useTypeLabel } from "../../../components/TransactionBits";
import { humanize } from "../../../lib/transactions";
import { dateTime } from "../../staff-payments/format";
import { CallsPanel } from "./CallsPanel";
import { ContactCard } from "./ContactCard";
import { MergeDialog } from "./MergeDialog";

/** Under the thread: the transactions the customer attached, merges, the rating, the ticket's history. */
export function TicketSide({ ticket }: { ticket: AgentTicketDetail }) {
  const { t } = useTranslation();
  const typeLabel = useTypeLabel();
  const [merging, setMerging] = useState(false);
  return (
    <div className="console-ticket-side">
      <ContactCard ticket={ticket} />
      <CallsPanel ticket={ticket} />
      <section className="card console-card" aria-labelledby="linked-tx-title">
        <h2 id="linked-tx-title" className="console-card__title">
          {t("console.linked.title")}
        </h2>
        {ticket.transactions.length === 0 ? (
          <p className="muted small">{t("console.linked.none")}</p>
        ) : (
          <ul className="console-tx-list">
            {ticket.transactions.map((tx) => {
              const failed = tx.status === "failed";
              return (
                <li
                  key={tx.id}
                  className={`console-tx${failed ? " console-tx--failed" : ""}`}
                  data-testid="linked-transaction"
                  data-failed={failed}
                >
                  <div className="console-tx__main">
                    <span>{typeLabel(tx.type)}</span>
                    <Money amount={tx.amount} currency={tx.currency} direction={tx.direction} />
                  </div>
                  <div className="console-tx__sub">
                    <span className="mono">{tx.reference}</span> · {dateTime(tx.at)} ·{" "}
                    <StatusBadge status={tx.status} />
                  </div>
                  {tx.reasonCode && (
                    <div className="console-tx__reason" data-testid="linked-transaction-reason">
                      {t("console.linked.reason")} <code>{tx.reasonCode}</code> ({humanize(tx.reasonCode)})
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="card console-card" aria-labelledby="merge-title">
        <h2 id="merge-title" className="console-card__title">
          {t("console.merge.title")}
        </h2>
        {ticket.merged.length > 0 && (
          <p className="small" data-testid="merged-from">
            {t("console.merge.mergedFrom")}{" "}
            {ticket.merged.map((ref, i) => (
              <span key={ref.id}>
                {i > 0 && ", "}
                <Link to={`/agent/tickets/${encodeURIComponent(ref.id)}`}>{displayNumber(ref.number)}</Link>
              </span>
            ))}
          </p>
        )}
        <p className="muted small">{t("console.merge.lead")}</p>
        <button
          type="button"
          className="button button--small"
          onClick={() => setMerging(true)}
          disabled={ticket.status === "closed"}
          data-testid="merge-open"
        >
          <Icon name="transfer" size={16} /> {t("console.merge.button")}
        </button>
        <MergeDialog ticket={ticket} open={merging} onClose={() => setMerging(false)} />
      </section>

      {ticket.satisfaction && (
        <section className="card console-card" aria-labelledby="rating-title">
          <h2 id="rating-title" className="console-card__title">
            {t("console.rating.title")}
          </h2>
          <p data-testid="ticket-rating">
            <span
              className="console-stars"
              role="img"
              aria-label={t("console.rating.score", { score: ticket.satisfaction.score })}
            >
              {"★".repeat(ticket.satisfaction.score)}
              {"☆".repeat(Math.max(0, 5 - ticket.satisfaction.score))}
            </span>
            {ticket.satisfaction.comment && (
              <q className="console-rating__comment">{ticket.satisfaction.comment}</q>
            )}
          </p>
        </section>
      )}

      {ticket.events.length > 0 && (
        <details className="card console-card console-history">
          <summary className="console-card__title">
            {t("console.history.title", { count: ticket.events.length })}
          </summary>
          <ol className="console-history__list">
            {ticket.events.map((event) => (
              <li key={event.id}>
                <time dateTime={event.createdAt}>{dateTime(event.createdAt)}</time>{" "}
                <span>{eventText(event, t)}</span>
              </li>
            ))}
          </ol>
        </details>
      )}
    </div>
  );
}

/** "Dana: status → pending" — the event's kind and its from/to when it has them. */
function eventText(event: TicketEvent, t: (key: "console.history.system") => string): string {
  const who = event.actor?.name ?? t("console.history.system");
  const from = event.detail.from;
  const to = event.detail.to;
  const change =
    (typeof from === "string" || typeof from === "number") &&
    (typeof to === "string" || typeof to === "number")
      ? `: ${from} → ${to}`
      : typeof to === "string"
        ? `: ${to}`
        : "";
  return `${who} · ${humanize(event.kind)}${change}`;
}

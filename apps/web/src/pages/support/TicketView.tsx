import { type QueryKey, useMutation, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { solveTicket, type TicketDetail, type TicketTransaction } from "../../api/support";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { Money } from "../../components/Money";
import { StatusBadge, useTypeLabel } from "../../components/TransactionBits";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../lib/errors";
import { useNow } from "../../lib/hooks";
import { formatDateTime, parseDate } from "../../lib/time";
import { humanize } from "../../lib/transactions";
import { TicketNumber, TicketStatusBadge, useCategoryLabel, useExpectation } from "./bits";
import { ReplyForm } from "./ReplyForm";
import { SatisfactionSurvey } from "./SatisfactionSurvey";
import { TicketThread } from "./TicketThread";

const SOLVABLE = new Set(["new", "open", "pending", "on_hold"]);

/** Where the ticket stands and what happens next, in a sentence. */
function StatusPanel({ ticket }: { ticket: TicketDetail }) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const expectation = useExpectation()(ticket, now);
  let tone: "info" | "warning" | "ok" = "info";
  let text: string;
  if (ticket.status === "closed") text = t("support.ticket.closedNote", { number: `#${ticket.number}` });
  else if (ticket.status === "solved") {
    tone = "ok";
    text = t("support.ticket.solvedNote");
  } else if (expectation?.tone === "customer") {
    tone = "warning";
    text = t("support.ticket.waitingNote");
  } else text = expectation?.text ?? t("support.ticket.receivedNote");
  return (
    <Alert tone={tone} testId="ticket-expectation">
      {text}
      {ticket.status === "on_hold" && <> {t("support.ticket.onHoldNote")}</>}
    </Alert>
  );
}

function Transactions({ transactions, linked }: { transactions: TicketTransaction[]; linked: boolean }) {
  const { t } = useTranslation();
  const typeLabel = useTypeLabel();
  const lang = currentLanguage();
  if (transactions.length === 0) return null;
  return (
    <section className="card ticket-transactions" aria-labelledby="ticket-txn-title">
      <h2 id="ticket-txn-title" className="ticket-section-title">
        {t("support.ticket.transactions")}
      </h2>
      <ul className="rows">
        {transactions.map((tx) => {
          const date = parseDate(tx.at);
          const main = (
            <>
              <span className="row__main">
                <span className="row__title">{typeLabel(tx.type)}</span>
                <span className="row__meta">
                  <span className="mono">{tx.reference}</span>
                  {date && (
                    <time dateTime={tx.at}>
                      {formatDateTime(date, lang, { dateStyle: "medium", timeStyle: "short" })}
                    </time>
                  )}
                  {tx.reasonCode && <span>{humanize(tx.reasonCode)}</span>}
                </span>
              </span>
              <span className="txn-row__end">
                <Money amount={tx.amount} currency={tx.currency} direction={tx.direction} />
                <StatusBadge status={tx.status} />
              </span>
            </>
          );
          return (
            <li key={tx.id} className="row" data-testid="ticket-transaction">
              {/* Guests have no transaction pages: the snapshot is all they see. */}
              {linked ? (
                <Link to={`/transactions/${encodeURIComponent(tx.id)}`} className="ticket-transaction__link">
                  {main}
                </Link>
              ) : (
                main
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * One ticket as its requester sees it: number, status and what to expect, the attached
 * transactions, the conversation, the reply form (not once closed), "Mark as solved" and the
 * survey once solved. Signed-in customers pass no access token; guests pass theirs.
 */
export function TicketView({
  ticket,
  accessToken,
  queryKey,
}: {
  ticket: TicketDetail;
  accessToken: string | null;
  queryKey: QueryKey;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const categoryLabel = useCategoryLabel();
  const created = parseDate(ticket.createdAt);
  const refresh = () => queryClient.invalidateQueries({ queryKey });
  const solve = useMutation({
    mutationFn: () => solveTicket(ticket.id, accessToken),
    onSuccess: (next) => {
      queryClient.setQueryData(queryKey, next);
      // The list's statuses changed too.
      void queryClient.invalidateQueries({ queryKey: ["account", "support", "tickets", "list"] });
    },
  });

  return (
    <div className="ticket-view" data-testid="ticket-view">
      <header className="page-header ticket-header">
        <span className="page-header__icon">
          <Icon name="headset" size={26} />
        </span>
        <div className="page-header__text">
          <p className="ticket-header__number">
            <TicketNumber number={ticket.number} testId="ticket-number" />
            <TicketStatusBadge status={ticket.status} />
          </p>
          <h1 data-testid="ticket-subject">{ticket.subject}</h1>
          <p className="muted">
            {categoryLabel(ticket.category)}
            {created && (
              <>
                {" · "}
                {t("support.ticket.opened", {
                  time: formatDateTime(created, currentLanguage(), {
                    dateStyle: "medium",
                    timeStyle: "short",
                  }),
                })}
              </>
            )}
          </p>
        </div>
      </header>
      <StatusPanel ticket={ticket} />
      <div className="ticket-layout">
        <div className="ticket-main">
          <TicketThread ticket={ticket} accessToken={accessToken} />
          {ticket.status !== "closed" && (
            <ReplyForm ticket={ticket} accessToken={accessToken} onSent={refresh} />
          )}
          {(ticket.status === "solved" || ticket.status === "closed") && (
            <SatisfactionSurvey
              key={`${ticket.id}-${ticket.status}`}
              ticket={ticket}
              accessToken={accessToken}
              onRated={(satisfaction) =>
                queryClient.setQueryData<TicketDetail>(queryKey, (current) =>
                  current ? { ...current, satisfaction } : current,
                )
              }
            />
          )}
        </div>
        <aside className="ticket-side">
          {SOLVABLE.has(ticket.status) && (
            <section className="card ticket-solve" aria-labelledby="solve-title">
              <h2 id="solve-title" className="ticket-section-title">
                {t("support.ticket.solve.title")}
              </h2>
              <p className="muted small">{t("support.ticket.solve.hint")}</p>
              {solve.isError && <Alert tone="danger">{errorMessage(solve.error, t)}</Alert>}
              <button
                type="button"
                className="button"
                onClick={() => solve.mutate()}
                disabled={solve.isPending}
                aria-busy={solve.isPending || undefined}
                data-testid="ticket-solve"
              >
                <Icon name="check" size={16} />
                {solve.isPending ? t("common.working") : t("support.ticket.solve.button")}
              </button>
            </section>
          )}
          <Transactions transactions={ticket.transactions} linked={accessToken === null} />
          {ticket.status === "closed" && (
            <Link to={accessToken ? "/contact" : "/support/new"} className="button button--primary">
              {t("support.list.newTicket")}
            </Link>
          )}
        </aside>
      </div>
    </div>
  );
}

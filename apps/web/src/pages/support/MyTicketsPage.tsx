import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { listTickets, type TicketSummary } from "../../api/support";
import { EmptyState } from "../../components/EmptyState";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { PageHeader } from "../../components/PageHeader";
import { currentLanguage } from "../../i18n";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle, useNow } from "../../lib/hooks";
import { ticketPath } from "../../lib/support";
import { formatDateTime, formatRelative, parseDate } from "../../lib/time";
import { TicketNumber, TicketStatusBadge, useCategoryLabel, useExpectation } from "./bits";
import { supportKeys } from "./queries";
import { SupportNav } from "./SupportNav";

const PAGE = 20;

const TABS = ["open", "closed"] as const;
type Tab = (typeof TABS)[number];

/** /support/tickets: the customer's tickets, open ones first; which wait for them stands out. */
export function MyTicketsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("support.list.title"));
  const [params, setParams] = useSearchParams();
  const tab: Tab = params.get("status") === "closed" ? "closed" : "open";
  const query = useInfiniteQuery({
    queryKey: supportKeys.ticketList(tab),
    queryFn: ({ pageParam, signal }) => listTickets(tab, { cursor: pageParam, limit: PAGE, signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    // An agent's reply changes what waits for whom: look again now and then while the page is open.
    refetchInterval: 60_000,
  });
  const show = (value: Tab) => setParams(value === "open" ? {} : { status: value }, { replace: true });
  const tickets = query.data?.pages.flatMap((p) => p.data) ?? [];
  const waiting = tickets.filter((ticket) => ticket.awaiting === "customer").length;

  return (
    <div className="container page support-page" data-testid="my-tickets-page">
      <PageHeader icon="inbox" title={t("support.list.title")} description={t("support.list.lead")}>
        <div className="quick-actions">
          <Link to="/support/new" className="button button--primary" data-testid="new-ticket">
            <Icon name="plus" size={18} />
            {t("support.list.newTicket")}
          </Link>
        </div>
      </PageHeader>
      <SupportNav />
      <div className="tabs" role="tablist" aria-label={t("support.list.tabsLabel")}>
        {TABS.map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            id={`tickets-tab-${value}`}
            aria-selected={tab === value}
            aria-controls="tickets-panel"
            tabIndex={tab === value ? 0 : -1}
            onClick={() => show(value)}
            onKeyDown={(event) => {
              if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
              const other = value === "open" ? "closed" : "open";
              show(other);
              document.getElementById(`tickets-tab-${other}`)?.focus();
            }}
            data-testid={`tickets-tab-${value}`}
          >
            {t(`support.list.${value}`)}
          </button>
        ))}
      </div>
      <div id="tickets-panel" role="tabpanel" aria-labelledby={`tickets-tab-${tab}`}>
        {tab === "open" && waiting > 0 && (
          <Alert tone="warning" testId="tickets-waiting">
            {t("support.list.waitingCount", { count: waiting })}
          </Alert>
        )}
        {query.isPending && <p className="muted">{t("common.loading")}</p>}
        {query.isError && (
          <Alert tone="danger" title={t("support.list.error")}>
            {errorMessage(query.error, t)}
          </Alert>
        )}
        {query.isSuccess && tickets.length === 0 && (
          <EmptyState
            icon="inbox"
            title={tab === "open" ? t("support.list.emptyOpen") : t("support.list.emptyClosed")}
          >
            <p className="muted">{t("support.list.emptyBody")}</p>
            <div className="button-row">
              <Link to="/help" className="button">
                {t("helpCenter.title")}
              </Link>
              <Link to="/support/new" className="button button--primary">
                {t("support.list.newTicket")}
              </Link>
            </div>
          </EmptyState>
        )}
        {tickets.length > 0 && (
          <ul className="rows card ticket-list" data-testid="ticket-list">
            {tickets.map((ticket) => (
              <TicketRow key={ticket.id} ticket={ticket} />
            ))}
          </ul>
        )}
        {query.hasNextPage && (
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => void query.fetchNextPage()}
              disabled={query.isFetchingNextPage}
            >
              {query.isFetchingNextPage ? t("common.loading") : t("support.list.more")}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

function TicketRow({ ticket }: { ticket: TicketSummary }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const now = useNow(60_000);
  const categoryLabel = useCategoryLabel();
  const expectation = useExpectation()(ticket, now);
  const updated = parseDate(ticket.updatedAt);
  const waiting = ticket.awaiting === "customer";
  return (
    <li className={`row ticket-row${waiting ? " ticket-row--waiting" : ""}`} data-testid="ticket-row">
      <Link to={ticketPath(ticket.id)} className="ticket-row__link">
        <span className="row__main">
          <span className="row__title">{ticket.subject}</span>
          <span className="row__meta">
            <TicketNumber number={ticket.number} />
            <span>{categoryLabel(ticket.category)}</span>
            {updated && (
              <time dateTime={ticket.updatedAt} title={formatDateTime(updated, lang)}>
                {t("support.list.updated", { time: formatRelative(updated, now, lang, t("time.justNow")) })}
              </time>
            )}
          </span>
          {expectation && (
            <span
              className={`ticket-row__expect ticket-row__expect--${expectation.tone}`}
              data-testid={expectation.tone === "customer" ? "ticket-waiting" : "ticket-expected"}
            >
              <Icon name="clock" size={14} /> {expectation.text}
            </span>
          )}
        </span>
        <span className="ticket-row__end">
          <TicketStatusBadge status={ticket.status} />
          <Icon name="arrow" size={18} />
        </span>
      </Link>
    </li>
  );
}

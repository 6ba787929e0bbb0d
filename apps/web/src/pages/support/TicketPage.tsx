import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { getTicket } from "../../api/support";
import { EmptyState } from "../../components/EmptyState";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { supportKeys } from "./queries";
import { TicketView } from "./TicketView";

/** How often an open ticket is read again, so our reply shows without reloading. */
const REFRESH_MS = 30_000;

/** /support/tickets/:id: a signed-in customer's ticket (someone else's is "not found"). */
export function TicketPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const queryKey = supportKeys.ticket(id);
  const query = useQuery({
    queryKey,
    queryFn: ({ signal }) => getTicket(id, null, signal),
    refetchInterval: (q) => (q.state.data?.status === "closed" ? false : REFRESH_MS),
  });
  useDocumentTitle(query.data ? `#${query.data.number}` : t("support.ticket.title"));

  return (
    <div className="container page support-page" data-testid="ticket-page">
      <p className="back-link">
        <Link to="/support/tickets">
          <Icon name="arrow" size={16} className="flip" />
          {t("support.ticket.back")}
        </Link>
      </p>
      {query.isPending && <p className="muted">{t("common.loading")}</p>}
      {query.isError &&
        (query.error instanceof ApiError && query.error.status === 404 ? (
          <EmptyState icon="compass" title={t("support.ticket.notFound")}>
            <p>{t("support.ticket.notFoundBody")}</p>
          </EmptyState>
        ) : (
          <Alert tone="danger" title={t("support.ticket.error")}>
            {errorMessage(query.error, t)}
          </Alert>
        ))}
      {query.data && <TicketView ticket={query.data} accessToken={null} queryKey={queryKey} />}
    </div>
  );
}

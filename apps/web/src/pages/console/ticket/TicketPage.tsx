import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../../api/client";
import { displayNumber } from "../../../api/console";
import type { Viewer } from "../../../api/consoleLive";
import { getTicket } from "../../../api/consoleTicket";
import { EmptyState } from "../../../components/EmptyState";
import { Alert } from "../../../components/Form";
import { useDocumentTitle } from "../../../lib/hooks";
import { LoadFailed, Loading } from "../../staff-payments/Feedback";
import { POLL_MS, useConsoleLive } from "../live";
import { CustomerPanel } from "../panel/CustomerPanel";
import { consoleKeys } from "../queries";
import { Composer } from "./Composer";
import { Thread } from "./Thread";
import { TicketHeader } from "./TicketHeader";
import { TicketSide } from "./TicketSide";
import { useViewing } from "./useViewing";

/** One ticket: its fields, the thread and the composer in the middle, the customer on the right. */
export function TicketPage() {
  const { t } = useTranslation();
  const { id = "" } = useParams();
  const live = useConsoleLive();
  const query = useQuery({
    queryKey: consoleKeys.ticket(id),
    queryFn: ({ signal }) => getTicket(id, signal),
    refetchInterval: live.connected ? false : POLL_MS,
  });
  const { viewers, typed } = useViewing(id);
  const ticket = query.data;
  useDocumentTitle(ticket ? `${displayNumber(ticket.number)} ${ticket.subject}` : t("console.ticket.title"));

  if (query.isPending) {
    return (
      <div className="console-page">
        <Loading />
      </div>
    );
  }
  if (!ticket) {
    const missing = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="console-page">
        {missing ? (
          <EmptyState icon="inbox" title={t("console.ticket.notFound")}>
            <Link to="/agent" className="button button--primary">
              {t("console.ticket.backToQueue")}
            </Link>
          </EmptyState>
        ) : (
          <LoadFailed
            title={t("console.ticket.loadError")}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
      </div>
    );
  }

  const closed = ticket.status === "closed";
  return (
    <div className="console-ticket" data-testid="ticket-page" data-ticket-number={ticket.number}>
      <div className="console-ticket__main">
        <Link to="/agent" className="console-back small">
          ← {t("console.ticket.backToQueue")}
        </Link>
        <TicketHeader ticket={ticket} />
        <CollisionBanner viewers={viewers} />
        {ticket.mergedInto && (
          <Alert tone="info" testId="merged-into">
            {t("console.ticket.mergedInto")}{" "}
            <Link to={`/agent/tickets/${encodeURIComponent(ticket.mergedInto.id)}`}>
              {displayNumber(ticket.mergedInto.number)}
            </Link>
          </Alert>
        )}
        <Thread messages={ticket.messages} />
        {closed ? (
          <p className="muted console-closed-note" data-testid="ticket-closed-note">
            {t("console.ticket.closedNote")}
          </p>
        ) : (
          <Composer ticket={ticket} onTyping={typed} />
        )}
        <TicketSide ticket={ticket} />
      </div>
      <CustomerPanel key={ticket.id} ticket={ticket} />
    </div>
  );
}

/** "Dana is also viewing" / "Dana is typing a reply": so two agents do not answer the same customer twice. */
function CollisionBanner({ viewers }: { viewers: Viewer[] }) {
  const { t } = useTranslation();
  if (viewers.length === 0) return null;
  const typing = viewers.filter((v) => v.typing);
  const names = (list: Viewer[]) => list.map((v) => v.name).join(t("console.collision.separator"));
  return (
    <Alert tone="warning" testId="collision-banner">
      {typing.length > 0 ? (
        <strong data-testid="collision-typing">
          {t("console.collision.typing", { names: names(typing), count: typing.length })}
        </strong>
      ) : (
        t("console.collision.viewing", { names: names(viewers), count: viewers.length })
      )}
      {typing.length > 0 && typing.length < viewers.length && (
        <span>
          {" "}
          {t("console.collision.viewing", {
            names: names(viewers.filter((v) => !v.typing)),
            count: viewers.length - typing.length,
          })}
        </span>
      )}
    </Alert>
  );
}

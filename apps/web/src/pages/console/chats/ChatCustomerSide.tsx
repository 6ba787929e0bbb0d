import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { AgentChat } from "../../../api/chatAgent";
import { getTicket } from "../../../api/consoleTicket";
import { LoadFailed, Loading } from "../../staff-payments/Feedback";
import { CustomerPanel } from "../panel/CustomerPanel";
import { consoleKeys } from "../queries";

/**
 * Who the agent is chatting with: a customer's full panel (account, money, recent trouble,
 * actions) as beside any ticket; for a guest, the name and address they gave.
 */
export function ChatCustomerSide({ chat }: { chat: AgentChat }) {
  if (chat.customer.userId) return <CustomerOfChat chat={chat} />;
  return <GuestCard chat={chat} />;
}

function CustomerOfChat({ chat }: { chat: AgentChat }) {
  const { t } = useTranslation();
  const ticket = useQuery({
    queryKey: consoleKeys.ticket(chat.id),
    queryFn: ({ signal }) => getTicket(chat.id, signal),
  });
  if (ticket.data) return <CustomerPanel key={chat.id} ticket={ticket.data} />;
  return (
    <aside className="console-panel" aria-label={t("console.panel.label")}>
      {ticket.isPending ? (
        <Loading />
      ) : (
        <LoadFailed
          title={t("console.panel.loadError")}
          error={ticket.error}
          onRetry={() => void ticket.refetch()}
        />
      )}
    </aside>
  );
}

function GuestCard({ chat }: { chat: AgentChat }) {
  const { t } = useTranslation();
  const none = t("chat.console.customer.none");
  return (
    <aside
      className="console-panel"
      aria-label={t("chat.console.customer.title")}
      data-testid="chat-guest-card"
    >
      <h2 className="console-panel__title">{t("chat.console.customer.title")}</h2>
      <p className="muted small">{t("chat.console.customer.guestNote")}</p>
      <dl className="console-chat__guest">
        <dt>{t("chat.console.customer.name")}</dt>
        <dd>{chat.customer.name ?? none}</dd>
        <dt>{t("chat.console.customer.email")}</dt>
        <dd>
          {chat.customer.email ? <a href={`mailto:${chat.customer.email}`}>{chat.customer.email}</a> : none}
        </dd>
      </dl>
    </aside>
  );
}

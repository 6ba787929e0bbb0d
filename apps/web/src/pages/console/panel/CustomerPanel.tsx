import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { getCustomerPanel } from "../../../api/consolePanel";
import type { AgentTicketDetail } from "../../../api/consoleTicket";
import { LoadFailed, Loading } from "../../staff-payments/Feedback";
import { consoleKeys } from "../queries";
import { AccountSections, HistorySections } from "./AccountSections";
import { FindCustomer } from "./FindCustomer";
import { MoneySections } from "./MoneySections";
import { PanelActions } from "./PanelActions";

/**
 * The customer beside the ticket: who they are, how their account stands (locks, 2FA, freezes),
 * their money and recent trouble, and the actions support can take. For a guest ticket the
 * agent may look the address up among the customers first.
 */
export function CustomerPanel({ ticket }: { ticket: AgentTicketDetail }) {
  const { t } = useTranslation();
  // The page keys this panel by ticket: another ticket starts with nothing found.
  const [found, setFound] = useState<string | null>(null);
  const userId = ticket.requester.userId ?? found;

  return (
    <aside
      id="customer-panel"
      className="console-panel"
      aria-label={t("console.panel.label")}
      data-testid="customer-panel"
    >
      <h2 className="console-panel__title">{t("console.panel.title")}</h2>
      {!ticket.requester.userId && (
        <FindCustomer email={ticket.requester.email} chosen={found} onChoose={setFound} />
      )}
      {userId ? (
        <PanelBody ticket={ticket} userId={userId} />
      ) : (
        <PanelActions ticket={ticket} panel={null} userId={null} />
      )}
    </aside>
  );
}

function PanelBody({ ticket, userId }: { ticket: AgentTicketDetail; userId: string }) {
  const { t } = useTranslation();
  const panel = useQuery({
    queryKey: consoleKeys.panel(userId),
    queryFn: ({ signal }) => getCustomerPanel(userId, ticket.id, signal),
  });
  if (panel.isPending) return <Loading />;
  if (!panel.data) {
    return (
      <LoadFailed
        title={t("console.panel.loadError")}
        error={panel.error}
        onRetry={() => void panel.refetch()}
      />
    );
  }
  return (
    <>
      <AccountSections panel={panel.data} />
      <PanelActions ticket={ticket} panel={panel.data} userId={userId} />
      <MoneySections panel={panel.data} ticket={ticket} />
      <HistorySections panel={panel.data} ticketId={ticket.id} />
    </>
  );
}

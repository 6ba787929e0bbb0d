import { useTranslation } from "react-i18next";
import type { TicketCategory, TicketChannel, TicketPriority, TicketStatus } from "../../api/console";
import { humanize } from "../../lib/transactions";

const KNOWN_CHANNELS: readonly string[] = ["web", "email", "chat", "phone", "social"];

/** The words for a ticket's fields in the interface language. */
export function useTicketLabels() {
  const { t } = useTranslation();
  return {
    status: (s: TicketStatus) => t(`console.status.${s}`),
    priority: (p: TicketPriority) => t(`console.priority.${p}`),
    category: (c: TicketCategory) => t(`console.category.${c}`),
    channel: (c: string) =>
      KNOWN_CHANNELS.includes(c) ? t(`console.channel.${c as TicketChannel}`) : humanize(c),
  };
}

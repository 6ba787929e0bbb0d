import { useTranslation } from "react-i18next";
import {
  type Channel,
  isCategory,
  TICKET_STATUSES,
  type TicketStatus,
  type TicketSummary,
} from "../../api/support";
import { currentLanguage } from "../../i18n";
import { formatDateTime, formatRelative, parseDate } from "../../lib/time";
import { humanize } from "../../lib/transactions";
import { responseTime } from "./responseTime";
import "./support.css";

// Small pieces the customer's support pages share: status badges, category names, "we answer
// within…" and "expected answer by…".

function isStatus(value: string): value is TicketStatus {
  return (TICKET_STATUSES as readonly string[]).includes(value);
}

const STATUS_TONES: Record<TicketStatus, string> = {
  new: "badge--brand",
  open: "badge--brand",
  pending: "badge--warning",
  on_hold: "badge--neutral",
  solved: "badge--ok",
  closed: "badge--neutral",
};

export function TicketStatusBadge({ status }: { status: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge ${isStatus(status) ? STATUS_TONES[status] : "badge--neutral"}`}
      data-status={status}
      data-testid="ticket-status"
    >
      {isStatus(status) ? t(`support.statuses.${status}`) : humanize(status)}
    </span>
  );
}

export function useCategoryLabel() {
  const { t } = useTranslation();
  return (category: string) =>
    isCategory(category) ? t(`support.categories.${category}`) : humanize(category);
}

/** "We answer within one working day" for a channel of the contact options. */
export function useResponseText() {
  const { t } = useTranslation();
  return (channel: Pick<Channel, "firstResponse" | "hours">) => {
    const { unit, count } = responseTime(channel);
    return t(`support.response.${unit}`, { count });
  };
}

/** A moment in the customer's own time zone, short: "Tue, 2 Mar, 10:00". */
export function formatWhen(iso: string, lang: string): string | null {
  const date = parseDate(iso);
  if (!date) return null;
  return formatDateTime(date, lang, {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
}

/**
 * What the customer may expect next on a ticket: our answer by a time, or that we wait for
 * them, or nothing (solved, closed). `now` keeps it honest once the time has passed.
 */
export function useExpectation() {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (ticket: Pick<TicketSummary, "status" | "awaiting" | "expectedResponseBy">, now: number) => {
    if (ticket.status === "solved" || ticket.status === "closed") return null;
    if (ticket.awaiting === "customer" || ticket.status === "pending") {
      return { tone: "customer" as const, text: t("support.response.waitingForYou") };
    }
    if (!ticket.expectedResponseBy) return null;
    const date = parseDate(ticket.expectedResponseBy);
    const when = formatWhen(ticket.expectedResponseBy, lang);
    if (!date || !when) return null;
    if (date.getTime() <= now) return { tone: "agent" as const, text: t("support.response.expectedSoon") };
    return {
      tone: "agent" as const,
      text: t("support.response.expectedBy", {
        time: when,
        relative: formatRelative(date, now, lang, t("time.justNow")),
      }),
    };
  };
}

/** "#100001" as text that reads well and copies as the number. */
export function TicketNumber({ number, testId }: { number: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className="ticket-number mono" data-testid={testId} title={t("support.ticket.numberLabel")}>
      #{number.replace(/^#/, "")}
    </span>
  );
}

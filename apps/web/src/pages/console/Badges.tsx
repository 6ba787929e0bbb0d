import { useTranslation } from "react-i18next";
import type { SlaView, TicketPriority, TicketStatus } from "../../api/console";
import { currentLanguage } from "../../i18n";
import { formatDateTime, formatRelative } from "../../lib/time";
import { slaState } from "./sla";

const STATUS_TONES: Record<TicketStatus, string> = {
  new: "badge--email",
  open: "badge--warning",
  pending: "badge--neutral",
  on_hold: "badge--sms",
  solved: "badge--ok",
  closed: "badge--neutral",
};

export function TicketStatusBadge({ status }: { status: TicketStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${STATUS_TONES[status]}`} data-status={status}>
      {t(`console.status.${status}`)}
    </span>
  );
}

export function PriorityBadge({ priority }: { priority: TicketPriority }) {
  const { t } = useTranslation();
  return (
    <span className={`console-priority console-priority--${priority}`} data-priority={priority}>
      {t(`console.priority.${priority}`)}
    </span>
  );
}

/** "Reply due in 2 hours" / "Breached" / "Paused" — nothing for solved and closed tickets. */
export function SlaBadge({ sla, status, now }: { sla: SlaView | null; status: TicketStatus; now: number }) {
  const { t } = useTranslation();
  const state = slaState(sla, status, now);
  if (state.kind === "none") return <span className="muted">—</span>;
  if (state.kind === "paused") {
    return (
      <span className="badge badge--neutral" data-sla="paused" title={t("console.sla.pausedHint")}>
        {t("console.sla.paused")}
      </span>
    );
  }
  if (state.kind === "breached") {
    return (
      <span className="badge badge--danger" data-sla="breached">
        {t(`console.sla.breached.${state.which}`)}
      </span>
    );
  }
  const lang = currentLanguage();
  const when = formatRelative(state.dueAt, now, lang, t("console.time.now"));
  return (
    <span
      className={`badge ${state.soon ? "badge--warning" : "badge--ok"}`}
      data-sla={state.soon ? "due_soon" : "due"}
      title={formatDateTime(state.dueAt, lang, { dateStyle: "medium", timeStyle: "short" })}
    >
      {t(`console.sla.due.${state.which}`, { when })}
    </span>
  );
}

/** "3 minutes ago", with the exact time on hover. */
export function Ago({ iso, now }: { iso: string | null; now: number }) {
  const { t } = useTranslation();
  const date = iso ? new Date(iso) : null;
  if (!date || Number.isNaN(date.getTime())) return <span className="muted">—</span>;
  const lang = currentLanguage();
  return (
    <time
      dateTime={iso ?? undefined}
      title={formatDateTime(date, lang, { dateStyle: "medium", timeStyle: "short" })}
    >
      {formatRelative(date, now, lang, t("console.time.now"))}
    </time>
  );
}

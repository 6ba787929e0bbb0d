import { useMutation, useQueryClient } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { displayNumber, SETTABLE_STATUSES, TICKET_CATEGORIES, TICKET_PRIORITIES } from "../../../api/console";
import { localName } from "../../../api/consoleLive";
import { type AgentTicketDetail, type TicketPatch, updateTicket } from "../../../api/consoleTicket";
import { useUser } from "../../../auth/useUser";
import { FormError } from "../../../components/Form";
import { Icon } from "../../../components/Icon";
import { useNow } from "../../../lib/hooks";
import { SlaBadge } from "../Badges";
import { useTicketLabels } from "../labels";
import { useAgents, useGroups } from "../options";
import { consoleKeys } from "../queries";

/** Saves one change to the ticket (PATCH) and refreshes what shows it. */
export function useTicketUpdate(ticketId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: TicketPatch) => updateTicket(ticketId, patch),
    onSuccess: async (ticket) => {
      queryClient.setQueryData(consoleKeys.ticket(ticketId), ticket);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: consoleKeys.queueAll }),
        queryClient.invalidateQueries({ queryKey: consoleKeys.counts }),
      ]);
    },
  });
}

/** The ticket's number and subject, and its fields, each saved as soon as it is changed. */
export function TicketHeader({ ticket }: { ticket: AgentTicketDetail }) {
  const { t } = useTranslation();
  const user = useUser();
  const labels = useTicketLabels();
  const agents = useAgents();
  const groups = useGroups();
  const update = useTicketUpdate(ticket.id);
  const now = useNow(30_000);
  const closed = ticket.status === "closed";
  const disabled = closed || update.isPending;
  const assigneeKnown =
    !ticket.assignee ||
    agents.data?.some((a) => a.id === ticket.assignee?.id) ||
    ticket.assignee.id === user.id;

  return (
    <header className="console-ticket-head">
      <div className="console-ticket-head__title">
        <span className="console-ticket-head__number" data-testid="ticket-number">
          {displayNumber(ticket.number)}
        </span>
        <h1>{ticket.subject}</h1>
        <SlaBadge sla={ticket.sla} status={ticket.status} now={now} />
      </div>
      <p className="muted small console-ticket-head__meta">
        {t("console.ticket.from", {
          name: ticket.requester.name ?? ticket.requester.email,
          email: ticket.requester.email,
        })}
        {" · "}
        {labels.channel(ticket.channel)}
      </p>
      <div className="console-editors">
        <Editor id="ticket-status" label={t("console.ticket.fields.status")}>
          <select
            id="ticket-status"
            value={ticket.status}
            disabled={disabled}
            onChange={(event) =>
              update.mutate({ status: event.target.value as (typeof SETTABLE_STATUSES)[number] })
            }
            data-testid="ticket-status-select"
          >
            {(ticket.status === "new" || closed) && (
              <option value={ticket.status} disabled>
                {labels.status(ticket.status)}
              </option>
            )}
            {SETTABLE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {labels.status(s)}
              </option>
            ))}
          </select>
        </Editor>
        <Editor id="ticket-priority" label={t("console.ticket.fields.priority")}>
          <select
            id="ticket-priority"
            value={ticket.priority}
            disabled={disabled}
            onChange={(event) =>
              update.mutate({ priority: event.target.value as (typeof TICKET_PRIORITIES)[number] })
            }
            data-testid="ticket-priority-select"
          >
            {TICKET_PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {labels.priority(p)}
              </option>
            ))}
          </select>
        </Editor>
        <Editor id="ticket-category" label={t("console.ticket.fields.category")}>
          <select
            id="ticket-category"
            value={ticket.category}
            disabled={disabled}
            onChange={(event) =>
              update.mutate({ category: event.target.value as (typeof TICKET_CATEGORIES)[number] })
            }
            data-testid="ticket-category-select"
          >
            {TICKET_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {labels.category(c)}
              </option>
            ))}
          </select>
        </Editor>
        <Editor id="ticket-group" label={t("console.ticket.fields.group")}>
          <select
            id="ticket-group"
            value={ticket.group}
            disabled={disabled}
            onChange={(event) => update.mutate({ groupKey: event.target.value })}
            data-testid="ticket-group-select"
          >
            {!groups.data?.some((g) => g.key === ticket.group) && (
              <option value={ticket.group}>{ticket.group}</option>
            )}
            {groups.data?.map((g) => (
              <option key={g.key} value={g.key}>
                {localName(g.name)}
              </option>
            ))}
          </select>
        </Editor>
        <Editor id="ticket-assignee" label={t("console.ticket.fields.assignee")}>
          <select
            id="ticket-assignee"
            value={ticket.assignee?.id ?? ""}
            disabled={disabled}
            onChange={(event) => update.mutate({ assigneeId: event.target.value || null })}
            data-testid="ticket-assignee-select"
          >
            <option value="">{t("console.ticket.unassigned")}</option>
            <option value={user.id}>{t("console.ticket.me", { name: user.name ?? user.email })}</option>
            {!assigneeKnown && ticket.assignee && (
              <option value={ticket.assignee.id}>{ticket.assignee.name}</option>
            )}
            {agents.data
              ?.filter((a) => a.id !== user.id)
              .map((a) => (
                <option key={a.id} value={a.id}>
                  {t(`console.ticket.agentOption.${a.status}`, { name: a.name })}
                </option>
              ))}
          </select>
        </Editor>
        <TagsEditor tags={ticket.tags} disabled={disabled} onChange={(tags) => update.mutate({ tags })} />
      </div>
      <FormError error={update.error} />
    </header>
  );
}

function Editor({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <div className="field console-editor">
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {children}
    </div>
  );
}

/** Tags as chips (× removes one) and a box to add one (Enter). */
function TagsEditor({
  tags,
  disabled,
  onChange,
}: {
  tags: string[];
  disabled: boolean;
  onChange: (tags: string[]) => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState("");
  const add = () => {
    const tag = draft.trim().toLowerCase();
    setDraft("");
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
  };
  return (
    <div className="field console-editor console-editor--tags" data-testid="ticket-tags">
      <label className="field__label" htmlFor="ticket-tag-input">
        {t("console.ticket.fields.tags")}
      </label>
      <div className="console-tags">
        {tags.map((tag) => (
          <span key={tag} className="console-tag" data-testid="ticket-tag">
            {tag}
            <button
              type="button"
              className="console-tag__remove"
              aria-label={t("console.ticket.removeTag", { tag })}
              disabled={disabled}
              onClick={() => onChange(tags.filter((x) => x !== tag))}
            >
              <Icon name="close" size={12} />
            </button>
          </span>
        ))}
        <input
          id="ticket-tag-input"
          value={draft}
          maxLength={40}
          disabled={disabled}
          placeholder={t("console.ticket.addTag")}
          onChange={(event) => setDraft(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === "Enter" || event.key === ",") {
              event.preventDefault();
              add();
            }
          }}
          onBlur={add}
          data-testid="ticket-tag-input"
        />
      </div>
    </div>
  );
}

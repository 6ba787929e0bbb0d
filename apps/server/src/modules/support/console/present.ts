import type { Executor } from "../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../deps.js";
import { presentTicketSummary } from "../tickets/present.js";
import type { TicketRow } from "../tickets/repository.js";

/** A ticket as the queue query returns it: the row plus the time of the thread's last message. */
export type QueueRow = TicketRow & { last_message_at: Date | string | null };

const iso = (value: Date | string | null) => (value === null ? null : new Date(value).toISOString());

/** Staff names by id, in one query (assignees, event authors). */
export async function staffNames(
  deps: SupportDeps,
  executor: Executor,
  ids: (string | null)[],
): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const profiles = await deps.customers.profiles(executor, wanted);
  return new Map(
    [...profiles.values()].map((p) => [p.id, p.name?.trim() || p.email.split("@")[0] || p.email]),
  );
}

/**
 * A queue row: the summary customers also see, plus who asked, who has it, its group and tags,
 * the SLA clock and whether the customer wrote after our last answer.
 */
export function presentRow(
  t: QueueRow,
  names: Map<string, string>,
  view: ReturnType<SupportDeps["sla"]["view"]>,
) {
  return {
    ...presentTicketSummary(t),
    requester: { name: t.requester_name, email: t.requester_email, userId: t.user_id },
    assignee: t.assignee_id ? { id: t.assignee_id, name: names.get(t.assignee_id) ?? t.assignee_id } : null,
    group: t.group_key,
    tags: t.tags,
    sla: view,
    lastMessageAt: iso(t.last_message_at),
    firstRespondedAt: iso(t.first_responded_at),
    // The customer wrote after our last public answer (or we never answered).
    unread:
      t.last_customer_activity_at !== null &&
      (t.last_agent_activity_at === null || t.last_customer_activity_at > t.last_agent_activity_at),
  };
}

export type AgentTicketRow = ReturnType<typeof presentRow>;

export async function presentRows(
  deps: SupportDeps,
  executor: Executor,
  rows: QueueRow[],
  now: Date,
): Promise<AgentTicketRow[]> {
  const names = await staffNames(
    deps,
    executor,
    rows.map((r) => r.assignee_id),
  );
  return rows.map((r) => presentRow(r, names, deps.sla.view(r, now)));
}

import type { UserRole } from "../../../platform/db/schema.js";
import type { TicketCategory, TicketPriority, TicketStatus } from "../../../platform/db/schema-support.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../deps.js";
import { notifySolved } from "../tickets/notify.js";
import {
  addEvent,
  lockTicket,
  type TicketPatch,
  type TicketRow,
  updateTicket,
} from "../tickets/repository.js";
import { assertMayAct, assertWritable, staffCaller } from "./access.js";
import { type AgentTicketDetail, agentTicketDetail, visibleToStaff } from "./detail.js";
import { statusPatch } from "./status.js";

export interface TicketChanges {
  status?: Exclude<TicketStatus, "new"> | undefined;
  priority?: TicketPriority | undefined;
  category?: TicketCategory | undefined;
  tags?: string[] | undefined;
  /** null takes the ticket off whoever has it. */
  assigneeId?: string | null | undefined;
  groupKey?: string | undefined;
}

/** Tags compare case-insensitively; the list keeps the first spelling of each, in order. */
export function normalizeTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of tags) {
    const tag = raw.trim().toLowerCase();
    if (tag && !seen.has(tag)) {
      seen.add(tag);
      out.push(tag);
    }
  }
  return out;
}

/** The ticket for a change: locked, visible to staff, one the caller may act on, not closed or merged. */
export async function lockForChange(
  executor: Executor,
  caller: Parameters<typeof assertMayAct>[0],
  id: string,
): Promise<TicketRow> {
  const ticket = await lockTicket(executor, id);
  if (!ticket || !visibleToStaff(ticket)) throw new DomainError("ticket_not_found");
  assertMayAct(caller, ticket);
  await assertWritable(executor, ticket);
  return ticket;
}

async function groupExists(executor: Executor, key: string): Promise<boolean> {
  const row = await executor
    .selectFrom("support_groups")
    .select("key")
    .where("key", "=", key)
    .executeTakeFirst();
  return row !== undefined;
}

/**
 * An agent changes a ticket's status, priority, category, tags, assignee or group. Each real
 * change leaves an event on the ticket; together they are one audit entry (ticket.updated) in
 * the same transaction. Solving emails the customer (with the survey link); the console hears
 * about it after commit. A request that changes nothing writes nothing.
 */
export async function updateAgentTicket(
  deps: SupportDeps,
  auth: { userId: string; role: UserRole },
  id: string,
  changes: TicketChanges,
): Promise<AgentTicketDetail> {
  const { db, clock } = deps.platform;
  const changed = await db.transaction().execute(async (trx) => {
    const caller = await staffCaller(deps, trx, auth);
    const before = await lockForChange(trx, caller, id);
    const at = clock.now();
    // The ticket as the SLA sees it after each step (a priority change moves the due dates a status change starts from).
    let current = before;
    const patch: TicketPatch = {};
    const diff: Record<string, { from: unknown; to: unknown }> = {};

    if (changes.priority !== undefined && changes.priority !== current.priority) {
      const sla = await deps.sla.onPriorityChange(trx, current, changes.priority, at);
      Object.assign(patch, sla, { priority: changes.priority });
      current = { ...current, ...sla, priority: changes.priority };
      diff.priority = { from: before.priority, to: changes.priority };
    }
    if (changes.status !== undefined && changes.status !== current.status) {
      const next = await statusPatch(deps, trx, current, changes.status, at);
      Object.assign(patch, next);
      diff.status = { from: before.status, to: changes.status };
    }
    if (changes.category !== undefined && changes.category !== before.category) {
      patch.category = changes.category;
      diff.category = { from: before.category, to: changes.category };
      // A ticket still in its category's group follows the new category; one moved by hand stays put.
      if (changes.groupKey === undefined) {
        const routed = await deps.assignment.groupFor(trx, before.category);
        if (routed === before.group_key) {
          const group = await deps.assignment.groupFor(trx, changes.category);
          if (group !== before.group_key) {
            patch.group_key = group;
            diff.group = { from: before.group_key, to: group };
          }
        }
      }
    }
    if (changes.groupKey !== undefined && changes.groupKey !== before.group_key) {
      if (!(await groupExists(trx, changes.groupKey)))
        throw new DomainError("support_group_not_found", { key: changes.groupKey });
      patch.group_key = changes.groupKey;
      diff.group = { from: before.group_key, to: changes.groupKey };
    }
    if (changes.tags !== undefined) {
      const tags = normalizeTags(changes.tags);
      const added = tags.filter((t) => !before.tags.includes(t));
      const removed = before.tags.filter((t) => !tags.includes(t));
      if (added.length > 0 || removed.length > 0) {
        patch.tags = JSON.stringify(tags);
        diff.tags = { from: before.tags, to: tags };
      }
    }
    if (changes.assigneeId !== undefined && changes.assigneeId !== before.assignee_id) {
      if (changes.assigneeId !== null && !(await deps.assignment.isEligible(trx, changes.assigneeId)))
        throw new DomainError("assignee_not_eligible");
      patch.assignee_id = changes.assigneeId;
      diff.assignee = { from: before.assignee_id, to: changes.assigneeId };
    }

    if (Object.keys(diff).length === 0) return false;
    patch.updated_at = at;
    await updateTicket(trx, id, patch);
    for (const [field, change] of Object.entries(diff))
      await addEvent(trx, deps.platform, {
        ticketId: id,
        actorId: caller.userId,
        kind: `${field}_changed`,
        detail: change,
        at,
      });
    await deps.audit.record(
      trx,
      caller.actor,
      "ticket.updated",
      { type: "ticket", id },
      { number: String(before.number), changes: diff },
    );
    if (diff.status?.to === "solved") {
      const after = await trx
        .selectFrom("support_tickets")
        .selectAll()
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      await notifySolved(deps, trx, after);
    }
    return true;
  });
  if (changed) await deps.live.publish({ type: "ticket.updated", ticketId: id });
  return agentTicketDetail(deps, db, id);
}

import { TICKET_PRIORITIES, type TicketPriority } from "../../../platform/db/schema-support.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { COMPLIANCE_GROUP } from "../console/access.js";
import type { SupportDeps } from "../deps.js";
import { addEvent, addMessage, lockTicket, updateTicket } from "../tickets/repository.js";
import { escalationNote } from "./action-copy.js";
import { assertWorkable, type PanelAgent } from "./ticket-notes.js";

/** The group that takes escalations (suspected fraud, sanctions, anything for compliance). */
const ESCALATION_GROUP = COMPLIANCE_GROUP;

const atLeastHigh = (p: TicketPriority): TicketPriority =>
  TICKET_PRIORITIES.indexOf(p) < TICKET_PRIORITIES.indexOf("high") ? "high" : p;

/**
 * Hands a ticket to compliance: the group changes, the priority rises to at least high (its
 * SLA due dates follow), and it goes to an online compliance officer or waits unassigned in
 * their queue. The team sees why in an internal note. The customer is deliberately not told:
 * a customer under a fraud or money-laundering review must not be tipped off.
 */
export async function escalateTicket(deps: SupportDeps, agent: PanelAgent, ticketId: string, reason: string) {
  const { platform } = deps;
  const result = await platform.db.transaction().execute(async (trx) => {
    const ticket = await assertWorkable(trx, agent, await lockTicket(trx, ticketId));
    const group = await trx
      .selectFrom("support_groups")
      .select("key")
      .where("key", "=", ESCALATION_GROUP)
      .executeTakeFirst();
    if (!group) throw new DomainError("support_group_not_found");
    const at = platform.clock.now();
    const priority = atLeastHigh(ticket.priority);
    const sla =
      priority === ticket.priority ? {} : await deps.sla.onPriorityChange(trx, ticket, priority, at);
    const assigneeId = await deps.assignment.pickAssignee(trx, ESCALATION_GROUP, at);
    await updateTicket(trx, ticketId, {
      ...sla,
      group_key: ESCALATION_GROUP,
      priority,
      assignee_id: assigneeId,
      updated_at: at,
    });
    const note = await addMessage(trx, platform, {
      ticketId,
      authorType: "system",
      authorId: agent.userId,
      authorName: agent.name,
      body: escalationNote(agent.language, agent.name, reason),
      internal: true,
      at,
    });
    const detail = {
      reason,
      fromGroup: ticket.group_key,
      toGroup: ESCALATION_GROUP,
      fromPriority: ticket.priority,
      toPriority: priority,
      fromAssigneeId: ticket.assignee_id,
      toAssigneeId: assigneeId,
    };
    await addEvent(trx, platform, { ticketId, actorId: agent.userId, kind: "escalated", detail, at });
    await deps.audit.record(trx, agent.actor, "ticket.escalated", { type: "ticket", id: ticketId }, detail);
    return {
      id: ticketId,
      number: String(ticket.number),
      groupKey: ESCALATION_GROUP,
      priority,
      assigneeId,
      noteId: note.id,
    };
  });
  await deps.live.publish({
    type: "message.created",
    ticketId,
    messageId: result.noteId,
    internal: true,
    authorType: "system",
  });
  await deps.live.publish({ type: "ticket.updated", ticketId });
  const { noteId: _noteId, ...answer } = result;
  return answer;
}

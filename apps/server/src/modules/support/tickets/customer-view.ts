import type { Executor } from "../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../deps.js";
import type { TicketCaller } from "./access.js";
import { listTicketsOfUser, listTicketTransactions } from "./customer-repository.js";
import { presentMessage, presentTicketSummary } from "./present.js";
import { listMessages, type TicketRow } from "./repository.js";

/**
 * Tickets as their requester sees them: whose turn it is, when to expect an answer, the
 * thread without internal notes, the transactions as they were when attached, and the
 * account snapshot (to a signed-in customer only: a guest never sees account data).
 */

/** Whose move it is: ours while new, open or on hold (a third party answers us), theirs while pending. */
export function awaiting(ticket: TicketRow): "agent" | "customer" | null {
  if (ticket.status === "pending") return "customer";
  if (ticket.status === "solved" || ticket.status === "closed") return null;
  return "agent";
}

/** The promised first answer, while it is still awaited (an answered ticket has no such date). */
export function expectedResponseBy(ticket: TicketRow): string | null {
  if (awaiting(ticket) !== "agent" || ticket.first_responded_at) return null;
  return ticket.first_response_due_at?.toISOString() ?? null;
}

export function presentCustomerSummary(ticket: TicketRow) {
  return {
    ...presentTicketSummary(ticket),
    expectedResponseBy: expectedResponseBy(ticket),
    awaiting: awaiting(ticket),
  };
}

/** A solved ticket may be rated (and re-rated); a closed one once, if it never was; a merged one not. */
export function canRate(ticket: TicketRow): boolean {
  if (ticket.merged_into_id) return false;
  return ticket.status === "solved" || (ticket.status === "closed" && ticket.rated_at === null);
}

export async function customerTicketDetail(executor: Executor, caller: TicketCaller, ticket: TicketRow) {
  const messages = await listMessages(executor, ticket.id, { includeInternal: false });
  const transactions = await listTicketTransactions(executor, ticket.id);
  const first = messages.find((m) => m.author_type === "customer");
  return {
    ...presentCustomerSummary(ticket),
    description: first?.body,
    messages: messages.map((m) => {
      const {
        internal: _internal,
        deliveryError: _error,
        externalId: _external,
        ...shown
      } = presentMessage(m);
      return shown;
    }),
    transactions: transactions.map((t) => ({ id: t.id, ...t.snapshot })),
    context: caller.kind === "user" ? ticket.context : null,
    satisfaction:
      ticket.satisfaction_score === null
        ? null
        : { score: ticket.satisfaction_score, comment: ticket.satisfaction_comment },
    canRate: canRate(ticket),
    sla: { expectedResponseBy: expectedResponseBy(ticket) },
  };
}

export type CustomerTicketDetail = Awaited<ReturnType<typeof customerTicketDetail>>;

export async function listOwnTickets(
  deps: SupportDeps,
  userId: string,
  query: { state: "open" | "closed" | undefined; cursor: string | undefined; limit: number },
) {
  const rows = await listTicketsOfUser(deps.platform.db, userId, { ...query, limit: query.limit + 1 });
  const page = rows.slice(0, query.limit);
  return {
    data: page.map(presentCustomerSummary),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

import { createHash } from "node:crypto";
import type {
  TicketAccountContext,
  TicketCategory,
  TicketPriority,
} from "../../../platform/db/schema-support.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { hitThrottle } from "../../accounts/index.js";
import { resolveDeflection } from "../../help/insights/deflections-repository.js";
import { ownTransactionSnapshots } from "../../wallets/support-view.js";
import type { SupportDeps } from "../deps.js";
import type { TicketCaller } from "./access.js";
import { takeAttachments, tieToMessage } from "./attachments.js";
import { accountContext } from "./context.js";
import { insertTicketTransactions } from "./customer-repository.js";
import { notifyReceived, sendGuestVerification } from "./notify.js";
import { addEvent, addMessage, insertTicket, type TicketRow } from "./repository.js";

/**
 * Opening a ticket from the web form. Signed in: the account's context and the customer's own
 * transactions are attached, the ticket goes to its group's queue (and an online agent) at
 * once. A guest: no account data; the ticket waits, invisible to agents, until the guest
 * proves the address by the emailed link (guest.ts).
 */

export interface NewTicket {
  category: TicketCategory;
  subject: string;
  description: string;
  transactionIds?: string[] | undefined;
  attachmentIds?: string[] | undefined;
  deflectionId?: string | undefined;
  language: Locale;
}

/** Security first (a takeover cannot wait), then sign-in trouble (the customer is stuck). */
export function priorityFor(category: TicketCategory): TicketPriority {
  if (category === "security") return "urgent";
  if (category === "login_access") return "high";
  return "normal";
}

/** Verification emails per address per day: the form cannot be used to flood someone's mailbox. */
export const GUEST_LINKS_PER_ADDRESS = 5;
const GUEST_LINK_WINDOW_MS = 24 * 3_600_000;

export type Created = Pick<TicketRow, "id" | "number" | "status" | "group_key">;

/** Marks the contact page's attempt as having ended in a ticket; an id that is not the caller's is ignored. */
async function markContacted(
  deps: SupportDeps,
  executor: Executor,
  deflectionId: string | undefined,
  userId: string | undefined,
  at: Date,
): Promise<string | null> {
  if (!deflectionId) return null;
  try {
    const deflection = await deps.help.insights.deflections.own(executor, deflectionId, userId);
    await resolveDeflection(executor, deflection.id, "contacted", at);
    return deflection.id;
  } catch (error) {
    // The help center's bookkeeping never stops a request for help from reaching us.
    if (error instanceof DomainError) return null;
    throw error;
  }
}

/** Everything a signed-in customer's new ticket needs, in the caller's transaction. */
export async function openCustomerTicket(
  deps: SupportDeps,
  trx: Executor,
  userId: string,
  input: NewTicket & { priority?: TicketPriority },
  at: Date,
): Promise<TicketRow> {
  const { platform } = deps;
  const profile = await deps.customers.profile(trx, userId);
  if (!profile) throw new DomainError("authentication_required");
  const transactions = await ownTransactionSnapshots(trx, userId, input.transactionIds ?? []);
  if (!transactions) throw new DomainError("ticket_transaction_not_found");
  const caller: TicketCaller = { kind: "user", userId };
  const attachments = await takeAttachments(trx, caller, input.attachmentIds);
  const context: TicketAccountContext = await accountContext(deps, trx, userId);
  const priority = input.priority ?? priorityFor(input.category);
  const groupKey = await deps.assignment.groupFor(trx, input.category);
  const sla = await deps.sla.onCreated(trx, { priority, created_at: at });
  const assignee = await deps.assignment.pickAssignee(trx, groupKey, at);
  const deflectionId = await markContacted(deps, trx, input.deflectionId, userId, at);
  const ticket = await insertTicket(trx, {
    id: platform.ids.next("ticket"),
    user_id: userId,
    requester_email: profile.email,
    requester_name: profile.name,
    language: profile.language,
    category: input.category,
    subject: input.subject,
    status: "new",
    priority,
    group_key: groupKey,
    assignee_id: assignee,
    tags: "[]",
    context: JSON.stringify(context),
    deflection_id: deflectionId,
    last_customer_activity_at: at,
    created_at: at,
    updated_at: at,
    ...sla,
  });
  const message = await addMessage(trx, platform, {
    ticketId: ticket.id,
    authorType: "customer",
    authorId: userId,
    authorName: profile.name,
    body: input.description,
    attachments,
    at,
  });
  await tieToMessage(trx, attachments, { ticketId: ticket.id, messageId: message.id });
  await insertTicketTransactions(trx, ticket.id, transactions, userId, at);
  await addEvent(trx, platform, {
    ticketId: ticket.id,
    actorId: userId,
    kind: "created",
    detail: { channel: "web", priority, group: groupKey, transactions: transactions.length },
    at,
  });
  if (assignee)
    await addEvent(trx, platform, {
      ticketId: ticket.id,
      actorId: null,
      kind: "assigned",
      detail: { to: assignee, by: "round_robin" },
      at,
    });
  await notifyReceived(deps, trx, ticket);
  return ticket;
}

export async function createCustomerTicket(
  deps: SupportDeps,
  userId: string,
  input: NewTicket,
): Promise<Created> {
  const { platform } = deps;
  const ticket = await platform.db
    .transaction()
    .execute((trx) => openCustomerTicket(deps, trx, userId, input, platform.clock.now()));
  await deps.live.publish({
    type: "ticket.created",
    ticketId: ticket.id,
    number: String(ticket.number),
    groupKey: ticket.group_key,
  });
  return ticket;
}

/**
 * A guest's ticket: stored with the first message, hidden from agents until verified; the
 * verification link goes to the address given (at most 5 a day to one address; beyond that the
 * answer is the same, so the form tells nobody whether a link went out).
 */
export async function createGuestTicket(
  deps: SupportDeps,
  input: NewTicket & { email: string; name: string | undefined },
): Promise<Created> {
  const { platform } = deps;
  // Guests have nothing to attach: uploads need an access token, and transactions an account.
  if (input.transactionIds?.length) throw new DomainError("ticket_transaction_not_found");
  if (input.attachmentIds?.length) throw new DomainError("ticket_attachment_not_found");
  const at = platform.clock.now();
  return platform.db.transaction().execute(async (trx) => {
    const priority = priorityFor(input.category);
    const groupKey = await deps.assignment.groupFor(trx, input.category);
    const deflectionId = await markContacted(deps, trx, input.deflectionId, undefined, at);
    const ticket = await insertTicket(trx, {
      id: platform.ids.next("ticket"),
      user_id: null,
      requester_email: input.email,
      requester_name: input.name ?? null,
      language: input.language,
      category: input.category,
      subject: input.subject,
      status: "new",
      priority,
      group_key: groupKey,
      tags: "[]",
      context: "{}",
      deflection_id: deflectionId,
      last_customer_activity_at: at,
      created_at: at,
      updated_at: at,
    });
    await addMessage(trx, platform, {
      ticketId: ticket.id,
      authorType: "customer",
      authorId: null,
      authorName: input.name ?? null,
      body: input.description,
      at,
    });
    await addEvent(trx, platform, {
      ticketId: ticket.id,
      actorId: null,
      kind: "created",
      detail: { channel: "web", priority, group: groupKey, guest: true },
      at,
    });
    const digest = createHash("sha256").update(input.email.trim().toLowerCase()).digest("hex");
    const sent = await hitThrottle(trx, `support-guest-link:${digest}`, GUEST_LINK_WINDOW_MS, at);
    if (sent <= GUEST_LINKS_PER_ADDRESS) await sendGuestVerification(deps, trx, ticket);
    return ticket;
  });
}

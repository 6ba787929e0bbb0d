import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Bilingual } from "../../accounts/emails.js";
import type { SupportDeps } from "../deps.js";
import {
  describeTarget,
  plainEmail,
  receivedCopies,
  replyCopies,
  solvedCopies,
  verifyCopies,
} from "./emails.js";
import { issueGuestToken } from "./guest-tokens.js";
import type { TicketRow } from "./repository.js";

/**
 * What a ticket's requester is told, queued in the caller's transaction (sent after commit by
 * the outbox). Account holders hear through the notification center (in the app, and by the
 * account's email in their language with their anti-phishing code, as their preferences allow)
 * with a link to the ticket behind sign-in; guests get a plain email with a fresh access link
 * (the same verify page, 30 days), since they have no account to sign in to.
 */

type Requester = Pick<TicketRow, "id" | "number" | "user_id" | "requester_email" | "language">;

/** Where the requester reads the ticket: the page behind sign-in, or a guest's access link. */
export async function ticketLink(deps: SupportDeps, executor: Executor, ticket: Requester): Promise<string> {
  if (ticket.user_id) return deps.customers.url(`/support/tickets/${ticket.id}`);
  const token = await issueGuestToken(deps, executor, ticket.id, "access");
  return deps.customers.url(`/support/verify?token=${encodeURIComponent(token)}`);
}

async function send(deps: SupportDeps, executor: Executor, ticket: Requester, copies: Bilingual) {
  if (ticket.user_id) await deps.customers.email(executor, ticket.user_id, copies);
  // A phone caller or social account we know no address of is answered on its own channel only.
  else if (ticket.requester_email)
    await deps.messaging.send(executor, plainEmail(ticket.requester_email, ticket.language, copies));
}

/**
 * A notice about the ticket: to an account holder through the notification center (kind
 * support), to a guest by plain email. `event` names it; each call is news (a ticket is solved,
 * reopened and solved again), so its key is new every time.
 */
async function notice(
  deps: SupportDeps,
  executor: Executor,
  ticket: Requester,
  copies: Bilingual,
  event: "received" | "reply" | "solved",
) {
  if (!ticket.user_id) return send(deps, executor, ticket, copies);
  await deps.customers.notify(executor, ticket.user_id, {
    kind: "support",
    copies,
    link: `/support/tickets/${ticket.id}`,
    dedupeKey: `ticket:${ticket.id}:${event}:${deps.platform.ids.next("notification")}`,
  });
}

/** "We received your request #n; we aim to answer within one working day." */
export async function notifyReceived(
  deps: SupportDeps,
  executor: Executor,
  ticket: TicketRow,
): Promise<void> {
  const target = await deps.sla.expectation(executor, ticket.priority);
  const targets = { en: describeTarget(target, "en"), "zh-CN": describeTarget(target, "zh-CN") };
  const url = await ticketLink(deps, executor, ticket);
  await notice(deps, executor, ticket, receivedCopies(String(ticket.number), targets, url), "received");
}

/** An agent's public reply: "you have a reply on #n, read it here" (never the reply itself). */
export async function notifyCustomerOfReply(
  deps: SupportDeps,
  executor: Executor,
  ticket: TicketRow,
): Promise<void> {
  const url = await ticketLink(deps, executor, ticket);
  await notice(deps, executor, ticket, replyCopies(String(ticket.number), url), "reply");
}

/** Solved (by an agent): the link to read it again and rate the answer. */
export async function notifySolved(deps: SupportDeps, executor: Executor, ticket: TicketRow): Promise<void> {
  const url = await ticketLink(deps, executor, ticket);
  await notice(deps, executor, ticket, solvedCopies(String(ticket.number), url), "solved");
}

/** A guest's new ticket: the single-use link that proves the address (24 hours). */
export async function sendGuestVerification(
  deps: SupportDeps,
  executor: Executor,
  ticket: TicketRow,
): Promise<void> {
  const token = await issueGuestToken(deps, executor, ticket.id, "verify");
  const url = deps.customers.url(`/support/verify?token=${encodeURIComponent(token)}`);
  await deps.messaging.send(
    executor,
    plainEmail(ticket.requester_email, ticket.language, verifyCopies(String(ticket.number), url)),
  );
}

/**
 * An email to the requester of something they asked for (a chat transcript): their account's
 * address, or a guest's plain one; never a notification.
 */
export const emailRequester = send;

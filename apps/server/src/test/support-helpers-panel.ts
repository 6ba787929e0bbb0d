import { addMessage, insertTicket, listMessages } from "../modules/support/tickets/repository.js";
import type { TicketCategory, TicketPriority } from "../platform/db/schema-support.js";
import { lastMessage, STRONG_PASSWORD, tokenFrom } from "./accounts-helpers.js";
import { buildUser } from "./factories.js";
import type { TestContext } from "./test-app.js";

/** Test helpers of the customer panel and the actions taken from it. */

type Auth = { auth: Record<string, string> };

export function signIn(ctx: TestContext, login: string, password = STRONG_PASSWORD) {
  return ctx.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login, password } });
}

/** A supervisor (buildStaff knows agents, admins and compliance officers). */
export async function buildSupervisor(ctx: TestContext) {
  const email = `supervisor-${ctx.platform.ids.next("user").toLowerCase()}@example.test`;
  const user = await buildUser(ctx, { email, role: "supervisor", password: STRONG_PASSWORD });
  const login = await signIn(ctx, email);
  if (login.statusCode !== 200) throw new Error(`supervisor login failed: ${login.body}`);
  return { userId: user.id, auth: { authorization: `Bearer ${login.json().token as string}` } };
}

/**
 * Wrong passwords until the account is hard-locked: five make a 15-minute lock, five more
 * (after it ran out) a 30-minute one, and the third lock within a day is for good.
 */
export async function hardLockBySignIns(ctx: TestContext, email: string) {
  const { lockoutThreshold, lockoutMinutes, hardLockAfter } = ctx.platform.config.security;
  for (let round = 0; round < hardLockAfter; round++) {
    for (let i = 0; i < lockoutThreshold; i++) await signIn(ctx, email, "wrong-password-123");
    if (round < hardLockAfter - 1) ctx.clock.advance(lockoutMinutes * 2 ** round * 60_000 + 1_000);
  }
}

/** The customer panel as the console reads it. */
export function panelOf(ctx: TestContext, staff: Auth, userId: string, ticketId?: string) {
  return ctx.app.inject({
    method: "GET",
    url: `/api/v1/agent/customers/${userId}${ticketId ? `?ticketId=${ticketId}` : ""}`,
    headers: staff.auth,
  });
}

/** An action of the panel on a customer (unlock, 2fa-reset, lock, freeze, unfreeze, resend-verification). */
export function panelAction(
  ctx: TestContext,
  staff: Auth,
  userId: string,
  action: string,
  payload: Record<string, unknown>,
) {
  return ctx.app.inject({
    method: "POST",
    url: `/api/v1/agent/customers/${userId}/${action}`,
    headers: staff.auth,
    payload,
  });
}

let guests = 0;

/**
 * A guest's ticket from `email`, through the API as the contact form sends it (in the
 * reader's language), then verified with the link emailed to that address, as the guest
 * would; `verify: false` leaves it hidden from agents.
 */
export async function guestTicket(
  ctx: TestContext,
  input: {
    email: string;
    subject?: string;
    category?: TicketCategory;
    language?: "en" | "zh-CN";
    verify?: boolean;
  },
) {
  guests += 1;
  const res = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/tickets",
    // Guests are rate limited per client address.
    remoteAddress: `10.77.${Math.floor(guests / 250) % 250}.${(guests % 250) + 1}`,
    headers: { "accept-language": input.language ?? "en" },
    payload: {
      category: input.category ?? "login_access",
      subject: input.subject ?? "I cannot sign in",
      description: "My account is locked and I need to pay my rent today.",
      email: input.email,
      name: "Guest Writer",
    },
  });
  if (res.statusCode !== 201) throw new Error(`guest ticket not created: ${res.body}`);
  const ticket = res.json() as { id: string; number: string };
  if (input.verify !== false) {
    const verified = await ctx.app.inject({
      method: "POST",
      url: "/api/v1/tickets/guest/verify",
      payload: { token: tokenFrom((await lastMessage(ctx, input.email)).text) },
    });
    if (verified.statusCode !== 200) throw new Error(`guest link refused: ${verified.body}`);
  }
  return { id: ticket.id, number: ticket.number };
}

/** A ticket a signed-in customer opened. */
export async function customerTicket(
  ctx: TestContext,
  input: {
    userId: string;
    email: string;
    subject?: string;
    category?: TicketCategory;
    language?: "en" | "zh-CN";
    priority?: TicketPriority;
  },
) {
  return insertTicketRow(ctx, input);
}

/**
 * A signed-in customer's ticket written with the repository, so a test can choose its
 * priority and language (the API derives them from the category and the reader).
 */
async function insertTicketRow(
  ctx: TestContext,
  input: {
    userId: string;
    email: string;
    subject?: string | undefined;
    category?: TicketCategory | undefined;
    language?: "en" | "zh-CN" | undefined;
    priority?: TicketPriority | undefined;
  },
) {
  const { platform } = ctx;
  const now = platform.clock.now();
  return platform.db.transaction().execute(async (trx) => {
    const ticket = await insertTicket(trx, {
      id: platform.ids.next("ticket"),
      user_id: input.userId,
      requester_email: input.email,
      requester_name: "Test Person",
      language: input.language ?? "en",
      category: input.category ?? "login_access",
      subject: input.subject ?? "I cannot sign in",
      status: "new",
      priority: input.priority ?? "high",
      group_key: "general",
      tags: "[]",
      context: "{}",
      created_at: now,
      updated_at: now,
    });
    await addMessage(trx, platform, {
      ticketId: ticket.id,
      authorType: "customer",
      authorId: input.userId,
      authorName: "Test Person",
      body: "My account is locked and I need to pay my rent today.",
      at: now,
    });
    return { id: ticket.id, number: String(ticket.number) };
  });
}

/** The ticket's thread, internal notes included, oldest first. */
export async function threadOf(ctx: TestContext, ticketId: string) {
  return listMessages(ctx.platform.db, ticketId, { includeInternal: true });
}

export async function eventsOf(ctx: TestContext, ticketId: string) {
  return ctx.platform.db
    .selectFrom("support_ticket_events")
    .selectAll()
    .where("ticket_id", "=", ticketId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** The audit actions recorded about a target, newest first. */
export async function auditOf(ctx: TestContext, targetType: string, targetId: string) {
  return ctx.services.audit.list({ targetType, targetId, limit: 100 });
}

/** A support group the seed may not have yet (the compliance group takes escalations). */
export async function ensureGroup(ctx: TestContext, key: string) {
  await ctx.platform.db
    .insertInto("support_groups")
    .values({
      key,
      name: JSON.stringify({ en: key, "zh-CN": key }),
      categories: "[]",
      position: 9,
      created_at: ctx.platform.clock.now(),
    })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
}

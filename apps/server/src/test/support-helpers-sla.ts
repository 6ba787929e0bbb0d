import {
  findTicket,
  insertTicket,
  lockTicket,
  type TicketRow,
  updateTicket,
} from "../modules/support/tickets/repository.js";
import type { TicketCategory, TicketPriority, TicketStatus } from "../platform/db/schema-support.js";
import { STRONG_PASSWORD } from "./accounts-helpers.js";
import { buildUser } from "./factories.js";
import type { TestContext } from "./test-app.js";

/** Factories for the SLA, calendar, groups and assignment tests. */

export interface DeskStaff {
  userId: string;
  email: string;
  auth: { authorization: string };
}

let staffCount = 0;

/** A signed-in staff member of any desk role (supervisor included). */
export async function buildDeskStaff(
  ctx: TestContext,
  role: "agent" | "supervisor" | "admin" | "compliance",
  name?: string,
): Promise<DeskStaff> {
  staffCount += 1;
  const email = `${role}-desk${staffCount}-${Date.now()}@example.test`;
  const user = await buildUser(ctx, {
    email,
    role,
    password: STRONG_PASSWORD,
    name: name ?? `${role} ${staffCount}`,
  });
  const login = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { login: email, password: STRONG_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`staff login failed: ${login.body}`);
  return { userId: user.id, email, auth: { authorization: `Bearer ${login.json().token as string}` } };
}

/** A fresh session (after the test moved the clock past the old one's lifetime). */
export async function signInAgain(ctx: TestContext, staff: DeskStaff): Promise<DeskStaff> {
  const login = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { login: staff.email, password: STRONG_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`staff login failed: ${login.body}`);
  return { ...staff, auth: { authorization: `Bearer ${login.json().token as string}` } };
}

/** JSON in and out for whoever is given (nobody: no credentials). */
export function deskCall(
  ctx: TestContext,
  who: DeskStaff | { auth: Record<string, string> } | undefined,
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE",
  url: string,
  payload?: unknown,
) {
  return ctx.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: {
      ...(who?.auth ?? {}),
      ...(payload === undefined ? {} : { "content-type": "application/json" }),
    },
    ...(payload === undefined ? {} : { payload: JSON.stringify(payload) }),
  });
}

/**
 * A customer's ticket created now (the test's clock), its due dates from the desk's SLA, as
 * the ticket form creates it; written directly so the clock tests need no other part of the desk.
 */
export async function openTicketNow(
  ctx: TestContext,
  options: { priority?: TicketPriority; category?: TicketCategory; userId?: string } = {},
): Promise<TicketRow> {
  const { deps } = ctx.services.support;
  const userId = options.userId ?? (await buildUser(ctx)).id;
  const at = ctx.clock.now();
  const priority = options.priority ?? "normal";
  const category = options.category ?? "other";
  return ctx.platform.db.transaction().execute(async (trx) => {
    const sla = await deps.sla.onCreated(trx, { priority, created_at: at });
    return insertTicket(trx, {
      id: ctx.platform.ids.next("ticket"),
      user_id: userId,
      requester_email: `requester-${userId}@example.test`,
      requester_name: "Requester",
      language: "en",
      category,
      subject: "Where is my money?",
      status: "new",
      priority,
      group_key: await deps.assignment.groupFor(trx, category),
      tags: "[]",
      context: "{}",
      created_at: at,
      updated_at: at,
      ...sla,
    });
  });
}

/** A status change now, as the console makes it: the SLA's patch plus solved_at and closed_at. */
export async function setStatusNow(ctx: TestContext, ticketId: string, to: TicketStatus): Promise<TicketRow> {
  const { deps } = ctx.services.support;
  const at = ctx.clock.now();
  await ctx.platform.db.transaction().execute(async (trx) => {
    const ticket = await lockTicket(trx, ticketId);
    if (!ticket) throw new Error(`no ticket ${ticketId}`);
    const sla = await deps.sla.onStatusChange(trx, ticket, to, at);
    await updateTicket(trx, ticketId, {
      ...sla,
      status: to,
      updated_at: at,
      ...(to === "solved" ? { solved_at: at } : to === "closed" ? { closed_at: at } : { solved_at: null }),
    });
  });
  return reload(ctx, ticketId);
}

/** A priority change now, as the console makes it. */
export async function setPriorityNow(
  ctx: TestContext,
  ticketId: string,
  to: TicketPriority,
): Promise<TicketRow> {
  const { deps } = ctx.services.support;
  const at = ctx.clock.now();
  await ctx.platform.db.transaction().execute(async (trx) => {
    const ticket = await lockTicket(trx, ticketId);
    if (!ticket) throw new Error(`no ticket ${ticketId}`);
    const sla = await deps.sla.onPriorityChange(trx, ticket, to, at);
    await updateTicket(trx, ticketId, { ...sla, priority: to, updated_at: at });
  });
  return reload(ctx, ticketId);
}

/** An agent's first public reply now (the SLA part of it). */
export async function agentRepliesNow(ctx: TestContext, ticketId: string): Promise<TicketRow> {
  const ticket = await reload(ctx, ticketId);
  const patch = ctx.services.support.deps.sla.onAgentReply(ticket, ctx.clock.now());
  if (Object.keys(patch).length > 0) await updateTicket(ctx.platform.db, ticketId, patch);
  return reload(ctx, ticketId);
}

export async function reload(ctx: TestContext, ticketId: string): Promise<TicketRow> {
  const ticket = await findTicket(ctx.platform.db, ticketId);
  if (!ticket) throw new Error(`no ticket ${ticketId}`);
  return ticket;
}

export async function ticketEvents(ctx: TestContext, ticketId: string) {
  return ctx.platform.db
    .selectFrom("support_ticket_events")
    .select(["kind", "detail", "actor_id"])
    .where("ticket_id", "=", ticketId)
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

/** Puts the staff member in the groups and marks them online (a console heartbeat). */
export async function onDuty(ctx: TestContext, supervisor: DeskStaff, staff: DeskStaff, groups: string[]) {
  const put = await deskCall(ctx, supervisor, "PUT", `/admin/staff/${staff.userId}/groups`, { groups });
  if (put.statusCode !== 200) throw new Error(`groups: ${put.body}`);
  const beat = await deskCall(ctx, staff, "POST", "/agent/presence", { status: "online" });
  if (beat.statusCode !== 200) throw new Error(`presence: ${beat.body}`);
}

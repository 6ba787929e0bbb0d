import type { Insertable } from "kysely";
import { addMessage, insertTicket, type TicketRow } from "../modules/support/tickets/repository.js";
import type { SupportTicketsTable } from "../platform/db/schema-support.js";
import { STRONG_PASSWORD } from "./accounts-helpers.js";
import { buildUser } from "./factories.js";
import type { TestContext } from "./test-app.js";
import { buildStaff } from "./wallet-helpers.js";

/** Who a ticket is from: a customer (from buildCustomer) or a guest (userId null). */
export interface Requester {
  userId: string | null;
  email: string;
  name?: string | null;
}

export type TicketOverrides = Partial<Insertable<SupportTicketsTable>> & {
  /** The customer's first message (the form's description); null for none. */
  description?: string | null;
};

/**
 * A ticket written straight into the database (no rate limits, no emails), as the form would
 * leave it: SLA due dates from the real policies, group from the category, the description as
 * the first customer message. Guests' tickets stay unverified unless `guest_verified_at` is given.
 */
export async function buildTicket(
  ctx: TestContext,
  requester: Requester,
  overrides: TicketOverrides = {},
): Promise<TicketRow> {
  const { deps } = ctx.services.support;
  const { description = "Something went wrong with my account, please help.", ...columns } = overrides;
  const at = columns.created_at ?? ctx.platform.clock.now();
  const category = columns.category ?? "other";
  const priority = columns.priority ?? "normal";
  return ctx.platform.db.transaction().execute(async (trx) => {
    const sla = await deps.sla.onCreated(trx, { priority, created_at: at });
    const ticket = await insertTicket(trx, {
      id: ctx.platform.ids.next("ticket"),
      user_id: requester.userId,
      requester_email: requester.email,
      requester_name: requester.name ?? null,
      language: "en",
      category,
      subject: "Help with my account",
      status: "new",
      priority,
      group_key: await deps.assignment.groupFor(trx, category),
      tags: "[]",
      context: "{}",
      last_customer_activity_at: at,
      created_at: at,
      updated_at: at,
      ...sla,
      ...columns,
    });
    if (description !== null)
      await addMessage(trx, ctx.platform, {
        ticketId: ticket.id,
        authorType: "customer",
        authorId: requester.userId,
        authorName: requester.name ?? null,
        body: description,
        at,
      });
    return ticket;
  });
}

export type StaffRole = "agent" | "supervisor" | "compliance" | "admin";

/** A signed-in member of the support staff, with the email the audit log labels them by. */
export async function staffAuth(ctx: TestContext, role: StaffRole) {
  if (role !== "supervisor") {
    const staff = await buildStaff(ctx, role);
    const row = await ctx.platform.db
      .selectFrom("users")
      .select("email")
      .where("id", "=", staff.userId)
      .executeTakeFirstOrThrow();
    return { ...staff, email: row.email };
  }
  // buildStaff predates the supervisor role; the same steps by hand.
  const user = await buildUser(ctx, { role, password: STRONG_PASSWORD });
  const login = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { login: user.email, password: STRONG_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`staff login failed: ${login.body}`);
  return {
    userId: user.id,
    email: user.email,
    auth: { authorization: `Bearer ${login.json().token as string}` },
  };
}

export type Staff = Awaited<ReturnType<typeof staffAuth>>;

import type { StaffRole } from "../modules/accounts/staff-admin.js";
import { STRONG_PASSWORD, totpNow } from "./accounts-helpers.js";
import { buildUser } from "./factories.js";
import type { TestContext } from "./test-app.js";

let staffCount = 0;

export interface StaffMember {
  userId: string;
  email: string;
  auth: { authorization: string };
}

/** Signs in with the password (and the authenticator code when 2FA is on); the raw answer. */
export async function signIn(
  ctx: TestContext,
  email: string,
  options: { password?: string; totpSecret?: string } = {},
) {
  const first = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { login: email, password: options.password ?? STRONG_PASSWORD },
  });
  if (first.statusCode !== 200 || !first.json().mfaRequired || !options.totpSecret) return first;
  // A fresh 30-second step, so a code used moments ago is not refused as a replay.
  ctx.clock.advance(30_000);
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/login/mfa",
    payload: { mfaToken: first.json().mfaToken, code: totpNow(options.totpSecret, ctx.clock.now()) },
  });
}

/** A signed-in staff member of any role (supervisor included), made as the CLI makes them. */
export async function buildStaffMember(
  ctx: TestContext,
  role: StaffRole,
  name?: string,
): Promise<StaffMember> {
  staffCount += 1;
  const email = `${role}-${staffCount}-${Date.now()}@staff.example.test`;
  const user = await buildUser(ctx, {
    email,
    role,
    password: STRONG_PASSWORD,
    name: name ?? `${role} ${staffCount}`,
  });
  const login = await signIn(ctx, email);
  if (login.statusCode !== 200) throw new Error(`staff login failed: ${login.body}`);
  return { userId: user.id, email, auth: { authorization: `Bearer ${login.json().token as string}` } };
}

/** Turns on TOTP for the signed-in user and returns the authenticator secret. */
export async function enrolTotp(ctx: TestContext, auth: Record<string, string>): Promise<string> {
  const setup = await ctx.app.inject({ method: "POST", url: "/api/v1/me/2fa/totp", headers: auth });
  if (setup.statusCode !== 200) throw new Error(`totp setup failed: ${setup.body}`);
  const secret = setup.json().secret as string;
  const confirm = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/me/2fa/totp/confirm",
    headers: auth,
    payload: { code: totpNow(secret, ctx.clock.now()) },
  });
  if (confirm.statusCode !== 200) throw new Error(`totp confirm failed: ${confirm.body}`);
  return secret;
}

/** A staff member with TOTP on, signed in again with a code (a session that passes the staff 2FA rule). */
export async function buildStaffWithTotp(
  ctx: TestContext,
  role: StaffRole,
): Promise<StaffMember & { totpSecret: string }> {
  const member = await buildStaffMember(ctx, role);
  const totpSecret = await enrolTotp(ctx, member.auth);
  const login = await signIn(ctx, member.email, { totpSecret });
  if (login.statusCode !== 200) throw new Error(`staff 2FA login failed: ${login.body}`);
  return { ...member, totpSecret, auth: { authorization: `Bearer ${login.json().token as string}` } };
}

/** What a hand-built ticket needs beyond the defaults (times as ISO strings). */
export interface TicketSpec {
  userId: string | null;
  createdAt: string;
  status?: "new" | "open" | "pending" | "on_hold" | "solved" | "closed";
  category?:
    | "login_access"
    | "transaction"
    | "deposit"
    | "withdrawal"
    | "security"
    | "verification"
    | "other";
  channel?: "web" | "email" | "chat" | "phone" | "social";
  assigneeId?: string | null;
  guestVerifiedAt?: string | null;
  mergedIntoId?: string | null;
  firstRespondedAt?: string | null;
  solvedAt?: string | null;
  firstResponseDueAt?: string | null;
  resolutionDueAt?: string | null;
  score?: number | null;
  ratedAt?: string | null;
}

/**
 * A ticket written straight into the table with exactly the given times, for figures that
 * must come out to known values (reports); it goes through no SLA or assignment logic.
 */
export async function insertRawTicket(ctx: TestContext, spec: TicketSpec): Promise<string> {
  const id = ctx.platform.ids.next("ticket");
  const at = (value: string | null | undefined) => (value ? new Date(value) : null);
  await ctx.platform.db
    .insertInto("support_tickets")
    .values({
      id,
      user_id: spec.userId,
      requester_email: "someone@example.test",
      requester_name: "Someone",
      language: "en",
      guest_verified_at: at(spec.guestVerifiedAt),
      category: spec.category ?? "other",
      subject: "A question",
      status: spec.status ?? (spec.solvedAt ? "solved" : "open"),
      priority: "normal",
      channel: spec.channel ?? "web",
      group_key: "general",
      assignee_id: spec.assigneeId ?? null,
      tags: "[]",
      context: "{}",
      merged_into_id: spec.mergedIntoId ?? null,
      deflection_id: null,
      first_response_due_at: at(spec.firstResponseDueAt),
      resolution_due_at: at(spec.resolutionDueAt),
      first_responded_at: at(spec.firstRespondedAt),
      sla_paused_since: null,
      sla_warned_at: null,
      solved_at: at(spec.solvedAt),
      closed_at: spec.status === "closed" ? at(spec.solvedAt ?? spec.createdAt) : null,
      satisfaction_score: spec.score ?? null,
      satisfaction_comment: null,
      rated_at: at(spec.ratedAt),
      last_customer_activity_at: null,
      last_agent_activity_at: null,
      created_at: new Date(spec.createdAt),
      updated_at: new Date(spec.createdAt),
    })
    .execute();
  return id;
}

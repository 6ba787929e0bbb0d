import { sql } from "kysely";
import type { UserRole } from "../../platform/db/schema.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import { randomToken } from "../../platform/random.js";
import type { Actor } from "../audit/index.js";
import type { RequestContext } from "./context.js";
import type { AccountsDeps } from "./deps.js";
import type { Bilingual } from "./emails.js";
import { createAccount } from "./registration.js";
import { newOpaqueToken } from "./security/tokens.js";
import { findUserById } from "./users-repository.js";

/** The roles an admin hands out; customers sign themselves up. */
export const STAFF_ROLES = [
  "agent",
  "supervisor",
  "compliance",
  "admin",
] as const satisfies readonly UserRole[];
export type StaffRole = (typeof STAFF_ROLES)[number];

/** How long an invitation's set-password link works. */
export const INVITE_TTL_MS = 72 * 3_600_000;

export interface StaffMember {
  id: string;
  email: string;
  name: string | null;
  role: StaffRole;
  /** Keys of the support groups they work in. */
  groups: string[];
  twoFactor: boolean;
  lastSignInAt: string | null;
  deactivatedAt: string | null;
  /** Tickets still assigned to them and not solved: a supervisor reassigns these after a deactivation. */
  openTickets: number;
  createdAt: string;
}

const isStaffRole = (role: UserRole): role is StaffRole => role !== "customer";

/** Staff members with their groups, 2FA and last sign-in, in one query; `id` narrows to one. */
async function staffRows(executor: Executor, id?: string): Promise<StaffMember[]> {
  let query = executor
    .selectFrom("users")
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.role",
      "users.totp_enabled_at",
      "users.sms_mfa_enabled_at",
      "users.deactivated_at",
      "users.created_at",
      sql<
        string[] | null
      >`(select json_agg(m.group_key order by m.group_key) from support_group_members m where m.user_id = users.id)`.as(
        "groups",
      ),
      sql<Date | null>`(select max(s.created_at) from sessions s where s.user_id = users.id)`.as(
        "last_sign_in",
      ),
      sql<string>`(select count(*) from support_tickets t where t.assignee_id = users.id and t.status in ('new', 'open', 'pending', 'on_hold'))`.as(
        "open_tickets",
      ),
    ])
    .where("users.role", "!=", "customer")
    .orderBy("users.deactivated_at", (ob) => ob.desc().nullsFirst())
    .orderBy("users.email");
  if (id !== undefined) query = query.where("users.id", "=", id);
  const rows = await query.execute();
  return rows.flatMap((row) =>
    isStaffRole(row.role)
      ? [
          {
            id: row.id,
            email: row.email,
            name: row.name,
            role: row.role,
            groups: row.groups ?? [],
            twoFactor: row.totp_enabled_at !== null || row.sms_mfa_enabled_at !== null,
            lastSignInAt: row.last_sign_in?.toISOString() ?? null,
            deactivatedAt: row.deactivated_at?.toISOString() ?? null,
            openTickets: Number(row.open_tickets),
            createdAt: row.created_at.toISOString(),
          },
        ]
      : [],
  );
}

export const listStaff = (deps: AccountsDeps) => staffRows(deps.platform.db);

async function staffMember(executor: Executor, id: string): Promise<StaffMember> {
  const [member] = await staffRows(executor, id);
  if (!member) throw new DomainError("staff_not_found");
  return member;
}

/** Admins change other people's access, never their own (another admin does that). */
function notSelf(actor: Actor, id: string) {
  if (actor.id === id) throw new DomainError("staff_self_change");
}

/** Every group key must exist; the first unknown one is named. */
async function assertGroups(executor: Executor, keys: readonly string[]) {
  if (keys.length === 0) return;
  const found = await executor.selectFrom("support_groups").select("key").where("key", "in", keys).execute();
  const known = new Set(found.map((g) => g.key));
  const missing = keys.find((key) => !known.has(key));
  if (missing !== undefined)
    throw new DomainError("support_group_not_found", { key: missing }, [
      { in: "body", path: "/groups", code: "invalid_value", message: `Unknown group ${missing}` },
    ]);
}

const ROLE_NAMES: Record<StaffRole, Record<Locale, string>> = {
  agent: { en: "a support agent", "zh-CN": "客服专员" },
  supervisor: { en: "a support supervisor", "zh-CN": "客服主管" },
  compliance: { en: "a compliance officer", "zh-CN": "合规专员" },
  admin: { en: "an administrator", "zh-CN": "管理员" },
};

export function invitationEmail(role: StaffRole, url: string): Bilingual {
  return {
    en: {
      subject: "You are invited to work on Satchel",
      lines: [
        `An administrator added you to Satchel as ${ROLE_NAMES[role].en}.`,
        "Choose your password with the link below; it works once, for 72 hours.",
        "Staff accounts must use two-factor authentication: after signing in, turn it on under Security.",
      ],
      action: { label: "Choose your password", url },
    },
    "zh-CN": {
      subject: "邀请您加入 Satchel 工作团队",
      lines: [
        `管理员已将您添加为 Satchel 的${ROLE_NAMES[role]["zh-CN"]}。`,
        "请通过下方链接设置密码；链接 72 小时内有效，仅可使用一次。",
        "员工账户必须使用双重验证：登录后请在“安全”中开启。",
      ],
      action: { label: "设置密码", url },
    },
  };
}

/**
 * Invites a staff member: the account is created with a random password nobody knows and
 * the address counted as verified (the admin vouches for it); the invitation carries a
 * set-password link. The link is a password-reset token with a 72-hour life, so the existing
 * reset page sets the password, and asking for a reset later simply replaces it.
 */
export async function inviteStaff(
  deps: AccountsDeps,
  actor: Actor,
  input: { email: string; name: string; role: StaffRole; groups?: string[] | undefined; language?: Locale },
  ctx: RequestContext,
): Promise<StaffMember> {
  const { platform } = deps;
  const groups = [...new Set(input.groups ?? [])];
  const password = randomToken(platform.random, 32);
  return platform.db.transaction().execute(async (trx) => {
    await assertGroups(trx, groups);
    const user = await createAccount(
      deps,
      trx,
      {
        email: input.email,
        password,
        role: input.role,
        name: input.name,
        language: input.language ?? "en",
        emailVerified: true,
      },
      actor,
      ctx,
    );
    for (const key of groups)
      await trx.insertInto("support_group_members").values({ group_key: key, user_id: user.id }).execute();
    const { token, hash } = newOpaqueToken(platform.random);
    await deps.tokens.issue(trx, {
      userId: user.id,
      purpose: "reset_password",
      secretHash: hash,
      ttlMs: INVITE_TTL_MS,
      data: { invite: true, invitedBy: actor.id },
    });
    await deps.email(
      trx,
      user,
      invitationEmail(input.role, `${deps.link("/reset-password", token)}&invite=1`),
    );
    await deps.audit.record(
      trx,
      actor,
      "staff.invited",
      { type: "user", id: user.id },
      {
        email: user.email,
        role: input.role,
        groups,
      },
    );
    return staffMember(trx, user.id);
  });
}

/** Locks the target row so two admins' changes to one person apply one after the other. */
async function lockStaff(trx: Executor, id: string) {
  const row = await trx
    .selectFrom("users")
    .select(["id", "role", "deactivated_at"])
    .where("id", "=", id)
    .forUpdate()
    .executeTakeFirst();
  if (!row || row.role === "customer") throw new DomainError("staff_not_found");
  return row;
}

/**
 * Holds every active admin's row, in id order and before the target's (so two changes never
 * wait on each other crosswise). An admin whose change is already committed no longer
 * matches (PostgreSQL checks the row again once its lock is free), so two admins demoting or
 * deactivating each other at the same moment cannot leave the installation without one.
 */
async function lockActiveAdmins(trx: Executor): Promise<string[]> {
  const rows = await trx
    .selectFrom("users")
    .select("id")
    .where("role", "=", "admin")
    .where("deactivated_at", "is", null)
    .orderBy("id")
    .forUpdate()
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Someone must still be able to administer staff afterwards: the last active admin is never
 * demoted or deactivated. 409 conflict (with `reason: "last_admin"` for clients to tell it apart).
 */
function keepAnAdmin(activeAdmins: readonly string[], id: string) {
  if (activeAdmins.includes(id) && activeAdmins.length <= 1) throw new DomainError("last_admin");
}

export async function changeStaffRole(
  deps: AccountsDeps,
  actor: Actor,
  id: string,
  role: StaffRole,
): Promise<StaffMember> {
  notSelf(actor, id);
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    const admins = await lockActiveAdmins(trx);
    const before = await lockStaff(trx, id);
    if (role !== "admin") keepAnAdmin(admins, id);
    if (before.role !== role) {
      // The guards read the role on every request: the change applies to their next one.
      await trx
        .updateTable("users")
        .set({ role, updated_at: platform.clock.now() })
        .where("id", "=", id)
        .execute();
      await deps.audit.record(
        trx,
        actor,
        "staff.role_changed",
        { type: "user", id },
        {
          from: before.role,
          to: role,
        },
      );
    }
    return staffMember(trx, id);
  });
}

/**
 * Deactivation ends every session at once (and the sessions check refuses a deactivated
 * user anyway), voids pending sign-ins and set-password links, and marks them offline so
 * assignment skips them. Their tickets stay assigned for a supervisor to hand over.
 */
export async function deactivateStaff(
  deps: AccountsDeps,
  actor: Actor,
  id: string,
  ctx: RequestContext,
): Promise<StaffMember> {
  notSelf(actor, id);
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    const admins = await lockActiveAdmins(trx);
    const before = await lockStaff(trx, id);
    keepAnAdmin(admins, id);
    if (before.deactivated_at === null) {
      const now = platform.clock.now();
      await trx
        .updateTable("users")
        .set({ deactivated_at: now, updated_at: now })
        .where("id", "=", id)
        .execute();
      const revoked = await deps.sessions.revokeAll(trx, id, "deactivated");
      await deps.tokens.voidAll(trx, id, "mfa_login");
      await deps.tokens.voidAll(trx, id, "reset_password");
      await deps.tokens.voidAll(trx, id, "reset_password_sms");
      await trx
        .updateTable("support_agent_presence")
        .set({ status: "offline" })
        .where("user_id", "=", id)
        .execute();
      await deps.events.record(trx, {
        userId: id,
        type: "sessions_revoked",
        ctx,
        actorId: actor.id,
        detail: { reason: "deactivated", count: revoked },
      });
      await deps.audit.record(
        trx,
        actor,
        "staff.deactivated",
        { type: "user", id },
        { sessionsEnded: revoked },
      );
    }
    return staffMember(trx, id);
  });
}

/** Lets them sign in again (with their old password; 2FA as before). */
export async function reactivateStaff(deps: AccountsDeps, actor: Actor, id: string): Promise<StaffMember> {
  notSelf(actor, id);
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    const before = await lockStaff(trx, id);
    if (before.deactivated_at !== null) {
      await trx
        .updateTable("users")
        .set({ deactivated_at: null, updated_at: platform.clock.now() })
        .where("id", "=", id)
        .execute();
      await deps.audit.record(trx, actor, "staff.reactivated", { type: "user", id }, {});
    }
    return staffMember(trx, id);
  });
}

/** The audit actor for a signed-in admin. */
export async function staffActor(deps: AccountsDeps, userId: string): Promise<Actor> {
  const user = await findUserById(deps.platform.db, userId);
  return { id: userId, label: user?.email ?? userId };
}

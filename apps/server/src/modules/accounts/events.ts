import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import type { RequestContext } from "./context.js";

/**
 * The security log: every sign-in, lockout, reset, 2FA change, revoked session and staff
 * action on an account, with who did it, from where and when. Users read their own.
 */
export type SecurityEventType =
  | "registered"
  | "email_verified"
  | "email_change_requested"
  | "email_changed"
  | "phone_verified"
  | "login_succeeded"
  | "login_failed"
  | "login_locked"
  | "mfa_failed"
  | "account_locked"
  | "account_hard_locked"
  | "account_unlocked"
  | "new_device_login"
  | "logout"
  | "session_revoked"
  | "sessions_revoked"
  | "password_reset_requested"
  | "password_reset_completed"
  | "password_changed"
  | "totp_enabled"
  | "totp_disabled"
  | "recovery_codes_generated"
  | "recovery_code_used"
  | "sms_mfa_enabled"
  | "sms_mfa_disabled"
  | "profile_updated"
  | "anti_phishing_code_set"
  | "staff_unlock"
  | "staff_2fa_reset"
  | "account_frozen"
  | "account_unfrozen";

export const LOGIN_HISTORY_TYPES = {
  login_succeeded: "success",
  login_failed: "failure",
  login_locked: "locked",
  mfa_failed: "mfa_failed",
} as const satisfies Partial<Record<SecurityEventType, string>>;

export interface SecurityEvent {
  id: string;
  userId: string | null;
  type: SecurityEventType;
  actorId: string | null;
  ip: string | null;
  userAgent: string | null;
  detail: Record<string, unknown>;
  createdAt: Date;
}

export interface EventsService {
  record(
    executor: Executor,
    event: {
      userId: string | null;
      type: SecurityEventType;
      ctx: RequestContext;
      actorId?: string | null;
      detail?: Record<string, unknown>;
    },
  ): Promise<void>;
  list(
    userId: string,
    options: {
      types?: readonly SecurityEventType[];
      since?: Date;
      limit: number;
      cursor?: string | undefined;
    },
  ): Promise<{ data: SecurityEvent[]; nextCursor: string | null }>;
  countSince(executor: Executor, userId: string, type: SecurityEventType, since: Date): Promise<number>;
}

export function createEventsService(platform: Platform): EventsService {
  return {
    async record(executor, event) {
      await executor
        .insertInto("security_events")
        .values({
          id: platform.ids.next("event"),
          user_id: event.userId,
          type: event.type,
          actor_id: event.actorId ?? null,
          ip: event.ctx.ip,
          user_agent: event.ctx.userAgent,
          detail: JSON.stringify(event.detail ?? {}) as never,
          created_at: platform.clock.now(),
        })
        .execute();
    },

    async list(userId, { types, since, limit, cursor }) {
      let query = platform.db
        .selectFrom("security_events")
        .selectAll()
        .where("user_id", "=", userId)
        .orderBy("created_at", "desc")
        .orderBy("id", "desc")
        .limit(limit + 1);
      if (types && types.length > 0) query = query.where("type", "in", [...types]);
      if (since) query = query.where("created_at", ">=", since);
      // Ids sort by time, so the last id seen is a stable cursor.
      if (cursor) query = query.where("id", "<", cursor);
      const rows = await query.execute();
      const page = rows.slice(0, limit);
      return {
        data: page.map((r) => ({
          id: r.id,
          userId: r.user_id,
          type: r.type as SecurityEventType,
          actorId: r.actor_id,
          ip: r.ip,
          userAgent: r.user_agent,
          detail: r.detail,
          createdAt: r.created_at,
        })),
        nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      };
    },

    async countSince(executor, userId, type, since) {
      const row = await executor
        .selectFrom("security_events")
        .select((eb) => eb.fn.countAll<string>().as("n"))
        .where("user_id", "=", userId)
        .where("type", "=", type)
        .where("created_at", ">=", since)
        .executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}

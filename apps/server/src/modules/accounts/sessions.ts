import { createHash, createHmac } from "node:crypto";
import type { Selectable } from "kysely";
import type { SessionsTable, UserRole } from "../../platform/db/schema.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import { randomToken } from "../../platform/random.js";
import type { RequestContext } from "./context.js";
import { deviceFingerprint } from "./security/user-agent.js";

export type SessionKind = "web" | "api";

export interface Session {
  id: string;
  userId: string;
  kind: SessionKind;
  userAgent: string | null;
  ip: string | null;
  device: string;
  createdAt: Date;
  lastSeenAt: Date;
  stepUpAt: Date | null;
}

/** A session as the guards see it: with its user's role and whether they use a second factor. */
export interface ResolvedSession extends Session {
  role: UserRole;
  secondFactor: boolean;
}

/** Writing last-seen on every request would make every read a write; once a minute is enough. */
const TOUCH_EVERY_MS = 60_000;

export const hashSessionToken = (token: string) => createHash("sha256").update(token).digest("hex");

function toSession(row: Selectable<SessionsTable>): Session {
  return {
    id: row.id,
    userId: row.user_id,
    kind: row.kind,
    userAgent: row.user_agent,
    ip: row.ip,
    device: row.device,
    createdAt: row.created_at,
    lastSeenAt: row.last_seen_at,
    stepUpAt: row.step_up_at,
  };
}

/**
 * Sessions for the web (cookie) and for API clients (bearer token). The token is 256 random
 * bits shown once; only its SHA-256 is stored. Idle and absolute timeouts end a session; a
 * revoked session stops working on the very next request.
 */
export class Sessions {
  constructor(private readonly platform: Platform) {}

  private lifetimes(kind: SessionKind) {
    const s = this.platform.config.security;
    return kind === "web"
      ? { idleMs: s.sessionIdleMinutes * 60_000, absoluteMs: s.sessionAbsoluteHours * 3_600_000 }
      : { idleMs: s.apiTokenIdleDays * 86_400_000, absoluteMs: s.apiTokenAbsoluteDays * 86_400_000 };
  }

  async create(
    executor: Executor,
    userId: string,
    kind: SessionKind,
    ctx: RequestContext,
  ): Promise<{ token: string; session: Session }> {
    const now = this.platform.clock.now();
    const token = randomToken(this.platform.random, 32);
    const { idleMs, absoluteMs } = this.lifetimes(kind);
    const row = await executor
      .insertInto("sessions")
      .values({
        id: this.platform.ids.next("session"),
        user_id: userId,
        token_hash: hashSessionToken(token),
        kind,
        user_agent: ctx.userAgent,
        ip: ctx.ip,
        device: deviceFingerprint(ctx.userAgent ?? undefined),
        created_at: now,
        last_seen_at: now,
        idle_expires_at: new Date(now.getTime() + idleMs),
        expires_at: new Date(now.getTime() + absoluteMs),
        // Signing in is itself a fresh proof of the password (and second factor).
        step_up_at: now,
        revoked_at: null,
        revoked_reason: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return { token, session: toSession(row) };
  }

  /**
   * The live session a token belongs to, with what the guards need about its user (role,
   * whether a second factor is on), in one query: this runs on every authenticated request.
   * A deactivated user's sessions stop here even before deactivation's revocation lands.
   * Last-seen is written at most once a minute.
   */
  async resolve(token: string, ctx: RequestContext): Promise<ResolvedSession | undefined> {
    const now = this.platform.clock.now();
    const row = await this.platform.db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .selectAll("sessions")
      .select(["users.role", "users.totp_enabled_at", "users.sms_mfa_enabled_at", "users.deactivated_at"])
      .where("sessions.token_hash", "=", hashSessionToken(token))
      .where("sessions.revoked_at", "is", null)
      .where("sessions.expires_at", ">", now)
      .where("sessions.idle_expires_at", ">", now)
      .executeTakeFirst();
    if (!row || row.deactivated_at !== null) return undefined;
    if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_EVERY_MS) {
      const { idleMs } = this.lifetimes(row.kind);
      await this.platform.db
        .updateTable("sessions")
        .set({ last_seen_at: now, idle_expires_at: new Date(now.getTime() + idleMs), ip: ctx.ip ?? row.ip })
        .where("id", "=", row.id)
        .execute();
    }
    return {
      ...toSession(row),
      role: row.role,
      secondFactor: row.totp_enabled_at !== null || row.sms_mfa_enabled_at !== null,
    };
  }

  async listActive(userId: string): Promise<Session[]> {
    const now = this.platform.clock.now();
    const rows = await this.platform.db
      .selectFrom("sessions")
      .selectAll()
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .where("expires_at", ">", now)
      .where("idle_expires_at", ">", now)
      .orderBy("last_seen_at", "desc")
      .execute();
    return rows.map(toSession);
  }

  /** Ends one of the user's own sessions; false when it is not theirs or already over. */
  async revoke(executor: Executor, userId: string, sessionId: string, reason: string): Promise<boolean> {
    const result = await executor
      .updateTable("sessions")
      .set({ revoked_at: this.platform.clock.now(), revoked_reason: reason })
      .where("id", "=", sessionId)
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) > 0;
  }

  async revokeAll(
    executor: Executor,
    userId: string,
    reason: string,
    exceptSessionId?: string,
  ): Promise<number> {
    let query = executor
      .updateTable("sessions")
      .set({ revoked_at: this.platform.clock.now(), revoked_reason: reason })
      .where("user_id", "=", userId)
      .where("revoked_at", "is", null);
    if (exceptSessionId) query = query.where("id", "!=", exceptSessionId);
    const result = await query.executeTakeFirst();
    return Number(result.numUpdatedRows);
  }

  async markStepUp(sessionId: string): Promise<void> {
    await this.platform.db
      .updateTable("sessions")
      .set({ step_up_at: this.platform.clock.now() })
      .where("id", "=", sessionId)
      .execute();
  }

  /** The CSRF token of a web session: derived, so nothing more is stored. */
  csrfToken(sessionId: string): string {
    return createHmac("sha256", this.platform.config.secret).update(`csrf:${sessionId}`).digest("base64url");
  }
}

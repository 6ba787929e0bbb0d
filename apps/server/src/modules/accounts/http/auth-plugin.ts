import { timingSafeEqual } from "node:crypto";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";
import type { Config } from "../../../config.js";
import type { UserRole } from "../../../platform/db/schema.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { requestContext } from "../context.js";
import type { AccountsDeps } from "../deps.js";
import type { Session } from "../sessions.js";

export interface Auth {
  session: Session;
  userId: string;
  role: UserRole;
  /** Whether the user signs in with a second factor (TOTP or text message). */
  secondFactor: boolean;
  via: "cookie" | "bearer";
}

declare module "fastify" {
  interface FastifyRequest {
    auth: Auth | undefined;
  }
  interface FastifyInstance {
    /** preHandler: a signed-in user (any role); CSRF-checked for cookie writes. */
    requireUser(request: FastifyRequest): Promise<void>;
    /** preHandler: a signed-in agent, supervisor or admin. */
    requireStaff(request: FastifyRequest): Promise<void>;
    /** preHandler: anyone who works tickets: agent, supervisor, compliance officer or admin. */
    requireSupport(request: FastifyRequest): Promise<void>;
    /** preHandler: a signed-in supervisor or admin (SLA settings, reports, macros for everyone). */
    requireSupervisor(request: FastifyRequest): Promise<void>;
    /** preHandler: a signed-in admin. */
    requireAdmin(request: FastifyRequest): Promise<void>;
    /** preHandler: a signed-in compliance officer or admin (review queues: KYC, withdrawals). */
    requireCompliance(request: FastifyRequest): Promise<void>;
  }
}

const UNSAFE_METHODS = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** `__Host-` needs Secure, which needs HTTPS; plain-HTTP development uses a plain name. */
export function sessionCookieName(config: Config): string {
  return config.publicUrl.startsWith("https://") ? "__Host-satchel_session" : "satchel_session";
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  const secure = config.publicUrl.startsWith("https://");
  const maxAge = config.security.sessionAbsoluteHours * 3600;
  reply.header(
    "set-cookie",
    `${sessionCookieName(config)}=${token}; Path=/; HttpOnly; SameSite=Lax; Max-Age=${maxAge}${secure ? "; Secure" : ""}`,
  );
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  const secure = config.publicUrl.startsWith("https://");
  reply.header(
    "set-cookie",
    `${sessionCookieName(config)}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? "; Secure" : ""}`,
  );
}

function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=") || undefined;
  }
  return undefined;
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Finds the caller's session from `Authorization: Bearer` or the session cookie. Cookie
 * sessions must prove each write with `X-CSRF-Token`, since a browser sends cookies on
 * requests other sites start; bearer tokens are never sent by a browser on its own.
 */
export const authPlugin = fp(
  async (app: FastifyInstance, { deps }: { deps: AccountsDeps }) => {
    const { config } = deps.platform;
    app.decorateRequest("auth", undefined);

    async function authenticate(request: FastifyRequest): Promise<Auth> {
      if (request.auth) return request.auth;
      const header = request.headers.authorization;
      const bearer = header?.startsWith("Bearer ") ? header.slice(7).trim() : undefined;
      const cookie = bearer ? undefined : readCookie(request.headers.cookie, sessionCookieName(config));
      const token = bearer ?? cookie;
      if (!token || token.length > 200) throw new DomainError("authentication_required");
      const session = await deps.sessions.resolve(token, requestContext(request));
      if (!session) throw new DomainError("authentication_required");
      if (cookie && UNSAFE_METHODS.has(request.method)) {
        const sent = request.headers["x-csrf-token"];
        if (typeof sent !== "string" || !sameSecret(sent, deps.sessions.csrfToken(session.id))) {
          throw new DomainError("csrf_failed");
        }
      }
      const { role, secondFactor, ...rest } = session;
      request.auth = {
        session: rest,
        userId: session.userId,
        role,
        secondFactor,
        via: cookie ? "cookie" : "bearer",
      };
      return request.auth;
    }

    /**
     * A staff guard: the role must be one of `roles`, and (when the installation requires it)
     * the staff member must have a second factor on, since a staff password alone opens other
     * people's accounts. Their own /me routes stay open (requireUser) so they can turn it on.
     */
    async function requireRole(request: FastifyRequest, roles: readonly UserRole[]): Promise<void> {
      const auth = await authenticate(request);
      if (!roles.includes(auth.role)) throw new DomainError("forbidden");
      if (config.security.staffRequireMfa && !auth.secondFactor) throw new DomainError("staff_mfa_required");
    }

    app.decorate("requireUser", async (request: FastifyRequest) => {
      await authenticate(request);
    });
    app.decorate("requireStaff", (request: FastifyRequest) =>
      requireRole(request, ["agent", "supervisor", "admin"]),
    );
    app.decorate("requireSupport", (request: FastifyRequest) =>
      requireRole(request, ["agent", "supervisor", "compliance", "admin"]),
    );
    app.decorate("requireSupervisor", (request: FastifyRequest) =>
      requireRole(request, ["supervisor", "admin"]),
    );
    app.decorate("requireAdmin", (request: FastifyRequest) => requireRole(request, ["admin"]));
    app.decorate("requireCompliance", (request: FastifyRequest) =>
      requireRole(request, ["compliance", "admin"]),
    );
  },
  { name: "satchel-auth" },
);

/**
 * Whether the caller claims a session (a bearer token, or the session cookie, whose name is
 * satchel_session, with the __Host- prefix over HTTPS).
 */
export function claimsSession(request: FastifyRequest): boolean {
  return (
    request.headers.authorization !== undefined ||
    /(?:^|;\s*)(?:__Host-)?satchel_session=/.test(request.headers.cookie ?? "")
  );
}

/**
 * For routes open to guests that still want to know who asked: the caller when the session is
 * valid (request.auth is then set), undefined for a guest. A made-up or expired token, or a
 * cookie write without its CSRF token, counts as a guest, never as someone else.
 */
export async function identifyCaller(
  app: Pick<FastifyInstance, "requireUser">,
  request: FastifyRequest,
): Promise<Auth | undefined> {
  if (request.auth) return request.auth;
  if (!claimsSession(request)) return undefined;
  try {
    await app.requireUser(request);
    return request.auth;
  } catch {
    return undefined;
  }
}

/** The signed-in caller; only for handlers behind requireUser. */
export function authOf(request: FastifyRequest): Auth {
  if (!request.auth) throw new DomainError("authentication_required");
  return request.auth;
}

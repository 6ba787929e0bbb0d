import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { securityCheckup } from "../checkup.js";
import { requestContext } from "../context.js";
import type { AccountsDeps } from "../deps.js";
import {
  assertSteppedUp,
  confirmTotp,
  disableTotp,
  reauthenticate,
  regenerateRecoveryCodes,
  sendReauthSms,
  setSmsSecondFactor,
  startTotpEnrolment,
} from "../mfa.js";
import {
  changePassword,
  getMe,
  listSessions,
  loginHistory,
  revokeOtherSessions,
  revokeSession,
  securityEvents,
  updateProfile,
} from "../profile.js";
import {
  assertResendAllowed,
  requestEmailChange,
  sendEmailVerification,
  sendPhoneCode,
  verifyPhone,
} from "../registration.js";
import { findUserById } from "../users-repository.js";
import { authOf } from "./auth-plugin.js";
import { localeSchema, pageQuery, passwordField, userSchema } from "./schemas.js";

const tags = ["Me"];
const security = [{ bearerAuth: [] }];
const recoveryCodes = z.object({ recoveryCodes: z.array(z.string()) });

/** The signed-in user: profile, password, sessions, history, 2FA and the security checkup. */
export const meRoutes: FastifyPluginAsyncZod<{ deps: AccountsDeps }> = async (app, { deps }) => {
  // Authentication comes before body validation, so strangers learn nothing from error details.
  app.addHook("onRequest", app.requireUser);

  app.get(
    "/api/v1/me",
    {
      schema: {
        tags,
        security,
        summary: "The current user",
        response: { 200: z.object({ user: userSchema, csrfToken: z.string().optional() }) },
      },
    },
    async (request) => {
      const auth = authOf(request);
      const user = await getMe(deps, auth.userId);
      return auth.via === "cookie" ? { user, csrfToken: deps.sessions.csrfToken(auth.session.id) } : { user };
    },
  );

  app.patch(
    "/api/v1/me",
    {
      schema: {
        tags,
        security,
        summary: "Update name, country, language, phone (step-up) or the anti-phishing code",
        body: z.object({
          name: z.string().trim().max(120).nullable().optional(),
          country: z.string().trim().length(2).optional(),
          language: localeSchema.optional(),
          phone: z.string().trim().max(32).nullable().optional(),
          antiPhishingCode: z
            .string()
            .trim()
            .max(40)
            .nullable()
            .optional()
            .describe("Shown at the top of every email we send you"),
        }),
        response: { 200: z.object({ user: userSchema }) },
      },
    },
    async (request) => ({
      user: await updateProfile(deps, authOf(request).session, request.body, requestContext(request)),
    }),
  );

  app.post(
    "/api/v1/me/password",
    {
      schema: {
        tags,
        security,
        summary: "Change the password; other sessions are signed out",
        body: z.object({ currentPassword: passwordField, newPassword: passwordField }),
      },
    },
    async (request, reply) => {
      await changePassword(deps, authOf(request).session, request.body, requestContext(request));
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/me/reauth",
    {
      schema: {
        tags,
        security,
        summary: "Confirm it is you (password, or a 2FA code) for 5 minutes of sensitive actions",
        body: z.object({
          password: z.string().max(1024).optional(),
          code: z.string().trim().max(32).optional(),
        }),
      },
    },
    async (request, reply) => {
      await reauthenticate(deps, authOf(request).session, request.body, requestContext(request));
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/me/reauth/sms",
    { schema: { tags, security, summary: "Text a step-up code (for accounts whose second factor is SMS)" } },
    async (request, reply) => {
      await sendReauthSms(deps, authOf(request).session);
      return reply.status(202).send();
    },
  );

  app.post(
    "/api/v1/me/email",
    {
      schema: {
        tags,
        security,
        summary: "Change the email address (step-up): the new address must confirm, the old one is told",
        body: z.object({ email: z.string().trim().max(254) }),
      },
    },
    async (request, reply) => {
      const auth = authOf(request);
      assertSteppedUp(deps, auth.session);
      const user = await findUserById(deps.platform.db, auth.userId);
      if (user) await requestEmailChange(deps, user, request.body.email, requestContext(request));
      return reply.status(202).send();
    },
  );

  app.post(
    "/api/v1/me/email/verification",
    { schema: { tags, security, summary: "Send a new verification email" } },
    async (request, reply) => {
      const auth = authOf(request);
      const user = await findUserById(deps.platform.db, auth.userId);
      if (user && !user.emailVerifiedAt) {
        await assertResendAllowed(deps, `resend-email:${user.id}`);
        await sendEmailVerification(deps, deps.platform.db, user);
      }
      return reply.status(202).send();
    },
  );

  app.post(
    "/api/v1/me/phone/verification",
    { schema: { tags, security, summary: "Send a new phone verification code" } },
    async (request, reply) => {
      const user = await findUserById(deps.platform.db, authOf(request).userId);
      // A number waiting to replace the verified one gets the new code; otherwise the
      // account's own number while it is unverified.
      const open = user && (await deps.tokens.latestOpen(deps.platform.db, user.id, "verify_phone"));
      const pending =
        typeof open?.data.phone === "string" && open.data.phone !== user?.phone ? open.data.phone : undefined;
      const target = pending ?? (user?.phone && !user.phoneVerifiedAt ? user.phone : undefined);
      if (user && target) {
        await assertResendAllowed(deps, `resend-phone:${user.id}`);
        await sendPhoneCode(deps, deps.platform.db, user, target);
      }
      return reply.status(202).send();
    },
  );

  app.post(
    "/api/v1/me/phone/verify",
    {
      schema: {
        tags,
        security,
        summary: "Confirm the phone number with the SMS code",
        body: z.object({ code: z.string().trim().min(4).max(12) }),
        response: { 200: z.object({ user: userSchema }) },
      },
    },
    async (request) => ({
      user: await verifyPhone(deps, authOf(request).userId, request.body.code, requestContext(request)),
    }),
  );

  const sessionSchema = z.object({
    id: z.string(),
    current: z.boolean(),
    userAgent: z.string().nullable(),
    browser: z.string(),
    os: z.string(),
    device: z.string(),
    ip: z.string().nullable(),
    createdAt: z.string(),
    lastSeenAt: z.string(),
  });

  app.get(
    "/api/v1/me/sessions",
    {
      schema: {
        tags,
        security,
        summary: "Signed-in devices",
        response: { 200: z.object({ data: z.array(sessionSchema) }) },
      },
    },
    async (request) => ({ data: await listSessions(deps, authOf(request).session) }),
  );

  app.delete(
    "/api/v1/me/sessions/:id",
    {
      schema: {
        tags,
        security,
        summary: "Sign out one device",
        params: z.object({ id: z.string().max(64) }),
      },
    },
    async (request, reply) => {
      await revokeSession(deps, authOf(request).session, request.params.id, requestContext(request));
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/me/sessions/revoke-others",
    {
      schema: {
        tags,
        security,
        summary: "Sign out everywhere else",
        response: { 200: z.object({ revoked: z.number().int() }) },
      },
    },
    async (request) => ({
      revoked: await revokeOtherSessions(deps, authOf(request).session, requestContext(request)),
    }),
  );

  app.get(
    "/api/v1/me/login-history",
    {
      schema: {
        tags,
        security,
        summary: "Sign-ins of the last 90 days",
        querystring: pageQuery,
        response: {
          200: z.object({
            data: z.array(
              z.object({
                id: z.string(),
                outcome: z.enum(["success", "failure", "locked", "mfa_failed"]),
                ip: z.string().nullable(),
                browser: z.string(),
                os: z.string(),
                createdAt: z.string(),
              }),
            ),
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => loginHistory(deps, authOf(request).userId, request.query),
  );

  app.get(
    "/api/v1/me/security-events",
    {
      schema: {
        tags,
        security,
        summary: "Everything security-related that happened to the account",
        querystring: pageQuery,
        response: {
          200: z.object({
            data: z.array(
              z.object({
                id: z.string(),
                type: z.string(),
                ip: z.string().nullable(),
                browser: z.string(),
                os: z.string(),
                byStaff: z.boolean(),
                createdAt: z.string(),
              }),
            ),
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => securityEvents(deps, authOf(request).userId, request.query),
  );

  app.get(
    "/api/v1/me/security-checkup",
    {
      schema: {
        tags,
        security,
        summary: "How well the account is protected, with a fix for each item",
        response: {
          200: z.object({
            score: z.number().int(),
            items: z.array(z.object({ key: z.string(), ok: z.boolean(), fixUrl: z.string() })),
          }),
        },
      },
    },
    async (request) => securityCheckup(deps, authOf(request).userId),
  );

  app.post(
    "/api/v1/me/2fa/totp",
    {
      schema: {
        tags,
        security,
        summary: "Start setting up an authenticator app (step-up)",
        response: {
          200: z.object({
            secret: z.string(),
            otpauthUrl: z.string(),
            qrCode: z.string().describe("PNG data URL"),
          }),
        },
      },
    },
    async (request) => startTotpEnrolment(deps, authOf(request).session),
  );

  app.post(
    "/api/v1/me/2fa/totp/confirm",
    {
      schema: {
        tags,
        security,
        summary: "Turn the authenticator on with a first code",
        body: z.object({ code: z.string().trim().min(6).max(12) }),
        response: { 200: recoveryCodes },
      },
    },
    async (request) => ({
      recoveryCodes: await confirmTotp(
        deps,
        authOf(request).session,
        request.body.code,
        requestContext(request),
      ),
    }),
  );

  app.delete(
    "/api/v1/me/2fa/totp",
    { schema: { tags, security, summary: "Turn the authenticator off (step-up)" } },
    async (request, reply) => {
      await disableTotp(deps, authOf(request).session, requestContext(request));
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/me/2fa/recovery-codes",
    {
      schema: {
        tags,
        security,
        summary: "New recovery codes; the old ones stop working (step-up)",
        response: { 200: recoveryCodes },
      },
    },
    async (request) => ({
      recoveryCodes: await regenerateRecoveryCodes(deps, authOf(request).session, requestContext(request)),
    }),
  );

  for (const enabled of [true, false]) {
    const method = enabled ? "post" : "delete";
    app[method](
      "/api/v1/me/2fa/sms",
      {
        schema: {
          tags,
          security,
          summary: enabled
            ? "Use SMS codes as a second factor (weaker; step-up)"
            : "Stop using SMS codes (step-up)",
        },
      },
      async (request, reply) => {
        await setSmsSecondFactor(deps, authOf(request).session, enabled, requestContext(request));
        return reply.status(204).send();
      },
    );
  }
};

import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requestContext } from "../context.js";
import type { AccountsDeps } from "../deps.js";
import {
  completeMfaLogin,
  type LoginResult,
  login,
  logout,
  type SessionResult,
  sendLoginSms,
} from "../login.js";
import { forgotPassword, resetPassword, selfUnlock } from "../password-reset.js";
import { register, verifyEmail } from "../registration.js";
import { checkPassword } from "../security/password-policy.js";
import { authOf, clearSessionCookie, setSessionCookie } from "./auth-plugin.js";
import {
  clientField,
  localeSchema,
  loginField,
  mfaChallengeSchema,
  passwordField,
  sessionResultSchema,
  userSchema,
} from "./schemas.js";

const tags = ["Accounts"];

/** Registration, verification, sign-in, sign-out, password reset and self-service unlock. */
export const authRoutes: FastifyPluginAsyncZod<{ deps: AccountsDeps }> = async (app, { deps }) => {
  const { config } = deps.platform;

  /** Web logins get a cookie and a CSRF token; API clients get the bearer token itself. */
  function answerSession(reply: FastifyReply, result: SessionResult, client: "api" | "web") {
    if (client === "web") {
      setSessionCookie(reply, config, result.token);
      return { csrfToken: deps.sessions.csrfToken(result.sessionId), user: result.user };
    }
    return { token: result.token, user: result.user };
  }

  function answerLogin(reply: FastifyReply, result: LoginResult, client: "api" | "web") {
    if (result.kind === "mfa")
      return { mfaRequired: true as const, mfaToken: result.mfaToken, methods: result.methods };
    return answerSession(reply, result, client);
  }

  app.post(
    "/api/v1/auth/register",
    {
      schema: {
        tags,
        summary: "Create a customer account; sends the verification email (and SMS code)",
        body: z.object({
          email: z.string().trim().max(254),
          password: passwordField,
          country: z.string().trim().length(2).describe("ISO 3166-1 alpha-2"),
          language: localeSchema.optional(),
          phone: z.string().trim().max(32).optional(),
          name: z.string().trim().max(120).optional(),
        }),
        response: { 201: z.object({ user: userSchema }) },
      },
    },
    async (request, reply) => {
      const user = await register(
        deps,
        { ...request.body, language: request.body.language ?? request.locale },
        requestContext(request),
      );
      return reply.status(201).send({ user });
    },
  );

  app.post(
    "/api/v1/auth/password/check",
    {
      schema: {
        tags,
        summary: "Live strength feedback for a password, by the policy registration uses",
        body: z.object({
          password: z.string().max(1024),
          email: z.string().max(254).optional(),
          name: z.string().max(120).optional(),
          phone: z.string().max(32).optional(),
        }),
        response: {
          200: z.object({
            ok: z.boolean(),
            score: z.number().int(),
            reasons: z.array(z.string()),
            suggestions: z.array(z.string()),
          }),
        },
      },
    },
    async (request) => {
      const { password, ...context } = request.body;
      return checkPassword(password, context);
    },
  );

  app.post(
    "/api/v1/auth/verify-email",
    {
      schema: {
        tags,
        summary: "Confirm an email address with the token from the link",
        body: z.object({ token: z.string().min(1).max(200) }),
        response: { 200: z.object({ user: userSchema }) },
      },
    },
    async (request) => ({ user: await verifyEmail(deps, request.body.token, requestContext(request)) }),
  );

  app.post(
    "/api/v1/auth/login",
    {
      schema: {
        tags,
        summary: "Sign in with email or phone and password",
        body: z.object({ login: loginField, password: passwordField, client: clientField }),
        response: { 200: z.union([sessionResultSchema, mfaChallengeSchema]) },
      },
    },
    async (request, reply) => {
      const result = await login(deps, request.body, requestContext(request));
      return answerLogin(reply, result, request.body.client);
    },
  );

  app.post(
    "/api/v1/auth/login/mfa",
    {
      schema: {
        tags,
        summary: "Second step of sign-in: a TOTP, SMS or recovery code",
        body: z.object({
          mfaToken: z.string().min(1).max(200),
          code: z.string().trim().min(6).max(32),
          client: clientField,
        }),
        response: { 200: sessionResultSchema },
      },
    },
    async (request, reply) => {
      const result = await completeMfaLogin(deps, request.body, requestContext(request));
      return answerSession(reply, result, request.body.client);
    },
  );

  app.post(
    "/api/v1/auth/login/mfa/sms",
    {
      schema: {
        tags,
        summary: "Send the sign-in code by SMS",
        body: z.object({ mfaToken: z.string().min(1).max(200) }),
        response: { 202: z.object({ sent: z.boolean() }) },
      },
    },
    async (request, reply) => {
      await sendLoginSms(deps, request.body.mfaToken);
      return reply.status(202).send({ sent: true });
    },
  );

  app.post(
    "/api/v1/auth/logout",
    { onRequest: app.requireUser, schema: { tags, summary: "End the current session" } },
    async (request, reply) => {
      const auth = authOf(request);
      await logout(deps, auth.userId, auth.session.id, requestContext(request));
      if (auth.via === "cookie") clearSessionCookie(reply, config);
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/auth/password/forgot",
    {
      schema: {
        tags,
        summary:
          "Ask for a reset link (email) or code (SMS); the answer is the same whether or not the account exists",
        body: z.object({
          login: z.string().trim().min(1).max(320),
          via: z.enum(["email", "sms"]).optional(),
        }),
        response: { 202: z.object({ sent: z.literal(true) }) },
      },
    },
    async (request, reply) => {
      await forgotPassword(deps, request.body, requestContext(request));
      return reply.status(202).send({ sent: true as const });
    },
  );

  app.post(
    "/api/v1/auth/password/reset",
    {
      schema: {
        tags,
        summary: "Set a new password with the emailed token (or the SMS code plus login)",
        body: z.object({
          token: z.string().trim().min(1).max(200),
          password: passwordField,
          code: z.string().trim().max(32).optional().describe("TOTP or recovery code when 2FA is on"),
          login: z.string().trim().max(320).optional().describe("Required with an SMS code"),
        }),
      },
    },
    async (request, reply) => {
      await resetPassword(deps, request.body, requestContext(request));
      return reply.status(204).send();
    },
  );

  app.post(
    "/api/v1/auth/unlock",
    {
      schema: {
        tags,
        summary: "Lift a temporary lock with the emailed link",
        body: z.object({ token: z.string().min(1).max(200) }),
      },
    },
    async (request, reply) => {
      await selfUnlock(deps, request.body.token, requestContext(request));
      return reply.status(204).send();
    },
  );
};

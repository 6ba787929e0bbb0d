import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { amountText, currencyCode, plainText } from "../../../platform/http/schemas.js";
import { parseAmount } from "../../../platform/money/money.js";
import { authOf, claimsSession, identifyCaller } from "../../accounts/index.js";
import { describeFinding, guestAnswer } from "../bank/tracer-copy.js";
import type { PaymentsModule } from "../index.js";
import { depositSchema } from "./deposit-routes.js";

const tags = ["Deposits"];

/** Guests may trace this many times an hour from one address; a signed-in customer more. */
const GUEST_TRACES_PER_HOUR = 10;
const USER_TRACES_PER_HOUR = 60;

const DAY_MS = 86_400_000;

const traceBody = z.object({
  amount: amountText,
  currency: currencyCode,
  methodId: z.string().trim().min(1).max(64).optional(),
  approxTime: z.iso
    .datetime({ offset: true })
    .optional()
    .describe(
      "About when the money was sent; the search looks 3 days either side (the last 14 days without it)",
    ),
  providerReference: plainText(100)
    .pipe(z.string().min(1))
    .optional()
    .describe("A reference from the bank or payment app, or the one Satchel gave (SAT-…)"),
  email: plainText(254)
    .pipe(z.email())
    .optional()
    .describe("Guests (not signed in): the account's email address; the answer is emailed there"),
  openCase: z
    .boolean()
    .optional()
    .describe("When nothing is found, open a case for support (signed-in callers)"),
});

/** "My deposit has not arrived": for signed-in customers on screen, for guests by email. */
export const traceRoutes: FastifyPluginAsyncZod<{ payments: PaymentsModule }> = async (app, { payments }) => {
  const { deps, bank, deposits } = payments;

  /** Whether the caller has a valid session (then request.auth is set). */
  const signedInAs = async (request: FastifyRequest): Promise<boolean> =>
    (await identifyCaller(app, request)) !== undefined;

  app.post(
    "/api/v1/deposits/trace",
    {
      config: {
        rateLimit: {
          // Counted per customer when the session is valid, per address otherwise: a made-up
          // token does not buy a guest the customers' allowance.
          keyGenerator: async (request: FastifyRequest) =>
            (await signedInAs(request))
              ? `trace:user:${authOf(request).userId}`
              : `trace:guest:${request.ip}`,
          max: (_request: FastifyRequest, key: string) =>
            key.startsWith("trace:user:") ? USER_TRACES_PER_HOUR : GUEST_TRACES_PER_HOUR,
          timeWindow: "1 hour",
        },
      },
      schema: {
        tags,
        security: [{ bearerAuth: [] }, {}],
        summary: "Trace a deposit that has not arrived: where the money is, in plain words",
        description:
          "Signed in: the caller's deposits (by reference, or by amount and currency around approxTime) and unmatched " +
          "bank money of that amount; finding is credited, pending_at_provider, awaiting_transfer, failed, expired, " +
          "unmatched_received (a case is opened for support: caseId) or not_found (openCase: true opens one). " +
          "Guests give email and always get finding emailed: the answer goes to that address if it belongs to an " +
          `account, and nothing on screen says whether it does. Guests: ${GUEST_TRACES_PER_HOUR} traces an hour.`,
        body: traceBody,
        response: {
          200: z.object({
            finding: z.enum([
              "credited",
              "pending_at_provider",
              "awaiting_transfer",
              "failed",
              "expired",
              "unmatched_received",
              "not_found",
              "emailed",
            ]),
            deposit: depositSchema.optional(),
            explanation: z.string(),
            nextStep: z.string(),
            caseId: z.string().optional(),
          }),
        },
      },
    },
    async (request) => {
      const body = request.body;
      const signedIn = await signedInAs(request);
      // A session that is no longer valid (an expired cookie left in the browser) is answered as
      // a guest when an address is given, and as "sign in" otherwise.
      if (!signedIn && !body.email) {
        if (claimsSession(request)) await app.requireUser(request);
        throw new DomainError("validation_failed", {}, [
          { in: "body", path: "/email", code: "required", message: "Required when not signed in" },
        ]);
      }
      if (body.methodId && !(await deps.methods.all()).some((m) => m.id === body.methodId))
        throw new DomainError("validation_failed", {}, [
          { in: "body", path: "/methodId", code: "invalid", message: "not a payment method" },
        ]);
      const approxTime = body.approxTime ? new Date(body.approxTime) : undefined;
      const now = deps.platform.clock.now().getTime();
      if (approxTime && (approxTime.getTime() > now + DAY_MS || approxTime.getTime() < now - 400 * DAY_MS))
        throw new DomainError("validation_failed", {}, [
          { in: "body", path: "/approxTime", code: "invalid", message: "within the last 400 days" },
        ]);
      const query = {
        amount: parseAmount(body.amount, body.currency),
        currency: body.currency,
        methodId: body.methodId,
        approxTime,
        providerReference: body.providerReference,
        openCase: body.openCase,
      };

      if (!signedIn) {
        await bank.traceForGuest(body.email as string, query);
        return { finding: "emailed" as const, ...guestAnswer(request.locale) };
      }
      const finding = await bank.trace(authOf(request).userId, query);
      return {
        finding: finding.kind,
        ...describeFinding(finding, request.locale),
        ...(finding.deposit
          ? { deposit: await deposits.present(deps.platform.db, finding.deposit, request.locale) }
          : {}),
        ...(finding.caseId ? { caseId: finding.caseId } : {}),
      };
    },
  );
};

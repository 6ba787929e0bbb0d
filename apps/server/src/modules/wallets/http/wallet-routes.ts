import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { currency as currencyOf, formatAmount } from "../../../platform/money/money.js";
import { explainReason, type ReasonCode, reasonCatalog } from "../../../platform/reasons/catalog.js";
import { authOf, senderStatuses } from "../../accounts/index.js";
import type { WalletsDeps } from "../deps.js";
import { limitsFor, usageOf } from "../limits.js";
import { presentWallet } from "../present.js";
import { checkCurrency } from "../transfers.js";
import { currencyCode, security, tags, walletSchema } from "./schemas.js";

/** Balances, currencies, limits and the reason-code catalogue. */
export const walletRoutes: FastifyPluginAsyncZod<{ deps: WalletsDeps }> = async (app, { deps }) => {
  const { platform, ledger } = deps;

  app.get(
    "/api/v1/reason-codes",
    {
      schema: {
        tags,
        summary: "Why a transaction can fail: every reason code with its explanation and next step",
        response: {
          200: z.object({
            data: z.array(
              z.object({
                code: z.string(),
                title: z.string(),
                explanation: z.string(),
                nextStep: z.string(),
                helpArticle: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => ({
      data: (Object.keys(reasonCatalog) as ReasonCode[]).map((code) => explainReason(code, request.locale)),
    }),
  );

  app.get(
    "/api/v1/currencies",
    {
      schema: {
        tags,
        summary: "The currencies a wallet can hold",
        response: { 200: z.object({ data: z.array(z.object({ code: z.string(), exponent: z.number() })) }) },
      },
    },
    async () => ({
      data: platform.config.wallets.currencies.map((code) => ({ code, exponent: currencyOf(code).exponent })),
    }),
  );

  app.get(
    "/api/v1/wallets",
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        security,
        summary: "The caller's wallets: posted, held and available balance per currency",
        response: { 200: z.object({ data: z.array(walletSchema) }) },
      },
    },
    async (request) => ({
      data: (await ledger.walletsOf(platform.db, authOf(request).userId)).map(presentWallet),
    }),
  );

  app.post(
    "/api/v1/wallets",
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        security,
        summary: "Open a wallet in another currency (answers the existing one when already open)",
        body: z.object({ currency: currencyCode }),
        response: { 200: walletSchema, 201: walletSchema },
      },
    },
    async (request, reply) => {
      const { userId, role } = authOf(request);
      // Staff hold no money here: a wallet of their own would invite self-adjustment.
      if (role !== "customer") throw new DomainError("forbidden");
      checkCurrency(deps, request.body.currency);
      const before = await ledger.customerWallets(
        platform.db,
        [{ ownerId: userId, currency: request.body.currency }],
        false,
      );
      const wallet = await ledger.customerWallet(platform.db, userId, request.body.currency);
      return reply.status(before.size > 0 ? 200 : 201).send(presentWallet(wallet));
    },
  );

  app.get(
    "/api/v1/wallets/:walletId",
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        security,
        summary: "One wallet; with ?at= its posted balance as it stood at that moment, from the history",
        params: z.object({ walletId: z.string().max(64) }),
        querystring: z.object({ at: z.iso.datetime({ offset: true }).optional() }),
        response: {
          200: walletSchema.extend({ at: z.string().nullable(), postedAt: z.string().nullable() }),
        },
      },
    },
    async (request) => {
      const wallet = await ledger.account(platform.db, request.params.walletId);
      // Another customer's wallet is "not found", exactly like one that does not exist.
      if (wallet?.kind !== "customer" || wallet.ownerId !== authOf(request).userId)
        throw new DomainError("not_found");
      const at = request.query.at ? new Date(request.query.at) : undefined;
      const postedAt = at ? await ledger.postedAt(platform.db, wallet.id, at) : undefined;
      return {
        ...presentWallet(wallet),
        at: at?.toISOString() ?? null,
        postedAt: postedAt === undefined ? null : formatAmount(postedAt, wallet.currency),
      };
    },
  );

  const limitUsage = z.object({ limit: z.string(), used: z.string(), remaining: z.string() });
  app.get(
    "/api/v1/limits",
    {
      onRequest: app.requireUser,
      schema: {
        tags,
        security,
        summary: "The caller's sending limits and what is left of them today and this month",
        response: {
          200: z.object({
            level: z.number(),
            currency: z.string(),
            perTransaction: z.string(),
            daily: limitUsage,
            monthly: limitUsage,
          }),
        },
      },
    },
    async (request) => {
      const userId = authOf(request).userId;
      const level = (await senderStatuses(platform.db, [userId])).get(userId)?.verificationLevel ?? 0;
      const limits = limitsFor(platform.config.wallets, level);
      const usage = (await usageOf(platform.db, [userId], platform.clock.now(), { lock: false })).get(
        userId,
      ) ?? {
        daily: 0n,
        monthly: 0n,
      };
      const usd = (minor: bigint) => formatAmount(minor, "USD");
      const part = (limit: bigint, used: bigint) => ({
        limit: usd(limit),
        used: usd(used),
        remaining: usd(limit > used ? limit - used : 0n),
      });
      return {
        level,
        currency: "USD",
        perTransaction: usd(limits.perTransaction),
        daily: part(limits.daily, usage.daily),
        monthly: part(limits.monthly, usage.monthly),
      };
    },
  );
};

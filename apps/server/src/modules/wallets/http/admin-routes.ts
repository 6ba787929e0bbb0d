import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { formatAmount } from "../../../platform/money/money.js";
import { accountHolder, authOf, customerForStaff } from "../../accounts/index.js";
import { adjustWallet } from "../adjustments.js";
import type { WalletsDeps } from "../deps.js";
import { presentWallet } from "../present.js";
import {
  amountText,
  currencyCode,
  idempotencyHeaders,
  idempotencyKeyOf,
  plainText,
  sendOutcome,
  transactionSchema,
} from "./schemas.js";

const tags = ["Admin: ledger"];
const security = [{ bearerAuth: [] }];

/** The operator's view of the books: trial balance, platform accounts, FX rates, adjustments. */
export const ledgerAdminRoutes: FastifyPluginAsyncZod<{ deps: WalletsDeps }> = async (app, { deps }) => {
  const { platform, ledger, fx } = deps;
  app.addHook("onRequest", app.requireAdmin);
  // Audit entries and "last changed by" name the admin by email, as the accounts module does.
  const actorOf = async (request: Parameters<typeof authOf>[0]) => {
    const auth = authOf(request);
    const holder = await accountHolder(platform.db, auth.userId);
    return { id: auth.userId, label: holder?.email ?? auth.userId };
  };

  app.get(
    "/api/v1/admin/ledger/trial-balance",
    {
      schema: {
        tags,
        security,
        summary: "Per currency, the sum of every account: zero when the books balance",
        response: {
          200: z.object({
            data: z.array(z.object({ currency: z.string(), total: z.string(), accounts: z.number() })),
            balanced: z.boolean(),
            asOf: z.string(),
          }),
        },
      },
    },
    async () => {
      const asOf = platform.clock.now().toISOString();
      const rows = await ledger.trialBalanceDetail(platform.db);
      return {
        data: rows.map((r) => ({
          currency: r.currency,
          total: formatAmount(r.total, r.currency),
          accounts: r.accounts,
        })),
        balanced: rows.every((r) => r.total === 0n),
        asOf,
      };
    },
  );

  app.get(
    "/api/v1/admin/ledger/accounts",
    {
      schema: {
        tags,
        security,
        summary: "Platform accounts (fees, FX, adjustments, provider clearing…) summed over their shards",
        response: {
          200: z.object({
            data: z.array(
              z.object({
                code: z.string(),
                currency: z.string(),
                posted: z.string(),
                held: z.string(),
                available: z.string(),
                subAccounts: z.number(),
              }),
            ),
          }),
        },
      },
    },
    async () => ({
      data: (await ledger.platformTotals(platform.db)).map((a) => ({
        code: a.code,
        currency: a.currency,
        posted: formatAmount(a.posted, a.currency),
        held: formatAmount(a.held, a.currency),
        available: formatAmount(a.posted - a.held, a.currency),
        subAccounts: a.subAccounts,
      })),
    }),
  );

  const rateSchema = z.object({
    currency: z.string(),
    rate: z.string(),
    updatedAt: z.string(),
    updatedBy: z.string().nullable(),
  });
  const presentRate = (r: { currency: string; rate: string; updatedAt: Date; updatedBy: string | null }) => ({
    ...r,
    updatedAt: r.updatedAt.toISOString(),
  });

  app.get(
    "/api/v1/admin/fx/rates",
    {
      schema: {
        tags,
        security,
        summary: "Exchange rates: units of each currency per 1 USD, and the spread customers pay",
        response: {
          200: z.object({ base: z.literal("USD"), spreadPercent: z.string(), data: z.array(rateSchema) }),
        },
      },
    },
    async () => ({
      base: "USD" as const,
      spreadPercent: (Number(platform.config.wallets.fxSpreadPpm) / 10_000).toString(),
      data: (await fx.list()).map(presentRate),
    }),
  );

  app.put(
    "/api/v1/admin/fx/rates/:currency",
    {
      schema: {
        tags,
        security,
        summary: "Set a currency's rate against USD (audited)",
        params: z.object({ currency: currencyCode }),
        body: z.object({
          rate: z.string().trim().min(1).max(20).describe('Units per 1 USD, such as "7.2450"'),
        }),
        response: { 200: rateSchema },
      },
    },
    async (request) => {
      const actor = await actorOf(request);
      return presentRate(
        await platform.db
          .transaction()
          .execute((trx) => fx.setRate(trx, actor, request.params.currency, request.body.rate)),
      );
    },
  );

  app.get(
    "/api/v1/admin/wallets",
    {
      schema: {
        tags,
        security,
        summary: "A customer's wallets, found by wallet number, email or phone (to adjust one)",
        querystring: z.object({ customer: z.string().trim().min(3).max(254) }),
        response: {
          200: z.object({
            customer: z.object({
              id: z.string(),
              name: z.string().nullable(),
              email: z.string(),
              walletNumber: z.string(),
              frozen: z.boolean(),
              verificationLevel: z.number(),
            }),
            data: z.array(
              z.object({
                id: z.string(),
                currency: z.string(),
                available: z.string(),
                held: z.string(),
                posted: z.string(),
              }),
            ),
          }),
        },
      },
    },
    async (request) => {
      const customer = await customerForStaff(platform.db, request.query.customer);
      if (!customer) throw new DomainError("recipient_not_found");
      const wallets = await ledger.walletsOf(platform.db, customer.id);
      return {
        customer,
        data: wallets.map(presentWallet),
      };
    },
  );

  app.post(
    "/api/v1/admin/wallets/:walletId/adjustments",
    {
      schema: {
        tags,
        security,
        summary:
          "Credit (positive) or debit (negative) a customer wallet against the adjustments account (audited)",
        params: z.object({ walletId: z.string().max(64) }),
        headers: idempotencyHeaders,
        body: z.object({
          amount: amountText,
          currency: currencyCode,
          reason: plainText(500).pipe(z.string().min(3)),
        }),
        response: { 201: transactionSchema },
      },
    },
    async (request, reply) => {
      const key = idempotencyKeyOf(request);
      const actor = await actorOf(request);
      return sendOutcome(reply, await adjustWallet(deps, actor, request.params.walletId, request.body, key));
    },
  );
};

import { Readable } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authOf } from "../../accounts/index.js";
import { csvHeader, csvLine } from "../csv.js";
import type { WalletsDeps } from "../deps.js";
import { allTransactions, parseFilter, transactionDetail, transactionPage } from "../history.js";
import { monthlyStatement } from "../statement.js";
import { currencyCode, reasonSchema, security, tags, transactionSchema } from "./schemas.js";

const filterQuery = z.object({
  type: z
    .string()
    .max(200)
    .optional()
    .describe("Comma-separated: transfer_out, transfer_in, exchange, adjustment, …"),
  status: z.string().max(100).optional().describe("Comma-separated: pending, completed, failed, reversed"),
  currency: z.string().max(3).optional(),
  from: z.string().max(40).optional().describe("A date or timestamp; inclusive"),
  to: z.string().max(40).optional().describe("A date (inclusive of that day) or timestamp (exclusive)"),
  minAmount: z.string().max(30).optional(),
  maxAmount: z.string().max(30).optional(),
  counterparty: z.string().max(64).optional().describe("Part of a wallet number, masked name or note"),
  reference: z.string().max(32).optional(),
});

/** The caller's transaction history: list, detail, CSV export. */
export const transactionRoutes: FastifyPluginAsyncZod<{ deps: WalletsDeps }> = async (app, { deps }) => {
  app.addHook("onRequest", app.requireUser);

  app.get(
    "/api/v1/transactions",
    {
      schema: {
        tags,
        security,
        summary: "Everything that touched the caller's money, newest first, with filters",
        querystring: filterQuery.extend({
          limit: z.coerce.number().int().min(1).max(100).default(25),
          cursor: z.string().max(64).optional(),
        }),
        response: { 200: z.object({ data: z.array(transactionSchema), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return transactionPage(deps, authOf(request).userId, filter, { limit, cursor });
    },
  );

  app.get(
    "/api/v1/transactions/export.csv",
    {
      schema: {
        tags,
        security,
        summary: "The filtered history as CSV (UTF-8 with BOM), streamed",
        querystring: filterQuery,
        produces: ["text/csv"],
      },
    },
    async (request, reply) => {
      const userId = authOf(request).userId;
      const filter = parseFilter(request.query);
      const locale = request.locale;
      // The first page is read before the answer starts: a database refusal is then still a
      // proper problem, not a download cut short after "200 OK".
      const rows = allTransactions(deps, userId, filter);
      const first = await rows.next();
      async function* lines() {
        yield csvHeader(locale);
        if (first.done) return;
        yield csvLine(first.value);
        for await (const row of rows) yield csvLine(row);
      }
      const day = deps.platform.clock.now().toISOString().slice(0, 10);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="satchel-transactions-${day}.csv"`)
        .header("cache-control", "no-store")
        .send(Readable.from(lines()));
    },
  );

  app.get(
    "/api/v1/statements/:file",
    {
      schema: {
        tags,
        security,
        summary: "The monthly statement as PDF, in the caller's language: /api/v1/statements/2026-11.pdf",
        params: z.object({
          file: z.string().regex(/^\d{4}-\d{2}\.pdf$/, "a month and .pdf, such as 2026-11.pdf"),
        }),
        querystring: z.object({ currency: currencyCode.optional() }),
        produces: ["application/pdf"],
      },
    },
    async (request, reply) => {
      const month = request.params.file.slice(0, 7);
      const pdf = await monthlyStatement(deps, authOf(request).userId, month, {
        currency: request.query.currency,
        locale: request.locale,
      });
      return reply
        .type("application/pdf")
        .header("content-disposition", `inline; filename="satchel-statement-${month}.pdf"`)
        .header("cache-control", "no-store")
        .send(pdf);
    },
  );

  app.get(
    "/api/v1/transactions/:id",
    {
      schema: {
        tags,
        security,
        summary: "One transaction, its timeline and, when it failed, why and what to do",
        params: z.object({ id: z.string().max(64) }),
        response: {
          200: transactionSchema.extend({
            timeline: z.array(
              z.object({ status: z.string(), at: z.string(), reasonCode: z.string().nullable() }),
            ),
            reason: reasonSchema.nullable(),
            balanceAfter: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => transactionDetail(deps, authOf(request).userId, request.params.id, request.locale),
  );
};

import { createHash } from "node:crypto";
import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { buildProblem } from "../../../platform/errors/problem.js";
import {
  amountText,
  currencyCode,
  idempotencyHeaders,
  idempotencyKeyOf,
  plainText,
} from "../../../platform/http/schemas.js";
import { accountHolder, authOf } from "../../accounts/index.js";
import { presentCases, presentLine, presentLines } from "../bank/present.js";
import type { PaymentsModule } from "../index.js";

const tags = ["Bank statements and cases"];
const security = [{ bearerAuth: [] }];

const lineView = z.object({
  id: z.string(),
  externalId: z.string(),
  methodId: z.string(),
  amount: z.string(),
  currency: z.string(),
  reference: z.string(),
  payerName: z.string().nullable(),
  valueDate: z.string(),
  status: z.enum(["matched", "unmatched", "manually_matched", "returned"]),
  depositId: z.string().nullable(),
  customer: z.object({ walletNumber: z.string(), email: z.string() }).nullable(),
  matchedBy: z.string().nullable().describe("The email of the staff member who matched it by hand"),
  matchedAt: z.string().nullable(),
  createdAt: z.string(),
  caseId: z.string().nullable().describe("The suspense case of an unmatched line"),
  unmatchedReason: z
    .object({ code: z.string(), text: z.string() })
    .nullable()
    .describe("Why an unmatched line could not be credited by itself"),
});

const caseView = z.object({
  id: z.string(),
  kind: z.enum(["unmatched_line", "deposit_trace"]),
  status: z.enum(["open", "resolved"]),
  customer: z.object({ walletNumber: z.string(), email: z.string(), name: z.string() }).nullable(),
  email: z.string().nullable(),
  statementLineId: z.string().nullable(),
  depositId: z.string().nullable(),
  evidence: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
  resolution: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  resolvedBy: z.string().nullable(),
});

const page = {
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(64).optional(),
};

const idParams = z.object({ id: z.string().max(64) });

/**
 * Bank statements for the admin page (post a line, import a CSV statement) and the suspense
 * queue for staff (agents and admins): unmatched lines to match to a customer, and cases.
 */
export const bankRoutes: FastifyPluginAsyncZod<{ payments: PaymentsModule }> = async (app, { payments }) => {
  const { deps, bank } = payments;
  const { db } = deps.platform;

  // Statement files come as CSV text; only this scope reads text/csv, within the body limit.
  app.addContentTypeParser(
    "text/csv",
    { parseAs: "string", bodyLimit: deps.platform.config.bodyLimit },
    (_request, body, done) => done(null, body),
  );

  // Audit entries and "matched by" name the staff member by email, as the ledger's admin pages do.
  const actorOf = async (request: FastifyRequest) => {
    const auth = authOf(request);
    const holder = await accountHolder(db, auth.userId);
    return { id: auth.userId, label: holder?.email ?? auth.userId };
  };

  app.post(
    "/api/v1/admin/bank/statement-lines",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary:
          "Admin: post a credit line of a bank statement; it credits the deposit it quotes or goes to suspense",
        description:
          "The reference text is searched for a deposit's bank reference (spaces, dashes and case ignored). " +
          "An open deposit of this method with the same currency and amount is credited at once (status matched); " +
          "anything else is booked to bank_suspense and opens an unmatched_line case (status unmatched). " +
          "Give externalId (the bank's id of the line), or at least an Idempotency-Key: the same id (or key) " +
          "posted again for the method is refused with 409 statement_line_duplicate (extension lineId) and credits nothing.",
        headers: idempotencyHeaders,
        body: z.object({
          methodId: z.string().trim().min(1).max(64),
          amount: amountText,
          currency: currencyCode,
          reference: plainText(500).describe("The payment text as the bank shows it (may be empty)"),
          payerName: plainText(200).optional(),
          valueDate: z.string().trim().max(32).optional().describe("YYYY-MM-DD; today when left out"),
          externalId: plainText(100).pipe(z.string().min(1)).optional(),
        }),
        response: { 201: lineView },
      },
    },
    async (request, reply) => {
      // Without the bank's id, the Idempotency-Key names the line: a retried post is a duplicate, not a second credit.
      const key = idempotencyKeyOf(request);
      const body = request.body;
      const outcome = await bank.postLine(await actorOf(request), {
        ...body,
        ...(!body.externalId && key
          ? { externalId: `key:${createHash("sha256").update(key).digest("hex").slice(0, 32)}` }
          : {}),
      });
      if (outcome.result === "duplicate")
        throw new DomainError("statement_line_duplicate", { externalId: outcome.line.external_id }, [], {
          lineId: outcome.line.id,
        });
      return reply.status(201).send(await presentLine(db, outcome.line, request.locale));
    },
  );

  app.post(
    "/api/v1/admin/bank/statement-imports",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: import a bank statement (CSV); each row is posted like a single line",
        description:
          "Body: CSV text (Content-Type text/csv) with the header date,amount,currency,reference,payer,id " +
          "(any order and case; payer and id may be left out; a BOM, CRLF, quoted fields and ; or tab separators are fine). " +
          "Dates as YYYY-MM-DD. Rows without an id get one from their content, so importing the same file again posts nothing twice. " +
          "A bad row is reported in errors with its line number and the others are still imported; " +
          "a file that cannot be read at all is 400 statement_csv_invalid.",
        consumes: ["text/csv"],
        querystring: z.object({ methodId: z.string().trim().min(1).max(64) }),
        body: z.string().describe("The statement as CSV text"),
        response: {
          200: z.object({
            importId: z.string(),
            imported: z.number(),
            matched: z.number(),
            unmatched: z.number(),
            duplicates: z.number(),
            errors: z.array(z.object({ line: z.number(), code: z.string(), message: z.string() })),
          }),
        },
      },
    },
    async (request) => {
      const summary = await bank.importStatement(
        await actorOf(request),
        request.query.methodId,
        request.body,
      );
      return {
        ...summary,
        errors: summary.errors.map(({ line, error }) => {
          const problem = buildProblem(error.code, request.locale, { params: error.params });
          return {
            line,
            code: error.code,
            message:
              error.code === "statement_row_invalid" ? problem.detail : `${problem.title}: ${problem.detail}`,
          };
        }),
      };
    },
  );

  app.get(
    "/api/v1/admin/bank/statement-lines",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: statement lines, newest first (status=unmatched is the suspense queue)",
        querystring: z.object({
          status: z.enum(["matched", "unmatched", "manually_matched", "returned"]).optional(),
          methodId: z.string().max(64).optional(),
          ...page,
        }),
        response: { 200: z.object({ data: z.array(lineView), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { status, methodId, limit, cursor } = request.query;
      const rows = await bank.listLines({ status, methodId, limit, ...(cursor ? { cursor } : {}) });
      return {
        data: await presentLines(db, rows, request.locale),
        nextCursor: rows.length === limit ? (rows.at(-1)?.id ?? null) : null,
      };
    },
  );

  app.get(
    "/api/v1/admin/bank/statement-lines/:id",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: one statement line",
        params: idParams,
        response: { 200: lineView },
      },
    },
    async (request) => {
      const row = await bank.getLine(request.params.id);
      if (!row) throw new DomainError("not_found");
      return presentLine(db, row, request.locale);
    },
  );

  app.post(
    "/api/v1/admin/bank/statement-lines/:id/match",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: match an unmatched line to the customer whose money it is (audited)",
        description:
          "customer: a wallet number, verified email or verified phone. With depositId, that customer's open deposit " +
          "(same currency and amount) is credited; without it a deposit of the line's amount is made for the customer " +
          "(the method's fee applies) and credited. The money comes out of bank_suspense; the customer is emailed.",
        params: idParams,
        body: z.object({
          customer: plainText(254).pipe(z.string().min(3)),
          depositId: z.string().trim().min(1).max(64).optional(),
        }),
        response: { 200: lineView },
      },
    },
    async (request) => {
      const line = await bank.matchLine(await actorOf(request), request.params.id, request.body);
      return presentLine(db, line, request.locale);
    },
  );

  app.get(
    "/api/v1/admin/payment-cases",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: payment cases (unmatched bank money, customers' deposit traces), newest first",
        querystring: z.object({
          status: z.enum(["open", "resolved"]).optional(),
          kind: z.enum(["unmatched_line", "deposit_trace"]).optional(),
          ...page,
        }),
        response: { 200: z.object({ data: z.array(caseView), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { status, kind, limit, cursor } = request.query;
      const rows = await bank.listCases({ status, kind, limit, ...(cursor ? { cursor } : {}) });
      return {
        data: await presentCases(db, rows, request.locale),
        nextCursor: rows.length === limit ? (rows.at(-1)?.id ?? null) : null,
      };
    },
  );

  app.post(
    "/api/v1/admin/payment-cases/:id/resolve",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: close a case with what was done about it (audited)",
        description:
          "Resolving an unmatched_line case does not move its money: it stays in bank_suspense until the line is matched.",
        params: idParams,
        body: z.object({ resolution: plainText(1000).pipe(z.string().min(3)) }),
        response: { 200: caseView },
      },
    },
    async (request) => {
      const resolved = await bank.resolveCase(
        await actorOf(request),
        request.params.id,
        request.body.resolution,
      );
      const [view] = await presentCases(db, [resolved], request.locale);
      return view as NonNullable<typeof view>;
    },
  );
};

import { transactionWithRetry } from "../../../platform/db/retry.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { parseAmount } from "../../../platform/money/money.js";
import { customerForStaff } from "../../accounts/index.js";
import type { Actor } from "../../audit/index.js";
import type { Chore } from "../chores.js";
import type { Deposits } from "../deposits/index.js";
import type { PaymentsDeps } from "../deps.js";
import {
  type CaseKind,
  type CaseRow,
  findLine,
  type LineRow,
  type LineStatus,
  listCases,
  listLines,
} from "./bank-repository.js";
import { resolveCase } from "./cases.js";
import { type ImportSummary, importStatement } from "./import.js";
import { type MatchInput, matchLine } from "./matching.js";
import { MAX_REFERENCE_TEXT } from "./reference.js";
import { type PostOutcome, postStatementLine, statementMethod } from "./statement.js";
import { cleanText, MAX_PAYER_NAME, parseValueDate } from "./statement-file.js";
import { type Finding, type TraceQuery, traceDeposit } from "./tracer.js";
import { traceEmail } from "./tracer-copy.js";

export type { ImportSummary } from "./import.js";
export type { Finding, TraceQuery } from "./tracer.js";

/** A statement line as an admin types it in. */
export interface LineInput {
  methodId: string;
  amount: string;
  currency: string;
  reference: string;
  payerName?: string | undefined;
  /** YYYY-MM-DD; today when left out. */
  valueDate?: string | undefined;
  /** The bank's id of the line: give it, so posting the same line again is recognised. */
  externalId?: string | undefined;
}

/**
 * Bank transfers in: statement lines (posted one by one or imported from CSV) credit the
 * deposit whose reference they quote, or go to suspense with a case for staff, who match
 * them to a customer. And the "my deposit has not arrived" tracer for customers and guests.
 */
export interface Bank {
  chores: Chore[];
  postLine(actor: Actor, input: LineInput): Promise<PostOutcome>;
  importStatement(actor: Actor, methodId: string, csv: string): Promise<ImportSummary>;
  matchLine(actor: Actor & { id: string }, lineId: string, input: MatchInput): Promise<LineRow>;
  listLines(filter: {
    status?: LineStatus | undefined;
    methodId?: string | undefined;
    limit: number;
    cursor?: string;
  }): Promise<LineRow[]>;
  getLine(id: string): Promise<LineRow | undefined>;
  listCases(filter: {
    status?: CaseRow["status"] | undefined;
    kind?: CaseKind | undefined;
    limit: number;
    cursor?: string;
  }): Promise<CaseRow[]>;
  resolveCase(actor: Actor & { id: string }, caseId: string, resolution: string): Promise<CaseRow>;
  /** A signed-in customer's trace: where the money is (may open a case). */
  trace(userId: string, query: TraceQuery): Promise<Finding>;
  /** A guest's trace: queued, then answered by email to the address's owner, if there is one. */
  traceForGuest(email: string, query: TraceQuery): Promise<void>;
}

const GUEST_TRACE_TOPIC = "payments.guest_trace";

export function createBank(deps: PaymentsDeps, _deposits: Deposits): Bank {
  const { platform } = deps;

  // Guests' traces run here, after the request has been answered: the answer on screen and
  // the time it takes are the same whether or not the address has an account.
  platform.outbox.register(GUEST_TRACE_TOPIC, async (payload) => {
    const email = String(payload.email);
    const query: TraceQuery = {
      amount: BigInt(String(payload.amount)),
      currency: String(payload.currency),
      methodId: typeof payload.methodId === "string" ? payload.methodId : undefined,
      approxTime: typeof payload.approxTime === "string" ? new Date(payload.approxTime) : undefined,
      providerReference:
        typeof payload.providerReference === "string" ? payload.providerReference : undefined,
      openCase: payload.openCase === true,
    };
    const customer = await customerForStaff(platform.db, email);
    if (!customer) return;
    await transactionWithRetry(platform.db, async (trx) => {
      const finding = await traceDeposit(deps, trx, { id: customer.id, email: customer.email }, query);
      const url = deps.customers.url(finding.deposit ? `/deposits/${finding.deposit.id}` : "/deposits/trace");
      await deps.customers.email(trx, customer.id, traceEmail(finding, url));
    });
  });

  return {
    chores: [],

    async postLine(actor, input) {
      const method = await statementMethod(deps, input.methodId);
      const now = platform.clock.now();
      const valueDate = input.valueDate
        ? parseValueDate(input.valueDate, now)
        : now.toISOString().slice(0, 10);
      if (!valueDate)
        throw new DomainError("validation_failed", {}, [
          {
            in: "body",
            path: "/valueDate",
            code: "invalid",
            message: "a date as YYYY-MM-DD, within five years back and a week ahead",
          },
        ]);
      return postStatementLine(
        deps,
        method,
        {
          amount: parseAmount(input.amount, input.currency),
          currency: input.currency,
          referenceText: cleanText(input.reference, MAX_REFERENCE_TEXT),
          payerName: cleanText(input.payerName ?? "", MAX_PAYER_NAME) || null,
          valueDate,
          externalId: input.externalId || `manual:${platform.ids.next("statementLine")}`,
        },
        { actor, audit: true },
      );
    },

    importStatement: (actor, methodId, csv) => importStatement(deps, actor, methodId, csv),
    matchLine: (actor, lineId, input) => matchLine(deps, actor, lineId, input),
    listLines: (filter) => listLines(platform.db, filter),
    getLine: (id) => findLine(platform.db, id),
    listCases: (filter) => listCases(platform.db, filter),
    resolveCase: (actor, caseId, resolution) => resolveCase(deps, actor, caseId, resolution),

    async trace(userId, query) {
      const profile = await deps.customers.profile(platform.db, userId);
      if (!profile) throw new DomainError("authentication_required");
      return transactionWithRetry(platform.db, (trx) =>
        traceDeposit(deps, trx, { id: profile.id, email: profile.email }, query),
      );
    },

    async traceForGuest(email, query) {
      await platform.outbox.enqueue(platform.db, GUEST_TRACE_TOPIC, {
        email,
        amount: query.amount.toString(),
        currency: query.currency,
        methodId: query.methodId ?? null,
        approxTime: query.approxTime?.toISOString() ?? null,
        providerReference: query.providerReference ?? null,
        openCase: query.openCase === true,
      });
    },
  };
}

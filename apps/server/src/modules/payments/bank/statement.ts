import { transactionWithRetry } from "../../../platform/db/retry.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { formatAmount } from "../../../platform/money/money.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { accountHolder } from "../../accounts/index.js";
import type { Actor } from "../../audit/index.js";
import { type DepositRow, lockDeposit } from "../deposits/deposits-repository.js";
import { settleDeposit } from "../deposits/settle.js";
import type { PaymentsDeps } from "../deps.js";
import type { MethodRow } from "../methods/catalogue.js";
import { findLineByExternalId, insertCase, insertLine, type LineRow, updateLine } from "./bank-repository.js";
import { depositsReferencedIn, OPEN_STATUSES, openDepositsOfAmount } from "./deposit-search.js";
import type { LineDraft } from "./statement-file.js";
import type { UnmatchedReason } from "./unmatched-reasons.js";

export type PostOutcome = { result: "matched" | "unmatched" | "duplicate"; line: LineRow };

const isOpen = (d: Pick<DepositRow, "status">) => OPEN_STATUSES.includes(d.status);

/** The bank-transfer method a statement belongs to; statement lines of cards make no sense. */
export async function statementMethod(deps: PaymentsDeps, methodId: string): Promise<MethodRow> {
  const method = await deps.methods.get(methodId);
  if (method.kind !== "bank_transfer") throw new DomainError("bank_method_required", { methodId });
  return method;
}

/**
 * Posts one credit line of a bank statement, in one transaction. The line is inserted first:
 * a (method, external id) already there makes it a duplicate and nothing else happens, so a
 * statement posted twice credits nobody twice. Then the deposit whose reference appears in
 * the payment text is locked and checked (open, same method, currency and amount); if it
 * fits, it is settled from the provider account. Anything else goes to suspense
 * (`provider:<key>` → `bank_suspense`) with a case for staff carrying the evidence.
 */
export async function postStatementLine(
  deps: PaymentsDeps,
  method: MethodRow,
  draft: LineDraft,
  options: { importId?: string; actor: Actor; audit: boolean },
): Promise<PostOutcome> {
  const { platform } = deps;
  return transactionWithRetry(platform.db, async (trx) => {
    const now = platform.clock.now();
    const id = platform.ids.next("statementLine");
    const row: LineRow = {
      id,
      external_id: draft.externalId,
      method_id: method.id,
      amount: draft.amount,
      currency: draft.currency,
      reference_text: draft.referenceText,
      payer_name: draft.payerName,
      value_date: draft.valueDate,
      status: "unmatched",
      deposit_id: null,
      journal_id: null,
      import_id: options.importId ?? null,
      matched_by: null,
      matched_at: null,
      created_at: now,
    };
    if (!(await insertLine(trx, row))) {
      const existing = await findLineByExternalId(trx, method.id, draft.externalId);
      return { result: "duplicate" as const, line: existing as LineRow };
    }
    const referenced = await depositsReferencedIn(trx, draft.referenceText);
    const decision = await decide(trx, method, draft, referenced);
    let line: LineRow;
    if ("deposit" in decision) {
      // Settling locks the deposit again (same transaction) and credits it from provider:<key>.
      const settled = await settleDeposit(deps, trx, decision.deposit.id, { status: "succeeded" });
      const patch = {
        status: "matched" as const,
        deposit_id: decision.deposit.id,
        journal_id: settled.deposit.journal_id,
        matched_at: now,
      };
      await updateLine(trx, id, patch);
      line = { ...row, ...patch };
    } else {
      const journalId = await toSuspense(deps, trx, method, row, decision.reason, referenced);
      line = { ...row, journal_id: journalId };
    }
    if (options.audit)
      await deps.audit.record(
        trx,
        options.actor,
        "bank.statement_line_posted",
        { type: "bank_statement_line", id },
        {
          externalId: draft.externalId,
          methodId: method.id,
          amount: formatAmount(draft.amount, draft.currency),
          currency: draft.currency,
          status: line.status,
          depositId: line.deposit_id,
        },
      );
    return { result: line.status === "matched" ? ("matched" as const) : ("unmatched" as const), line };
  });
}

type Decision = { deposit: DepositRow } | { reason: UnmatchedReason };

/** Whether the line pays exactly one open deposit; decided on the locked row, so a deposit is paid once. */
async function decide(
  trx: Executor,
  method: MethodRow,
  draft: LineDraft,
  referenced: DepositRow[],
): Promise<Decision> {
  if (referenced.length === 0)
    return { reason: draft.referenceText.trim() ? "reference_not_found" : "reference_missing" };
  const ofMethod = referenced.filter((d) => d.method_id === method.id);
  if (ofMethod.length === 0) return { reason: "method_mismatch" };
  const open = ofMethod.filter(isOpen);
  if (open.length === 0) return { reason: "deposit_closed" };
  if (open.length > 1) return { reason: "ambiguous" };
  const deposit = await lockDeposit(trx, (open[0] as DepositRow).id);
  if (!deposit || !isOpen(deposit)) return { reason: "deposit_closed" };
  if (deposit.currency !== draft.currency) return { reason: "currency_mismatch" };
  if (deposit.amount !== draft.amount) return { reason: "amount_mismatch" };
  return { deposit };
}

/** Books the line into suspense and opens its case; returns the journal. */
async function toSuspense(
  deps: PaymentsDeps,
  trx: Executor,
  method: MethodRow,
  line: LineRow,
  reason: UnmatchedReason,
  referenced: DepositRow[],
): Promise<string> {
  const { ledger, platform } = deps;
  const lineId = line.id;
  const draft = {
    amount: line.amount,
    currency: line.currency,
    referenceText: line.reference_text,
    payerName: line.payer_name,
    valueDate: line.value_date,
    externalId: line.external_id,
  };
  const provider = await ledger.platformAccount(trx, `provider:${method.provider}`, draft.currency);
  const suspense = await ledger.platformAccount(trx, "bank_suspense", draft.currency);
  const journalId = await ledger.post(trx, {
    kind: "bank_suspense",
    memo: { statementLineId: lineId, methodId: method.id, reason },
    postings: [
      { accountId: provider.id, amount: -draft.amount },
      { accountId: suspense.id, amount: draft.amount },
    ],
  });
  await updateLine(trx, lineId, { journal_id: journalId });
  await insertCase(trx, {
    id: platform.ids.next("paymentCase"),
    kind: "unmatched_line",
    status: "open",
    user_id: null,
    email: null,
    statement_line_id: lineId,
    deposit_id: null,
    evidence: JSON.stringify({
      reason,
      referenceText: draft.referenceText,
      payerName: draft.payerName,
      amount: formatAmount(draft.amount, draft.currency),
      currency: draft.currency,
      valueDate: draft.valueDate,
      externalId: draft.externalId,
      methodId: method.id,
      candidates: await candidatesFor(trx, method, draft, referenced),
    }),
    resolution: null,
    resolved_by: null,
    resolved_at: null,
    created_at: platform.clock.now(),
  });
  return journalId;
}

/**
 * The deposits a person matching the line would look at first: those whose reference is in
 * the payment text, then open deposits of the method for exactly this amount.
 */
async function candidatesFor(trx: Executor, method: MethodRow, draft: LineDraft, referenced: DepositRow[]) {
  const sameAmount = await openDepositsOfAmount(trx, {
    methodId: method.id,
    amount: draft.amount,
    currency: draft.currency,
  });
  const seen = new Set<string>();
  const picked: { deposit: DepositRow; why: "reference" | "amount" }[] = [];
  for (const deposit of referenced.slice(0, 5))
    if (!seen.has(deposit.id)) {
      seen.add(deposit.id);
      picked.push({ deposit, why: "reference" });
    }
  for (const deposit of sameAmount)
    if (!seen.has(deposit.id)) {
      seen.add(deposit.id);
      picked.push({ deposit, why: "amount" });
    }
  return Promise.all(
    picked.map(async ({ deposit, why }) => {
      const holder = await accountHolder(trx, deposit.user_id);
      return {
        why,
        depositId: deposit.id,
        bankReference: deposit.bank_reference,
        methodId: deposit.method_id,
        amount: formatAmount(deposit.amount, deposit.currency),
        currency: deposit.currency,
        status: deposit.status,
        createdAt: deposit.created_at.toISOString(),
        customer: holder ? { walletNumber: holder.walletNumber, email: holder.email } : null,
      };
    }),
  );
}

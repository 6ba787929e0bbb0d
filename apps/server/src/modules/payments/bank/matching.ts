import { transactionWithRetry } from "../../../platform/db/retry.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { formatAmount } from "../../../platform/money/money.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { customerForStaff } from "../../accounts/index.js";
import type { Actor } from "../../audit/index.js";
import { type DepositRow, lockDeposit } from "../deposits/deposits-repository.js";
import { openDeposit } from "../deposits/open.js";
import { settleDeposit } from "../deposits/settle.js";
import type { PaymentsDeps } from "../deps.js";
import { feeFor, type MethodRow } from "../methods/catalogue.js";
import { type LineRow, lockLine, resolveOpenCasesOfLine, updateLine } from "./bank-repository.js";
import { matchedResolution } from "./cases.js";
import { OPEN_STATUSES } from "./deposit-search.js";

export interface MatchInput {
  /** The customer's wallet number, verified email or verified phone. */
  customer: string;
  /** One of that customer's open deposits to settle; without it a deposit is made for the line. */
  depositId?: string | undefined;
}

/**
 * Staff match a line from suspense to the customer whose money it is. With a deposit id, that
 * open deposit (same currency and amount) is settled; without, a deposit of the line's
 * amount is made for the customer (the method's fee applies) and settled. Either way the
 * money comes out of `bank_suspense`, the customer gets the usual "deposit arrived" email,
 * the line's cases are resolved and the action is audited.
 */
export async function matchLine(
  deps: PaymentsDeps,
  actor: Actor & { id: string },
  lineId: string,
  input: MatchInput,
): Promise<LineRow> {
  const { platform } = deps;
  return transactionWithRetry(platform.db, async (trx) => {
    const line = await lockLine(trx, lineId);
    if (!line) throw new DomainError("not_found");
    if (line.status !== "unmatched")
      throw new DomainError("statement_line_not_unmatched", { status: line.status });
    const customer = await customerForStaff(trx, input.customer);
    if (!customer) throw new DomainError("customer_not_found");
    const method = await deps.methods.get(line.method_id, trx);
    const depositId = input.depositId
      ? (await chosenDeposit(trx, line, customer.id, input.depositId)).id
      : await depositForLine(deps, trx, line, method, customer.id);
    await settleDeposit(deps, trx, depositId, { status: "succeeded", sourceAccountCode: "bank_suspense" });

    const now = platform.clock.now();
    const patch = {
      status: "manually_matched" as const,
      deposit_id: depositId,
      matched_by: actor.id,
      matched_at: now,
    };
    await updateLine(trx, line.id, patch);
    const casesResolved = await resolveOpenCasesOfLine(trx, line.id, {
      resolution: matchedResolution(customer.walletNumber, depositId),
      resolvedBy: actor.id,
      at: now,
      userId: customer.id,
      depositId,
    });
    await deps.audit.record(
      trx,
      actor,
      "bank.statement_line_matched",
      { type: "bank_statement_line", id: line.id },
      {
        customer: { id: customer.id, walletNumber: customer.walletNumber, email: customer.email },
        depositId,
        depositCreated: !input.depositId,
        amount: formatAmount(line.amount, line.currency),
        currency: line.currency,
        casesResolved,
      },
    );
    return { ...line, ...patch };
  });
}

/** The customer's own open deposit the agent picked; it must be for what arrived. */
async function chosenDeposit(
  trx: Executor,
  line: LineRow,
  userId: string,
  depositId: string,
): Promise<DepositRow> {
  const deposit = await lockDeposit(trx, depositId);
  // Another customer's deposit reads as missing: the agent named the customer.
  if (!deposit || deposit.user_id !== userId) throw new DomainError("not_found");
  if (!OPEN_STATUSES.includes(deposit.status))
    throw new DomainError("deposit_not_open", { status: deposit.status });
  // A card or e-wallet deposit is settled by its own provider; bank money cannot complete it.
  if (deposit.method_id !== line.method_id)
    throw new DomainError("statement_line_method_mismatch", {
      lineMethod: line.method_id,
      depositMethod: deposit.method_id,
    });
  if (deposit.currency !== line.currency)
    throw new DomainError("statement_line_currency_mismatch", {
      lineCurrency: line.currency,
      depositCurrency: deposit.currency,
    });
  if (deposit.amount !== line.amount)
    throw new DomainError("statement_line_amount_mismatch", {
      lineAmount: formatAmount(line.amount, line.currency),
      depositAmount: formatAmount(deposit.amount, deposit.currency),
      currency: line.currency,
    });
  return deposit;
}

/**
 * A deposit for money that arrived without one: the line's method, amount and currency, the
 * method's fee (waived when it would take the whole amount, since the ledger cannot credit
 * nothing), and its row in the customer's history. Limits and levels are not checked: the
 * money is already here, and refusing it would only leave it in suspense.
 */
async function depositForLine(
  deps: PaymentsDeps,
  trx: Executor,
  line: LineRow,
  method: MethodRow,
  userId: string,
): Promise<string> {
  const computed = await feeFor(deps, method, line.amount, line.currency);
  const fee = computed < line.amount ? computed : 0n;
  const { id } = await openDeposit(deps, trx, {
    userId,
    method,
    amount: line.amount,
    fee,
    currency: line.currency,
    counterpartyName: line.payer_name ?? method.name.en,
  });
  return id;
}

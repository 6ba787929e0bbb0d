import type { Selectable } from "kysely";
import type { FxQuotesTable } from "../../platform/db/schema.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import { requestHash } from "../../platform/idempotency/idempotency.js";
import { failure, success } from "../../platform/idempotency/outcome.js";
import { currency as currencyOf, formatAmount, parseAmount } from "../../platform/money/money.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import { senderStatuses } from "../accounts/index.js";
import { type LedgerAccount, walletKey } from "../ledger/index.js";
import type { WalletsDeps } from "./deps.js";
import { ratioText } from "./fx-rates.js";
import { presentTransaction } from "./present.js";
import { newReference } from "./references.js";
import { insertTransactions, type NewTransaction, transactionRow } from "./transactions-repository.js";
import { checkCurrency } from "./transfers.js";

const percentText = (ppm: bigint) => ratioText(ppm, 10_000n, 4);

function presentQuote(q: {
  id: string;
  sell_currency: string;
  buy_currency: string;
  sell_amount: bigint;
  buy_amount: bigint;
  rate: string;
  mid_rate: string;
  spread_percent: string;
  expires_at: Date;
}) {
  return {
    id: q.id,
    from: q.sell_currency,
    to: q.buy_currency,
    sellAmount: formatAmount(q.sell_amount, q.sell_currency),
    buyAmount: formatAmount(q.buy_amount, q.buy_currency),
    rate: q.rate,
    midRate: q.mid_rate,
    spreadPercent: q.spread_percent,
    expiresAt: q.expires_at.toISOString(),
  };
}

/** A rate held for this customer for FX_QUOTE_TTL_SECONDS: what they sell and what they will get. */
export async function createQuote(
  deps: WalletsDeps,
  userId: string,
  input: { from: string; to: string; amount: string },
) {
  // A rate is not held for an exchange that could not be made now.
  await deps.gate.assertAvailable("exchange");
  checkCurrency(deps, input.from);
  checkCurrency(deps, input.to);
  if (input.from === input.to) throw new DomainError("exchange_same_currency");
  const sell = parseAmount(input.amount, input.from);
  const { fxSpreadPpm, fxQuoteTtlSeconds } = deps.platform.config.wallets;
  const buy = await deps.fx.convert(sell, input.from, input.to, { spreadPpm: fxSpreadPpm, round: "down" });
  if (buy <= 0n) throw new DomainError("amount_too_small", { currency: input.to });
  const now = deps.platform.clock.now();
  const quote = {
    id: deps.platform.ids.next("quote"),
    user_id: userId,
    sell_currency: input.from,
    buy_currency: input.to,
    sell_amount: sell,
    buy_amount: buy,
    rate: await deps.fx.rateText(input.from, input.to, fxSpreadPpm),
    mid_rate: await deps.fx.rateText(input.from, input.to),
    spread_percent: percentText(fxSpreadPpm),
    expires_at: new Date(now.getTime() + fxQuoteTtlSeconds * 1000),
    used_at: null,
    created_at: now,
  };
  await deps.platform.db.insertInto("fx_quotes").values(quote).execute();
  return presentQuote(quote);
}

type QuoteRow = Selectable<FxQuotesTable>;

/**
 * The exchange's journal: the customer's wallet in one currency pays the FX account in that
 * currency, the FX account in the other pays the customer's wallet there. Null when the
 * wallet cannot cover it.
 */
async function postExchange(deps: WalletsDeps, trx: Executor, userId: string, quote: QuoteRow) {
  const { ledger } = deps;
  const wallets = await ledger.customerWallets(
    trx,
    [{ ownerId: userId, currency: quote.buy_currency }],
    true,
  );
  const from = (
    await ledger.customerWallets(trx, [{ ownerId: userId, currency: quote.sell_currency }], false)
  ).get(walletKey(userId, quote.sell_currency));
  const to = wallets.get(walletKey(userId, quote.buy_currency));
  // Opened in currency order, as everywhere, so two exchanges cannot deadlock opening them.
  const [first, second] = [quote.sell_currency, quote.buy_currency].sort() as [string, string];
  const fxAccounts = new Map([
    [first, await ledger.platformAccount(trx, "fx", first)],
    [second, await ledger.platformAccount(trx, "fx", second)],
  ]);
  const fxSell = fxAccounts.get(quote.sell_currency) as LedgerAccount;
  const fxBuy = fxAccounts.get(quote.buy_currency) as LedgerAccount;
  if (!from || !to) return null;
  const [outcome] = await ledger.postMany(trx, [
    {
      kind: "exchange",
      memo: { quoteId: quote.id },
      postings: [
        { accountId: from.id, amount: -quote.sell_amount },
        { accountId: fxSell.id, amount: quote.sell_amount },
        { accountId: fxBuy.id, amount: -quote.buy_amount },
        { accountId: to.id, amount: quote.buy_amount },
      ],
    },
  ]);
  return outcome?.ok ? outcome.journalId : null;
}

/**
 * Converts at a quote (see postExchange). Each currency balances on its own; the spread stays
 * with the FX accounts. A quote is used once. A frozen account exchanges nothing (the freeze
 * stops transfers, exchanges and withdrawals alike); like a wallet that cannot cover it, the
 * refusal is kept in the history as a failed exchange with its reason.
 */
export async function executeExchange(
  deps: WalletsDeps,
  userId: string,
  quoteId: string,
  key: string | undefined,
) {
  const { platform } = deps;
  const scope = `exchange:${userId}`;
  const hash = requestHash("POST", "/api/v1/exchanges", { quoteId });
  // A retry of an exchange already made answers as before; a new one waits while exchange is closed.
  const earlier = key ? await platform.idempotency.peek(scope, key, hash) : undefined;
  if (earlier) return earlier;
  await deps.gate.assertAvailable("exchange");
  return platform.idempotency.run({ scope, key, hash }, async (trx) => {
    const now = platform.clock.now();
    const quote = await trx
      .selectFrom("fx_quotes")
      .selectAll()
      .where("id", "=", quoteId)
      .where("user_id", "=", userId)
      .forUpdate()
      .executeTakeFirst();
    if (!quote) throw new DomainError("quote_not_found");
    if (quote.used_at || quote.expires_at <= now)
      throw new DomainError("quote_expired", { seconds: platform.config.wallets.fxQuoteTtlSeconds });
    // A shared lock on the customer: a freeze support confirms happened before this, or waits for it.
    const status = (await senderStatuses(trx, [userId], { lock: true })).get(userId);
    const frozen = !status || status.frozen;
    const journalId = frozen ? null : await postExchange(deps, trx, userId, quote);
    const refusal = frozen ? "account_frozen" : journalId ? null : "insufficient_funds";
    const id = platform.ids.next("transaction");
    const row: NewTransaction = {
      id,
      reference: newReference(platform.random),
      userId,
      groupId: id,
      type: "exchange",
      status: refusal ? "failed" : "completed",
      direction: "out",
      amount: quote.sell_amount,
      currency: quote.sell_currency,
      exponent: currencyOf(quote.sell_currency).exponent,
      counterAmount: quote.buy_amount,
      counterCurrency: quote.buy_currency,
      rate: quote.rate,
      reasonCode: refusal,
      journalId,
      timeline: [
        { status: "pending", at: now.toISOString() },
        { status: refusal ? "failed" : "completed", at: now.toISOString(), reasonCode: refusal },
      ],
      at: now,
    };
    await insertTransactions(trx, [row]);
    if (refusal) {
      return failure(new DomainError(refusal, {}, [], { transactionId: id, reference: row.reference }));
    }
    await trx.updateTable("fx_quotes").set({ used_at: now }).where("id", "=", quoteId).execute();
    return success(201, presentTransaction(transactionRow(row)));
  });
}

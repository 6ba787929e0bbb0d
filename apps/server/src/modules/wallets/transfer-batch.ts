import type { Transaction } from "kysely";
import { transactionWithRetry } from "../../platform/db/retry.js";
import type { DB } from "../../platform/db/schema.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import { claimKeys, completeKeys, type KeyClaim } from "../../platform/idempotency/batch.js";
import type { StoredResponse } from "../../platform/idempotency/idempotency.js";
import { failure, success } from "../../platform/idempotency/outcome.js";
import { currency as currencyOf } from "../../platform/money/money.js";
import { senderStatuses } from "../accounts/index.js";
import { type JournalInput, walletKey } from "../ledger/index.js";
import type { WalletsDeps } from "./deps.js";
import { addUsage, breachedLimit, limitsFor, usageOf } from "./limits.js";
import { transferReceivedNotice } from "./notices.js";
import { presentTransaction } from "./present.js";
import { newReference } from "./references.js";
import { insertTransactions, type NewTransaction, transactionRow } from "./transactions-repository.js";
import { limitExceeded, type PreparedTransfer } from "./transfers.js";

export interface TransferCommand {
  prepared: PreparedTransfer;
  idempotency?: { key: string; hash: string };
}

export type TransferResult = StoredResponse & { replayed: boolean };

/** One transfer's answer from a batch, or what it threw (the caller rethrows it). */
export type BatchAnswer = TransferResult | { thrown: unknown };

/** Fee income is spread over this many sub-accounts so concurrent batches rarely meet on one row. */
const FEE_SHARDS = 8;

/**
 * Executes a batch of transfers in one database transaction: idempotency keys claimed,
 * senders' limit rows locked, every wallet locked once, all journals posted together, all
 * history rows and key answers written with one statement each. Each transfer still
 * succeeds or fails on its own: a sender who is frozen, over a limit or short of money gets
 * a failed transaction with that reason while the rest of the batch goes through.
 */
export async function runTransferBatch(
  deps: WalletsDeps,
  commands: TransferCommand[],
): Promise<BatchAnswer[]> {
  let reachedCommit = false;
  try {
    return await transactionWithRetry(deps.platform.db, async (trx) => {
      reachedCommit = false;
      const answers = await executeBatch(deps, trx, commands);
      reachedCommit = true;
      return answers;
    });
  } catch (error) {
    // A failure at COMMIT (a dropped connection) may hide a commit that happened: running the
    // transfers again could pay twice, so they fail, and a client retry with its key replays.
    if (commands.length === 1 || reachedCommit) return commands.map(() => ({ thrown: error }));
    // A statement failed, so nothing was written: do not let one bad transfer fail its
    // neighbours. Run each alone; whatever still fails, fails for that transfer only.
    const answers: BatchAnswer[] = [];
    for (const command of commands) answers.push(...(await runTransferBatch(deps, [command])));
    return answers;
  }
}

async function executeBatch(
  deps: WalletsDeps,
  trx: Transaction<DB>,
  commands: TransferCommand[],
): Promise<TransferResult[]> {
  const { platform, ledger } = deps;
  const now = platform.clock.now();
  const results: (TransferResult | undefined)[] = new Array(commands.length);
  const claims: KeyClaim[] = await claimKeys(
    trx,
    platform.clock,
    commands.map((c) =>
      c.idempotency ? { scope: `transfer:${c.prepared.senderId}`, ...c.idempotency } : undefined,
    ),
  );
  claims.forEach((claim, i) => {
    if (claim.kind === "replay") results[i] = { ...claim.response, replayed: true };
    if (claim.kind === "reused")
      results[i] = { ...failure(new DomainError("idempotency_key_reused")), replayed: false };
  });
  const live = commands
    .map((c, i) => ({ c, i }))
    .filter(({ i }) => claims[i]?.kind === "new" || claims[i]?.kind === "none");
  // A batch made only of retries (replays and their followers) has nothing to lock or post.
  if (live.length === 0) return answerFollowers(claims, results);

  const senders = [...new Set(live.map(({ c }) => c.prepared.senderId))];
  const usage = await usageOf(trx, senders, now, { lock: true });
  // Shared locks: a freeze that support confirms has either happened before this batch or waits for it.
  const statuses = await senderStatuses(trx, senders, { lock: true });
  const wallets = await ledger.customerWallets(
    trx,
    live.map(({ c }) => ({ ownerId: c.prepared.senderId, currency: c.prepared.currency })),
    false,
  );
  const recipientWallets = await ledger.customerWallets(
    trx,
    live.map(({ c }) => ({ ownerId: c.prepared.payee.id, currency: c.prepared.currency })),
    true,
  );
  const shard = platform.random.int(0, FEE_SHARDS);
  const feeAccounts = new Map<string, string>();
  // Sorted, like every lock: two batches opening fee shards in two currencies cannot deadlock.
  for (const currency of [
    ...new Set(live.filter(({ c }) => c.prepared.fee > 0n).map(({ c }) => c.prepared.currency)),
  ].sort()) {
    feeAccounts.set(currency, (await ledger.platformAccount(trx, "fees", currency, shard)).id);
  }

  // Every wallet and fee account of the batch, locked once: balances are decided here, in
  // arrival order, so a transfer refused for money does not use up its sender's limit.
  const locked = await ledger.lock(trx, [
    ...[...wallets.values(), ...recipientWallets.values()].map((w) => w.id),
    ...feeAccounts.values(),
  ]);
  const available = locked.available;
  const refusals = new Map<number, DomainError>();
  const toPost: { index: number; journal: JournalInput }[] = [];
  for (const { c, i } of live) {
    const t = c.prepared;
    const status = statuses.get(t.senderId);
    const senderUsage = usage.get(t.senderId) ?? { daily: 0n, monthly: 0n };
    const breach = breachedLimit(
      limitsFor(platform.config.wallets, status?.verificationLevel ?? 0),
      senderUsage,
      t.limitAmount,
    );
    const from = wallets.get(walletKey(t.senderId, t.currency));
    const to = recipientWallets.get(walletKey(t.payee.id, t.currency));
    const have = from ? available.get(from.id) : undefined;
    if (!status || status.frozen) refusals.set(i, new DomainError("account_frozen"));
    else if (breach) refusals.set(i, limitExceeded(breach.limit, breach.remaining));
    else if (!from || !to || (have != null && have < t.amount + t.fee))
      refusals.set(i, new DomainError("insufficient_funds"));
    else {
      if (have != null) available.set(from.id, have - t.amount - t.fee);
      const theirs = available.get(to.id);
      if (theirs != null) available.set(to.id, theirs + t.amount);
      senderUsage.daily += t.limitAmount;
      senderUsage.monthly += t.limitAmount;
      const feeAccount = feeAccounts.get(t.currency);
      toPost.push({
        index: i,
        journal: {
          kind: "transfer",
          postings: [
            { accountId: from.id, amount: -(t.amount + t.fee) },
            { accountId: to.id, amount: t.amount },
            ...(feeAccount ? [{ accountId: feeAccount, amount: t.fee }] : []),
          ],
        },
      });
    }
  }
  const outcomes = await ledger.postMany(
    trx,
    toPost.map((p) => p.journal),
    now,
    locked,
  );
  const journals = new Map<number, string>();
  toPost.forEach((p, n) => {
    const outcome = outcomes[n];
    if (outcome?.ok) journals.set(p.index, outcome.journalId);
    else {
      refusals.set(p.index, new DomainError("insufficient_funds"));
      const t = (commands[p.index] as TransferCommand).prepared;
      const u = usage.get(t.senderId);
      // The limit was not used after all.
      if (u) {
        u.daily -= t.limitAmount;
        u.monthly -= t.limitAmount;
      }
    }
  });

  const rows: NewTransaction[] = [];
  const usageAdded: { userId: string; amount: bigint }[] = [];
  for (const { c, i } of live) {
    const t = c.prepared;
    const journalId = journals.get(i);
    const refusal = refusals.get(i);
    const { out, incoming } = historyRows(deps, t, now, journalId, refusal);
    rows.push(out, ...(incoming ? [incoming] : []));
    if (journalId) {
      usageAdded.push({ userId: t.senderId, amount: t.limitAmount });
      results[i] = { ...success(201, presentTransaction(transactionRow(out))), replayed: false };
    } else if (refusal) {
      refusal.extensions.transactionId = out.id;
      refusal.extensions.reference = out.reference;
      results[i] = { ...failure(refusal), replayed: false };
    }
  }
  await addUsage(trx, usageAdded, now);
  await insertTransactions(trx, rows);
  // Every recipient is told in the same transaction (a transfer that rolls back tells nobody).
  await deps.customers.notifyMany(
    trx,
    rows
      .filter((row) => row.type === "transfer_in")
      .map((row) => ({ userId: row.userId, message: transferReceivedNotice(platform, row) })),
  );

  answerFollowers(claims, results);
  await completeKeys(
    trx,
    claims.flatMap((claim, i) => {
      const result = results[i];
      return claim.kind === "new" && result
        ? [{ ...claim.id, response: { status: result.status, body: result.body } }]
        : [];
    }),
  );
  return results as TransferResult[];
}

/** Followers: the same key twice in one batch answers like the first. */
function answerFollowers(claims: KeyClaim[], results: (TransferResult | undefined)[]): TransferResult[] {
  claims.forEach((claim, i) => {
    if (claim.kind === "follow")
      results[i] = { ...(results[claim.leader] as TransferResult), replayed: true };
  });
  return results as TransferResult[];
}

/**
 * What a transfer leaves in the histories: the sender's row (completed or failed, with the
 * reason) and, when it went through, the recipient's row. Each side has its own reference.
 */
function historyRows(
  deps: WalletsDeps,
  t: PreparedTransfer,
  now: Date,
  journalId: string | undefined,
  refusal: DomainError | undefined,
): { out: NewTransaction; incoming?: NewTransaction } {
  const { platform } = deps;
  const status = journalId ? "completed" : "failed";
  const id = platform.ids.next("transaction");
  const out: NewTransaction = {
    id,
    reference: newReference(platform.random),
    userId: t.senderId,
    groupId: id,
    type: "transfer_out",
    status,
    direction: "out",
    amount: t.amount,
    fee: t.fee,
    currency: t.currency,
    exponent: currencyOf(t.currency).exponent,
    counterpartyUserId: t.payee.id,
    counterpartyWalletNumber: t.payee.walletNumber,
    counterpartyName: t.payee.maskedName,
    note: t.note,
    reasonCode: refusal?.code ?? null,
    journalId: journalId ?? null,
    timeline: [
      { status: "pending", at: now.toISOString() },
      { status, at: now.toISOString(), reasonCode: refusal?.code ?? null },
    ],
    at: now,
  };
  if (!journalId) return { out };
  const incoming: NewTransaction = {
    ...out,
    id: platform.ids.next("transaction"),
    reference: newReference(platform.random),
    userId: t.payee.id,
    type: "transfer_in",
    direction: "in",
    fee: 0n,
    counterpartyUserId: t.senderId,
    counterpartyWalletNumber: t.sender.walletNumber,
    counterpartyName: t.sender.maskedName,
  };
  return { out, incoming };
}

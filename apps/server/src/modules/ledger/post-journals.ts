import { sql } from "kysely";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import { lockAccounts } from "./accounts-repository.js";
import type { AccountRow, JournalInput, JournalOutcome } from "./types.js";

// Stay well under PostgreSQL's 65,535 bind parameters per statement.
const ROWS_PER_INSERT = 5_000;

function checkShape(journal: JournalInput): void {
  if (journal.postings.length < 2 || journal.postings.some((p) => p.amount === 0n))
    throw new DomainError("ledger_unbalanced");
}

/**
 * Posts many journals in one go, as TigerBeetle batches: every account any of them touches
 * is locked once (in id order), the journals are applied one after another in memory, and
 * then all journals, all postings and all balance changes are written with one statement
 * each, whatever the batch size. A journal that would take a customer wallet below zero is
 * refused on its own (the others still post); a journal that does not balance is a bug and
 * fails the whole call.
 */
export async function postJournals(
  executor: Executor,
  platform: Platform,
  journals: JournalInput[],
  /** When the journals happened; the caller's time, so its own records carry the same one. */
  at?: Date,
  /** Rows the caller already locked in this transaction (see Ledger.lock); others are locked here. */
  locked?: Map<string, AccountRow>,
): Promise<JournalOutcome[]> {
  if (journals.length === 0) return [];
  for (const journal of journals) checkShape(journal);
  const ids = journals.flatMap((j) => j.postings.map((p) => p.accountId));
  const accounts = locked && ids.every((id) => locked.has(id)) ? locked : await lockAccounts(executor, ids);
  const now = at ?? platform.clock.now();
  const journalRows: {
    id: string;
    kind: string;
    reverses_id: string | null;
    memo: string;
    created_at: Date;
  }[] = [];
  const postingRows: {
    journal_id: string;
    account_id: string;
    seq: bigint;
    amount: bigint;
    currency: string;
    posted_after: bigint;
    created_at: Date;
  }[] = [];
  const touched = new Set<AccountRow>();

  const outcomes = journals.map((journal): JournalOutcome => {
    const sums = new Map<string, bigint>();
    const deltas = new Map<AccountRow, bigint>();
    for (const p of journal.postings) {
      const account = accounts.get(p.accountId) as AccountRow;
      sums.set(account.currency, (sums.get(account.currency) ?? 0n) + p.amount);
      deltas.set(account, (deltas.get(account) ?? 0n) + p.amount);
    }
    if ([...sums.values()].some((sum) => sum !== 0n)) throw new DomainError("ledger_unbalanced");
    for (const [account, delta] of deltas) {
      if (!account.allow_negative && account.posted + delta - account.held < 0n)
        return { ok: false, code: "insufficient_funds", accountId: account.id };
    }
    const journalId = platform.ids.next("journal");
    journalRows.push({
      id: journalId,
      kind: journal.kind,
      reverses_id: journal.reversesId ?? null,
      memo: JSON.stringify(journal.memo ?? {}),
      created_at: now,
    });
    for (const p of journal.postings) {
      const account = accounts.get(p.accountId) as AccountRow;
      account.posted += p.amount;
      account.seq += 1n;
      touched.add(account);
      postingRows.push({
        journal_id: journalId,
        account_id: account.id,
        seq: account.seq,
        amount: p.amount,
        currency: account.currency,
        posted_after: account.posted,
        created_at: now,
      });
    }
    return { ok: true, journalId };
  });

  if (journalRows.length === 0) return outcomes;
  for (let i = 0; i < journalRows.length; i += ROWS_PER_INSERT) {
    await executor
      .insertInto("ledger_journals")
      .values(journalRows.slice(i, i + ROWS_PER_INSERT) as never)
      .execute();
  }
  for (let i = 0; i < postingRows.length; i += ROWS_PER_INSERT) {
    await executor
      .insertInto("ledger_postings")
      .values(postingRows.slice(i, i + ROWS_PER_INSERT))
      .execute();
  }
  const changed = [...touched].sort((a, b) => (a.id < b.id ? -1 : 1));
  await sql`
    update ledger_accounts as a set posted = v.posted, seq = v.seq
    from (values ${sql.join(changed.map((a) => sql`(${a.id}, ${a.posted}::bigint, ${a.seq}::bigint)`))})
      as v(id, posted, seq)
    where a.id = v.id`.execute(executor);
  return outcomes;
}

import { type RawBuilder, sql } from "kysely";
import { expect } from "vitest";
import type { Database } from "../platform/db/database.js";
import { formatAmount, parseAmount } from "../platform/money/money.js";
import { CURRENCIES, type Customer, call, FUNDING, type Outcome, ok } from "./crash-harness.js";

/**
 * The invariants of the crash test (modules/wallets/crash.test.ts), checked through the API
 * of the restarted server and, once it is stopped, straight from the database.
 */

// ---------------------------------------------------------------------------------------
// Through the API

/** Every acknowledged transfer is there, completed, as it was answered. */
export async function checkAcknowledged(base: string, outcomes: Outcome[]): Promise<void> {
  await Promise.all(
    outcomes.map(async (o) => {
      const detail = await ok(
        call(base, "GET", `/api/v1/transactions/${o.transactionId}`, {
          token: o.sent.sender.token,
        }),
      );
      expect(detail).toMatchObject({
        id: o.transactionId,
        reference: o.reference,
        status: o.status,
        type: "transfer_out",
        currency: o.sent.body.currency,
        note: o.sent.key,
      });
      if (o.status === "completed") expect(detail.amount).toBe(o.sent.body.amount);
    }),
  );
}

async function history(base: string, customer: Customer, type: string) {
  const rows: Record<string, unknown>[] = [];
  let cursor: string | null = null;
  do {
    const query: string = `?type=${type}&limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page = await ok(call(base, "GET", `/api/v1/transactions${query}`, { token: customer.token }));
    rows.push(...(page.data as Record<string, unknown>[]));
    cursor = page.nextCursor as string | null;
  } while (cursor);
  return rows;
}

/**
 * Each key was executed exactly once: one transfer_out per key in the sender's history
 * (completed or failed as answered), one transfer_in per completed one at the recipient.
 * `finals` holds every key ever sent, with its final answer.
 */
export async function checkExactlyOnce(
  base: string,
  customers: Customer[],
  finals: Map<string, Outcome>,
): Promise<void> {
  const outs = new Map<string, Record<string, unknown>[]>();
  const ins = new Map<string, Record<string, unknown>[]>();
  for (const customer of customers) {
    for (const row of await history(base, customer, "transfer_out")) {
      outs.set(row.note as string, [...(outs.get(row.note as string) ?? []), row]);
    }
    for (const row of await history(base, customer, "transfer_in")) {
      ins.set(row.note as string, [...(ins.get(row.note as string) ?? []), row]);
    }
  }
  expect(
    [...outs.keys()].filter((key) => !finals.has(key)),
    "transfers nobody sent",
  ).toEqual([]);
  for (const [key, final] of finals) {
    const out = outs.get(key) ?? [];
    expect(
      out.map((r) => [r.id, r.status]),
      key,
    ).toEqual([[final.transactionId, final.status]]);
    expect((ins.get(key) ?? []).length, key).toBe(final.status === "completed" ? 1 : 0);
  }
}

/** The balances are the client's own arithmetic over the answers it holds. */
export async function checkBalances(
  base: string,
  customers: Customer[],
  finals: Map<string, Outcome>,
): Promise<void> {
  const expected = new Map<string, bigint>();
  const slot = (c: Customer, currency: string) => `${c.index}|${currency}`;
  for (const c of customers) {
    for (const currency of CURRENCIES) expected.set(slot(c, currency), parseAmount(FUNDING, currency));
  }
  for (const o of finals.values()) {
    if (o.status !== "completed") continue;
    const { currency } = o.sent.body;
    const from = slot(o.sent.sender, currency);
    const to = slot(o.sent.recipient, currency);
    expected.set(from, (expected.get(from) ?? 0n) - o.amount - o.fee);
    expected.set(to, (expected.get(to) ?? 0n) + o.amount);
  }
  for (const c of customers) {
    const wallets = await ok(call(base, "GET", "/api/v1/wallets", { token: c.token }));
    for (const currency of CURRENCIES) {
      const wallet = (wallets.data as { currency: string; posted: string; available: string }[]).find(
        (w) => w.currency === currency,
      );
      const want = formatAmount(expected.get(slot(c, currency)) ?? 0n, currency);
      expect(wallet, `customer ${c.index} ${currency}`).toMatchObject({ posted: want, available: want });
      expect(parseAmount(wallet?.posted ?? "-1", currency, { allowZero: true })).toBeGreaterThanOrEqual(0n);
    }
  }
}

/** The operator's trial balance. */
export async function checkTrialBalance(base: string, adminToken: string): Promise<void> {
  const trial = await ok(call(base, "GET", "/api/v1/admin/ledger/trial-balance", { token: adminToken }));
  expect(trial.balanced).toBe(true);
  for (const row of trial.data as { currency: string; total: string }[]) {
    expect(parseAmount(row.total, row.currency, { allowZero: true }), row.currency).toBe(0n);
  }
}

// ---------------------------------------------------------------------------------------
// Straight from the database

/** One row of a raw query; bigint and numeric sums come back as text to compare exactly. */
async function rows<T>(db: Database, query: RawBuilder<T>): Promise<T[]> {
  return (await query.execute(db.db)).rows;
}

/** The books, read from the database once the server is stopped. */
export async function checkBooks(db: Database): Promise<void> {
  // Every account is the replay of its postings: gap-free seq 1..n, a running balance that
  // matches posted_after at every step, and the last step equal to the account's balance.
  const accounts = await rows(
    db,
    sql<{
      id: string;
      posted: string;
      seq: string;
      total: string;
      n: string;
      min_seq: string | null;
      max_seq: string | null;
      last_after: string | null;
    }>`
      select a.id, a.posted::text, a.seq::text,
        coalesce(sum(p.amount), 0)::text as total, count(p.seq)::text as n,
        min(p.seq)::text as min_seq, max(p.seq)::text as max_seq,
        (select l.posted_after::text from ledger_postings l
          where l.account_id = a.id order by l.seq desc limit 1) as last_after
      from ledger_accounts a left join ledger_postings p on p.account_id = a.id
      group by a.id, a.posted, a.seq`,
  );
  expect(accounts.length).toBeGreaterThan(0);
  for (const a of accounts) {
    const label = `account ${a.id}`;
    expect(a.total, label).toBe(a.posted);
    expect(a.n, label).toBe(a.seq);
    if (a.n !== "0") {
      expect(a.min_seq, label).toBe("1");
      expect(a.max_seq, label).toBe(a.seq);
      expect(a.last_after, label).toBe(a.posted);
    }
  }
  const driftingSteps = await rows(
    db,
    sql<{ account_id: string; seq: string }>`
      select account_id, seq::text from (
        select account_id, seq, posted_after,
          sum(amount) over (partition by account_id order by seq) as running
        from ledger_postings) steps
      where posted_after <> running`,
  );
  expect(driftingSteps).toEqual([]);

  // Double entry: every journal balances in each currency, and so does the whole ledger.
  const unbalancedJournals = await rows(
    db,
    sql<{ journal_id: string }>`
      select journal_id from ledger_postings group by journal_id, currency having sum(amount) <> 0`,
  );
  expect(unbalancedJournals).toEqual([]);
  const trial = await rows(
    db,
    sql<{ currency: string; total: string }>`
      select currency, sum(posted)::text as total from ledger_accounts group by currency`,
  );
  for (const t of trial) expect(t.total, `trial balance ${t.currency}`).toBe("0");

  // No customer below zero.
  const negative = await rows(
    db,
    sql<{ id: string }>`
      select id from ledger_accounts where kind = 'customer' and (posted < 0 or posted - held < 0)`,
  );
  expect(negative).toEqual([]);

  // History and ledger agree: a completed transfer has its journal, a failed one none, and
  // every transfer journal is told by exactly one transfer_out and one transfer_in.
  const mismatched = await rows(
    db,
    sql<{ id: string }>`
      select t.id from transactions t left join ledger_journals j on j.id = t.journal_id
      where t.type in ('transfer_out', 'transfer_in')
        and ((t.status = 'completed') <> (j.id is not null) or t.status not in ('completed', 'failed'))`,
  );
  expect(mismatched).toEqual([]);
  const orphanJournals = await rows(
    db,
    sql<{ id: string }>`
      select j.id from ledger_journals j
      where j.kind = 'transfer' and (
        (select count(*) from transactions t where t.journal_id = j.id and t.type = 'transfer_out') <> 1 or
        (select count(*) from transactions t where t.journal_id = j.id and t.type = 'transfer_in') <> 1)`,
  );
  expect(orphanJournals).toEqual([]);

  // A key is claimed and answered in the same database transaction: none is left claimed.
  const unanswered = await rows(
    db,
    sql<{ key: string }>`select key from idempotency_keys where response_status = 0`,
  );
  expect(unanswered).toEqual([]);
}

// What must still hold after bench/ledger.mjs has pushed transfers through: read from the
// database (and the admin API for the trial balance) before and after the load.
import { sql } from "kysely";

/** Counts and totals that a correct run changes in known ways (or not at all). */
export async function ledgerSnapshot(db, { fundingAccountId, benchWalletIds }) {
  const counts = await sql`
    select
      (select count(*) from transactions where type = 'transfer_out' and status = 'completed')::int as out_completed,
      (select count(*) from transactions where type = 'transfer_in' and status = 'completed')::int as in_completed,
      (select count(*) from transactions where type = 'transfer_out' and status <> 'completed')::int as out_other,
      (select count(*) from ledger_journals where kind = 'transfer')::int as transfer_journals,
      (select coalesce(sum(posted), 0) from ledger_accounts where kind = 'customer')::bigint as customers,
      (select coalesce(sum(posted), 0) from ledger_accounts where kind = 'platform' and code = 'fees')::bigint as fees,
      (select posted from ledger_accounts where id = ${fundingAccountId})::bigint as funding,
      (select coalesce(sum(posted), 0) from ledger_accounts where id = any(${benchWalletIds}))::bigint as bench_wallets
  `.execute(db);
  const r = counts.rows[0];
  return {
    outCompleted: r.out_completed,
    inCompleted: r.in_completed,
    outOther: r.out_other,
    transferJournals: r.transfer_journals,
    customers: BigInt(r.customers),
    fees: BigInt(r.fees),
    funding: BigInt(r.funding),
    benchWallets: BigInt(r.bench_wallets),
  };
}

/**
 * Batches as the database recorded them: transfers of one batch share one timestamp (the
 * batch's `now`), so grouping transfer_out rows by created_at gives the batch sizes. Two
 * batches committed in the same millisecond count as one, so this slightly overstates sizes.
 */
export async function batchSizes(db, from, to) {
  const { rows } = await sql`
    select count(*)::int as n from transactions
    where type = 'transfer_out' and created_at >= ${from} and created_at < ${to}
    group by created_at`.execute(db);
  const sizes = rows.map((r) => r.n).sort((a, b) => a - b);
  if (sizes.length === 0) return { batches: 0 };
  const at = (p) => sizes[Math.min(sizes.length - 1, Math.floor(p * sizes.length))];
  return {
    batches: sizes.length,
    mean: sizes.reduce((a, b) => a + b, 0) / sizes.length,
    p50: at(0.5),
    p90: at(0.9),
    max: sizes.at(-1),
  };
}

export async function walBytes(db) {
  const { rows } = await sql`select pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint as b`.execute(db);
  return Number(rows[0].b);
}

/**
 * The invariants, each as { ok, label }: the books balance (through the admin API), no
 * customer wallet is below zero, every account's postings add up to its balance with no gap
 * in its sequence, every 201 is one completed transfer (and one journal, one credit), and
 * money only moved between customers (plus fees): nothing was made or lost.
 */
export async function checkInvariants(db, { before, after, created, api }) {
  const checks = [];
  const check = (ok, label) => checks.push({ ok, label });

  const res = await fetch(`${api.url}/api/v1/admin/ledger/trial-balance`, {
    headers: { authorization: `Bearer ${api.adminToken}` },
  });
  const trial = res.status === 200 ? await res.json() : undefined;
  const totals = trial?.data?.map((d) => `${d.currency} ${d.total}`).join(", ") ?? `HTTP ${res.status}`;
  check(
    trial?.balanced === true && trial.data.every((d) => /^0(\.0+)?$/.test(d.total)),
    `trial balance sums to zero in every currency (admin API: ${totals})`,
  );

  const negative = await sql`
    select count(*)::int as n from ledger_accounts
    where kind = 'customer' and posted - held < 0`.execute(db);
  const n = negative.rows[0].n;
  check(n === 0, `no customer wallet below zero (${n} with posted − held < 0)`);

  const drift = await sql`
    select count(*)::int as n from ledger_accounts a
    left join (
      select account_id, count(*) as n, max(seq) as m, sum(amount) as s
      from ledger_postings group by account_id
    ) p on p.account_id = a.id
    where a.seq <> coalesce(p.n, 0) or a.seq <> coalesce(p.m, 0) or a.posted <> coalesce(p.s, 0)`.execute(db);
  const d = drift.rows[0].n;
  check(d === 0, `every account's postings sum to its balance, numbered 1…n without gaps (${d} differ)`);

  const outs = after.outCompleted - before.outCompleted;
  const ins = after.inCompleted - before.inCompleted;
  const journals = after.transferJournals - before.transferJournals;
  check(
    outs === created && ins === created && journals === created,
    `201 answers = completed transfers: ${created} × 201, ${outs} transfer_out, ${ins} transfer_in, ${journals} journals`,
  );

  const moved = after.customers + after.fees - (before.customers + before.fees);
  check(
    moved === 0n && after.funding === before.funding,
    `money is conserved: customer wallets + fees changed by ${moved} minor units, funding account by ${
      after.funding - before.funding
    }`,
  );
  // The bench runs without fees and every transfer is between two bench wallets.
  check(
    after.benchWallets === before.benchWallets,
    `the bench wallets together hold what they were funded with (${after.benchWallets} = ${before.benchWallets} minor units)`,
  );
  return checks;
}

// What must hold after bench/deposits.mjs, read from the database with the server stopped.
import { sql } from "kysely";

/** Time from a deposit's creation to its credit (completed_at − created_at), ms, sorted. */
export async function timesToCredit(db, ids) {
  const { rows } = await sql`
    select extract(epoch from (completed_at - created_at)) * 1000 as ms
    from deposits where id = any(${ids}) and completed_at is not null`.execute(db);
  return rows.map((r) => Number(r.ms)).sort((a, b) => a - b);
}

/**
 * After the load, with the server stopped: every bench deposit succeeded, with exactly one
 * deposit journal and one completed history row; each event the bench sent is recorded
 * once (and the simulator's own late event too); the simulator holds each payment as succeeded; the bench wallets hold what was
 * funded plus every net amount, and no account's postings disagree with its balance.
 */
export async function depositChecks(
  db,
  { depositIds, eventIds, twiceSignalled, walletIds, expectedWallets },
) {
  const checks = [];
  const check = (ok, label) => checks.push({ ok, label });
  const n = depositIds.length;
  const one = async (query) => (await query.execute(db)).rows[0];
  const d = await one(sql`
    select count(*) filter (where status = 'succeeded' and journal_id is not null)::int as ok,
           count(*)::int as all from deposits where id = any(${depositIds})`);
  check(d.ok === n && d.all === n, `every bench deposit succeeded: ${d.ok} of ${n} (${d.all} found)`);
  const j = await one(sql`
    select count(*)::int as journals, count(distinct memo->>'depositId')::int as deposits
    from ledger_journals where kind = 'deposit' and memo->>'depositId' = any(${depositIds})`);
  check(
    j.journals === n && j.deposits === n,
    `credited exactly once: ${j.journals} deposit journals for ${j.deposits} of ${n} deposits`,
  );
  const t = await one(sql`
    select count(*)::int as n from transactions t join deposits d on d.transaction_id = t.id
    where d.id = any(${depositIds}) and t.status = 'completed'`);
  check(t.n === n, `one completed history row per deposit: ${t.n}`);
  const e = await one(sql`
    select count(*)::int as n from provider_events where provider = 'card_sim' and event_id = any(${eventIds})`);
  check(e.n === eventIds.length, `each signed event recorded once: ${e.n} of ${eventIds.length}`);
  const late = await one(sql`
    select count(*)::int as n from provider_events where provider = 'card_sim' and reference = any(${twiceSignalled})`);
  check(
    late.n === 2 * twiceSignalled.length,
    `the webhook-phase deposits got the bench's event and the simulator's own: ${late.n} events for ${twiceSignalled.length}`,
  );
  const s = await one(sql`
    select count(*) filter (where status = 'succeeded')::int as ok, count(*)::int as all
    from simulator_payments where provider = 'card_sim' and kind = 'payment'
      and merchant_reference = any(${depositIds})`);
  check(s.ok === n && s.all === n, `the simulator holds ${s.ok} of ${n} payments as succeeded`);
  const w = await one(
    sql`select coalesce(sum(posted), 0)::bigint as s from ledger_accounts where id = any(${walletIds})`,
  );
  check(
    BigInt(w.s) === expectedWallets,
    `bench wallets hold funding + net amounts: ${w.s} = ${expectedWallets} minor units`,
  );
  const drift = await one(sql`
    select count(*)::int as n from ledger_accounts a
    left join (select account_id, count(*) as n, sum(amount) as s from ledger_postings group by account_id) p
      on p.account_id = a.id
    where a.seq <> coalesce(p.n, 0) or a.posted <> coalesce(p.s, 0)`);
  check(drift.n === 0, `every account's postings sum to its balance (${drift.n} differ)`);
  return checks;
}

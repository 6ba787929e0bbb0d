// --what-if: the fixes the support-queue bench proposes, tried on the bench's own database
// (the server's code and migrations stay as they are). Two missing indexes are created and the
// requests they serve are measured again through the app; the searches, which need a different
// query, are timed in SQL: today's statement against the rewritten one, without and (on
// PostgreSQL, where the extension is at hand) with pg_trgm indexes.
import { sql } from "kysely";
import { explain, planVerdict, table } from "./support-sql.mjs";

/** The indexes the slow requests lack, as a migration would create them. */
export const MISSING_INDEXES = [
  // GET /agent/tickets (view=all, the default; also every filter without a view): newest activity first.
  "create index support_tickets_recent on support_tickets (updated_at desc, id desc)",
  // GET /agent/tickets/{id}: "which tickets were merged into this one".
  "create index support_tickets_merged_into on support_tickets (merged_into_id) where merged_into_id is not null",
];

const TRIGRAM_INDEXES = [
  "create index support_messages_body_trgm on support_messages using gin (body gin_trgm_ops)",
  "create index support_tickets_text_trgm on support_tickets using gin (subject gin_trgm_ops, requester_email gin_trgm_ops, requester_name gin_trgm_ops)",
];

/** The queue's select list and order, as console/queue.ts writes them, around a condition. */
const queueQuery = (condition) => `
  select t.*, (select max(m.created_at) from support_messages m where m.ticket_id = t.id) as last_message_at,
    t.updated_at as sort_at
  from support_tickets t
  where (t.user_id is not null or t.guest_verified_at is not null) and ${condition}
  order by t.updated_at desc, t.id desc limit 26`;

/** What the searches could send instead (console/queue.ts, searchCondition). */
const REWRITTEN = {
  number: queueQuery("t.number = $1"),
  email: queueQuery("t.merged_into_id is null and lower(t.requester_email) = lower($1)"),
  words: queueQuery(`t.merged_into_id is null and t.id in (
      select x.id from support_tickets x
      where x.requester_email ilike $1 or x.subject ilike $1 or x.requester_name ilike $1
      union
      select m.ticket_id from support_messages m where m.body ilike $1)`),
};

/** Median execution time of three EXPLAIN ANALYZE runs, and what the last one read. */
async function timeStatement(db, statement, options = {}) {
  const runs = [];
  let plan;
  for (let i = 0; i < 3; i++) {
    plan = await explain(db, statement, options);
    runs.push(plan["Execution Time"]);
  }
  runs.sort((a, b) => a - b);
  const { seqScans, indexes } = planVerdict(plan);
  const reads = [
    ...seqScans.map((t) => `seq ${t.replace("support_", "")}`),
    ...indexes.filter((i) => i !== "support_messages_ticket" || seqScans.length === 0),
  ];
  return { ms: runs[1], reads: reads.join(", ") };
}

/** The captured statement with one parameter value swapped for another. */
const withParameter = (statement, from, to) => ({
  sql: statement.sql,
  parameters: statement.parameters.map((p) => (p === from ? to : p)),
});

export async function whatIf({ db, postgres, findings, measure, endpoints, samples, log, ms }) {
  const find = (part) => findings.find((f) => f.name.includes(part));
  const number = find("q=#");
  const email = find("q=<email>");
  const words = find(`q=${samples.commonWord}`);
  const searches = number && email && words;

  // The searches, as the app sends them today and as they could be written.
  const pattern = (text) => `%${text}%`;
  const cases = searches
    ? [
        [`#${samples.number}`, number.slowest, { sql: REWRITTEN.number, parameters: [samples.number] }],
        [samples.email, email.slowest, { sql: REWRITTEN.email, parameters: [samples.email] }],
        ...[
          [`"${samples.commonWord}" (a common word)`, samples.commonWord],
          [`"${samples.reference}" (a payment reference: one ticket)`, samples.reference],
          [`"${samples.chineseWord}" (a two-character Chinese word)`, samples.chineseWord],
        ].map(([label, text]) => [
          label,
          withParameter(words.slowest, pattern(samples.commonWord), pattern(text)),
          { sql: REWRITTEN.words, parameters: [pattern(text)] },
        ]),
      ]
    : [];
  const results = cases.map(([label]) => ({ label, cells: [] }));
  const timeAll = async (pick, { only = () => true, jitOff = false } = {}) => {
    for (const [i, c] of cases.entries())
      results[i].cells.push(only(i) ? await timeStatement(db, pick(c), { jitOff }) : null);
  };
  await timeAll(([, today]) => today);
  // PostgreSQL compiles a plan this expensive (the per-ticket EXISTS makes it look so) to machine code first.
  if (postgres) await timeAll(([, today]) => today, { jitOff: true });

  // 1. The two indexes, then the requests they serve again through the app.
  const rows = [];
  for (const ddl of MISSING_INDEXES) await sql.raw(ddl).execute(db);
  await sql`analyze support_tickets`.execute(db);
  for (const [name, path, auth] of endpoints.filter(([n]) => /default view|\{id\}/.test(n))) {
    const before = find(name);
    const after = await measure(`${name}, with the index`, path, auth);
    rows.push([
      name,
      before ? `${ms(before.p50)} / ${ms(before.p95)}` : "—",
      `${ms(after.p50)} / ${ms(after.p95)}`,
    ]);
  }
  log(`\nWhat if (1): ${MISSING_INDEXES.map(indexName).join(", ")}`);
  log(table(["request", "today p50 / p95 ms", "with the index p50 / p95 ms"], rows));
  if (!searches) return;

  // 2. The searches in SQL: today's statement, the same with support_tickets_recent (it walks
  // the newest tickets first and stops at 26 matches), the rewritten one, and with pg_trgm.
  await timeAll(([, today]) => today);
  await timeAll(([, , rewritten]) => rewritten);
  let trigram = null;
  try {
    await sql`create extension if not exists pg_trgm`.execute(db);
    const started = performance.now();
    for (const ddl of TRIGRAM_INDEXES) await sql.raw(ddl).execute(db);
    await sql`analyze support_tickets`.execute(db);
    await sql`analyze support_messages`.execute(db);
    const { rows: size } = await sql`
      select sum(pg_relation_size(c.oid))::bigint as bytes from pg_class c
      where c.relname in ('support_messages_body_trgm', 'support_tickets_text_trgm')`.execute(db);
    trigram = { seconds: (performance.now() - started) / 1000, mib: Number(size[0].bytes) / 2 ** 20 };
    await timeAll(([, , rewritten]) => rewritten, { only: (i) => i >= 2 });
  } catch (error) {
    log(`\npg_trgm is not available on this database (${error.message.split("\n")[0]}): no trigram timings.`);
  }

  log(
    "\nWhat if (2): the searches in SQL; EXPLAIN ANALYZE execution time (median of 3) and what the plan reads",
  );
  const cell = (c) => (c ? `${ms(c.ms)} ms (${c.reads})` : "—");
  log(
    table(
      [
        "q",
        "today",
        ...(postgres ? ["today, JIT off"] : []),
        "today's query + recent index",
        "rewritten + recent index",
        ...(trigram ? ["+ pg_trgm"] : []),
      ],
      results.map((r) => [r.label, ...r.cells.map(cell)]),
    ),
  );
  if (trigram)
    log(
      `Trigram indexes (${TRIGRAM_INDEXES.map(indexName).join(", ")}): built in ${trigram.seconds.toFixed(1)} s, ${trigram.mib.toFixed(0)} MiB`,
    );
}

const indexName = (ddl) => ddl.split(" on ")[0].replace("create index ", "");

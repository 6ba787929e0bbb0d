// Seeds the support desk of the support-queue bench straight into the database: customers,
// two years of tickets with their threads and event trails, in batches of a few thousand rows
// (one `insert … select from json_to_recordset($1)` per batch and table, which PGlite and
// PostgreSQL both take in one round trip). The shape follows a desk in service: volume grows
// over the two years, almost everything older than two weeks is closed, recent tickets are
// spread over every status, and deadlines follow the seeded SLA policies.
import { sql } from "kysely";
import {
  agentReply,
  COMMON_WORD,
  customerFollowUp,
  internalNote,
  opening,
  person,
  TAGS,
} from "./support-text.mjs";

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** A business minute in calendar time, roughly: 540 minutes a working day, five days a week. */
const BUSINESS = (minutes) => (minutes / 540) * DAY * (7 / 5);
/** The seeded policies (sla/defaults.ts): first response and resolution. */
const TARGETS = {
  urgent: [60 * MINUTE, 480 * MINUTE],
  high: [BUSINESS(240), BUSINESS(1620)],
  normal: [BUSINESS(540), BUSINESS(2700)],
  low: [BUSINESS(1080), BUSINESS(5400)],
};
const CATEGORIES = [
  ["transaction", 25],
  ["deposit", 18],
  ["withdrawal", 15],
  ["login_access", 15],
  ["verification", 12],
  ["security", 5],
  ["other", 10],
];
const GROUP_OF = {
  transaction: "payments",
  deposit: "payments",
  withdrawal: "payments",
  login_access: "general",
  verification: "general",
  other: "general",
  security: "security",
};
/** Status by the ticket's age: what a desk that keeps up looks like. */
const STATUS_BY_AGE = [
  [1 * DAY, { new: 35, open: 30, pending: 20, on_hold: 3, solved: 12 }],
  [7 * DAY, { new: 4, open: 16, pending: 25, on_hold: 5, solved: 50 }],
  [14 * DAY, { open: 6, pending: 8, on_hold: 4, closed: 82 }],
  [Number.POSITIVE_INFINITY, { closed: 995, pending: 3, on_hold: 2 }],
];
const TICKET_BATCH = 2_000;

/** A seeded random source, so two runs seed the same desk. */
export function seededRandom(seed = 7) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = (list) => list[Math.floor(next() * list.length)];
  const weighted = (entries) => {
    const list = Array.isArray(entries) ? entries : Object.entries(entries);
    let r = next() * list.reduce((sum, [, w]) => sum + w, 0);
    for (const [value, w] of list) {
      r -= w;
      if (r < 0) return value;
    }
    return list[list.length - 1][0];
  };
  return { next, pick, weighted };
}

/** Rows into a table in one statement: the rows travel as one JSON parameter. */
async function insertRows(db, table, columns, rows) {
  if (rows.length === 0) return;
  const names = sql.join(columns.map(([name]) => sql.ref(name)));
  const shape = sql.raw(columns.map(([name, type]) => `${name} ${type}`).join(", "));
  await sql`insert into ${sql.table(table)} (${names})
    select ${names} from json_to_recordset(${JSON.stringify(rows)}::json) as x(${shape})`.execute(db);
}

const USER_COLUMNS = [
  ["id", "text"],
  ["email", "text"],
  ["name", "text"],
  ["password_hash", "text"],
  ["role", "text"],
  ["language", "text"],
  ["country", "text"],
  ["wallet_number", "text"],
  ["email_verified_at", "timestamptz"],
  ["verification_level", "smallint"],
  ["created_at", "timestamptz"],
  ["updated_at", "timestamptz"],
];
const TICKET_COLUMNS = [
  ["id", "text"],
  ["number", "bigint"],
  ["user_id", "text"],
  ["requester_email", "text"],
  ["requester_name", "text"],
  ["language", "text"],
  ["guest_verified_at", "timestamptz"],
  ["category", "text"],
  ["subject", "text"],
  ["status", "text"],
  ["priority", "text"],
  ["group_key", "text"],
  ["assignee_id", "text"],
  ["tags", "jsonb"],
  ["context", "jsonb"],
  ["merged_into_id", "text"],
  ["first_response_due_at", "timestamptz"],
  ["resolution_due_at", "timestamptz"],
  ["first_responded_at", "timestamptz"],
  ["sla_paused_since", "timestamptz"],
  ["solved_at", "timestamptz"],
  ["closed_at", "timestamptz"],
  ["satisfaction_score", "smallint"],
  ["satisfaction_comment", "text"],
  ["rated_at", "timestamptz"],
  ["last_customer_activity_at", "timestamptz"],
  ["last_agent_activity_at", "timestamptz"],
  ["created_at", "timestamptz"],
  ["updated_at", "timestamptz"],
];
const MESSAGE_COLUMNS = [
  ["id", "text"],
  ["ticket_id", "text"],
  ["author_type", "text"],
  ["author_id", "text"],
  ["author_name", "text"],
  ["body", "text"],
  ["internal", "boolean"],
  ["created_at", "timestamptz"],
];
const EVENT_COLUMNS = [
  ["id", "text"],
  ["ticket_id", "text"],
  ["actor_id", "text"],
  ["kind", "text"],
  ["detail", "jsonb"],
  ["created_at", "timestamptz"],
];

/**
 * The desk at `now`: `tickets` tickets over the two years before it, from customers (a few
 * write often) and guests, worked by `agents` ([{ id, name }], the bench's own agent first).
 * `regular` ({ id, email, name }) gets 50 of them. `newId(kind, at)` makes an id of that time.
 * Returns what the requests of the bench need: numbers, emails, references, ids.
 */
export async function seedDesk(db, options) {
  // One connection for the whole load: the session settings below hold only on it.
  return db.connection().execute(async (connection) => {
    // Foreign keys are checked by a trigger per row, more than half the cost of a load here;
    // the generator keeps them by construction, and checkReferences() proves it afterwards.
    // Needs a superuser (PGlite's user is one); otherwise the triggers simply stay on.
    const replica = await sql`set session_replication_role = replica`
      .execute(connection)
      .then(() => true)
      .catch(() => false);
    try {
      const out = await load(connection, options);
      await checkReferences(connection);
      return out;
    } finally {
      if (replica) await sql`reset session_replication_role`.execute(connection);
    }
  });
}

async function load(db, { tickets, now, agents, regular, newId, onProgress = () => {} }) {
  const random = seededRandom();
  const { next, pick, weighted } = random;
  const started = now.getTime() - 730 * DAY;
  const iso = (ms) => (ms === null ? null : new Date(ms).toISOString());

  // Customers: about one for every 2.5 tickets; most write once, a few many times.
  const customerCount = Math.max(50, Math.round(tickets / 2.5));
  const customers = [];
  for (let start = 0; start < customerCount; start += 5_000) {
    const rows = [];
    for (let n = start; n < Math.min(customerCount, start + 5_000); n++) {
      const joined = started - next() * 365 * DAY;
      const { name, email } = person(n, pick);
      const language = next() < 0.55 ? "zh-CN" : "en";
      const customer = {
        id: newId("user", joined),
        email,
        name,
        language,
        wallet: `7${String(n).padStart(9, "0")}`,
      };
      customers.push(customer);
      rows.push({
        id: customer.id,
        email,
        name,
        password_hash: "bench-no-sign-in",
        role: "customer",
        language,
        country: language === "zh-CN" ? "CN" : pick(["US", "GB", "SG", "HK"]),
        wallet_number: customer.wallet,
        email_verified_at: iso(joined),
        verification_level: pick([0, 1, 1, 2]),
        created_at: iso(joined),
        updated_at: iso(joined),
      });
    }
    await insertRows(db, "users", USER_COLUMNS, rows);
    onProgress(`customers ${customers.length.toLocaleString("en")}/${customerCount.toLocaleString("en")}`);
  }
  const regularPerson = { ...regular, language: "en", wallet: "7999999999" };

  // Arrival times: volume grows over the two years (density rises linearly), sorted so
  // numbers follow time as the sequence hands them out.
  const times = new Float64Array(tickets);
  for (let i = 0; i < tickets; i++) times[i] = started + Math.sqrt(next()) * 730 * DAY;
  times.sort();
  const regularEvery = Math.floor(tickets / 50);
  const agentWeights = agents.map((a, i) => [a, 1 / (1 + 0.08 * i)]);
  const lastTicketOf = new Map();
  const out = {
    counts: {},
    messages: 0,
    events: 0,
    numbers: [],
    emails: [],
    references: [],
    recentIds: [],
    oldIds: [],
  };

  // Secondary indexes are built once at the end, as a bulk load does: the same indexes
  // (their definitions as the migrations made them), in a fraction of the time.
  const indexes = await dropIndexes(db, SEEDED_TABLES);
  for (let start = 0; start < tickets; start += TICKET_BATCH) {
    const ticketRows = [];
    const messageRows = [];
    const eventRows = [];
    for (let i = start; i < Math.min(tickets, start + TICKET_BATCH); i++) {
      const created = Math.min(times[i], now.getTime() - MINUTE);
      const age = now.getTime() - created;
      const isRegular = regularEvery > 0 && i % regularEvery === regularEvery - 1 && i / regularEvery < 50;
      const isGuest = !isRegular && next() < 0.08;
      const requester = isRegular
        ? regularPerson
        : isGuest
          ? { id: null, ...person(customerCount + i, pick), language: next() < 0.5 ? "zh-CN" : "en" }
          : customers[Math.floor(customerCount * next() ** 2.2)];
      const verified = !isGuest || next() < 0.95;
      const category = weighted(CATEGORIES);
      let status = weighted(STATUS_BY_AGE.find(([limit]) => age < limit)[1]);
      if (!verified) status = "new";
      const merged = status === "closed" && lastTicketOf.has(requester.email) && next() < 0.004;
      const escalated = next() < 0.01;
      const priority =
        category === "security"
          ? "urgent"
          : category === "login_access"
            ? "high"
            : weighted({ normal: 90, low: 5, high: 5 });
      const assignee =
        status === "new"
          ? next() < 0.25
            ? weighted(agentWeights)
            : null
          : status === "open" && next() < 0.2
            ? null
            : status === "closed" && next() < 0.02
              ? null
              : weighted(agentWeights);
      const ref = `TX${Math.floor(next() * 36 ** 8)
        .toString(36)
        .toUpperCase()
        .padStart(8, "0")}`;
      const amount = `${(5 + Math.floor(next() * 2_000)).toLocaleString("en")}.00 ${pick(["CNY", "USD", "HKD"])}`;
      const values = { ref, amount };
      const lang = requester.language;
      const first = opening(category, lang, values, pick);

      // The thread: customer first, then turns; who wrote last follows from the status.
      const agentLast = ["pending", "on_hold", "solved", "closed"].includes(status);
      let count;
      if (status === "new") count = next() < 0.1 ? 2 : 1;
      else if (agentLast)
        count = merged
          ? 2
          : weighted([
              [2, 55],
              [4, 35],
              [6, 10],
            ]);
      else
        count = weighted([
          [1, 30],
          [3, 55],
          [5, 15],
        ]);
      const room =
        status === "closed" ? Math.max(MINUTE, (age - 7 * DAY) * 0.9) : Math.max(MINUTE, age * 0.9);
      const gaps = Array.from({ length: count - 1 }, () => -Math.log(1 - next()) * 8 * HOUR);
      const total = gaps.reduce((s, g) => s + g, 0);
      const scale = total > room ? room / total : 1;
      const id = newId("ticket", created);
      let at = created;
      let firstResponded = null;
      let lastCustomer = created;
      let lastAgent = null;
      const agentName = assignee?.name ?? pick(agents).name;
      for (let m = 0; m < count; m++) {
        if (m > 0) at += Math.max(1_000, gaps[m - 1] * scale);
        const fromAgent = status !== "new" && m % 2 === 1;
        const body =
          m === 0
            ? first.body
            : fromAgent
              ? merged
                ? "This ticket was merged into an earlier one of yours."
                : agentReply(lang, values, pick)
              : customerFollowUp(lang, pick);
        messageRows.push({
          id: newId("ticketMessage", at),
          ticket_id: id,
          author_type: fromAgent ? "agent" : "customer",
          author_id: fromAgent ? (assignee?.id ?? null) : requester.id,
          author_name: fromAgent ? agentName : requester.name,
          body,
          internal: false,
          created_at: iso(at),
        });
        if (fromAgent) {
          firstResponded ??= at;
          lastAgent = at;
        } else lastCustomer = at;
        if (m === 0 && assignee && next() < 0.08)
          messageRows.push({
            id: newId("ticketMessage", at + MINUTE),
            ticket_id: id,
            author_type: "agent",
            author_id: assignee.id,
            author_name: assignee.name,
            body: internalNote(pick),
            internal: true,
            created_at: iso(at + MINUTE),
          });
      }
      const solvedAt = status === "solved" || status === "closed" ? at : null;
      const closedAt = status === "closed" ? Math.min(now.getTime() - MINUTE, at + 7 * DAY) : null;
      const [firstTarget, resolutionTarget] = TARGETS[priority];
      const rated = solvedAt !== null && !merged && next() < 0.35;
      const score = rated
        ? weighted([
            [5, 55],
            [4, 20],
            [3, 10],
            [2, 6],
            [1, 9],
          ])
        : null;
      const tagCount = weighted([
        [0, 85],
        [1, 12],
        [2, 3],
      ]);
      const tags = [...new Set(Array.from({ length: tagCount }, () => pick(TAGS)))];
      if (merged) tags.length = 0;

      ticketRows.push({
        id,
        number: 100_001 + i,
        user_id: requester.id,
        requester_email: requester.email,
        requester_name: requester.name,
        language: lang,
        guest_verified_at: isGuest && verified ? iso(created + 3 * MINUTE) : null,
        category,
        subject: first.subject,
        status,
        priority: escalated && priority !== "urgent" ? "high" : priority,
        group_key: escalated ? "compliance" : GROUP_OF[category],
        assignee_id: assignee?.id ?? null,
        tags,
        context: isGuest
          ? {}
          : {
              walletNumber: requester.wallet,
              verificationLevel: 1,
              locked: category === "login_access",
              lockKind: category === "login_access" ? "soft" : null,
              twoFactor: next() < 0.6,
              frozen: false,
              emailVerified: true,
            },
        merged_into_id: merged ? lastTicketOf.get(requester.email) : null,
        first_response_due_at: iso(created + firstTarget),
        resolution_due_at: iso(created + resolutionTarget),
        first_responded_at: iso(firstResponded),
        sla_paused_since: status === "pending" ? iso(lastAgent) : null,
        solved_at: iso(solvedAt),
        closed_at: iso(closedAt),
        satisfaction_score: score,
        satisfaction_comment:
          rated && next() < 0.3 ? pick(["Quick and kind, thanks!", "太慢了", "非常感谢"]) : null,
        rated_at: rated ? iso(solvedAt + HOUR) : null,
        last_customer_activity_at: iso(lastCustomer),
        last_agent_activity_at: iso(lastAgent),
        created_at: iso(created),
        updated_at: iso(closedAt ?? at),
      });

      // The trail: created, assigned, solved, closed (by the daily chore, no actor).
      const event = (kind, actor, when, detail) =>
        eventRows.push({
          id: newId("ticketEvent", when),
          ticket_id: id,
          actor_id: actor,
          kind,
          detail,
          created_at: iso(when),
        });
      event("created", null, created, { channel: "web", priority, group: GROUP_OF[category] });
      if (assignee) event("assigned", null, created + 2_000, { to: assignee.id, by: "round_robin" });
      if (solvedAt !== null)
        event("status_changed", assignee?.id ?? null, solvedAt, { from: "pending", to: "solved" });
      if (closedAt !== null) event("status_changed", null, closedAt, { from: "solved", to: "closed" });

      if (!merged) lastTicketOf.set(requester.email, id);
      out.counts[status] = (out.counts[status] ?? 0) + 1;
      if (!isGuest && !isRegular && next() < 0.01) out.emails.push(requester.email);
      if (first.body.includes(ref) && next() < 0.01) out.references.push(ref);
      if (!verified) continue;
      if (next() < 0.01) out.numbers.push(100_001 + i);
      if (age < 14 * DAY) out.recentIds.push(id);
      else if (next() < 0.01) out.oldIds.push(id);
    }
    await insertRows(db, "support_tickets", TICKET_COLUMNS, ticketRows);
    await insertRows(db, "support_messages", MESSAGE_COLUMNS, messageRows);
    await insertRows(db, "support_ticket_events", EVENT_COLUMNS, eventRows);
    out.messages += messageRows.length;
    out.events += eventRows.length;
    onProgress(
      `tickets ${Math.min(tickets, start + TICKET_BATCH).toLocaleString("en")}/${tickets.toLocaleString("en")}, messages ${out.messages.toLocaleString("en")}`,
    );
  }
  for (const [i, index] of indexes.entries()) {
    onProgress(`building index ${i + 1}/${indexes.length} (${index.indexname})`);
    await sql.raw(index.indexdef).execute(db);
  }
  await sql`select setval('support_ticket_number', ${100_000 + tickets})`.execute(db);
  out.customers = customerCount;
  out.commonWord = COMMON_WORD;
  return out;
}

const SEEDED_TABLES = ["support_tickets", "support_messages", "support_ticket_events"];

/** Drops the tables' indexes other than primary keys and unique ones; returns their definitions. */
async function dropIndexes(db, tables) {
  const { rows } = await sql`
    select i.indexname, i.indexdef from pg_indexes i
    join pg_class c on c.relname = i.indexname
    join pg_index x on x.indexrelid = c.oid
    where i.schemaname = current_schema() and i.tablename in (${sql.join(tables)})
      and not x.indisunique and not x.indisprimary
    order by i.indexname`.execute(db);
  for (const { indexname } of rows) await sql`drop index ${sql.ref(indexname)}`.execute(db);
  return rows;
}

/** Every reference the skipped foreign-key triggers would have checked, in one pass per column. */
async function checkReferences(db) {
  const checks = [
    ["support_tickets", "user_id", "users"],
    ["support_tickets", "assignee_id", "users"],
    ["support_tickets", "merged_into_id", "support_tickets"],
    ["support_messages", "ticket_id", "support_tickets"],
    ["support_messages", "author_id", "users"],
    ["support_ticket_events", "ticket_id", "support_tickets"],
    ["support_ticket_events", "actor_id", "users"],
  ];
  for (const [table, column, target] of checks) {
    const { rows } = await sql`
      select count(*)::int as n from ${sql.table(table)} x
      where x.${sql.ref(column)} is not null
        and not exists (select 1 from ${sql.table(target)} y where y.id = x.${sql.ref(column)})`.execute(db);
    if (rows[0].n > 0) throw new Error(`seed: ${rows[0].n} rows of ${table}.${column} point at no ${target}`);
  }
  const { rows } = await sql`
    select count(*)::int as n from support_tickets t
    where not exists (select 1 from support_groups g where g.key = t.group_key)`.execute(db);
  if (rows[0].n > 0) throw new Error(`seed: ${rows[0].n} tickets in no group`);
}

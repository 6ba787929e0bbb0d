// Bulk loading for the support-queue bench: rows as one JSON parameter per statement, the
// seeded tables' secondary indexes built once at the end, foreign-key triggers off for the load
// (and every reference checked afterwards instead), all on one connection.
import { sql } from "kysely";

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
export async function insertRows(db, table, columns, rows) {
  if (rows.length === 0) return;
  const names = sql.join(columns.map(([name]) => sql.ref(name)));
  const shape = sql.raw(columns.map(([name, type]) => `${name} ${type}`).join(", "));
  await sql`insert into ${sql.table(table)} (${names})
    select ${names} from json_to_recordset(${JSON.stringify(rows)}::json) as x(${shape})`.execute(db);
}

export const USER_COLUMNS = [
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
export const TICKET_COLUMNS = [
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
export const MESSAGE_COLUMNS = [
  ["id", "text"],
  ["ticket_id", "text"],
  ["author_type", "text"],
  ["author_id", "text"],
  ["author_name", "text"],
  ["body", "text"],
  ["internal", "boolean"],
  ["created_at", "timestamptz"],
];
export const EVENT_COLUMNS = [
  ["id", "text"],
  ["ticket_id", "text"],
  ["actor_id", "text"],
  ["kind", "text"],
  ["detail", "jsonb"],
  ["created_at", "timestamptz"],
];

/**
 * Runs `fill(connection)` on one connection with foreign-key triggers off (they fire per row
 * and cost more than half of a load; a superuser may turn them off, PGlite's user is one,
 * otherwise they stay on), and the seeded tables' secondary indexes dropped, to be rebuilt from
 * their own definitions at the end, as a bulk load does. Then checks every reference the
 * triggers would have checked.
 */
export async function bulkLoad(db, fill, onProgress) {
  return db.connection().execute(async (connection) => {
    const replica = await sql`set session_replication_role = replica`
      .execute(connection)
      .then(() => true)
      .catch(() => false);
    try {
      const indexes = await dropIndexes(connection, SEEDED_TABLES);
      const out = await fill(connection);
      for (const [i, index] of indexes.entries()) {
        onProgress(`building index ${i + 1}/${indexes.length} (${index.indexname})`);
        await sql.raw(index.indexdef).execute(connection);
      }
      await checkReferences(connection);
      return out;
    } finally {
      if (replica) await sql`reset session_replication_role`.execute(connection);
    }
  });
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

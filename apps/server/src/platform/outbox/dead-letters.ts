import { sql } from "kysely";
import type { OutboxTable } from "../db/schema.js";
import type { Executor } from "./outbox.js";
import { redactError } from "./redact.js";

/**
 * The outbox rows an operator looks at: those parked as dead after their last attempt, and
 * those a staff member discarded. Plain queries; who may call them and what is audited is the
 * caller's. The payload is never read whole (an email's text may hold a reset link): a
 * listing returns only the top-level string fields the caller names. The last error is
 * redacted (`redactError`): a transport's error may quote a password, a token or an address.
 */

export type ParkedStatus = "dead" | "discarded";

export interface ParkedRow {
  id: string;
  topic: string;
  status: OutboxTable["status"];
  attempts: number;
  /** Redacted: no credential, token or whole address, whatever the transport said. */
  lastError: string | null;
  createdAt: Date;
  nextAttemptAt: Date;
  resolvedAt: Date | null;
  resolvedBy: string | null;
  /** The named payload fields, as text (null when absent or not a string). */
  fields: Record<string, string | null>;
}

/** Where a page ends: the last row's creation time and id (newest first). */
export interface ParkedCursor {
  createdAt: Date;
  id: string;
}

function columns(executor: Executor, fields: readonly string[]) {
  return executor.selectFrom("outbox").select([
    "id",
    "topic",
    "status",
    "attempts",
    "last_error",
    "created_at",
    "next_attempt_at",
    "resolved_at",
    "resolved_by",
    // `->>` reads one field as text; a field holding an object or array is left out.
    ...fields.map((field, i) =>
      sql<
        string | null
      >`case when jsonb_typeof(payload -> ${field}) = 'string' then payload ->> ${field} end`.as(`f${i}`),
    ),
  ]);
}

type Selected = {
  id: string;
  topic: string;
  status: OutboxTable["status"];
  attempts: number;
  last_error: string | null;
  created_at: Date;
  next_attempt_at: Date;
  resolved_at: Date | null;
  resolved_by: string | null;
} & Record<string, unknown>;

function present(row: Selected, fields: readonly string[]): ParkedRow {
  return {
    id: row.id,
    topic: row.topic,
    status: row.status,
    attempts: row.attempts,
    // Rows written before errors were redacted at the source are redacted here too.
    lastError: row.last_error === null ? null : redactError(row.last_error),
    createdAt: row.created_at,
    nextAttemptAt: row.next_attempt_at,
    resolvedAt: row.resolved_at,
    resolvedBy: row.resolved_by,
    fields: Object.fromEntries(
      fields.map((field, i) => {
        const value = row[`f${i}`];
        return [field, typeof value === "string" ? value : null];
      }),
    ),
  };
}

/** One page of dead or discarded rows, newest first; `limit + 1` rows tell whether another page follows. */
export async function listParked(
  executor: Executor,
  input: { status: ParkedStatus; after?: ParkedCursor | undefined; limit: number; fields: readonly string[] },
): Promise<ParkedRow[]> {
  let query = columns(executor, input.fields).where("status", "=", input.status);
  const after = input.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb("created_at", "<", after.createdAt),
        eb.and([eb("created_at", "=", after.createdAt), eb("id", "<", after.id)]),
      ]),
    );
  const rows = await query
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(input.limit + 1)
    .execute();
  return rows.map((row) => present(row as Selected, input.fields));
}

/** One row as the dead-letter list shows it, whatever its status; undefined when there is none. */
export async function findParked(
  executor: Executor,
  id: string,
  fields: readonly string[],
): Promise<ParkedRow | undefined> {
  const row = await columns(executor, fields).where("id", "=", id).executeTakeFirst();
  return row && present(row as Selected, fields);
}

/**
 * A dead row goes back in line at once with its attempts counted from zero (so it gets the
 * whole series of retries again); undefined when the row is not dead (never existed, already
 * retried or discarded: two staff members clicking at once act once). `Outbox.retryDead` is
 * the way in: it also lets the topic's handler undo what it settled on the last attempt.
 */
export async function retryParked(
  executor: Executor,
  input: { id: string; by: string; at: Date },
): Promise<{ id: string; topic: string; payload: Record<string, unknown> } | undefined> {
  return executor
    .updateTable("outbox")
    .set({
      status: "pending",
      attempts: 0,
      next_attempt_at: input.at,
      resolved_by: input.by,
      resolved_at: input.at,
    })
    .where("id", "=", input.id)
    .where("status", "=", "dead")
    .returning(["id", "topic", "payload"])
    .executeTakeFirst()
    .then((row) => row && { id: row.id, topic: row.topic, payload: row.payload as Record<string, unknown> });
}

/** A dead row is let go (kept for the record, never tried again); undefined when the row is not dead. */
export async function discardParked(
  executor: Executor,
  input: { id: string; by: string; at: Date },
): Promise<{ id: string } | undefined> {
  return executor
    .updateTable("outbox")
    .set({ status: "discarded", resolved_by: input.by, resolved_at: input.at })
    .where("id", "=", input.id)
    .where("status", "=", "dead")
    .returning("id")
    .executeTakeFirst();
}

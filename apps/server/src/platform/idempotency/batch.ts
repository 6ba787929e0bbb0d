import { sql, type Transaction } from "kysely";
import type { Clock } from "../clock.js";
import type { DB } from "../db/schema.js";
import { DomainError } from "../errors/domain-error.js";
import type { StoredResponse } from "./idempotency.js";
import { IDEMPOTENCY_KEEP_MS, validIdempotencyKey } from "./idempotency.js";

export interface KeyRequest {
  scope: string;
  key: string;
  hash: string;
}

/** What became of one request's key when a whole batch claimed its keys at once. */
export type KeyClaim =
  | { kind: "none" }
  | { kind: "new"; id: { scope: string; key: string } }
  | { kind: "replay"; response: StoredResponse }
  | { kind: "reused" }
  | { kind: "follow"; leader: number };

const idOf = (r: { scope: string; key: string }) => `${r.scope}\u0000${r.key}`;

/**
 * The batch form of Idempotency.run: claims every key of a batch in one statement (in key
 * order, so two batches never wait on each other in a cycle). A key already answered
 * replays; the same key with a different request is reused; the same key twice in one
 * batch follows the first. Keys must be completed with `completeKeys` before commit.
 */
export async function claimKeys(
  trx: Transaction<DB>,
  clock: Clock,
  requests: (KeyRequest | undefined)[],
): Promise<KeyClaim[]> {
  const claims: KeyClaim[] = requests.map(() => ({ kind: "none" }));
  const leaders = new Map<string, number>();
  requests.forEach((r, i) => {
    if (!r) return;
    if (!validIdempotencyKey(r.key)) throw new DomainError("validation_failed");
    const leader = leaders.get(idOf(r));
    if (leader === undefined) leaders.set(idOf(r), i);
    else claims[i] = requests[leader]?.hash === r.hash ? { kind: "follow", leader } : { kind: "reused" };
  });
  if (leaders.size === 0) return claims;

  const now = clock.now();
  const leading = [...leaders.values()]
    .map((i) => ({ i, r: requests[i] as KeyRequest }))
    .sort((a, b) => (idOf(a.r) < idOf(b.r) ? -1 : 1));
  await trx
    .deleteFrom("idempotency_keys")
    .where(({ eb, refTuple, tuple }) =>
      eb(
        refTuple("scope", "key"),
        "in",
        leading.map(({ r }) => tuple(r.scope, r.key)),
      ),
    )
    .where("expires_at", "<=", now)
    .execute();
  const inserted = await trx
    .insertInto("idempotency_keys")
    .values(
      leading.map(({ r }) => ({
        scope: r.scope,
        key: r.key,
        request_hash: r.hash,
        response_status: 0,
        response_body: "null",
        created_at: now,
        expires_at: new Date(now.getTime() + IDEMPOTENCY_KEEP_MS),
      })),
    )
    .onConflict((oc) => oc.columns(["scope", "key"]).doNothing())
    .returning(["scope", "key"])
    .execute();
  const mine = new Set(inserted.map(idOf));
  const taken = leading.filter(({ r }) => !mine.has(idOf(r)));
  const earlier = new Map<
    string,
    { request_hash: string; response_status: number; response_body: unknown }
  >();
  if (taken.length > 0) {
    const rows = await trx
      .selectFrom("idempotency_keys")
      .select(["scope", "key", "request_hash", "response_status", "response_body"])
      .where(({ eb, refTuple, tuple }) =>
        eb(
          refTuple("scope", "key"),
          "in",
          taken.map(({ r }) => tuple(r.scope, r.key)),
        ),
      )
      .execute();
    for (const row of rows) earlier.set(idOf(row), row);
  }
  for (const { i, r } of leading) {
    if (mine.has(idOf(r))) claims[i] = { kind: "new", id: { scope: r.scope, key: r.key } };
    else {
      const row = earlier.get(idOf(r));
      claims[i] =
        row && row.request_hash === r.hash
          ? { kind: "replay", response: { status: row.response_status, body: row.response_body } }
          : { kind: "reused" };
    }
  }
  return claims;
}

export async function completeKeys(
  trx: Transaction<DB>,
  entries: { scope: string; key: string; response: StoredResponse }[],
): Promise<void> {
  if (entries.length === 0) return;
  await sql`
    update idempotency_keys as k
    set response_status = v.status, response_body = v.body::jsonb
    from (values ${sql.join(
      entries.map(
        (e) => sql`(${e.scope}, ${e.key}, ${e.response.status}::int, ${JSON.stringify(e.response.body)})`,
      ),
    )}) as v(scope, key, status, body)
    where k.scope = v.scope and k.key = v.key`.execute(trx);
}

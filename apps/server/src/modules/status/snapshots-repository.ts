import type { Executor } from "../../platform/outbox/outbox.js";

/** The public page's last snapshot (status_snapshots), for a node that starts while the database struggles. */

export async function readStoredSnapshot(executor: Executor, key: string): Promise<unknown> {
  const row = await executor
    .selectFrom("status_snapshots")
    .select("body")
    .where("key", "=", key)
    .executeTakeFirst();
  return row?.body;
}

export async function storeSnapshot(executor: Executor, key: string, body: string, at: Date): Promise<void> {
  await executor
    .insertInto("status_snapshots")
    .values({ key, body, updated_at: at })
    .onConflict((oc) => oc.column("key").doUpdateSet({ body, updated_at: at }))
    .execute();
}

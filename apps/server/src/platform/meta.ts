import type { Executor } from "./outbox/outbox.js";

/** Small facts the platform keeps about itself (when demo data was seeded, …). */
export async function getMeta(executor: Executor, key: string): Promise<Record<string, unknown> | undefined> {
  const row = await executor
    .selectFrom("platform_meta")
    .select("value")
    .where("key", "=", key)
    .executeTakeFirst();
  return row?.value;
}

export async function setMeta(
  executor: Executor,
  key: string,
  value: Record<string, unknown>,
  now: Date,
): Promise<void> {
  await executor
    .insertInto("platform_meta")
    .values({ key, value: JSON.stringify(value) as never, updated_at: now })
    .onConflict((oc) =>
      oc.column("key").doUpdateSet({ value: JSON.stringify(value) as never, updated_at: now }),
    )
    .execute();
}

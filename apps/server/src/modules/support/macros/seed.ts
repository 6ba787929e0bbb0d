import { sql } from "kysely";
import { getMeta, setMeta } from "../../../platform/meta.js";
import type { SupportDeps } from "../deps.js";
import { hasMacros, insertMacros } from "./repository.js";
import { STARTER_MACROS } from "./starter.js";

/** Nodes starting at once take turns on this (pg_advisory_xact_lock), so only one of them seeds. */
const SEED_LOCK = 0x73_75_70_6d; // "supm"

/**
 * Remembers that the starter macros were offered once (platform_meta): a desk whose
 * supervisors deleted every macro does not get them back at the next start.
 */
export const MACROS_SEEDED_KEY = "support.macros-seeded";

/** The starter macros, into a desk that has never had any. */
export async function seedMacros(deps: Pick<SupportDeps, "platform">): Promise<void> {
  const { db, clock, ids } = deps.platform;
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    if (await getMeta(trx, MACROS_SEEDED_KEY)) return;
    const now = clock.now();
    const seeded = !(await hasMacros(trx));
    if (seeded)
      await insertMacros(
        trx,
        STARTER_MACROS.map((m) => ({
          id: ids.next("macro"),
          title: JSON.stringify(m.title),
          body: JSON.stringify(m.body),
          set_status: m.setStatus,
          add_tags: JSON.stringify(m.addTags),
          created_by: null,
          created_at: now,
          updated_at: now,
        })),
      );
    await setMeta(trx, MACROS_SEEDED_KEY, { macros: seeded ? STARTER_MACROS.length : 0 }, now);
  });
}

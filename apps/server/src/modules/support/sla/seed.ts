import { sql } from "kysely";
import { getMeta, setMeta } from "../../../platform/meta.js";
import type { SupportDeps } from "../deps.js";
import {
  DEFAULT_GROUPS,
  DEFAULT_HOLIDAYS,
  DEFAULT_HOURS,
  DEFAULT_POLICIES,
  DEFAULT_TIME_ZONE,
} from "./defaults.js";
import { upsertCalendar, upsertHolidays, upsertPolicies } from "./settings-repository.js";

/** Nodes starting at once take turns on this (pg_advisory_xact_lock), so only one of them seeds. */
const SEED_LOCK = 0x73_75_70_73; // "sups"

/**
 * The shipped holidays offered once (platform_meta): a holiday a supervisor deleted is not
 * added back at the next start, while holidays a later release ships are.
 */
export const HOLIDAYS_SEEDED_KEY = "support.holidays-seeded";

/**
 * Groups, SLA policies, the business calendar and the shipped holidays, each only where
 * missing: a supervisor's changes survive restarts. A desk always has a policy per priority,
 * a calendar and its groups, so those come back if a row is missing.
 */
export async function seedSupportSettings(deps: Pick<SupportDeps, "platform">): Promise<void> {
  const { db, clock } = deps.platform;
  await db.transaction().execute(async (trx) => {
    await sql`select pg_advisory_xact_lock(${SEED_LOCK})`.execute(trx);
    const now = clock.now();
    await trx
      .insertInto("support_groups")
      .values(
        DEFAULT_GROUPS.map((g, position) => ({
          key: g.key,
          name: JSON.stringify(g.name),
          categories: JSON.stringify(g.categories),
          position,
          created_at: now,
        })),
      )
      .onConflict((oc) => oc.column("key").doNothing())
      .execute();
    await upsertPolicies(trx, DEFAULT_POLICIES, now, null, { overwrite: false });
    await upsertCalendar(trx, { timeZone: DEFAULT_TIME_ZONE, hours: DEFAULT_HOURS }, now, null, {
      overwrite: false,
    });

    const seeded = await getMeta(trx, HOLIDAYS_SEEDED_KEY);
    const offered = new Set(Array.isArray(seeded?.days) ? (seeded.days as unknown[]).map(String) : []);
    const fresh = DEFAULT_HOLIDAYS.filter((h) => !offered.has(h.day));
    if (fresh.length > 0) {
      await upsertHolidays(trx, fresh, now, { overwrite: false });
      const days = [...offered, ...fresh.map((h) => h.day)].sort();
      await setMeta(trx, HOLIDAYS_SEEDED_KEY, { days }, now);
    }
  });
}

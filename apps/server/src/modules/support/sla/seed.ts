import type { SupportDeps } from "../deps.js";

// PLACEHOLDER (owner: SLA helper): groups, SLA policies, calendar, holidays.
export async function seedSupportSettings(deps: SupportDeps): Promise<void> {
  const now = deps.platform.clock.now();
  await deps.platform.db
    .insertInto("support_groups")
    .values({
      key: "general",
      name: JSON.stringify({ en: "General", "zh-CN": "综合" }),
      categories: "[]",
      position: 0,
      created_at: now,
    })
    .onConflict((oc) => oc.column("key").doNothing())
    .execute();
}

import type { SupportDeps } from "./deps.js";
import { seedMacros } from "./macros/seed.js";
import { seedSupportSettings } from "./sla/seed.js";

/**
 * What a new installation needs before the first ticket: the agent groups, SLA policies, the
 * business calendar and its holidays, and a starter set of macros. Each part seeds only what
 * is missing, so an operator's changes survive restarts.
 */
export async function seedSupport(deps: SupportDeps): Promise<void> {
  await seedSupportSettings(deps);
  await seedMacros(deps);
}

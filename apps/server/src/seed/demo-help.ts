import { seedDemoHelpActivity } from "../modules/help/demo-activity.js";
import { getMeta, setMeta } from "../platform/meta.js";
import type { Platform } from "../platform/platform.js";
import type { Services } from "../services.js";

const DEMO_HELP_KEY = "demo_help";

/**
 * The help center in use: two weeks of searches, feedback and contact-page visits for the
 * staff analytics, and an agent's draft waiting for review. Runs once.
 */
export async function seedDemoHelp(
  platform: Platform,
  services: Services,
  emails: { agent: string },
  report: (line: string) => void,
): Promise<boolean> {
  if (await getMeta(platform.db, DEMO_HELP_KEY)) return false;
  const agent = await services.users.findByEmail(emails.agent);
  if (!agent) return false;
  // `satchel seed --demo` may run before the first start has seeded the knowledge base.
  await services.help.seed();
  report("  help center: two weeks of searches, feedback and contact visits, a draft for review");
  await seedDemoHelpActivity(services.help.deps, services.help.content, {
    agent: { id: agent.id, label: agent.email },
  });
  await setMeta(platform.db, DEMO_HELP_KEY, { at: platform.clock.now().toISOString() }, platform.clock.now());
  return true;
}

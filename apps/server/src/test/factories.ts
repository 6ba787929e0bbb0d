import type { NewUser, User } from "../modules/accounts/index.js";
import { CLI_ACTOR } from "../modules/audit/index.js";
import type { Platform } from "../platform/platform.js";
import type { Services } from "../services.js";

let sequence = 0;

/** A user with sensible defaults; pass only what the test is about. */
export async function buildUser(
  ctx: { platform: Platform; services: Services },
  overrides: Partial<NewUser> = {},
): Promise<User> {
  sequence += 1;
  return ctx.services.users.create(
    ctx.platform.db,
    {
      email: `user${sequence}-${Date.now()}@example.test`,
      password: "quartz-ember-willow-58",
      role: "customer",
      name: `Test User ${sequence}`,
      ...overrides,
    },
    CLI_ACTOR,
  );
}

import { CLI_ACTOR } from "../modules/audit/index.js";
import { composeEmail } from "../modules/notifications/templates/render.js";
import type { UserRole } from "../platform/db/schema.js";
import { DomainError } from "../platform/errors/domain-error.js";
import { getMeta, setMeta } from "../platform/meta.js";
import type { Platform } from "../platform/platform.js";
import type { Services } from "../services.js";
import { seedDemoChannels } from "./demo-channels.js";
import { seedDemoHelp } from "./demo-help.js";
import { seedDemoPayments } from "./demo-payments.js";
import { seedDemoStatus } from "./demo-status.js";
import { seedDemoSupport } from "./demo-support.js";
import { seedDemoWallets } from "./demo-wallets.js";
import { welcomeCopies } from "./welcome.js";

/**
 * Demo data for development: one customer, one agent, one admin, with passwords that are
 * printed at start and written in the README. Refused in production.
 */
export interface DemoLogin {
  role: UserRole;
  email: string;
  password: string;
  name: string;
  /** Customers' country decides which payment methods they see. */
  country?: string;
  /** A phone number the demo vouches for (verified), so the customer can reach level 1. */
  phone?: string;
}

/**
 * Staff must sign in with a second factor (STAFF_REQUIRE_2FA). Demo staff have SMS codes on a
 * verified number: the code shows up in the dev mailbox (/dev/mailbox), no phone needed.
 */
const staffPhone = (n: number) => `+8613800000${String(100 + n)}`;

export const DEMO_LOGINS: readonly DemoLogin[] = [
  {
    role: "customer",
    email: "alice@demo.satchel.test",
    password: "violet-harbor-lantern-42",
    name: "Alice Chen",
    country: "US",
    phone: "+14155550123",
  },
  {
    role: "customer",
    email: "bob@demo.satchel.test",
    password: "maple-river-compass-63",
    name: "Bob Wang",
    country: "CN",
  },
  {
    role: "agent",
    email: "agent@demo.satchel.test",
    password: "copper-meadow-signal-77",
    name: "Sam Agent",
    phone: staffPhone(1),
  },
  {
    role: "admin",
    email: "admin@demo.satchel.test",
    password: "granite-orchid-beacon-19",
    name: "Ada Admin",
    phone: staffPhone(2),
  },
  {
    role: "compliance",
    email: "compliance@demo.satchel.test",
    password: "saffron-quarry-ledger-58",
    name: "Casey Review",
    phone: staffPhone(3),
  },
  {
    role: "agent",
    email: "dana@demo.satchel.test",
    password: "willow-ember-harbor-24",
    name: "Dana Agent",
    phone: staffPhone(4),
  },
  {
    role: "supervisor",
    email: "supervisor@demo.satchel.test",
    password: "cobalt-lantern-meadow-86",
    name: "Lee Supervisor",
    phone: staffPhone(5),
  },
];

const DEMO_KEY = "demo_seed";

export class SeedRefusedError extends Error {}

export interface SeedResult {
  seeded: boolean;
  logins: readonly DemoLogin[];
}

/** Seeds once; later calls (every restart) see the marker and do nothing. */
export async function seedDemo(
  platform: Platform,
  services: Services,
  report: (line: string) => void = () => {},
): Promise<SeedResult> {
  if (platform.config.isProduction) {
    throw new SeedRefusedError("Demo data is never seeded in production (NODE_ENV=production).");
  }
  const seeded = await platform.db.transaction().execute(async (trx) => {
    if (await getMeta(trx, DEMO_KEY)) return false;
    for (const [index, login] of DEMO_LOGINS.entries()) {
      report(`  [${index + 1}/${DEMO_LOGINS.length}] ${login.role} ${login.email}`);
      try {
        await services.users.create(
          trx,
          {
            email: login.email,
            password: login.password,
            role: login.role,
            name: login.name,
            country: login.country ?? null,
            ...(login.phone ? { phone: login.phone, phoneVerified: true } : {}),
          },
          CLI_ACTOR,
        );
      } catch (error) {
        // An operator may have created the same account by hand; keep theirs.
        if (!(error instanceof DomainError && error.code === "email_already_registered")) throw error;
        continue;
      }
      if (login.role !== "customer") {
        await trx
          .updateTable("users")
          .set({ sms_mfa_enabled_at: platform.clock.now() })
          .where("email", "=", login.email)
          .execute();
      }
    }
    const customer = DEMO_LOGINS[0];
    if (customer) {
      const to = { email: customer.email, phone: null, name: customer.name, antiPhishingCode: null };
      await services.messaging.send(
        trx,
        composeEmail({ ...to, language: "en" }, welcomeCopies(platform.config.publicUrl)),
      );
    }
    await setMeta(trx, DEMO_KEY, { at: platform.clock.now().toISOString() }, platform.clock.now());
    return true;
  });
  // Its own step and marker: transfers commit in their own transactions, after the accounts exist.
  const walletsSeeded = await seedDemoWallets(
    platform,
    services,
    { customer: "alice@demo.satchel.test", friend: "bob@demo.satchel.test" },
    report,
  );
  const paymentsSeeded = await seedDemoPayments(
    platform,
    services,
    { customer: "alice@demo.satchel.test" },
    report,
  );
  const helpSeeded = await seedDemoHelp(platform, services, { agent: "agent@demo.satchel.test" }, report);
  const supportSeeded = await seedDemoSupport(
    platform,
    services,
    {
      customer: "alice@demo.satchel.test",
      friend: "bob@demo.satchel.test",
      agents: ["agent@demo.satchel.test", "dana@demo.satchel.test"],
      supervisor: "supervisor@demo.satchel.test",
      compliance: "compliance@demo.satchel.test",
      admin: "admin@demo.satchel.test",
    },
    report,
  );
  // After the desk: its groups exist and the agent is in them.
  const channelsSeeded = await seedDemoChannels(
    platform,
    services,
    { customer: "alice@demo.satchel.test", agent: "agent@demo.satchel.test" },
    report,
  );
  const statusSeeded = await seedDemoStatus(platform, services, { admin: "admin@demo.satchel.test" }, report);
  return {
    seeded:
      seeded ||
      walletsSeeded ||
      paymentsSeeded ||
      helpSeeded ||
      supportSeeded ||
      channelsSeeded ||
      statusSeeded,
    logins: DEMO_LOGINS,
  };
}

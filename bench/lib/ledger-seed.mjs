// Bulk seeding for bench/ledger.mjs: N customers, each with an API bearer token and a funded
// USD wallet, written straight into the database in chunks (registering them through the API
// would spend minutes in Argon2). Rows are made the way the server makes them: the same id
// generator, wallet numbers, token hashing and session lifetimes (modules/accounts), and the
// wallets are opened and funded through the server's own Ledger (postMany), so every balance
// has its journal and the books balance from the first row.
import { createPlatform, loadConfig, openDatabase } from "../../apps/server/dist/index.js";
import { hashPassword } from "../../apps/server/dist/modules/accounts/passwords.js";
import { deviceFingerprint } from "../../apps/server/dist/modules/accounts/security/user-agent.js";
import { generateWalletNumber } from "../../apps/server/dist/modules/accounts/security/wallet-number.js";
import { hashSessionToken } from "../../apps/server/dist/modules/accounts/sessions.js";
import { Ledger } from "../../apps/server/dist/modules/ledger/index.js";
import { randomToken } from "../../apps/server/dist/platform/random.js";

const CHUNK = 1_000;
const USER_AGENT = "satchel-bench/ledger";

/** Opens the bench's own connection to the server's database, with a platform for ids and the ledger. */
export async function openBenchDatabase(env) {
  const config = loadConfig(env);
  const database = await openDatabase({ url: config.databaseUrl, maxConnections: 4 });
  const platform = createPlatform({ config, database });
  return { config, database, platform, db: database.db, ledger: new Ledger(platform) };
}

function userRow({ id, email, name, role, walletNumber, passwordHash, now }) {
  // The columns insertUser (modules/accounts/users-repository.ts) writes for a new account.
  return {
    id,
    email,
    name,
    password_hash: passwordHash,
    role,
    language: "en",
    country: null,
    phone: null,
    wallet_number: walletNumber,
    email_verified_at: now,
    phone_verified_at: null,
    password_changed_at: now,
    password_score: 4,
    anti_phishing_code: null,
    totp_secret_sealed: null,
    totp_enabled_at: null,
    totp_last_step: null,
    sms_mfa_enabled_at: null,
    withdrawals_held_until: null,
    frozen_at: null,
    frozen_reason: null,
    verification_level: 0,
    created_at: now,
    updated_at: now,
  };
}

/** An API session as Sessions.create (modules/accounts/sessions.ts) writes it; returns the token. */
function sessionRow(platform, userId, now) {
  const { apiTokenIdleDays, apiTokenAbsoluteDays } = platform.config.security;
  const token = randomToken(platform.random, 32);
  return {
    token,
    row: {
      id: platform.ids.next("session"),
      user_id: userId,
      token_hash: hashSessionToken(token),
      kind: "api",
      user_agent: USER_AGENT,
      ip: null,
      device: deviceFingerprint(USER_AGENT),
      created_at: now,
      last_seen_at: now,
      idle_expires_at: new Date(now.getTime() + apiTokenIdleDays * 86_400_000),
      expires_at: new Date(now.getTime() + apiTokenAbsoluteDays * 86_400_000),
      step_up_at: now,
      revoked_at: null,
      revoked_reason: null,
    },
  };
}

/**
 * Seeds `count` customers with a USD wallet holding `fundMinor` cents each (journals of kind
 * `bench_funding` against the `funding` platform account) and a bearer token, plus one admin
 * with a token for the admin API. Reports progress after each chunk.
 */
export async function seedCustomers(bench, { count, fundMinor, currency = "USD", onProgress }) {
  const { db, platform, ledger } = bench;
  const passwordHash = await hashPassword("bench-only-password-not-for-login-7Q");
  const taken = new Set(
    (
      await db.selectFrom("users").select("wallet_number").where("wallet_number", "is not", null).execute()
    ).map((r) => r.wallet_number),
  );
  const customers = [];
  const started = performance.now();
  for (let from = 0; from < count; from += CHUNK) {
    const size = Math.min(CHUNK, count - from);
    const chunk = [];
    await db.transaction().execute(async (trx) => {
      const now = platform.clock.now();
      const users = [];
      const sessions = [];
      for (let i = from; i < from + size; i++) {
        let walletNumber;
        do walletNumber = generateWalletNumber(platform.random);
        while (taken.has(walletNumber));
        taken.add(walletNumber);
        const id = platform.ids.next("user");
        const n = String(i + 1).padStart(5, "0");
        users.push(
          userRow({
            id,
            email: `bench-${n}@bench.satchel.test`,
            name: `Bench Customer ${n}`,
            role: "customer",
            walletNumber,
            passwordHash,
            now,
          }),
        );
        const session = sessionRow(platform, id, now);
        sessions.push(session.row);
        chunk.push({ id, walletNumber, token: session.token });
      }
      await trx.insertInto("users").values(users).execute();
      await trx.insertInto("sessions").values(sessions).execute();
      const wallets = await ledger.customerWallets(
        trx,
        chunk.map((c) => ({ ownerId: c.id, currency })),
        true,
      );
      const funding = await ledger.platformAccount(trx, "funding", currency);
      const outcomes = await ledger.postMany(
        trx,
        chunk.map((c) => ({
          kind: "bench_funding",
          memo: { bench: "ledger" },
          postings: [
            { accountId: wallets.get(`${c.id}|${currency}`).id, amount: fundMinor },
            { accountId: funding.id, amount: -fundMinor },
          ],
        })),
      );
      if (outcomes.some((o) => !o.ok)) throw new Error("funding a bench wallet was refused");
      for (const c of chunk) c.walletId = wallets.get(`${c.id}|${currency}`).id;
    });
    customers.push(...chunk);
    onProgress?.(
      `  seeded ${from + size}/${count} customers (user, API token, funded ${currency} wallet) · ${(
        (performance.now() - started) / 1000
      ).toFixed(1)} s`,
    );
  }
  const admin = await seedAdmin(bench, passwordHash);
  const funding = await ledger.platformAccount(db, "funding", currency);
  return { customers, admin, fundingAccountId: funding.id };
}

async function seedAdmin({ db, platform }, passwordHash) {
  const now = platform.clock.now();
  const id = platform.ids.next("user");
  await db
    .insertInto("users")
    .values(
      userRow({
        id,
        email: "bench-admin@bench.satchel.test",
        name: "Bench Admin",
        role: "admin",
        walletNumber: null,
        passwordHash,
        now,
      }),
    )
    .execute();
  const session = sessionRow(platform, id, now);
  await db.insertInto("sessions").values(session.row).execute();
  return { id, token: session.token };
}

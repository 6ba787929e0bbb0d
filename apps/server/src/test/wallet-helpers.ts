import { lastMessage, registerAndLogin, STRONG_PASSWORD, tokenFrom } from "./accounts-helpers.js";
import { buildUser, buildWallet } from "./factories.js";
import type { TestContext } from "./test-app.js";

let customers = 0;

/** A signed-in customer (API token) with, optionally, money in some wallets. */
export async function buildCustomer(
  ctx: TestContext,
  funds: Record<string, string> = {},
  name = "Test Person",
  /** Registration fields to change, such as `{ country: "US" }` (the default country is CN). */
  extra: Record<string, unknown> = {},
) {
  customers += 1;
  const email = `customer${customers}-${Date.now()}@example.test`;
  const { auth, userId } = await registerAndLogin(ctx, email, { name, ...extra });
  // Confirm the address from the mailbox, as the customer would: only proven emails get paid.
  const verify = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/verify-email",
    payload: { token: tokenFrom((await lastMessage(ctx, email)).text) },
  });
  if (verify.statusCode >= 300) throw new Error(`verify failed: ${verify.body}`);
  const me = await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: auth });
  const walletNumber = me.json().user.walletNumber as string;
  for (const [currency, amount] of Object.entries(funds)) await buildWallet(ctx, userId, currency, amount);
  return { userId, auth, email, walletNumber };
}

export type Customer = Awaited<ReturnType<typeof buildCustomer>>;

export async function balances(ctx: TestContext, customer: Customer): Promise<Record<string, string>> {
  const res = await ctx.app.inject({ method: "GET", url: "/api/v1/wallets", headers: customer.auth });
  return Object.fromEntries(
    (res.json().data as { currency: string; available: string }[]).map((w) => [w.currency, w.available]),
  );
}

export function send(
  ctx: TestContext,
  from: Customer,
  payload: Record<string, unknown>,
  key?: string,
  headers: Record<string, string> = {},
) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/transfers",
    headers: { ...from.auth, ...(key ? { "idempotency-key": key } : {}), ...headers },
    payload,
  });
}

/** Per currency, the sum of all accounts: the books balance when every entry is "0…". */
export async function trialBalance(ctx: TestContext): Promise<Record<string, bigint>> {
  return ctx.services.ledger.trialBalance(ctx.platform.db);
}

/** A signed-in staff member (agent, admin or compliance officer), created as an operator would. */
export async function buildStaff(ctx: TestContext, role: "agent" | "supervisor" | "admin" | "compliance") {
  customers += 1;
  const email = `${role}${customers}-${Date.now()}@example.test`;
  const user = await buildUser(ctx, { email, role, password: STRONG_PASSWORD });
  const login = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { login: email, password: STRONG_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`staff login failed: ${login.body}`);
  return { userId: user.id, auth: { authorization: `Bearer ${login.json().token as string}` } };
}

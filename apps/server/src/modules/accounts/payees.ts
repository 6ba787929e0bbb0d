import { type ExpressionBuilder, sql } from "kysely";
import type { DB } from "../../platform/db/schema.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import { normalizeEmail, normalizePhone } from "./identifiers.js";
import { normalizeWalletNumber } from "./security/wallet-number.js";
import { hitThrottle } from "./throttle.js";

/**
 * What the money modules may know about a customer: enough to pay them and to show who they
 * are without giving their name away, and whether they may send money. The money modules
 * call these functions (with their own transaction); they never read the users table.
 */
export interface Payee {
  id: string;
  walletNumber: string;
  /** "Al*** Wo***" or "**明": enough for the payer to recognise, too little to harvest. */
  maskedName: string;
}

export interface SenderStatus {
  frozen: boolean;
  verificationLevel: number;
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** Masks a name word by word: two letters and three stars (never the real length); CJK keeps the last character. */
export function maskName(name: string | null, email: string): string {
  const source = name?.trim() || email.split("@")[0] || "?";
  if (CJK.test(source)) {
    const chars = [...source.replace(/\s+/g, "")];
    return `${"*".repeat(Math.max(1, chars.length - 1))}${chars.at(-1) ?? ""}`;
  }
  return source
    .split(/\s+/)
    .slice(0, 3)
    .map((word) => `${[...word].slice(0, 2).join("")}***`)
    .join(" ");
}

type PayeeRow = { id: string; wallet_number: string | null; name: string | null; email: string };
const toPayee = (row: PayeeRow): Payee => ({
  id: row.id,
  walletNumber: row.wallet_number ?? "",
  maskedName: maskName(row.name, row.email),
});

type Lookup = { column: "wallet_number" | "email" | "phone"; value: string };

/** What a typed recipient is: a wallet number, an email address or a phone number. */
function lookupOf(input: string): Lookup | undefined {
  const text = input.trim();
  const walletNumber = normalizeWalletNumber(text);
  if (walletNumber) return { column: "wallet_number", value: walletNumber };
  if (text.includes("@")) {
    const email = normalizeEmail(text)?.toLowerCase();
    return email ? { column: "email", value: email } : undefined;
  }
  const phone = normalizePhone(text);
  return phone ? { column: "phone", value: phone } : undefined;
}

/**
 * Customers matching a lookup, and (in the same query, since a transfer needs both) the
 * payer by id. Phone numbers count only once verified.
 */
function matchOf(eb: ExpressionBuilder<DB, "users">, lookup: Lookup) {
  if (lookup.column === "wallet_number") return eb("wallet_number", "=", lookup.value);
  // Only a proven address: otherwise anyone could register someone else's email and collect
  // what is sent to it. (A wallet number is shown by its owner, so it needs no proof.)
  if (lookup.column === "email")
    return eb.and([
      eb(sql<string>`lower(email)`, "=", lookup.value),
      eb("email_verified_at", "is not", null),
    ]);
  return eb.and([eb("phone", "=", lookup.value), eb("phone_verified_at", "is not", null)]);
}

async function payeeRows(executor: Executor, lookup: Lookup, alsoId?: string) {
  return executor
    .selectFrom("users")
    .select((eb) => {
      const match = matchOf(eb, lookup);
      return ["id", "wallet_number", "name", "email", match.as("is_match")];
    })
    .where("role", "=", "customer")
    .where((eb) => {
      const match = matchOf(eb, lookup);
      return alsoId ? eb.or([match, eb("id", "=", alsoId)]) : match;
    })
    .limit(3)
    .execute();
}

/** The customer a wallet number, email address or phone number belongs to, if any. */
export async function findPayee(executor: Executor, input: string): Promise<Payee | undefined> {
  const lookup = lookupOf(input);
  if (!lookup) return undefined;
  const row = (await payeeRows(executor, lookup)).find((r) => r.is_match);
  return row?.wallet_number ? toPayee(row) : undefined;
}

/**
 * A transfer's two parties in one round trip: the payee the sender typed (undefined when
 * nobody matches) and the sender as the payee will see them (undefined for a non-customer).
 */
export async function findPayeeAndPayer(
  executor: Executor,
  input: string,
  payerId: string,
): Promise<{ payee: Payee | undefined; payer: Payee | undefined }> {
  const lookup = lookupOf(input);
  if (!lookup) return { payee: undefined, payer: (await payeesByIds(executor, [payerId])).get(payerId) };
  const rows = await payeeRows(executor, lookup, payerId);
  const payerRow = rows.find((r) => r.id === payerId);
  // When the payer typed their own details, they are the match (and the caller says so).
  const payeeRow = rows.find((r) => r.is_match && r.id !== payerId) ?? rows.find((r) => r.is_match);
  return {
    payee: payeeRow?.wallet_number ? toPayee(payeeRow) : undefined,
    payer: payerRow?.wallet_number ? toPayee(payerRow) : undefined,
  };
}

export async function payeesByIds(executor: Executor, ids: string[]): Promise<Map<string, Payee>> {
  if (ids.length === 0) return new Map();
  const rows = await executor
    .selectFrom("users")
    .select(["id", "wallet_number", "name", "email"])
    .where("id", "in", [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, toPayee(r)]));
}

/** Whether each sender may pay out, and at which level, read inside the caller's transaction. */
export async function senderStatuses(
  executor: Executor,
  ids: string[],
  options: { lock?: boolean } = {},
): Promise<Map<string, SenderStatus>> {
  if (ids.length === 0) return new Map();
  let query = executor
    .selectFrom("users")
    .select(["id", "frozen_at", "verification_level"])
    .where("id", "in", [...new Set(ids)])
    .orderBy("id");
  if (options.lock) query = query.forShare();
  const rows = await query.execute();
  return new Map(
    rows.map((r) => [r.id, { frozen: r.frozen_at !== null, verificationLevel: r.verification_level }]),
  );
}

/** The account holder as their own statement names them. */
export async function accountHolder(executor: Executor, id: string) {
  const row = await executor
    .selectFrom("users")
    .select(["name", "email", "wallet_number"])
    .where("id", "=", id)
    .executeTakeFirst();
  return row && { name: row.name ?? row.email, email: row.email, walletNumber: row.wallet_number ?? "" };
}

/** Many account holders in one query, keyed by user id (for lists that name their customers). */
export async function accountHolders(executor: Executor, ids: string[]) {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map<string, { name: string; email: string; walletNumber: string }>();
  const rows = await executor
    .selectFrom("users")
    .select(["id", "name", "email", "wallet_number"])
    .where("id", "in", unique)
    .execute();
  return new Map(
    rows.map((row) => [
      row.id,
      { name: row.name ?? row.email, email: row.email, walletNumber: row.wallet_number ?? "" },
    ]),
  );
}

/** What staff see of a customer they look up by wallet number, email or phone. */
export async function customerForStaff(executor: Executor, input: string) {
  const payee = await findPayee(executor, input);
  if (!payee) return undefined;
  const row = await executor
    .selectFrom("users")
    .select(["id", "name", "email", "wallet_number", "frozen_at", "verification_level"])
    .where("id", "=", payee.id)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    walletNumber: row.wallet_number ?? "",
    frozen: row.frozen_at !== null,
    verificationLevel: row.verification_level,
  };
}

/**
 * Counts a recipient look-up that found nobody, per payer per hour. Trying addresses one
 * after another is how someone would find out who has an account; see wallets/transfers.ts.
 */
export function countRecipientMiss(executor: Executor, payerId: string, now: Date, windowMs: number) {
  return hitThrottle(executor, `payee-miss:${payerId}`, windowMs, now);
}

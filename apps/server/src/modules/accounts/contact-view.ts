import { sql } from "kysely";
import type { Executor } from "../../platform/outbox/outbox.js";

/**
 * Who a message from outside the app is from: the support channels recognise a customer by an
 * email address or a phone number only when the customer has proved it (verified), so a
 * stranger who types someone's address into an email cannot read their account in the console.
 * Staff accounts are never matched: a message from an agent's address is not a customer's.
 */

export async function customerByVerifiedEmail(
  executor: Executor,
  email: string,
): Promise<string | undefined> {
  const row = await executor
    .selectFrom("users")
    .select("id")
    .where(sql<string>`lower(email)`, "=", email.trim().toLowerCase())
    .where("email_verified_at", "is not", null)
    .where("role", "=", "customer")
    .executeTakeFirst();
  return row?.id;
}

export async function customerByVerifiedPhone(
  executor: Executor,
  phone: string,
): Promise<string | undefined> {
  const row = await executor
    .selectFrom("users")
    .select("id")
    .where("phone", "=", phone)
    .where("phone_verified_at", "is not", null)
    .where("role", "=", "customer")
    .orderBy("created_at")
    .executeTakeFirst();
  return row?.id;
}

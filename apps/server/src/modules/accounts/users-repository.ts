import { type Insertable, type Selectable, sql, type Updateable } from "kysely";
import type { UserRole, UsersTable } from "../../platform/db/schema.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/** A user as the accounts module works with it (the hash and secrets included). */
export interface UserRow {
  id: string;
  email: string;
  name: string | null;
  passwordHash: string;
  role: UserRole;
  language: "en" | "zh-CN";
  country: string | null;
  phone: string | null;
  walletNumber: string | null;
  emailVerifiedAt: Date | null;
  phoneVerifiedAt: Date | null;
  passwordChangedAt: Date | null;
  passwordScore: number | null;
  antiPhishingCode: string | null;
  totpSecretSealed: string | null;
  totpEnabledAt: Date | null;
  totpLastStep: number | null;
  smsMfaEnabledAt: Date | null;
  withdrawalsHeldUntil: Date | null;
  /** Outgoing payments frozen (by support, or by the customer on suspected fraud). */
  frozenAt: Date | null;
  frozenReason: string | null;
  /** 0 basic, 1 identity verified, 2 enhanced; decides limits. */
  verificationLevel: number;
  createdAt: Date;
  updatedAt: Date;
}

const COLUMNS: Record<keyof UserRow, keyof UsersTable> = {
  id: "id",
  email: "email",
  name: "name",
  passwordHash: "password_hash",
  role: "role",
  language: "language",
  country: "country",
  phone: "phone",
  walletNumber: "wallet_number",
  emailVerifiedAt: "email_verified_at",
  phoneVerifiedAt: "phone_verified_at",
  passwordChangedAt: "password_changed_at",
  passwordScore: "password_score",
  antiPhishingCode: "anti_phishing_code",
  totpSecretSealed: "totp_secret_sealed",
  totpEnabledAt: "totp_enabled_at",
  totpLastStep: "totp_last_step",
  smsMfaEnabledAt: "sms_mfa_enabled_at",
  withdrawalsHeldUntil: "withdrawals_held_until",
  frozenAt: "frozen_at",
  frozenReason: "frozen_reason",
  verificationLevel: "verification_level",
  createdAt: "created_at",
  updatedAt: "updated_at",
};

function toColumns(user: Partial<UserRow>): Updateable<UsersTable> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(user)) {
    const column = COLUMNS[key as keyof UserRow];
    if (column) out[column] = key === "totpLastStep" && typeof value === "number" ? BigInt(value) : value;
  }
  return out as Updateable<UsersTable>;
}

function toUser(row: Selectable<UsersTable>): UserRow {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    passwordHash: row.password_hash,
    role: row.role,
    language: row.language,
    country: row.country,
    phone: row.phone,
    walletNumber: row.wallet_number,
    emailVerifiedAt: row.email_verified_at,
    phoneVerifiedAt: row.phone_verified_at,
    passwordChangedAt: row.password_changed_at,
    passwordScore: row.password_score,
    antiPhishingCode: row.anti_phishing_code,
    totpSecretSealed: row.totp_secret_sealed,
    totpEnabledAt: row.totp_enabled_at,
    totpLastStep: row.totp_last_step === null ? null : Number(row.totp_last_step),
    smsMfaEnabledAt: row.sms_mfa_enabled_at,
    withdrawalsHeldUntil: row.withdrawals_held_until,
    frozenAt: row.frozen_at,
    frozenReason: row.frozen_reason,
    verificationLevel: row.verification_level,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function insertUser(executor: Executor, user: UserRow): Promise<void> {
  await executor
    .insertInto("users")
    .values(toColumns(user) as Insertable<UsersTable>)
    .execute();
}

export async function updateUser(executor: Executor, id: string, patch: Partial<UserRow>): Promise<void> {
  await executor.updateTable("users").set(toColumns(patch)).where("id", "=", id).execute();
}

export async function findUserById(executor: Executor, id: string): Promise<UserRow | undefined> {
  const row = await executor.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
  return row && toUser(row);
}

export async function findUsersByIds(executor: Executor, ids: string[]): Promise<UserRow[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const rows = await executor.selectFrom("users").selectAll().where("id", "in", unique).execute();
  return rows.map(toUser);
}

/**
 * The ids of active customer accounts (not staff, not deactivated) after `afterId` in id order,
 * at most `limit`: one page of a walk over every customer (a notice for all of them).
 */
export async function customerIdsAfter(
  executor: Executor,
  afterId: string | null,
  limit: number,
): Promise<string[]> {
  let query = executor
    .selectFrom("users")
    .select("id")
    .where("role", "=", "customer")
    .where("deactivated_at", "is", null);
  if (afterId !== null) query = query.where("id", ">", afterId);
  const rows = await query.orderBy("id").limit(limit).execute();
  return rows.map((row) => row.id);
}

export async function findUserByEmail(executor: Executor, email: string): Promise<UserRow | undefined> {
  const row = await executor
    .selectFrom("users")
    .selectAll()
    .where(sql<string>`lower(email)`, "=", email.trim().toLowerCase())
    .executeTakeFirst();
  return row && toUser(row);
}

export async function findUserByPhone(executor: Executor, phone: string): Promise<UserRow | undefined> {
  const row = await executor.selectFrom("users").selectAll().where("phone", "=", phone).executeTakeFirst();
  return row && toUser(row);
}

export async function walletNumberTaken(executor: Executor, walletNumber: string): Promise<boolean> {
  const row = await executor
    .selectFrom("users")
    .select("id")
    .where("wallet_number", "=", walletNumber)
    .executeTakeFirst();
  return row !== undefined;
}

export async function countUsersByRole(executor: Executor): Promise<Record<UserRole, number>> {
  const rows = await executor
    .selectFrom("users")
    .select(["role", (eb) => eb.fn.countAll<string>().as("n")])
    .groupBy("role")
    .execute();
  const counts: Record<UserRole, number> = { customer: 0, agent: 0, supervisor: 0, compliance: 0, admin: 0 };
  for (const row of rows) counts[row.role] = Number(row.n);
  return counts;
}

import { type Selectable, sql } from "kysely";
import type { UserRole, UsersTable } from "../../platform/db/schema.js";
import type { Executor } from "../../platform/outbox/outbox.js";

export interface UserRow {
  id: string;
  email: string;
  name: string | null;
  passwordHash: string;
  role: UserRole;
  language: "en" | "zh-CN";
  country: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export async function insertUser(executor: Executor, user: UserRow): Promise<void> {
  await executor
    .insertInto("users")
    .values({
      id: user.id,
      email: user.email,
      name: user.name,
      password_hash: user.passwordHash,
      role: user.role,
      language: user.language,
      country: user.country,
      created_at: user.createdAt,
      updated_at: user.updatedAt,
    })
    .execute();
}

export async function findUserByEmail(executor: Executor, email: string): Promise<UserRow | undefined> {
  const row = await executor
    .selectFrom("users")
    .selectAll()
    .where(sql<string>`lower(email)`, "=", email.toLowerCase())
    .executeTakeFirst();
  return row && toUser(row);
}

export async function countUsersByRole(executor: Executor): Promise<Record<UserRole, number>> {
  const rows = await executor
    .selectFrom("users")
    .select(["role", (eb) => eb.fn.countAll<string>().as("n")])
    .groupBy("role")
    .execute();
  const counts: Record<UserRole, number> = { customer: 0, agent: 0, admin: 0 };
  for (const row of rows) counts[row.role] = Number(row.n);
  return counts;
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
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

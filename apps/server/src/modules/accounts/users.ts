import type { UserRole } from "../../platform/db/schema.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Actor } from "../audit/index.js";
import { SYSTEM_CONTEXT } from "./context.js";
import type { AccountsDeps } from "./deps.js";
import { createAccount } from "./registration.js";
import { countUsersByRole, findUserByEmail, type UserRow } from "./users-repository.js";

export const USER_ROLES = [
  "customer",
  "agent",
  "supervisor",
  "compliance",
  "admin",
] as const satisfies readonly UserRole[];

export interface NewUser {
  email: string;
  password: string;
  role: UserRole;
  name?: string | null;
  language?: Locale;
  country?: string | null;
  phone?: string | null;
  /** The operator vouches for the phone number (demo data). */
  phoneVerified?: boolean;
}

/** A user as other modules and the CLI see them: never the password hash or secrets. */
export interface User {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  language: Locale;
  country: string | null;
  walletNumber: string | null;
  createdAt: Date;
}

/** Accounts made by operators (CLI, demo data), and look-ups for other modules. */
export interface UsersService {
  create(executor: Executor, input: NewUser, actor: Actor): Promise<User>;
  findByEmail(email: string): Promise<User | undefined>;
  countByRole(): Promise<Record<UserRole, number>>;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    language: row.language,
    country: row.country,
    walletNumber: row.walletNumber,
    createdAt: row.createdAt,
  };
}

export function createUsersService(deps: AccountsDeps): UsersService {
  return {
    async create(executor, input, actor) {
      // The operator vouches for the address, so it starts verified.
      const row = await createAccount(
        deps,
        executor,
        { ...input, emailVerified: true },
        actor,
        SYSTEM_CONTEXT,
      );
      return toUser(row);
    },
    async findByEmail(email) {
      const row = await findUserByEmail(deps.platform.db, email);
      return row && toUser(row);
    },
    countByRole: () => countUsersByRole(deps.platform.db),
  };
}

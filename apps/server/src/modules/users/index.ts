import type { UserRole } from "../../platform/db/schema.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import type { Actor, AuditService } from "../audit/index.js";
import { hashPassword } from "./passwords.js";
import { countUsersByRole, findUserByEmail, insertUser, type UserRow } from "./users-repository.js";

export const USER_ROLES = ["customer", "agent", "admin"] as const satisfies readonly UserRole[];

export interface NewUser {
  email: string;
  password: string;
  role: UserRole;
  name?: string | null;
  language?: Locale;
  country?: string | null;
}

/** What may leave the users module: never the password hash. */
export interface User {
  id: string;
  email: string;
  name: string | null;
  role: UserRole;
  language: Locale;
  country: string | null;
  createdAt: Date;
}

export interface UsersService {
  create(executor: Executor, input: NewUser, actor: Actor): Promise<User>;
  findByEmail(email: string): Promise<User | undefined>;
  countByRole(): Promise<Record<UserRole, number>>;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function toPublic(row: UserRow): User {
  const { passwordHash: _hash, updatedAt: _updated, ...rest } = row;
  return rest;
}

export function createUsersService(platform: Platform, audit: AuditService): UsersService {
  return {
    async create(executor, input, actor) {
      const email = input.email.trim();
      const fieldErrors = [];
      if (!EMAIL.test(email) || email.length > 254) {
        fieldErrors.push({
          in: "body",
          path: "/email",
          code: "invalid_format",
          message: "Invalid email address",
        });
      }
      // The full password policy (strength, breached lists) belongs to the accounts issue;
      // length bounds hold from the start.
      if (input.password.length < 8 || input.password.length > 128) {
        fieldErrors.push({
          in: "body",
          path: "/password",
          code: "too_small",
          message: "Password must be 8 to 128 characters long",
        });
      }
      if (fieldErrors.length > 0) throw new DomainError("validation_failed", {}, fieldErrors);
      if (await findUserByEmail(executor, email)) throw new DomainError("email_already_registered");

      const now = platform.clock.now();
      const row: UserRow = {
        id: platform.ids.next("user"),
        email,
        name: input.name?.trim() || null,
        passwordHash: await hashPassword(input.password),
        role: input.role,
        language: input.language ?? "en",
        country: input.country ?? null,
        createdAt: now,
        updatedAt: now,
      };
      await insertUser(executor, row);
      await audit.record(executor, actor, "user.created", { type: "user", id: row.id }, { role: row.role });
      return toPublic(row);
    },
    async findByEmail(email) {
      const row = await findUserByEmail(platform.db, email);
      return row && toPublic(row);
    },
    countByRole: () => countUsersByRole(platform.db),
  };
}

import { randomBytes } from "node:crypto";
import {
  CLI_ACTOR,
  createPlatform,
  createServices,
  DomainError,
  openConfiguredDatabase,
  USER_ROLES,
} from "@satchel/server";
import { configFrom } from "../config-from-flags.js";
import { type Io, mark } from "../io.js";

export interface CreateUserFlags {
  role?: string;
  email?: string;
  name?: string;
  password?: string;
  passwordStdin?: boolean;
  stdin?: () => Promise<string>;
}

type Role = (typeof USER_ROLES)[number];
const isRole = (value: string | undefined): value is Role => USER_ROLES.includes(value as Role);

/** A strong password for someone who will change it: 120 random bits, easy to type. */
function generatePassword(): string {
  return randomBytes(15)
    .toString("base64url")
    .replace(/(.{5})(?=.)/g, "$1-");
}

export async function createUserCommand(io: Io, flags: CreateUserFlags): Promise<number> {
  if (!isRole(flags.role) || !flags.email) {
    io.err(
      `Usage: satchel create-user --role ${USER_ROLES.join("|")} --email <address> [--name <name>] [--password-stdin]`,
    );
    return 2;
  }
  const config = configFrom(io);
  if (!config) return 1;

  let password = flags.password;
  if (flags.passwordStdin) password = (await (flags.stdin?.() ?? Promise.resolve(""))).replace(/\r?\n$/, "");
  const generated = password === undefined;
  password ??= generatePassword();

  const database = await openConfiguredDatabase(config);
  try {
    const platform = createPlatform({ config, database });
    const services = createServices(platform);
    const user = await platform.db.transaction().execute((trx) =>
      services.users.create(
        trx,
        {
          email: flags.email ?? "",
          password: password ?? "",
          role: flags.role as Role,
          name: flags.name ?? null,
        },
        CLI_ACTOR,
      ),
    );
    io.out(`${mark.ok(io)} Created ${user.role} ${user.email} (${user.id})`);
    if (generated) io.out(`  Password: ${password}  (shown once; ask them to change it)`);
    // Otherwise the new staff member signs in to a wall of "turn on two-factor authentication".
    if (user.role !== "customer" && config.security.staffRequireMfa)
      io.out("  Staff must turn on two-factor authentication (Security page) before using the staff tools.");
    return 0;
  } catch (error) {
    if (error instanceof DomainError) {
      const details = error.fieldErrors.map((f) => `${f.path.slice(1)}: ${f.message}`);
      io.err(
        `${mark.fail(io)} ${error.code === "email_already_registered" ? `An account with ${flags.email} already exists.` : details.join("; ") || error.code}`,
      );
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

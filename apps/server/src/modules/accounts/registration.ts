import type { UserRole } from "../../platform/db/schema.js";
import { DomainError, type FieldError } from "../../platform/errors/domain-error.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Actor } from "../audit/index.js";
import type { RequestContext } from "./context.js";
import type { AccountsDeps } from "./deps.js";
import { emails, texts } from "./emails.js";
import { isCountry, normalizeEmail, normalizePhone } from "./identifiers.js";
import { hashPassword } from "./passwords.js";
import { type PublicUser, toPublicUser } from "./public-user.js";
import { checkPassword } from "./security/password-policy.js";
import { hashCode, hashToken, newNumericCode, newOpaqueToken, safeEqual } from "./security/tokens.js";
import { generateWalletNumber } from "./security/wallet-number.js";
import { hitThrottle, throttleCount } from "./throttle.js";
import {
  findUserByEmail,
  findUserById,
  findUserByPhone,
  insertUser,
  type UserRow,
  updateUser,
  walletNumberTaken,
} from "./users-repository.js";

const DAY_MS = 86_400_000;
const PHONE_CODE_TTL_MS = 10 * 60_000;
export const CODE_MAX_TRIES = 5;
const REGISTRATIONS_PER_IP_PER_HOUR = 10;

export interface NewAccount {
  email: string;
  password: string;
  role: UserRole;
  country?: string | null;
  language?: Locale;
  phone?: string | null;
  name?: string | null;
  /** Accounts made by an operator (CLI, seeds) start with the email confirmed. */
  emailVerified?: boolean;
  /** Operators (demo data) may vouch for the phone too; customers prove it with a code. */
  phoneVerified?: boolean;
}

/** Checks the password against the policy; throws weak_password naming every reason. */
export function assertStrongPassword(
  password: string,
  context: { email?: string | null; name?: string | null; phone?: string | null },
) {
  const check = checkPassword(password, context);
  if (check.ok) return check;
  const errors: FieldError[] = check.reasons.map((reason) => ({
    in: "body",
    path: "/password",
    code: reason,
    message: reason.replace(/_/g, " "),
  }));
  throw new DomainError("weak_password", {}, errors);
}

export async function createAccount(
  deps: AccountsDeps,
  executor: Executor,
  input: NewAccount,
  actor: Actor,
  ctx: RequestContext,
) {
  const { platform } = deps;
  const email = normalizeEmail(input.email);
  const phone = input.phone ? normalizePhone(input.phone) : null;
  const country = input.country ? input.country.toUpperCase() : null;
  const fieldErrors: FieldError[] = [];
  if (!email)
    fieldErrors.push({
      in: "body",
      path: "/email",
      code: "invalid_format",
      message: "Invalid email address",
    });
  if (input.phone && !phone) {
    fieldErrors.push({
      in: "body",
      path: "/phone",
      code: "invalid_format",
      message: "Use international format, e.g. +8613800000000",
    });
  }
  if (country && !isCountry(country)) {
    fieldErrors.push({
      in: "body",
      path: "/country",
      code: "invalid_value",
      message: "Use an ISO 3166-1 alpha-2 code such as CN or US",
    });
  }
  if (fieldErrors.length > 0 || !email) throw new DomainError("validation_failed", {}, fieldErrors);
  const strength = assertStrongPassword(input.password, { email, name: input.name ?? null, phone });

  if (await findUserByEmail(executor, email)) throw new DomainError("email_already_registered");
  if (phone && (await findUserByPhone(executor, phone))) throw new DomainError("phone_already_registered");

  const walletNumber = input.role === "customer" ? await freshWalletNumber(deps, executor) : null;
  const now = platform.clock.now();
  const user: UserRow = {
    id: platform.ids.next("user"),
    email,
    name: input.name?.trim() || null,
    passwordHash: await hashPassword(input.password),
    role: input.role,
    language: input.language ?? "en",
    country,
    phone: phone ?? null,
    walletNumber,
    emailVerifiedAt: input.emailVerified ? now : null,
    phoneVerifiedAt: input.phoneVerified && input.phone ? now : null,
    passwordChangedAt: now,
    passwordScore: strength.score,
    antiPhishingCode: null,
    totpSecretSealed: null,
    totpEnabledAt: null,
    totpLastStep: null,
    smsMfaEnabledAt: null,
    withdrawalsHeldUntil: null,
    frozenAt: null,
    frozenReason: null,
    verificationLevel: 0,
    createdAt: now,
    updatedAt: now,
  };
  await insertUser(executor, user);
  await deps.events.record(executor, { userId: user.id, type: "registered", ctx, actorId: actor.id });
  if (actor.label !== "self") {
    await deps.audit.record(
      executor,
      actor,
      "user.created",
      { type: "user", id: user.id },
      { role: user.role },
    );
  }
  if (!user.emailVerifiedAt) await sendEmailVerification(deps, executor, user);
  if (user.phone) await sendPhoneCode(deps, executor, user);
  return user;
}

async function freshWalletNumber(deps: AccountsDeps, executor: Executor): Promise<string> {
  for (;;) {
    const candidate = generateWalletNumber(deps.platform.random);
    if (!(await walletNumberTaken(executor, candidate))) return candidate;
  }
}

export async function register(
  deps: AccountsDeps,
  input: Omit<NewAccount, "role" | "emailVerified" | "phoneVerified">,
  ctx: RequestContext,
): Promise<PublicUser> {
  const { platform } = deps;
  // Saying "this email is taken" is allowed, but only at a pace that defeats harvesting.
  const key = `register-ip:${ctx.ip ?? "unknown"}`;
  if (
    (await hitThrottle(platform.db, key, 3_600_000, platform.clock.now())) > REGISTRATIONS_PER_IP_PER_HOUR
  ) {
    throw new DomainError("rate_limited", { retryAfter: 3600 });
  }
  return platform.db.transaction().execute(async (trx) => {
    const user = await createAccount(
      deps,
      trx,
      { ...input, role: "customer" },
      { id: null, label: "self" },
      ctx,
    );
    return toPublicUser(trx, user);
  });
}

export async function sendEmailVerification(
  deps: AccountsDeps,
  executor: Executor,
  user: UserRow,
): Promise<void> {
  const { token, hash } = newOpaqueToken(deps.platform.random);
  await deps.tokens.issue(executor, {
    userId: user.id,
    purpose: "verify_email",
    secretHash: hash,
    ttlMs: DAY_MS,
    data: { email: user.email },
  });
  await deps.email(executor, user, emails.verifyEmail(deps.link("/verify-email", token)));
}

export async function verifyEmail(
  deps: AccountsDeps,
  token: string,
  ctx: RequestContext,
): Promise<PublicUser> {
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    const hash = hashToken(token);
    const row =
      (await deps.tokens.findOpen(trx, "verify_email", hash)) ??
      (await deps.tokens.findOpen(trx, "change_email", hash));
    if (!row || !(await deps.tokens.consume(trx, row.id))) throw new DomainError("token_invalid");
    const user = await findUserById(trx, row.user_id);
    const email = String(row.data.email ?? "");
    if (!user) throw new DomainError("token_invalid");
    const now = platform.clock.now();
    if (row.purpose === "change_email") {
      // The new address may have been taken while the link waited.
      const owner = await findUserByEmail(trx, email);
      if (owner && owner.id !== user.id) throw new DomainError("email_already_registered");
      await updateUser(trx, user.id, { email, emailVerifiedAt: now, updatedAt: now });
      await deps.notifications.emailChanged(trx, {
        userId: user.id,
        from: user.email,
        to: email,
        language: user.language,
      });
      await deps.events.record(trx, { userId: user.id, type: "email_changed", ctx });
      await deps.notice(trx, user, { event: "email_changed", copies: emails.emailChanged(email) });
      return toPublicUser(trx, { ...user, email, emailVerifiedAt: now });
    }
    // A link for an address the account no longer has proves nothing.
    if (user.email.toLowerCase() !== email.toLowerCase()) throw new DomainError("token_invalid");
    await updateUser(trx, user.id, { emailVerifiedAt: user.emailVerifiedAt ?? now, updatedAt: now });
    await deps.events.record(trx, { userId: user.id, type: "email_verified", ctx });
    return toPublicUser(trx, { ...user, emailVerifiedAt: user.emailVerifiedAt ?? now });
  });
}

/**
 * Changing the email: the new address gets a confirmation link and the old one is told at
 * once; the change happens only when the link is used.
 */
export async function requestEmailChange(
  deps: AccountsDeps,
  user: UserRow,
  newEmail: string,
  ctx: RequestContext,
): Promise<void> {
  const email = normalizeEmail(newEmail);
  if (!email)
    throw new DomainError("validation_failed", {}, [
      { in: "body", path: "/email", code: "invalid_format", message: "Invalid email address" },
    ]);
  const owner = await findUserByEmail(deps.platform.db, email);
  if (owner) throw new DomainError("email_already_registered");
  await deps.platform.db.transaction().execute(async (trx) => {
    const { token, hash } = newOpaqueToken(deps.platform.random);
    await deps.tokens.issue(trx, {
      userId: user.id,
      purpose: "change_email",
      secretHash: hash,
      ttlMs: DAY_MS,
      data: { email },
    });
    await deps.email(trx, { ...user, email }, emails.confirmNewEmail(deps.link("/verify-email", token)));
    // To the address the account still has (the one being replaced), and in the app.
    await deps.notice(trx, user, {
      event: "email_change_requested",
      copies: emails.emailChangeRequested(email),
    });
    await deps.events.record(trx, {
      userId: user.id,
      type: "email_change_requested",
      ctx,
      detail: { to: email },
    });
  });
}

/** Texts a verification code to the account's number, or to a number replacing it. */
export async function sendPhoneCode(
  deps: AccountsDeps,
  executor: Executor,
  user: UserRow,
  phone = user.phone,
): Promise<void> {
  if (!phone) throw new DomainError("phone_not_verified");
  const code = newNumericCode(deps.platform.random, 6);
  await deps.tokens.issue(executor, {
    userId: user.id,
    purpose: "verify_phone",
    secretHash: hashCode(deps.platform.config.secret, "verify_phone", code),
    ttlMs: PHONE_CODE_TTL_MS,
    data: { phone },
  });
  await deps.sms(executor, phone, user, texts.phoneCode(code));
}

/** Resends are limited so nobody can use Satchel to flood an inbox or a phone. */
export async function assertResendAllowed(deps: AccountsDeps, key: string): Promise<void> {
  const { platform } = deps;
  const now = platform.clock.now();
  if ((await throttleCount(platform.db, key, 3_600_000, now)) >= 5)
    throw new DomainError("rate_limited", { retryAfter: 3600 });
  await hitThrottle(platform.db, key, 3_600_000, now);
}

export async function verifyPhone(
  deps: AccountsDeps,
  userId: string,
  code: string,
  ctx: RequestContext,
): Promise<PublicUser> {
  const { platform } = deps;
  // A wrong guess must be counted even though the request fails, so the transaction
  // returns the outcome and the error is thrown only after it has committed.
  const outcome = await platform.db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    const row = user && (await deps.tokens.latestOpen(trx, userId, "verify_phone"));
    const phone = typeof row?.data.phone === "string" ? row.data.phone : undefined;
    if (!user || !row || !phone) return undefined;
    if (!(await deps.tokens.claimAttempt(trx, row.id, CODE_MAX_TRIES))) return undefined;
    if (!safeEqual(row.secret_hash, hashCode(platform.config.secret, "verify_phone", code.trim())))
      return undefined;
    await deps.tokens.consume(trx, row.id);
    const now = platform.clock.now();
    const replacing = phone !== user.phone;
    if (replacing) {
      // The number may have been taken while the code was on its way.
      const owner = await findUserByPhone(trx, phone);
      if (owner && owner.id !== user.id) throw new DomainError("phone_already_registered");
    }
    await updateUser(trx, user.id, { phone, phoneVerifiedAt: now, updatedAt: now });
    await deps.events.record(trx, {
      userId: user.id,
      type: "phone_verified",
      ctx,
      detail: replacing ? { replaced: true } : {},
    });
    if (replacing && user.phone && user.phoneVerifiedAt)
      await deps.sms(trx, user.phone, user, texts.phoneRemoved());
    return toPublicUser(trx, { ...user, phone, phoneVerifiedAt: now });
  });
  if (!outcome) throw new DomainError("token_invalid");
  return outcome;
}

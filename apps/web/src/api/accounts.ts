import { ApiError, api, request, setCsrfToken } from "./client";

// Accounts and security (docs/accounts-api.md). Answers are checked at this edge: a field the
// pages rely on that is missing or of the wrong type becomes a safe default, never a crash.

export interface TwoFactorState {
  totp: boolean;
  sms: boolean;
  recoveryCodesLeft: number;
}

export interface User {
  id: string;
  email: string;
  emailVerified: boolean;
  phone: string | null;
  phoneVerified: boolean;
  name: string | null;
  country: string | null;
  language: string | null;
  role: string;
  walletNumber: string | null;
  twoFactor: TwoFactorState;
  antiPhishingCode: string | null;
  createdAt: string;
}

export type MfaMethod = "totp" | "sms" | "recovery_code";

/** What login and 2FA login lead to: signed in, or a second step. */
export type LoginResult =
  | { kind: "signedIn"; user: User }
  | { kind: "mfa"; mfaToken: string; methods: MfaMethod[] };

export interface PasswordCheck {
  ok: boolean;
  /** 0 (very weak) to 4 (strong); registration needs 3. */
  score: number;
  reasons: string[];
  suggestions: string[];
}

export interface Session {
  id: string;
  current: boolean;
  userAgent: string;
  browser: string;
  os: string;
  device: string;
  ip: string;
  createdAt: string;
  lastSeenAt: string;
}

export type LoginOutcome = "success" | "failure" | "locked" | "mfa_failed";

export interface LoginHistoryEntry {
  id: string;
  outcome: LoginOutcome | "unknown";
  ip: string;
  browser: string;
  os: string;
  createdAt: string;
}

export interface Page<T> {
  data: T[];
  nextCursor: string | null;
}

export interface TotpSetup {
  secret: string;
  otpauthUrl: string;
  /** A PNG data URL. */
  qrCode: string;
}

export interface CheckupItem {
  key: string;
  ok: boolean;
  fixUrl: string | null;
}

export interface SecurityCheckup {
  score: number;
  items: CheckupItem[];
}

export interface Registration {
  email: string;
  password: string;
  country: string;
  language?: string;
  phone?: string;
  name?: string;
}

export interface ProfileChanges {
  name?: string | null;
  country?: string;
  language?: string;
  antiPhishingCode?: string | null;
  /** E.164, or null to remove it (step-up). A new number is unverified and gets an SMS code. */
  phone?: string | null;
}

// --- parsing --------------------------------------------------------------------------------------

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function str(value: unknown, fallback = ""): string {
  return typeof value === "string" ? value : fallback;
}

function strOrNull(value: unknown): string | null {
  return typeof value === "string" && value !== "" ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}

function invalid(): Error {
  return new Error("The server's answer does not have the documented shape.");
}

/** The user object; null when it is not one (no id or email). */
export function parseUser(value: unknown): User | null {
  if (!isRecord(value) || typeof value.id !== "string" || typeof value.email !== "string") return null;
  const tf = isRecord(value.twoFactor) ? value.twoFactor : {};
  return {
    id: value.id,
    email: value.email,
    emailVerified: value.emailVerified === true,
    phone: strOrNull(value.phone),
    phoneVerified: value.phoneVerified === true,
    name: strOrNull(value.name),
    country: strOrNull(value.country),
    language: strOrNull(value.language),
    role: str(value.role, "customer"),
    walletNumber: strOrNull(value.walletNumber),
    twoFactor: {
      totp: tf.totp === true,
      sms: tf.sms === true,
      recoveryCodesLeft: typeof tf.recoveryCodesLeft === "number" ? tf.recoveryCodesLeft : 0,
    },
    antiPhishingCode: strOrNull(value.antiPhishingCode),
    createdAt: str(value.createdAt),
  };
}

function userFrom(body: unknown): User {
  const user = isRecord(body) ? parseUser(body.user) : null;
  if (!user) throw invalid();
  return user;
}

const MFA_METHODS: readonly MfaMethod[] = ["totp", "sms", "recovery_code"];

/** Reads a login answer, remembering the session's CSRF token when it signs in. */
export function parseLoginResult(body: unknown): LoginResult {
  if (isRecord(body) && body.mfaRequired === true && typeof body.mfaToken === "string") {
    const methods = strings(body.methods).filter((m): m is MfaMethod => MFA_METHODS.includes(m as MfaMethod));
    return { kind: "mfa", mfaToken: body.mfaToken, methods: methods.length > 0 ? methods : ["totp"] };
  }
  const user = userFrom(body);
  setCsrfToken(isRecord(body) ? str(body.csrfToken) : null);
  return { kind: "signedIn", user };
}

export function parsePasswordCheck(body: unknown): PasswordCheck {
  if (!isRecord(body) || typeof body.score !== "number") throw invalid();
  return {
    ok: body.ok === true,
    score: Math.max(0, Math.min(4, Math.round(body.score))),
    reasons: strings(body.reasons),
    suggestions: strings(body.suggestions),
  };
}

function parseSession(value: unknown): Session | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    current: value.current === true,
    userAgent: str(value.userAgent),
    browser: str(value.browser),
    os: str(value.os),
    device: str(value.device),
    ip: str(value.ip),
    createdAt: str(value.createdAt),
    lastSeenAt: str(value.lastSeenAt),
  };
}

const OUTCOMES: readonly LoginOutcome[] = ["success", "failure", "locked", "mfa_failed"];

function parseHistoryEntry(value: unknown): LoginHistoryEntry | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const outcome = OUTCOMES.find((o) => o === value.outcome) ?? "unknown";
  return {
    id: value.id,
    outcome,
    ip: str(value.ip),
    browser: str(value.browser),
    os: str(value.os),
    createdAt: str(value.createdAt),
  };
}

export function parseCheckup(body: unknown): SecurityCheckup {
  if (!isRecord(body) || typeof body.score !== "number") throw invalid();
  const items = Array.isArray(body.items) ? body.items : [];
  return {
    score: Math.max(0, Math.min(100, Math.round(body.score))),
    items: items.flatMap((item): CheckupItem[] =>
      isRecord(item) && typeof item.key === "string"
        ? [{ key: item.key, ok: item.ok === true, fixUrl: strOrNull(item.fixUrl) }]
        : [],
    ),
  };
}

function parseRecoveryCodes(body: unknown): string[] {
  const codes = isRecord(body) ? strings(body.recoveryCodes) : [];
  if (codes.length === 0) throw invalid();
  return codes;
}

function signal(s?: AbortSignal) {
  return s ? { signal: s } : {};
}

// --- calls -----------------------------------------------------------------------------------------

/** GET /api/v1/me: the signed-in user, or null when signed out (401). Remembers the CSRF token. */
export async function fetchMe(abort?: AbortSignal): Promise<User | null> {
  try {
    const body = await request<unknown>("/api/v1/me", signal(abort));
    const user = userFrom(body);
    if (isRecord(body) && typeof body.csrfToken === "string") setCsrfToken(body.csrfToken);
    return user;
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(input: { login: string; password: string }): Promise<LoginResult> {
  return parseLoginResult(await api.post<unknown>("/api/v1/auth/login", { ...input, client: "web" }));
}

export async function loginWithCode(input: { mfaToken: string; code: string }): Promise<LoginResult> {
  return parseLoginResult(await api.post<unknown>("/api/v1/auth/login/mfa", { ...input, client: "web" }));
}

export async function sendLoginSms(mfaToken: string): Promise<void> {
  await api.post("/api/v1/auth/login/mfa/sms", { mfaToken });
}

export async function logout(): Promise<void> {
  try {
    await api.post("/api/v1/auth/logout");
  } finally {
    setCsrfToken(null);
  }
}

export async function register(input: Registration): Promise<User> {
  return userFrom(await api.post<unknown>("/api/v1/auth/register", input));
}

export async function checkPassword(
  input: { password: string; email?: string; name?: string; phone?: string },
  abort?: AbortSignal,
): Promise<PasswordCheck> {
  return parsePasswordCheck(await api.post<unknown>("/api/v1/auth/password/check", input, signal(abort)));
}

export async function verifyEmail(token: string): Promise<User> {
  return userFrom(await api.post<unknown>("/api/v1/auth/verify-email", { token }));
}

/**
 * POST /api/v1/me/email (step-up): the new address gets a confirmation link and the current one
 * a notice; the account's email changes only when the link is opened.
 */
export async function requestEmailChange(email: string): Promise<void> {
  await api.post("/api/v1/me/email", { email });
}

export async function resendVerificationEmail(): Promise<void> {
  await api.post("/api/v1/me/email/verification");
}

export async function sendPhoneCode(): Promise<void> {
  await api.post("/api/v1/me/phone/verification");
}

export async function verifyPhone(code: string): Promise<User> {
  return userFrom(await api.post<unknown>("/api/v1/me/phone/verify", { code }));
}

export async function forgotPassword(input: { login: string; via: "email" | "sms" }): Promise<void> {
  await api.post("/api/v1/auth/password/forgot", input);
}

/** For an emailed link `token` is the link's token; for SMS it is the 6-digit code and `login` is set. */
export async function resetPassword(input: {
  token: string;
  password: string;
  code?: string;
  login?: string;
}): Promise<void> {
  await api.post("/api/v1/auth/password/reset", input);
}

export async function unlockAccount(token: string): Promise<void> {
  await api.post("/api/v1/auth/unlock", { token });
}

export async function updateMe(changes: ProfileChanges): Promise<User> {
  return userFrom(await api.patch<unknown>("/api/v1/me", changes));
}

export async function changePassword(input: { currentPassword: string; newPassword: string }): Promise<void> {
  await api.post("/api/v1/me/password", input);
}

export async function reauthenticate(input: { password: string } | { code: string }): Promise<void> {
  await api.post("/api/v1/me/reauth", input);
}

/** Texts a step-up code to an account whose second factor is SMS. */
export async function sendReauthSms(): Promise<void> {
  await api.post("/api/v1/me/reauth/sms");
}

export async function listSessions(abort?: AbortSignal): Promise<Session[]> {
  const body = await api.get<unknown>("/api/v1/me/sessions", signal(abort));
  const data = isRecord(body) && Array.isArray(body.data) ? body.data : [];
  return data.map(parseSession).filter((s): s is Session => s !== null);
}

export async function revokeSession(id: string): Promise<void> {
  await api.delete(`/api/v1/me/sessions/${encodeURIComponent(id)}`);
}

export async function revokeOtherSessions(): Promise<number> {
  const body = await api.post<unknown>("/api/v1/me/sessions/revoke-others");
  return isRecord(body) && typeof body.revoked === "number" ? body.revoked : 0;
}

export async function listLoginHistory(
  cursor: string | null,
  limit: number,
  abort?: AbortSignal,
): Promise<Page<LoginHistoryEntry>> {
  const body = await api.get<unknown>("/api/v1/me/login-history", {
    query: { limit, cursor },
    ...signal(abort),
  });
  const data = isRecord(body) && Array.isArray(body.data) ? body.data : [];
  return {
    data: data.map(parseHistoryEntry).filter((e): e is LoginHistoryEntry => e !== null),
    nextCursor: isRecord(body) ? strOrNull(body.nextCursor) : null,
  };
}

export async function startTotp(): Promise<TotpSetup> {
  const body = await api.post<unknown>("/api/v1/me/2fa/totp");
  if (!isRecord(body) || typeof body.secret !== "string") throw invalid();
  return { secret: body.secret, otpauthUrl: str(body.otpauthUrl), qrCode: str(body.qrCode) };
}

export async function confirmTotp(code: string): Promise<string[]> {
  return parseRecoveryCodes(await api.post<unknown>("/api/v1/me/2fa/totp/confirm", { code }));
}

export async function disableTotp(): Promise<void> {
  await api.delete("/api/v1/me/2fa/totp");
}

export async function regenerateRecoveryCodes(): Promise<string[]> {
  return parseRecoveryCodes(await api.post<unknown>("/api/v1/me/2fa/recovery-codes"));
}

export async function enableSmsCodes(): Promise<void> {
  await api.post("/api/v1/me/2fa/sms");
}

export async function disableSmsCodes(): Promise<void> {
  await api.delete("/api/v1/me/2fa/sms");
}

export async function fetchSecurityCheckup(abort?: AbortSignal): Promise<SecurityCheckup> {
  return parseCheckup(await api.get<unknown>("/api/v1/me/security-checkup", signal(abort)));
}

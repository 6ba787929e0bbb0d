import { ApiError } from "../api/client";

/** The signed-in user (`null` when signed out). */
export const ME_KEY = ["me"] as const;
/** Everything else that belongs to the signed-in user; dropped whenever who is signed in changes. */
export const ACCOUNT_KEY = ["account"] as const;
export const accountKeys = {
  sessions: ["account", "sessions"],
  loginHistory: ["account", "login-history"],
  checkup: ["account", "security-checkup"],
} as const;

/** 401 codes that mean "your session is gone" (not "that password or code is wrong"). */
const SESSION_ENDED_CODES: ReadonlySet<string> = new Set(["authentication_required", "http_401"]);

/** True when an authenticated call failed because the session ended, expired or was revoked. */
export function isSessionEnded(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401 && SESSION_ENDED_CODES.has(error.code);
}

import type { TFunction } from "i18next";
import { ApiError } from "../api/client";
import { StepUpCancelledError } from "../auth/stepUp";
import { currentLanguage } from "../i18n";
import type en from "../i18n/en.json";
import { formatDateTime, parseDate } from "./time";

type CodeName = keyof (typeof en)["errors"]["codes"];
export type ErrorMessageKey = `errors.codes.${CodeName}`;

/** Where an error happened, when the same code deserves different words there. */
export type ErrorContext =
  | "login"
  | "mfa"
  | "reauth"
  | "currentPassword"
  | "resetLink"
  | "resetSms"
  | "verifyEmail"
  | "unlock"
  | "phoneCode"
  | "totpConfirm";

/** Problem codes with a message of their own in every context. */
const GENERIC: Record<string, CodeName> = {
  network_error: "network_error",
  invalid_response: "invalid_response",
  authentication_required: "authentication_required",
  csrf_failed: "csrf_failed",
  validation_failed: "validation_failed",
  weak_password: "weak_password",
  email_already_registered: "email_already_registered",
  phone_already_registered: "phone_already_registered",
  rate_limited: "rate_limited",
  token_invalid: "token_invalid",
  invalid_credentials: "invalid_credentials",
  account_locked: "account_locked",
  invalid_mfa_code: "invalid_mfa_code",
  mfa_token_invalid: "mfa_token_invalid",
  mfa_required: "mfa_required",
  step_up_required: "step_up_required",
  not_found: "not_found",
  phone_not_verified: "phone_not_verified",
  payload_too_large: "payload_too_large",
};

const BY_CONTEXT: Record<ErrorContext, Record<string, CodeName>> = {
  login: { rate_limited: "rate_limited_login" },
  mfa: { rate_limited: "rate_limited_login" },
  reauth: { invalid_credentials: "wrong_password" },
  currentPassword: { invalid_credentials: "wrong_current_password" },
  resetLink: { token_invalid: "reset_link_invalid" },
  resetSms: { token_invalid: "reset_code_invalid" },
  verifyEmail: { token_invalid: "verify_link_invalid" },
  unlock: { token_invalid: "unlock_link_invalid" },
  phoneCode: { token_invalid: "phone_code_invalid" },
  totpConfirm: { invalid_mfa_code: "totp_code_invalid" },
};

/** The status page's refusals (the operation's component is under maintenance or in a major outage). */
const CLOSED_CODES = new Set(["maintenance", "provider_unavailable"]);

/**
 * The problem's `detail` as the reader should see it. A maintenance refusal names its end in the
 * reader's own time zone, in our words, instead of the server's sentence (which can only say it
 * in UTC), so the end is said once and in the reader's time; anything else: the server's detail.
 */
export function problemDetail(error: ApiError, t: TFunction): string | undefined {
  const endsAt = error.extensions.endsAt;
  const end = error.code === "maintenance" && typeof endsAt === "string" ? parseDate(endsAt) : null;
  if (!end) return error.detail;
  const time = formatDateTime(end, currentLanguage(), { dateStyle: "medium", timeStyle: "short" });
  return t("statusPage.refusal.maintenance", { time });
}

/** The message key for a problem `code` (in a context); null when there is none and the server's text is shown. */
export function errorMessageKey(code: string, context?: ErrorContext): ErrorMessageKey | null {
  const name = (context ? BY_CONTEXT[context][code] : undefined) ?? GENERIC[code];
  return name ? `errors.codes.${name}` : null;
}

/**
 * One sentence for a failed call, in the interface language: our own words for the codes we
 * know, the server's `detail` (or `title`) otherwise. Null for a cancelled step-up (nothing to say).
 */
export function errorMessage(error: unknown, t: TFunction, context?: ErrorContext): string | null {
  if (error instanceof StepUpCancelledError) return null;
  if (!(error instanceof ApiError)) return t("errors.unexpected");
  if (error.code === "rate_limited" && error.retryAfter !== undefined && error.retryAfter > 0) {
    const time = formatDateTime(new Date(Date.now() + error.retryAfter * 1000), currentLanguage(), {
      timeStyle: "short",
    });
    return t("errors.tryAgainAt", {
      message: t(errorMessageKey("rate_limited", context) ?? "errors.codes.rate_limited"),
      time,
    });
  }
  const key = errorMessageKey(error.code, context);
  if (key) return t(key);
  // A refusal while the service is in maintenance or a major outage is no failure of ours to
  // apologise for: the sentence (in this language) says so, with the end time.
  const detail = problemDetail(error, t);
  if (CLOSED_CODES.has(error.code) && detail) return detail;
  if (error.status >= 500) {
    return error.detail ? t("errors.serverWithDetail", { detail: error.detail }) : t("errors.server");
  }
  return error.detail ?? error.title;
}

/** Field-level messages of a validation problem, keyed by field name (`/email` → `email`). */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError) || error.code !== "validation_failed") return {};
  const out: Record<string, string> = {};
  for (const e of error.errors) {
    const field = e.path.replace(/^\/+/, "").split(/[/.]/)[0] ?? "";
    if (field && !out[field]) out[field] = e.message;
  }
  return out;
}

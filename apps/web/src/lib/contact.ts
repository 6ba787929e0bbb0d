// Checking a new email address or phone number before it is sent, with the server's own rules
// (docs/accounts-api.md), so a typo is caught before the "confirm it's you" step.

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Why a new email address or phone number is not sent. */
export type ContactProblem = "invalid" | "same";

export type EmailCheck = { ok: true; email: string } | { ok: false; problem: ContactProblem };
export type PhoneCheck = { ok: true; phone: string } | { ok: false; problem: ContactProblem };

/** A new email address: well formed (at most 254 characters) and not the one the account has now. */
export function checkNewEmail(input: string, current: string): EmailCheck {
  const email = input.trim();
  if (email.length > 254 || !EMAIL.test(email)) return { ok: false, problem: "invalid" };
  if (email.toLowerCase() === current.trim().toLowerCase()) return { ok: false, problem: "same" };
  return { ok: true, email };
}

/**
 * E.164, as the server reads it: a plus and 8 to 15 digits, the first not 0; spaces, dashes,
 * dots and brackets are ignored and a leading 00 stands for the plus. Null when it is not one.
 */
export function normalizePhone(input: string): string | null {
  const compact = input.trim().replace(/[\s\-().]/g, "");
  const withPlus = compact.startsWith("00") ? `+${compact.slice(2)}` : compact;
  return /^\+[1-9]\d{7,14}$/.test(withPlus) ? withPlus : null;
}

/** A new phone number: valid E.164 and not the number the account has now. */
export function checkNewPhone(input: string, current: string | null): PhoneCheck {
  const phone = normalizePhone(input);
  if (!phone) return { ok: false, problem: "invalid" };
  if (current !== null && phone === normalizePhone(current)) return { ok: false, problem: "same" };
  return { ok: true, phone };
}

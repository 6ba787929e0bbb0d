import { createHmac } from "node:crypto";
import type { PaymentMethodKind } from "../../../platform/db/schema-payments.js";
import { DomainError, type FieldError } from "../../../platform/errors/domain-error.js";
import { brandOf, type CardInput, type CheckedCard, validateCard } from "../providers/card-validation.js";

/** What a customer types for a payout destination; which fields count depends on the method's kind. */
export interface DestinationDetailsInput {
  accountHolder?: string | undefined;
  accountNumber?: string | undefined;
  iban?: string | undefined;
  bankName?: string | undefined;
  routingNumber?: string | undefined;
  swift?: string | undefined;
  number?: string | undefined;
  expMonth?: number | undefined;
  expYear?: number | undefined;
  cvc?: string | undefined;
  account?: string | undefined;
}

/** What may be shown of a destination (never enough to pay it): holder, bankName, last4, brand, account (masked). */
export type DestinationDisplay = Record<string, string>;

/**
 * A destination's details after checking: what a payout needs (`payout`, sealed at rest),
 * what may be shown (`display`), the default label, and the identity the fingerprint is
 * made from (for a card, the number, which is then forgotten).
 */
export interface CheckedDetails {
  kind: PaymentMethodKind;
  payout: Record<string, string>;
  display: DestinationDisplay;
  label: string;
  identity: string;
  /** Cards only: the checked card, to be exchanged for the provider's token. */
  card?: CheckedCard;
}

const BRAND_NAMES: Record<CheckedCard["brand"], string> = {
  visa: "Visa",
  mastercard: "Mastercard",
  amex: "American Express",
  unknown: "Card",
};

const fieldError = (field: string, message: string): FieldError => ({
  in: "body",
  path: `/details/${field}`,
  code: "invalid",
  message,
});

const compact = (value: string | undefined) => value?.replace(/[\s-]/g, "").toUpperCase() || undefined;

/** ISO 13616: the country's letters and check digits moved to the end, read as a number, mod 97 is 1. */
export function ibanValid(iban: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(iban)) return false;
  const moved = iban.slice(4) + iban.slice(0, 4);
  let remainder = 0;
  for (const char of moved) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

/** An ABA routing number: nine digits whose weighted sum (3, 7, 1, …) is a multiple of 10. */
export function routingNumberValid(routing: string): boolean {
  if (!/^\d{9}$/.test(routing)) return false;
  const weights = [3, 7, 1, 3, 7, 1, 3, 7, 1];
  const sum = [...routing].reduce((total, d, i) => total + Number(d) * (weights[i] ?? 0), 0);
  return sum % 10 === 0;
}

const SWIFT = /^[A-Z]{6}[A-Z0-9]{2}([A-Z0-9]{3})?$/;
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const E164 = /^\+[1-9]\d{7,14}$/;

const dots = "••••";

function bankDetails(input: DestinationDetailsInput): CheckedDetails {
  const errors: FieldError[] = [];
  const holder = input.accountHolder?.trim() ?? "";
  const bankName = input.bankName?.trim() ?? "";
  const accountNumber = compact(input.accountNumber);
  const iban = compact(input.iban);
  const routingNumber = compact(input.routingNumber);
  const swift = compact(input.swift);
  if (holder.length < 2)
    errors.push(fieldError("accountHolder", "the account holder's name as the bank knows it"));
  if (bankName.length < 2) errors.push(fieldError("bankName", "the name of the bank"));
  if (accountNumber && iban)
    errors.push(fieldError("iban", "give either an account number or an IBAN, not both"));
  else if (!accountNumber && !iban) errors.push(fieldError("accountNumber", "an account number or an IBAN"));
  else if (accountNumber && !/^\d{4,34}$/.test(accountNumber))
    errors.push(fieldError("accountNumber", "4 to 34 digits"));
  else if (iban && !ibanValid(iban))
    errors.push(fieldError("iban", "not a valid IBAN (check the letters, digits and check digits)"));
  if (routingNumber && !routingNumberValid(routingNumber))
    errors.push(fieldError("routingNumber", "a 9-digit ABA routing number"));
  if (swift && !SWIFT.test(swift)) errors.push(fieldError("swift", "a SWIFT/BIC code of 8 or 11 characters"));
  if (errors.length > 0) throw new DomainError("payout_details_invalid", {}, errors);
  const account = (iban ?? accountNumber) as string;
  const last4 = account.slice(-4);
  return {
    kind: "bank_transfer",
    payout: {
      kind: "bank_transfer",
      accountHolder: holder,
      bankName,
      ...(iban ? { iban } : { accountNumber: account }),
      ...(routingNumber ? { routingNumber } : {}),
      ...(swift ? { swift } : {}),
    },
    display: { holder, bankName, last4, account: `${iban ? `${iban.slice(0, 2)} ` : ""}${dots} ${last4}` },
    label: `${bankName} ${dots} ${last4}`.slice(0, 60),
    identity: [account, routingNumber ?? "", swift ?? ""].join("|"),
  };
}

function cardDetails(input: DestinationDetailsInput, now: Date): CheckedDetails {
  const number = String(input.number ?? "");
  // Payouts to a card (Visa Direct, Mastercard Send) need no security code, so the form may
  // leave it out; the number and expiry are still checked before anything is sent.
  const cvc = input.cvc ?? (brandOf(number.replace(/[\s-]/g, "")) === "amex" ? "0000" : "000");
  const card: CardInput = { number, expMonth: Number(input.expMonth), expYear: Number(input.expYear), cvc };
  let checked: CheckedCard;
  try {
    checked = validateCard(card, now);
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    // The same refusal as a card deposit, pointing at the field under `details`.
    throw new DomainError(
      error.code,
      error.params,
      error.fieldErrors.map((f) => ({ ...f, path: f.path.replace(/^\/card\//, "/details/") })),
      error.extensions,
    );
  }
  const brand = BRAND_NAMES[checked.brand];
  return {
    kind: "card",
    payout: {},
    display: { brand, last4: checked.last4 },
    label: `${brand} ${dots} ${checked.last4}`,
    identity: checked.number,
    card: checked,
  };
}

function maskAccount(account: string): string {
  if (account.startsWith("+")) return `${account.slice(0, 3)}${dots}${account.slice(-4)}`;
  const [local = "", domain = ""] = account.split("@");
  return `${local.slice(0, 1)}${dots}@${domain}`;
}

function ewalletDetails(input: DestinationDetailsInput): CheckedDetails {
  const raw = input.account?.trim() ?? "";
  const phone = raw.replace(/[\s()-]/g, "");
  let account: string;
  if (E164.test(phone)) account = phone;
  else if (EMAIL.test(raw) && raw.length <= 254) account = raw.toLowerCase();
  else
    throw new DomainError("payout_details_invalid", {}, [
      fieldError("account", "the e-wallet's email address, or its phone number in international form (+86…)"),
    ]);
  const masked = maskAccount(account);
  const local = account.startsWith("+") ? account : (account.split("@")[0] ?? account);
  return {
    kind: "ewallet",
    payout: { kind: "ewallet", account },
    display: { account: masked, last4: local.slice(-4) },
    label: masked.slice(0, 60),
    identity: account,
  };
}

/** Checks the details a customer gave for a method of this kind; refusals name the fields. */
export function checkDetails(
  kind: PaymentMethodKind,
  input: DestinationDetailsInput,
  now: Date,
): CheckedDetails {
  if (kind === "bank_transfer") return bankDetails(input);
  if (kind === "card") return cardDetails(input, now);
  return ewalletDetails(input);
}

/**
 * A keyed hash of what identifies the destination (the account, the card number), so the
 * same destination added twice is recognised without keeping the number in the clear.
 */
export function fingerprintOf(secret: string, kind: PaymentMethodKind, identity: string): string {
  return createHmac("sha256", secret)
    .update(`payout-destination\u0000${kind}\u0000${identity}`)
    .digest("hex");
}

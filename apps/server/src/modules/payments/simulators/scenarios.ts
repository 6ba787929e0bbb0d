import type { ReceivingAccount } from "../providers/provider.js";

/**
 * How the simulators decide, documented for integrators in docs/payments-deposits.md.
 *
 * Cards: Stripe's test card numbers, with the decline codes Stripe gives them. Any other
 * valid number is approved (5555555555554444 is a Mastercard).
 */
export const TEST_CARDS: Record<string, { outcome: "decline"; declineCode: string } | { outcome: "3ds" }> = {
  "4000000000000002": { outcome: "decline", declineCode: "card_declined" },
  "4000000000009995": { outcome: "decline", declineCode: "card_insufficient_funds" },
  "4000000000009987": { outcome: "decline", declineCode: "lost_card" },
  "4000000000009979": { outcome: "decline", declineCode: "stolen_card" },
  "4000000000000069": { outcome: "decline", declineCode: "expired_card" },
  "4000000000000127": { outcome: "decline", declineCode: "incorrect_cvc" },
  "4000000000000119": { outcome: "decline", declineCode: "processing_error" },
  "4000002760003184": { outcome: "3ds" },
};

export type CardScenario = "approve" | "decline" | "three_d_secure";

export function cardScenario(number: string): { name: CardScenario; declineCode: string | null } {
  const known = TEST_CARDS[number];
  if (!known) return { name: "approve", declineCode: null };
  if (known.outcome === "3ds") return { name: "three_d_secure", declineCode: null };
  return { name: "decline", declineCode: known.declineCode };
}

export type PayoutScenario = "payout_paid" | "payout_fails" | "payout_returned";

/** After a returned-scenario payout is paid, the bank sends it back this much later. */
export const PAYOUT_RETURN_DELAY_MS = 60 * 60_000;

/** Bank accounts: number or IBAN ending 0002 is refused, ending 0003 is paid then returned. */
export function bankPayoutScenario(destination: Record<string, string>): PayoutScenario {
  const account = (destination.iban ?? destination.accountNumber ?? "").replace(/\s/g, "");
  if (account.endsWith("0002")) return "payout_fails";
  if (account.endsWith("0003")) return "payout_returned";
  return "payout_paid";
}

/** E-wallet accounts: one containing "+fail" (alice+fail@example.com) is refused. */
export function ewalletPayoutScenario(destination: Record<string, string>): PayoutScenario {
  return (destination.account ?? "").toLowerCase().includes("+fail") ? "payout_fails" : "payout_paid";
}

/**
 * The collection accounts the bank simulator gives in deposit instructions, per method.
 * Fictional banks (marked "simulator"); the ACH numbers are Stripe's test routing and
 * account numbers, the IBAN is the standard example one (its checksum is valid).
 */
const RECEIVING_ACCOUNTS: Record<string, ReceivingAccount> = {
  bank_us_ach: {
    bankName: "Harborline Bank (simulator)",
    accountName: "Satchel Payments Ltd",
    accountNumber: "000123456789",
    routingNumber: "110000000",
  },
  bank_sepa: {
    bankName: "Banque Simulée SA (simulator)",
    accountName: "Satchel Payments Ltd",
    accountNumber: "DE89 3704 0044 0532 0130 00",
    iban: "DE89370400440532013000",
    swift: "SIMLDEFFXXX",
  },
  bank_cn: {
    bankName: "China Merchants Bank, Shanghai Branch (simulator)",
    accountName: "Satchel Payments Ltd",
    accountNumber: "121909876510201",
  },
  bank_swift: {
    bankName: "Harborline Bank, New York (simulator)",
    accountName: "Satchel Payments Ltd",
    accountNumber: "000987654321",
    swift: "HRBLUS33XXX",
  },
};

export function receivingAccountFor(methodId: string | undefined): ReceivingAccount {
  return (
    (methodId ? RECEIVING_ACCOUNTS[methodId] : undefined) ??
    (RECEIVING_ACCOUNTS.bank_swift as ReceivingAccount)
  );
}

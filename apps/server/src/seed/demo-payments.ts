import { CLI_ACTOR } from "../modules/audit/index.js";
import { getMeta, setMeta } from "../platform/meta.js";
import type { Platform } from "../platform/platform.js";
import type { Services } from "../services.js";

const DEMO_PAYMENTS_KEY = "demo_payments";
const DAY_MS = 86_400_000;

/**
 * Money in and out for the demo customer, through the same services the API uses: Alice is
 * verified to level 1 (name, birth date, address, the phone the demo vouches for), has two
 * payout destinations (a bank account she has been paid to before, and a PayPal account
 * never used, so a withdrawal to it waits for review), a card deposit that succeeds (its
 * webhook arrives once the worker runs), a declined card with its explanation, a bank
 * transfer waiting for her money, and the bank statement holds a payment nobody could match,
 * for an agent to match from the suspense queue. Runs once.
 */
export async function seedDemoPayments(
  platform: Platform,
  services: Services,
  emails: { customer: string },
  report: (line: string) => void,
): Promise<boolean> {
  if (await getMeta(platform.db, DEMO_PAYMENTS_KEY)) return false;
  const alice = await services.users.findByEmail(emails.customer);
  if (!alice) return false;
  const { payments, kyc } = services;
  const now = platform.clock.now();
  // `satchel seed --demo` may run before the first start has filled the method catalogue.
  await payments.seed();

  report("  payments: identity level 1, payout destinations, card and bank deposits, a line in suspense");
  await kyc.saveProfile(alice.id, {
    legalName: "Alice Chen",
    dateOfBirth: "1990-04-12",
    address: { line1: "500 Market Street", city: "San Francisco", postalCode: "94105", country: "US" },
  });

  await payments.withdrawals.destinations.import(alice.id, {
    methodId: "bank_us_ach",
    label: "Chase checking",
    details: {
      accountHolder: "Alice Chen",
      bankName: "JPMorgan Chase",
      routingNumber: "021000021",
      accountNumber: "000123456789",
    },
    addedAt: new Date(now.getTime() - 30 * DAY_MS),
    firstPaidAt: new Date(now.getTime() - 20 * DAY_MS),
  });
  await payments.withdrawals.destinations.import(alice.id, {
    methodId: "ewallet_paypal",
    label: "PayPal",
    details: { account: "alice.chen@example.com" },
    addedAt: new Date(now.getTime() - 3 * DAY_MS),
  });

  const card = (number: string) => ({ number, expMonth: 12, expYear: now.getUTCFullYear() + 3, cvc: "123" });
  await payments.deposits.create(
    alice.id,
    { methodId: "card", amount: "100.00", currency: "USD", card: card("4242424242424242") },
    undefined,
    "en",
  );
  await payments.deposits.create(
    alice.id,
    { methodId: "card", amount: "40.00", currency: "USD", card: card("4000000000009995") },
    undefined,
    "en",
  );
  await payments.deposits.create(
    alice.id,
    { methodId: "bank_us_ach", amount: "250.00", currency: "USD" },
    undefined,
    "en",
  );

  await payments.bank.postLine(CLI_ACTOR, {
    methodId: "bank_us_ach",
    amount: "75.00",
    currency: "USD",
    reference: "INVOICE 4471 A CHEN",
    payerName: "A CHEN",
    externalId: "demo-ach-0001",
  });

  await setMeta(platform.db, DEMO_PAYMENTS_KEY, { at: now.toISOString() }, now);
  return true;
}

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { buildCustomer, buildStaff, type Customer, trialBalance } from "../../test/wallet-helpers.js";

/**
 * Signed-in fuzzing of every money-in-and-out route a customer or staff member can call:
 * whatever the body or query, the answer is a 4xx problem (or a success), never a 5xx, and
 * the books still balance afterwards.
 */
const CUSTOMER_ROUTES: [string, string][] = [
  ["GET", "/api/v1/payment-methods"],
  ["POST", "/api/v1/deposits"],
  ["GET", "/api/v1/deposits"],
  ["GET", "/api/v1/deposits/"],
  ["POST", "/api/v1/deposits/trace"],
  ["POST", "/api/v1/withdrawals"],
  ["GET", "/api/v1/withdrawals"],
  ["POST", "/api/v1/withdrawals/wdr_x/cancel"],
  ["GET", "/api/v1/payout-destinations"],
  ["POST", "/api/v1/payout-destinations"],
  ["DELETE", "/api/v1/payout-destinations/"],
  ["PUT", "/api/v1/me/verification/profile"],
  ["POST", "/api/v1/me/verification/submit"],
  ["GET", "/api/v1/simulator/payments/"],
  ["POST", "/api/v1/simulator/payments/sim_x/complete"],
  ["POST", "/api/v1/providers/card_sim/webhooks"],
];
const STAFF_ROUTES: [string, string][] = [
  ["PATCH", "/api/v1/admin/payment-methods/card"],
  ["POST", "/api/v1/admin/payment-methods"],
  ["POST", "/api/v1/admin/bank/statement-lines"],
  ["GET", "/api/v1/admin/bank/statement-lines"],
  ["POST", "/api/v1/admin/bank/statement-lines/bsl_x/match"],
  ["GET", "/api/v1/admin/payment-cases"],
  ["POST", "/api/v1/admin/payment-cases/pcs_x/resolve"],
  ["GET", "/api/v1/admin/withdrawals"],
  ["POST", "/api/v1/admin/withdrawals/wdr_x/reject"],
  ["GET", "/api/v1/admin/kyc"],
  ["POST", "/api/v1/admin/kyc/usr_x/reject"],
  ["PUT", "/api/v1/admin/simulators/card_sim"],
];

const value = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.constantFrom("10.00", "-1", "1e9", "0.001", "NaN", "USD", "card", "4242424242424242", "\u0000", ""),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string({ maxLength: 5 }), { maxLength: 3 }),
);
/** Requests that are right but for one or two fields, so the fuzz gets past the schema checks. */
const TEMPLATES: Record<string, unknown>[] = [
  {
    methodId: "card",
    amount: "10.00",
    currency: "USD",
    card: { number: "4242424242424242", expMonth: 12, expYear: 2030, cvc: "123" },
  },
  { methodId: "bank_us_ach", amount: "25.00", currency: "USD" },
  { amount: "25.00", currency: "USD", approxTime: "2026-11-25T10:00:00Z" },
  { destinationId: "pod_x", amount: "5.00", currency: "USD", code: "123456" },
  {
    methodId: "bank_us_ach",
    code: "123456",
    details: {
      accountHolder: "A B",
      accountNumber: "000123456789",
      routingNumber: "021000021",
      bankName: "X",
    },
  },
  {
    legalName: "Fuzz Person",
    dateOfBirth: "1990-01-01",
    address: { line1: "1 A St", city: "B", postalCode: "1", country: "US" },
  },
  { methodId: "bank_us_ach", amount: "75.00", currency: "USD", reference: "SAT-00000000", externalId: "x" },
  { state: "active", maintenance: null, feePercent: "1.5" },
  { note: "not approved", reason: "blurry" },
  { mode: "normal" },
];
const nearlyValid = fc
  .tuple(
    fc.constantFrom(...TEMPLATES),
    fc.record({ amount: value, currency: value, methodId: value, code: value }, { requiredKeys: [] }),
  )
  .map(([template, changes]) => JSON.stringify({ ...template, ...changes }));

const body = fc.oneof(
  nearlyValid,
  nearlyValid,
  fc
    .record(
      {
        methodId: value,
        amount: value,
        currency: value,
        card: fc.oneof(value, fc.record({ number: value, expMonth: value, expYear: value, cvc: value })),
        destinationId: value,
        code: value,
        details: fc.oneof(
          value,
          fc.record({ accountNumber: value, iban: value, number: value, account: value }),
        ),
        legalName: value,
        dateOfBirth: value,
        address: fc.oneof(value, fc.record({ line1: value, city: value, postalCode: value, country: value })),
        level: value,
        email: value,
        approxTime: value,
        reference: value,
        customer: value,
        resolution: value,
        note: value,
        reason: value,
        mode: value,
        outcome: value,
        maintenance: fc.oneof(value, fc.record({ startsAt: value, endsAt: value })),
        feePercent: value,
        countries: value,
      },
      { requiredKeys: [] },
    )
    .map((o) => JSON.stringify(o)),
  fc.string({ maxLength: 100 }),
  fc.constantFrom("{", "[]", "null", '{"amount":1e999}', '{"__proto__":{"role":"admin"}}'),
);
const suffix = fc.oneof(
  fc.constant(""),
  fc.string({ maxLength: 30 }).map((s) => encodeURIComponent(s)),
  fc.constantFrom(
    "dep_01M8CJ076G39VHSHSHASNTQAVN",
    "%00",
    "..%2F..",
    "?limit=-5&cursor=%FF",
    "?direction=x&currency=1",
  ),
);

describe("fuzzing the money-in-and-out API while signed in", () => {
  let ctx: TestContext;
  let customer: Customer;
  let admin: Awaited<ReturnType<typeof buildStaff>>;
  beforeAll(async () => {
    ctx = await buildTestApp();
    customer = await buildCustomer(ctx, { USD: "100.00" }, "Fuzz Person", { country: "US" });
    admin = await buildStaff(ctx, "admin");
  });
  afterAll(() => ctx.close());

  it("never answers a 5xx, whatever a customer or an admin sends", async () => {
    const request = fc.record({
      staff: fc.boolean(),
      index: fc.nat(),
      suffix,
      body,
      contentType: fc.constantFrom(
        "application/json",
        "application/json",
        "application/json",
        "text/plain",
        "text/csv",
        "",
      ),
    });
    const statuses = new Map<number, number>();
    for (const r of fc.sample(request, { numRuns: 300, seed: 5_2026 })) {
      const routes = r.staff ? STAFF_ROUTES : CUSTOMER_ROUTES;
      const [method, path] = routes[r.index % routes.length] as [string, string];
      const url = path.endsWith("/") || method === "GET" ? `${path}${r.suffix}` : path;
      const sendsBody = method !== "GET" && method !== "DELETE";
      const res = await ctx.app.inject({
        method: method as "GET",
        url,
        headers: {
          ...(r.staff ? admin.auth : customer.auth),
          ...(r.contentType ? { "content-type": r.contentType } : {}),
          "idempotency-key": `fuzz-${r.index}`,
        },
        ...(sendsBody ? { payload: r.body } : {}),
      });
      statuses.set(res.statusCode, (statuses.get(res.statusCode) ?? 0) + 1);
      expect(
        res.statusCode,
        `${method} ${url} ${r.body.slice(0, 120)} → ${res.body.slice(0, 200)}`,
      ).toBeLessThan(500);
    }
    // Most requests are refused, but not all by one check: the fuzz reaches past validation.
    expect(statuses.size).toBeGreaterThan(4);
    for (const total of Object.values(await trialBalance(ctx))) expect(total).toBe(0n);
  });
});

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { balances, buildCustomer, buildStaff, type Customer } from "../../test/wallet-helpers.js";

/** Signed-in garbage at every money endpoint: only 4xx problems, and not a cent moves by accident. */
describe(`fuzzing the money endpoints on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let ivy: Customer;
  let jack: Customer;
  let admin: { auth: Record<string, string> };
  beforeAll(async () => {
    ctx = await buildTestApp();
    ivy = await buildCustomer(ctx, { USD: "100.00" });
    jack = await buildCustomer(ctx);
    admin = await buildStaff(ctx, "admin");
  });
  afterAll(() => ctx.close());

  const weird = fc.oneof(
    fc.string({ maxLength: 60 }),
    fc.constantFrom(
      "1e3",
      "-0",
      "0.000",
      "NaN",
      "Infinity",
      "１２",
      "12,50",
      " 12.5 ",
      "9".repeat(40),
      "0x10",
      "½",
      "\u0000",
    ),
    fc.integer(),
    fc.double(),
    fc.constant(null),
    fc.array(fc.string(), { maxLength: 3 }),
  );

  it("answers 300 malformed money requests with problems, never a 5xx, and moves nothing", async () => {
    const request = fc.record({
      route: fc.constantFrom(
        "POST /api/v1/transfers",
        "POST /api/v1/transfers/preview",
        "POST /api/v1/exchanges/quotes",
        "POST /api/v1/exchanges",
        "POST /api/v1/wallets",
        "GET /api/v1/transactions",
        "GET /api/v1/transactions/export.csv",
        "GET /api/v1/transactions/%00",
        "POST /api/v1/admin/wallets/x/adjustments",
        "PUT /api/v1/admin/fx/rates/CNY",
      ),
      body: fc.record(
        {
          to: fc.oneof(weird, fc.constant(jack.walletNumber), fc.constant(ivy.walletNumber)),
          amount: weird,
          currency: fc.oneof(weird, fc.constantFrom("USD", "usd", "EUR", "XXX")),
          note: weird,
          from: weird,
          quoteId: weird,
          rate: fc.oneof(weird, fc.constantFrom("0", "-1", "99999999999")),
          reason: weird,
        },
        { requiredKeys: [] },
      ),
      query: fc.dictionary(
        fc.constantFrom(
          "type",
          "status",
          "currency",
          "from",
          "to",
          "minAmount",
          "maxAmount",
          "counterparty",
          "reference",
          "limit",
          "cursor",
        ),
        fc.string({ maxLength: 50 }),
      ),
      key: fc.oneof(fc.constant(undefined), fc.string({ maxLength: 300 }), fc.constant("ok-key")),
    });
    const before = await balances(ctx, ivy);
    for (const r of fc.sample(request, { numRuns: 300, seed: 4 })) {
      const [method, path] = r.route.split(" ") as ["GET" | "POST" | "PUT", string];
      const query = new URLSearchParams(r.query).toString();
      const headers: Record<string, string> = { ...(path.includes("/admin/") ? admin.auth : ivy.auth) };
      if (r.key !== undefined) headers["idempotency-key"] = r.key.replace(/[^\x20-\x7e]/g, "");
      const res = await ctx.app.inject({
        method,
        url: method === "GET" ? `${path}?${query}` : path,
        headers,
        ...(method === "GET" ? {} : { payload: r.body }),
      });
      expect(res.statusCode, `${r.route} ${JSON.stringify(r.body).slice(0, 200)}`).toBeLessThan(500);
      if (res.statusCode >= 400) expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
    }
    // Garbage may well have formed a valid small transfer to Jack; whatever moved, the books balance.
    const after = await balances(ctx, ivy);
    const jackHas = (await balances(ctx, jack)).USD ?? "0";
    expect(Number(before.USD) - Number(after.USD)).toBeCloseTo(Number(jackHas), 2);
    expect(
      Object.values(await ctx.services.ledger.trialBalance(ctx.platform.db)).every((s) => s === 0n),
    ).toBe(true);
  });
});

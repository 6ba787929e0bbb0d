import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CARDS,
  type DepositJson,
  depositByCard,
  getDeposit,
  paymentEvent,
  platformBalance,
  postWebhook,
  signedWebhook,
} from "../../../test/deposit-helpers.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { balances, buildCustomer, type Customer, trialBalance } from "../../../test/wallet-helpers.js";
import { SIGNATURE_HEADER, signPayload } from "../providers/signing.js";

describe(`provider webhooks on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let ann: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    ann = await buildCustomer(ctx, {}, "Ann Lee", { country: "US" });
  });
  afterAll(() => ctx.close());

  /** A pending card deposit whose own success webhook has not been delivered yet. */
  const pendingDeposit = (amount = "10.00") => depositByCard(ctx, ann, CARDS.visa, amount);
  const send = (deposit: DepositJson, status: "pending" | "succeeded" | "failed", eventId?: string) =>
    postWebhook(ctx, "card_sim", signedWebhook(ctx, "card_sim", paymentEvent(deposit, status, { eventId })));

  it("a duplicated event is acknowledged and acted on once", async () => {
    const deposit = await pendingDeposit("10.00");
    const call = signedWebhook(ctx, "card_sim", paymentEvent(deposit, "succeeded", { eventId: "evt_dup_1" }));
    const first = await postWebhook(ctx, "card_sim", call);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toEqual({ received: true });
    const second = await postWebhook(ctx, "card_sim", {
      ...call,
      headers: { ...call.headers, "content-type": "application/json; charset=utf-8" },
    });
    expect(second.statusCode).toBe(200);
    // The simulator's own success event arrives too: still credited once.
    await ctx.platform.outbox.drain();
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("succeeded");
    expect(await balances(ctx, ann)).toEqual({ USD: "9.41" });
    expect(await platformBalance(ctx, "provider:card_sim", "USD")).toBe(-1_000n);
  });

  it("events out of order: pending after succeeded changes nothing; failed after succeeded neither", async () => {
    const deposit = await pendingDeposit("20.00");
    expect((await send(deposit, "succeeded")).statusCode).toBe(200);
    expect((await send(deposit, "pending")).statusCode).toBe(200);
    expect((await send(deposit, "failed")).statusCode).toBe(200);
    await ctx.platform.outbox.drain();
    expect(await getDeposit(ctx, ann, deposit.id)).toMatchObject({ status: "succeeded", reason: null });
    expect(await balances(ctx, ann)).toEqual({ USD: "28.53" });
  });

  it("many events for one deposit at once, duplicates among them, credit it once", async () => {
    const deposit = await pendingDeposit("4.00");
    const before = await balances(ctx, ann);
    const calls = [1, 2, 3, 1, 2, 3, 4].map((i) =>
      signedWebhook(ctx, "card_sim", paymentEvent(deposit, "succeeded", { eventId: `evt_race_${i}` })),
    );
    const answers = await Promise.all(calls.map((call) => postWebhook(ctx, "card_sim", call)));
    expect(answers.map((a) => a.statusCode)).toEqual([200, 200, 200, 200, 200, 200, 200]);
    await ctx.platform.outbox.drain();
    expect(await balances(ctx, ann)).toEqual({ USD: (Number(before.USD) + 3.58).toFixed(2) });
  });

  it("refuses forged calls with 401 and changes nothing", async () => {
    const deposit = await pendingDeposit("5.00");
    const body = JSON.stringify(paymentEvent(deposit, "succeeded"));
    const wrongSecret = signPayload("not-the-secret", body, ctx.clock.now());
    const attempts: Record<string, string>[] = [
      { [SIGNATURE_HEADER]: wrongSecret },
      {},
      { [SIGNATURE_HEADER]: "t=abc,v1=zz" },
      { [SIGNATURE_HEADER]: `t=${Math.floor(ctx.clock.now().getTime() / 1000)}` },
      { [SIGNATURE_HEADER]: "garbage" },
    ];
    for (const headers of attempts) {
      const res = await postWebhook(ctx, "card_sim", {
        rawBody: body,
        headers: { "content-type": "application/json", ...headers },
      });
      expect(res.statusCode).toBe(401);
      expect(res.json().code).toBe("webhook_signature_invalid");
    }
    // Signed, then the amount changed: the signature no longer matches the bytes.
    const signed = signedWebhook(ctx, "card_sim", paymentEvent(deposit, "succeeded"));
    const tampered = { ...signed, rawBody: signed.rawBody.replace('"500"', '"50000"') };
    expect((await postWebhook(ctx, "card_sim", tampered)).statusCode).toBe(401);
    // Signed by another provider's secret, sent as card_sim's.
    const otherProvider = signedWebhook(ctx, "ewallet_sim", paymentEvent(deposit, "succeeded"));
    expect((await postWebhook(ctx, "card_sim", otherProvider)).statusCode).toBe(401);
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("pending");
    await ctx.platform.outbox.drain();
  });

  it("refuses stale and far-future timestamps (five-minute window), and a replay once it is stale", async () => {
    const deposit = await pendingDeposit("6.00");
    const old = signedWebhook(
      ctx,
      "card_sim",
      paymentEvent(deposit, "succeeded"),
      new Date(ctx.clock.now().getTime() - 301_000),
    );
    expect((await postWebhook(ctx, "card_sim", old)).statusCode).toBe(401);
    const future = signedWebhook(
      ctx,
      "card_sim",
      paymentEvent(deposit, "succeeded"),
      new Date(ctx.clock.now().getTime() + 301_000),
    );
    expect((await postWebhook(ctx, "card_sim", future)).statusCode).toBe(401);
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("pending");

    const fresh = signedWebhook(
      ctx,
      "card_sim",
      paymentEvent(deposit, "succeeded", { eventId: "evt_replay" }),
    );
    expect((await postWebhook(ctx, "card_sim", fresh)).statusCode).toBe(200);
    const before = await balances(ctx, ann);
    ctx.clock.advance(60_000);
    expect((await postWebhook(ctx, "card_sim", fresh)).statusCode).toBe(200); // within the window: a no-op
    ctx.clock.advance(5 * 60_000);
    const replay = await postWebhook(ctx, "card_sim", fresh);
    expect(replay.statusCode).toBe(401);
    await ctx.platform.outbox.drain();
    expect(await balances(ctx, ann)).toEqual(before);
  });

  it("an event about a deposit of another provider, an unknown deposit or another amount moves nothing", async () => {
    const deposit = await pendingDeposit("7.00");
    const elsewhere = signedWebhook(ctx, "ewallet_sim", paymentEvent(deposit, "succeeded"));
    expect((await postWebhook(ctx, "ewallet_sim", elsewhere)).statusCode).toBe(200);
    const unknown = signedWebhook(
      ctx,
      "card_sim",
      paymentEvent({ ...deposit, id: "dep_nothing" }, "succeeded"),
    );
    expect((await postWebhook(ctx, "card_sim", unknown)).statusCode).toBe(200);
    const more = signedWebhook(ctx, "card_sim", paymentEvent(deposit, "succeeded", { minorAmount: "70000" }));
    expect((await postWebhook(ctx, "card_sim", more)).statusCode).toBe(200);
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("pending");
    await ctx.platform.outbox.drain();
    expect((await getDeposit(ctx, ann, deposit.id)).status).toBe("succeeded");
  });

  it("an unknown provider is 404; a signed body that is not an event is 400", async () => {
    const res = await postWebhook(ctx, "acme_pay", signedWebhook(ctx, "acme_pay", { hello: "world" }));
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe("provider_not_found");
    const notJson = await postWebhook(ctx, "card_sim", signedWebhook(ctx, "card_sim", "{not json"));
    expect(notJson.statusCode).toBe(400);
    expect(notJson.json().code).toBe("webhook_payload_invalid");
    const wrongShape = await postWebhook(ctx, "card_sim", signedWebhook(ctx, "card_sim", { id: "evt_1" }));
    expect(wrongShape.json().code).toBe("webhook_payload_invalid");
  });

  it("garbage bodies and headers never give a 500", async () => {
    const deposit = await pendingDeposit("8.00");
    const bodyArb = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.json({ maxDepth: 4 }),
      fc.constantFrom("", "null", "[]", "{", '{"__proto__":{"x":1}}', "\u0000", "1e999"),
      fc
        .record({
          id: fc.oneof(fc.string(), fc.integer(), fc.constant(null)),
          type: fc.string(),
          created: fc.oneof(fc.integer(), fc.double(), fc.string()),
          data: fc.oneof(
            fc.anything(),
            fc.record({
              object: fc.constantFrom("payment", "payout", "x"),
              reference: fc.constantFrom(deposit.id, "", "dep_x"),
              status: fc.constantFrom("succeeded", "pending", "weird"),
              amount: fc.oneof(fc.string(), fc.constant("800"), fc.integer()),
              currency: fc.constantFrom("USD", "usd", ""),
            }),
          ),
        })
        .map((o) => JSON.stringify(o)),
    );
    const headerArb = fc.oneof(
      fc.constant(undefined),
      fc.string({ maxLength: 200 }),
      fc.constantFrom(
        "t=1,v1=",
        "t=,v1=00",
        `t=${"9".repeat(20)},v1=${"a".repeat(64)}`,
        `v1=${"0".repeat(64)}`,
      ),
    );
    await fc.assert(
      fc.asyncProperty(
        bodyArb,
        headerArb,
        fc.boolean(),
        fc.constantFrom("card_sim", "bank_sim", "nope", "%00", "x".repeat(70)),
        fc.constantFrom("application/json", "text/plain", "application/json; charset=utf-8", ""),
        async (body, header, sign, provider, contentType) => {
          const headers: Record<string, string> = contentType ? { "content-type": contentType } : {};
          if (sign)
            Object.assign(
              headers,
              signedWebhook(ctx, "card_sim", body).headers,
              contentType ? { "content-type": contentType } : {},
            );
          else if (header !== undefined) headers[SIGNATURE_HEADER] = header;
          const res = await ctx.app.inject({
            method: "POST",
            url: `/api/v1/providers/${provider}/webhooks`,
            headers,
            payload: body,
          });
          expect(res.statusCode, res.body).toBeLessThan(500);
        },
      ),
      { numRuns: 150 },
    );
    await ctx.platform.outbox.drain();
    expect(await trialBalance(ctx)).toEqual({ USD: 0n });
  });
});

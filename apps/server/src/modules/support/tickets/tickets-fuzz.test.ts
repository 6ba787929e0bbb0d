import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ACCESS_HEADER,
  newGuest,
  ticketBody,
  verifiedGuestTicket,
} from "../../../test/support-helpers-tickets.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../test/wallet-helpers.js";

/** Text people (and scripts) might send: every kind of unicode, lone surrogates, control characters, very long. */
const nastyText = fc.oneof(
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 80 }),
  fc.constantFrom(
    "",
    " ",
    "\u0000",
    "a\u0000b",
    "\ud800",
    "提现\u0000被拒",
    "'; drop table support_tickets; --",
    "<script>alert(1)</script>",
    "x".repeat(151),
    "提".repeat(5001),
    "🙂".repeat(3000),
    "\u202e\u200b\ufeff",
    "txn_01JZZZZZZZZZZZZZZZZZZZZZZZ",
    "hdf_01JZZZZZZZZZZZZZZZZZZZZZZZ",
    "a@b",
    "someone@example.test",
  ),
);

/** Any JSON value at all, nasty strings included. */
const junk = fc.oneof(
  nastyText,
  fc.jsonValue({ maxDepth: 3 }),
  fc.array(nastyText, { maxLength: 12 }),
  fc.constantFrom(null, true, 0, -1, 0.5, Number.MAX_SAFE_INTEGER),
);

const FIELDS = [
  "category",
  "subject",
  "description",
  "transactionIds",
  "attachmentIds",
  "deflectionId",
  "email",
  "name",
  "extra",
] as const;

/** A valid form with some fields replaced by junk, or junk instead of the whole body. */
const bodies = fc.oneof(
  fc
    .dictionary(fc.constantFrom(...FIELDS), junk, { maxKeys: 4 })
    .map((changes) => ({ ...ticketBody({ email: "fuzz@example.test" }), ...changes })),
  fc.dictionary(fc.constantFrom(...FIELDS), junk, { maxKeys: 9 }),
  junk,
);

const under500 = (res: { statusCode: number; body: string }, what: string) =>
  expect(res.statusCode, `${what} → ${res.body.slice(0, 300)}`).toBeLessThan(500);

describe(`support ticket routes under bad input, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let customers: Customer[];
  let guestAccess: Record<string, string>;
  let guestTicketId: string;
  beforeAll(async () => {
    ctx = await buildTestApp({ config: { rateLimitPerMinute: 1_000_000 } });
    customers = [];
    for (let i = 0; i < 3; i++) customers.push(await buildCustomer(ctx, { USD: "5.00" }, `Fuzz ${i}`));
    const guest = await verifiedGuestTicket(ctx);
    guestAccess = guest.access;
    guestTicketId = guest.ticket.id;
  });
  afterAll(() => ctx.close());

  it("answers junk ticket forms from guests with 201 or a 4xx problem, never a 5xx", async () => {
    await fc.assert(
      fc.asyncProperty(bodies, async (payload) => {
        const res = await ctx.app.inject({
          method: "POST",
          url: "/api/v1/tickets",
          remoteAddress: newGuest().ip,
          payload: JSON.stringify(payload) ?? "null",
          headers: { "content-type": "application/json" },
        });
        under500(res, JSON.stringify(payload)?.slice(0, 200) ?? "undefined");
      }),
      { numRuns: 120 },
    );
  });

  it("answers junk ticket forms from customers the same way", async () => {
    let turn = 0;
    await fc.assert(
      fc.asyncProperty(bodies, async (payload) => {
        // Three customers take turns: each may open 10 tickets an hour.
        const customer = customers[turn++ % customers.length] as Customer;
        const res = await ctx.app.inject({
          method: "POST",
          url: "/api/v1/tickets",
          headers: { ...customer.auth, "content-type": "application/json" },
          payload: JSON.stringify(payload) ?? "null",
        });
        under500(res, JSON.stringify(payload)?.slice(0, 200) ?? "undefined");
      }),
      { numRuns: 30 },
    );
  });

  it("answers junk ids, tokens, replies and ratings with 2xx or 4xx", async () => {
    await fc.assert(
      fc.asyncProperty(nastyText, junk, async (text, value) => {
        const path = encodeURIComponent(text.replace(/[\ud800-\udfff]/g, "")) || "x";
        const token = text.replace(/[^\x21-\x7e]/g, "") || "t";
        const answers = [
          await ctx.app.inject({ method: "GET", url: `/api/v1/tickets/${path}`, headers: guestAccess }),
          await ctx.app.inject({
            method: "GET",
            url: `/api/v1/tickets/${guestTicketId}`,
            headers: { [ACCESS_HEADER]: token },
          }),
          await ctx.app.inject({
            method: "GET",
            url: `/api/v1/tickets/attachments/${path}`,
            headers: guestAccess,
          }),
          await ctx.app.inject({
            method: "POST",
            url: "/api/v1/tickets/guest/verify",
            payload: JSON.stringify({ token: value }),
            headers: { "content-type": "application/json" },
          }),
          await ctx.app.inject({
            method: "POST",
            url: `/api/v1/tickets/${guestTicketId}/messages`,
            headers: { ...guestAccess, "content-type": "application/json" },
            payload: JSON.stringify({ body: value, attachmentIds: [text] }),
          }),
          await ctx.app.inject({
            method: "POST",
            url: `/api/v1/tickets/${guestTicketId}/rating`,
            headers: { ...guestAccess, "content-type": "application/json" },
            payload: JSON.stringify({ score: value, comment: text }),
          }),
          await ctx.app.inject({
            method: "GET",
            url: `/api/v1/tickets?status=${path}&cursor=${path}`,
            headers: customers[0]?.auth,
          }),
          await ctx.app.inject({
            method: "POST",
            url: "/api/v1/security/unrecognized-transaction",
            headers: { ...customers[1]?.auth, "content-type": "application/json" },
            payload: JSON.stringify({ transactionId: value, freeze: false, note: text }),
          }),
        ];
        for (const res of answers)
          under500(res, `${text.slice(0, 60)} / ${JSON.stringify(value)?.slice(0, 60)}`);
      }),
      { numRuns: 40 },
    );
  });
});

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTicket, type Staff, staffAuth } from "../../../test/support-helpers-console.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { buildCustomer, type Customer } from "../../../test/wallet-helpers.js";

const MINUTE = 60_000;

describe(`agent queue pagination and hostile query strings, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: Staff;
  let ann: Customer;
  const created: string[] = [];

  const get = (url: string) => ctx.app.inject({ method: "GET", url, headers: agent.auth });

  /** Every page of a view, following nextCursor. */
  const walk = async (query: string, limit: number) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let pages = 0; pages < 50; pages += 1) {
      const res = await get(
        `/api/v1/agent/tickets?${query}&limit=${limit}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      expect(res.statusCode, res.body).toBe(200);
      const body = res.json() as { data: { id: string }[]; nextCursor: string | null };
      expect(body.data.length).toBeLessThanOrEqual(limit);
      seen.push(...body.data.map((r) => r.id));
      cursor = body.nextCursor;
      if (!cursor) return seen;
    }
    throw new Error("too many pages");
  };

  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await staffAuth(ctx, "agent");
    ann = await buildCustomer(ctx, {}, "Ann Lee");
    const now = ctx.platform.clock.now().getTime();
    // Groups of three share their times exactly, so only the id keeps the order.
    for (let i = 0; i < 21; i += 1) {
      const at = new Date(now - Math.floor(i / 3) * MINUTE);
      const t = await buildTicket(ctx, ann, {
        status: i % 4 === 0 ? "open" : "new",
        created_at: at,
        updated_at: at,
        first_response_due_at: new Date(now + (30 + Math.floor(i / 3) * 10) * MINUTE),
        resolution_due_at: null,
        subject: `Question number ${i}`,
      });
      created.push(t.id);
    }
  });
  afterAll(() => ctx.close());

  it.each([
    ["view=all", 4],
    ["view=unassigned", 5],
    ["view=due_soon", 3],
    ["view=open&q=question", 7],
    ["view=all", 1],
  ])("%s in pages of %i: every ticket once, in the same order as one long page", async (query, limit) => {
    const whole = await walk(query, 100);
    expect(new Set(whole)).toEqual(new Set(created));
    const paged = await walk(query, limit);
    expect(paged).toEqual(whole);
  });

  it("the sort orders: latest activity, oldest waiting, nearest deadline", async () => {
    const all = await walk("view=all", 100);
    const unassigned = await walk("view=unassigned", 100);
    const due = await walk("view=due_soon", 100);
    // created[0..2] are the newest and have the nearest deadline.
    expect(new Set(all.slice(0, 3))).toEqual(new Set(created.slice(0, 3)));
    expect(new Set(unassigned.slice(-3))).toEqual(new Set(created.slice(0, 3)));
    expect(new Set(due.slice(0, 3))).toEqual(new Set(created.slice(0, 3)));
  });

  it("a cursor of another view, or a made-up one, is a 400", async () => {
    const first = (await get("/api/v1/agent/tickets?view=all&limit=2")).json().nextCursor as string;
    for (const cursor of [first, "nonsense", Buffer.from('["due","x",1]').toString("base64url")]) {
      const res = await get(`/api/v1/agent/tickets?view=unassigned&cursor=${encodeURIComponent(cursor)}`);
      expect(res.statusCode).toBe(400);
      expect(res.json().code).toBe("validation_failed");
    }
  });

  it("never answers a 5xx to whatever query string", async () => {
    const keys = fc.constantFrom(
      "view",
      "status",
      "priority",
      "category",
      "channel",
      "group",
      "assignee",
      "tag",
      "q",
      "cursor",
      "limit",
      "other",
    );
    const value = fc.oneof(
      fc.string({ maxLength: 40 }),
      fc.string({ unit: "grapheme", maxLength: 20 }),
      fc.integer().map(String),
      fc.constantFrom(
        "",
        "#",
        "#100001",
        "#99999999999999999999",
        "100001",
        "%",
        "_",
        "\\",
        "'; drop table support_tickets; --",
        "a\u0000b",
        "x".repeat(500),
        "open,pending",
        "open,,nope",
        ",",
        "me",
        "none",
        "all",
        "due_soon",
        "-1",
        "1e9",
        "NaN",
        "null",
        "😀",
        "全部",
        Buffer.from('["recent","2026-01-01T00:00:00Z","tkt_x"]').toString("base64url"),
        Buffer.from('["recent","not a date",5]').toString("base64url"),
      ),
    );
    const query = fc.array(fc.tuple(keys, value), { maxLength: 6 });
    await fc.assert(
      fc.asyncProperty(query, async (pairs) => {
        const text = pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join("&");
        const res = await get(`/api/v1/agent/tickets?${text}`);
        expect(res.statusCode, text).toBeLessThan(500);
        if (res.statusCode !== 200) expect(res.json().code, text).toBe("validation_failed");
      }),
      { numRuns: 250 },
    );
  });

  it("never answers a 5xx to whatever body on the write routes", async () => {
    const id = created[5] ?? "";
    const value = fc.oneof(
      fc.string({ maxLength: 20 }),
      fc.integer(),
      fc.constantFrom(
        null,
        true,
        "open",
        "solved",
        "urgent",
        "deposit",
        "a\u0000b",
        "x".repeat(6000),
        id,
        "general",
      ),
      fc.array(fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.constant(null)), { maxLength: 12 }),
    );
    const body = fc.oneof(
      fc.record(
        {
          status: value,
          priority: value,
          category: value,
          tags: value,
          assigneeId: value,
          groupKey: value,
          body: value,
          internal: value,
          attachmentIds: value,
          macroId: value,
          intoTicketId: value,
          transactionIds: value,
        },
        { requiredKeys: [] },
      ),
      fc.json({ maxDepth: 2 }).map((text) => JSON.parse(text) as unknown),
    );
    const routes = fc.constantFrom(
      ["PATCH", `/api/v1/agent/tickets/${id}`],
      ["POST", `/api/v1/agent/tickets/${id}/replies`],
      ["POST", `/api/v1/agent/tickets/${id}/merge`],
      ["POST", `/api/v1/agent/tickets/${id}/transactions`],
      ["PATCH", "/api/v1/agent/tickets/tkt_nothing"],
    );
    await fc.assert(
      fc.asyncProperty(routes, body, async ([method, url], payload) => {
        const res = await ctx.app.inject({
          method: method as "PATCH",
          url,
          headers: { ...agent.auth, "content-type": "application/json" },
          payload: JSON.stringify(payload),
        });
        expect(res.statusCode, `${method} ${url} ${JSON.stringify(payload).slice(0, 200)}`).toBeLessThan(500);
      }),
      { numRuns: 150 },
    );
  });
});

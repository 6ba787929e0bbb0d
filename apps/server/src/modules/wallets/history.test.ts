import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testDatabaseKind } from "../../test/test-db.js";
import { buildCustomer, type Customer, send } from "../../test/wallet-helpers.js";

describe(`transaction history on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let erin: Customer;
  let frank: Customer;
  beforeAll(async () => {
    ctx = await buildTestApp();
    erin = await buildCustomer(ctx, { USD: "1000.00", EUR: "50.00" }, "Erin Li");
    frank = await buildCustomer(ctx, {}, "Frank Zhou");
    for (let i = 1; i <= 30; i++) {
      ctx.clock.advance(60_000);
      await send(ctx, erin, {
        to: frank.walletNumber,
        amount: `${i}.00`,
        currency: "USD",
        note: `Invoice ${i}`,
      });
    }
    ctx.clock.advance(86_400_000);
    await send(ctx, erin, { to: frank.walletNumber, amount: "5.00", currency: "EUR" });
    await send(ctx, erin, { to: frank.walletNumber, amount: "900.00", currency: "EUR" });
  });
  afterAll(() => ctx.close());

  const list = async (query: string, who: Customer = erin) => {
    const res = await ctx.app.inject({
      method: "GET",
      url: `/api/v1/transactions?${query}`,
      headers: who.auth,
    });
    return res;
  };

  it("pages through everything newest first, with no gaps or repeats", async () => {
    const seen: string[] = [];
    let cursor: string | null = "";
    while (cursor !== null) {
      const page = await list(`limit=7${cursor ? `&cursor=${cursor}` : ""}`);
      const body = page.json() as { data: { id: string }[]; nextCursor: string | null };
      seen.push(...body.data.map((t) => t.id));
      cursor = body.nextCursor;
    }
    // Two deposits and 32 transfers.
    expect(seen).toHaveLength(34);
    expect(new Set(seen).size).toBe(34);
    expect([...seen].sort().reverse()).toEqual(seen);
  });

  it("filters by type, status, currency, amount range, counterparty, reference and date", async () => {
    const count = async (q: string) => (await list(`limit=100&${q}`)).json().data.length;
    expect(await count("status=failed")).toBe(1);
    expect(await count("currency=EUR")).toBe(3);
    expect(await count("currency=USD&minAmount=10&maxAmount=19.50")).toBe(10);
    expect(await count("type=transfer_out&status=completed")).toBe(31);
    expect(await count("counterparty=Invoice%2012")).toBe(1);
    expect(await count("counterparty=Fr")).toBe(32);
    const one = (await list("limit=1")).json().data[0];
    expect(
      (await list(`reference=${one.reference.toLowerCase().replace("-", "")}`)).json().data,
    ).toHaveLength(1);
    expect(await count("from=2026-11-26&to=2026-11-26")).toBe(32);
    expect(await count("from=2026-11-27")).toBe(2);
    expect((await list("limit=100", frank)).json().data).toHaveLength(31);
  });

  it("answers bad filters with a 400 that names the field", async () => {
    for (const [query, path] of [
      ["type=teleport", "/type"],
      ["status=lost", "/status"],
      ["from=yesterday", "/from"],
      ["minAmount=1e9", "/minAmount"],
      ["limit=0", "/limit"],
      ["to=9999-12-31", "/to"],
      ["counterparty=a%00", "/counterparty"],
    ]) {
      const res = await list(query as string);
      expect(res.statusCode, query).toBe(400);
      expect(JSON.stringify(res.json().errors)).toContain(path);
    }
  });

  it("refuses a bad export filter with a problem, before any of the file is sent", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/transactions/export.csv?counterparty=a%00",
      headers: erin.auth,
    });
    expect(res.statusCode).toBe(400);
    expect(res.headers["content-type"]).toMatch(/problem\+json/);
  });

  it("exports the filtered list as CSV, defusing formulas in notes", async () => {
    await send(ctx, erin, {
      to: frank.walletNumber,
      amount: "1.00",
      currency: "USD",
      note: '=HYPERLINK("x")',
    });
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/transactions/export.csv?currency=USD",
      headers: { ...erin.auth, "accept-language": "zh-CN" },
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toContain("text/csv");
    const lines = res.body
      .replace(/^\uFEFF/, "")
      .trim()
      .split("\r\n");
    expect(lines[0]).toContain("交易编号");
    expect(lines).toHaveLength(1 + 32);
    expect(lines[1]).toContain(`'=HYPERLINK(""x"")`);
    expect(lines[1]).toContain(",-1.00,");
  });
});

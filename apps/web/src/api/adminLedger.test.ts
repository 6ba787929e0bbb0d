import { afterEach, describe, expect, it, vi } from "vitest";
import {
  fetchFxRates,
  fetchTrialBalance,
  findCustomerWallets,
  parsePlatformAccount,
  postAdjustment,
  updateFxRate,
} from "./adminLedger";
import { ApiError } from "./client";

function stub(status: number, body: unknown) {
  const fetchMock = vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } }),
  );
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("admin ledger", () => {
  it("reads platform accounts, whatever form subAccounts takes", () => {
    const base = { code: "fees", currency: "USD", posted: "-1.50", held: "0.00", available: "-1.50" };
    expect(parsePlatformAccount({ ...base, subAccounts: 2 })?.subAccounts).toBe(2);
    expect(parsePlatformAccount({ ...base, subAccounts: ["a", "b", "c"] })?.subAccounts).toBe(3);
    expect(parsePlatformAccount({ ...base })?.subAccounts).toBeNull();
    expect(parsePlatformAccount({ currency: "USD" })).toBeNull();
  });

  it("reads the trial balance", async () => {
    stub(200, {
      data: [{ currency: "USD", total: "0.00", accounts: 7 }],
      balanced: true,
      asOf: "2026-11-26T10:00:00Z",
    });
    await expect(fetchTrialBalance()).resolves.toEqual({
      rows: [{ currency: "USD", total: "0.00", accounts: 7 }],
      balanced: true,
      asOf: "2026-11-26T10:00:00Z",
    });
  });

  it("reads rates and updates one", async () => {
    stub(200, {
      base: "USD",
      spreadPercent: "0.5",
      data: [
        { currency: "CNY", rate: "7.2", updatedAt: "2026-11-26T10:00:00Z", updatedBy: { email: "a@b.c" } },
      ],
    });
    await expect(fetchFxRates()).resolves.toMatchObject({
      base: "USD",
      rates: [{ currency: "CNY", updatedBy: "a@b.c" }],
    });
    const fetchMock = stub(200, { currency: "CNY", rate: "7.25", updatedAt: null, updatedBy: "usr_1" });
    await expect(updateFxRate("CNY", "7.25")).resolves.toMatchObject({ rate: "7.25" });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/admin/fx/rates/CNY");
    expect(init.method).toBe("PUT");
    expect(JSON.parse(String(init.body))).toEqual({ rate: "7.25" });
  });

  it("finds a customer's wallets by email, wallet number or phone", async () => {
    const fetchMock = stub(200, {
      customer: {
        id: "usr_1",
        name: "Alice Wong",
        email: "alice@demo.satchel.test",
        walletNumber: "S1234-5678-90",
        frozen: true,
        verificationLevel: 1,
      },
      data: [
        { id: "lac_1", currency: "USD", available: "95.00", held: "5.00", posted: "100.00" },
        { currency: "EUR" },
      ],
    });
    await expect(findCustomerWallets(" +86 138 0000 0000 ")).resolves.toEqual({
      customer: {
        id: "usr_1",
        name: "Alice Wong",
        email: "alice@demo.satchel.test",
        walletNumber: "S1234-5678-90",
        frozen: true,
        verificationLevel: 1,
      },
      wallets: [{ id: "lac_1", currency: "USD", available: "95.00", held: "5.00", posted: "100.00" }],
    });
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/admin/wallets?customer=%2B86+138+0000+0000");
    expect(init.method ?? "GET").toBe("GET");

    stub(200, { customer: { id: "usr_2", name: null, email: "b@c.d", frozen: "no" } });
    await expect(findCustomerWallets("b@c.d")).resolves.toEqual({
      customer: {
        id: "usr_2",
        name: null,
        email: "b@c.d",
        walletNumber: "",
        frozen: false,
        verificationLevel: null,
      },
      wallets: [],
    });
  });

  it("says when no customer matches", async () => {
    stub(404, { code: "recipient_not_found", title: "Recipient not found", status: 404 });
    const error = await findCustomerWallets("nobody@example.test").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe("recipient_not_found");
    stub(200, { data: [] });
    await expect(findCustomerWallets("x@y.z")).rejects.toThrow(/documented shape/);
  });

  it("posts an adjustment with its key", async () => {
    const fetchMock = stub(201, {
      id: "txn_5",
      type: "adjustment",
      direction: "in",
      amount: "5.00",
      currency: "USD",
    });
    const tx = await postAdjustment(
      "wal_1",
      { amount: "5.00", currency: "USD", reason: "Goodwill" },
      "adj-1",
    );
    expect(tx?.id).toBe("txn_5");
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe("/api/v1/admin/wallets/wal_1/adjustments");
    expect((init.headers as Record<string, string>)["Idempotency-Key"]).toBe("adj-1");
  });
});

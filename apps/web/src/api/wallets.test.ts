import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, setCsrfToken } from "./client";
import {
  exchange,
  filtersFromParams,
  filtersToParams,
  getTransaction,
  listTransactions,
  listWallets,
  moneyProblem,
  openWallet,
  parseLimits,
  parseTransaction,
  previewTransfer,
  sendTransfer,
  statementUrl,
  transactionsCsvUrl,
} from "./wallets";

function respond(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" },
  });
}

function stub(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => respond(status, body));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

function call(fetchMock: ReturnType<typeof stub>, index = 0) {
  const [url, init] = fetchMock.mock.calls[index] as unknown as [string, RequestInit];
  return { url, init, headers: init.headers as Record<string, string> };
}

const transfer = {
  id: "txn_1",
  reference: "T7K3M-9QPA2",
  type: "transfer_out",
  status: "completed",
  direction: "out",
  amount: "25.00",
  fee: "0.00",
  currency: "USD",
  counterAmount: null,
  counterCurrency: null,
  rate: null,
  counterparty: { walletNumber: "S1234-5678-90", maskedName: "Bo* Ch***" },
  note: "Dinner",
  reasonCode: null,
  createdAt: "2026-11-26T10:00:00.000Z",
  updatedAt: "2026-11-26T10:00:00.000Z",
};

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("wallets", () => {
  it("lists wallets and drops what is not one", async () => {
    stub(200, {
      data: [
        { id: "wal_1", currency: "USD", available: "90.00", held: "10.00", posted: "100.00" },
        { id: 3 },
      ],
    });
    await expect(listWallets()).resolves.toEqual([
      { id: "wal_1", currency: "USD", available: "90.00", held: "10.00", posted: "100.00" },
    ]);
  });

  it("opens a wallet with the CSRF token", async () => {
    setCsrfToken("tok");
    const fetchMock = stub(201, {
      id: "wal_2",
      currency: "EUR",
      available: "0.00",
      held: "0.00",
      posted: "0.00",
    });
    await expect(openWallet("EUR")).resolves.toMatchObject({ id: "wal_2", currency: "EUR" });
    const { url, init, headers } = call(fetchMock);
    expect(url).toBe("/api/v1/wallets");
    expect(init.method).toBe("POST");
    expect(JSON.parse(String(init.body))).toEqual({ currency: "EUR" });
    expect(headers["X-CSRF-Token"]).toBe("tok");
  });

  it("reads limits, keeping amounts as strings", () => {
    expect(
      parseLimits({
        level: "basic",
        currency: "USD",
        perTransaction: "1000.00",
        daily: { limit: "2000.00", used: "25.00", remaining: "1975.00" },
        monthly: { limit: "10000.00", used: "25.00", remaining: "9975.00" },
      }),
    ).toMatchObject({ currency: "USD", daily: { remaining: "1975.00" } });
    expect(() => parseLimits({})).toThrow();
  });
});

describe("transfers", () => {
  it("previews without the note", async () => {
    const fetchMock = stub(200, {
      recipient: { walletNumber: "S1234-5678-90", maskedName: "Bo* Ch***" },
      amount: "25.00",
      fee: "0.50",
      total: "25.50",
      currency: "USD",
    });
    const preview = await previewTransfer({ to: "bob@example.com", amount: "25.00", currency: "USD" });
    expect(preview.total).toBe("25.50");
    expect(preview.recipient.maskedName).toBe("Bo* Ch***");
    expect(JSON.parse(String(call(fetchMock).init.body))).toEqual({
      to: "bob@example.com",
      amount: "25.00",
      currency: "USD",
    });
  });

  it("sends with the Idempotency-Key header", async () => {
    const fetchMock = stub(201, transfer);
    const tx = await sendTransfer(
      { to: "S1234567890", amount: "25.00", currency: "USD", note: "Dinner" },
      "key-1",
    );
    expect(tx).toEqual(transfer);
    expect(call(fetchMock).headers["Idempotency-Key"]).toBe("key-1");
  });

  it("keeps the extras of a refused transfer", async () => {
    stub(422, {
      code: "limit_exceeded",
      title: "Limit reached",
      status: 422,
      limit: "daily",
      remaining: "75.00",
      limitCurrency: "USD",
      transactionId: "txn_9",
      reference: "TFAIL-00001",
    });
    const error = await sendTransfer({ to: "x", amount: "100.00", currency: "USD" }, "k").catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(moneyProblem(error)).toEqual({
      limit: "daily",
      remaining: "75.00",
      currency: "USD",
      transactionId: "txn_9",
      reference: "TFAIL-00001",
    });
    expect(moneyProblem(new ApiError({ code: "x", status: 400, title: "x" }))).toBeNull();
  });
});

describe("exchange", () => {
  it("exchanges a quote with its key", async () => {
    const fetchMock = stub(201, {
      ...transfer,
      type: "exchange",
      counterAmount: "180.00",
      counterCurrency: "CNY",
    });
    const tx = await exchange("qt_1", "key-2");
    expect(tx.counterAmount).toBe("180.00");
    const { init, headers } = call(fetchMock);
    expect(JSON.parse(String(init.body))).toEqual({ quoteId: "qt_1" });
    expect(headers["Idempotency-Key"]).toBe("key-2");
  });
});

describe("transactions", () => {
  it("reads a transaction with safe defaults", () => {
    expect(parseTransaction(transfer)).toEqual(transfer);
    expect(parseTransaction({ id: "txn_2", amount: 5, direction: "sideways" })).toMatchObject({
      amount: "5",
      direction: "out",
      status: "unknown",
      counterparty: null,
    });
    expect(parseTransaction({ reference: "x" })).toBeNull();
  });

  it("lists with the set filters and the cursor", async () => {
    const fetchMock = stub(200, { data: [transfer], nextCursor: "c2" });
    const page = await listTransactions(
      { status: "failed", currency: "", reference: " T7K3M " },
      { cursor: "c1", limit: 25 },
    );
    expect(page).toEqual({ data: [transfer], nextCursor: "c2" });
    expect(call(fetchMock).url).toBe("/api/v1/transactions?status=failed&reference=T7K3M&limit=25&cursor=c1");
  });

  it("reads the detail with its timeline and reason", async () => {
    stub(200, {
      ...transfer,
      status: "failed",
      timeline: [
        { status: "pending", at: "2026-11-26T10:00:00.000Z", reasonCode: null },
        { status: "failed", at: "2026-11-26T10:00:01.000Z", reasonCode: "insufficient_funds" },
        { nope: true },
      ],
      reason: {
        code: "insufficient_funds",
        title: "Not enough money",
        explanation: "Your balance was lower than the amount and fee.",
        nextStep: "Add money and try again.",
        helpArticle: "insufficient-funds",
      },
    });
    const detail = await getTransaction("txn_1");
    expect(detail.timeline).toHaveLength(2);
    expect(detail.reason?.helpArticle).toBe("insufficient-funds");
  });

  it("keeps filters in the URL and builds the download links", () => {
    const filters = filtersFromParams(new URLSearchParams("type=exchange&from=2026-11-01&junk=1&to="));
    expect(filters).toEqual({ type: "exchange", from: "2026-11-01" });
    expect(filtersToParams(filters).toString()).toBe("type=exchange&from=2026-11-01");
    expect(transactionsCsvUrl(filters)).toBe("/api/v1/transactions/export.csv?type=exchange&from=2026-11-01");
    expect(transactionsCsvUrl({})).toBe("/api/v1/transactions/export.csv");
    expect(statementUrl("2026-10")).toBe("/api/v1/statements/2026-10.pdf");
    expect(statementUrl("2026-10", "USD")).toBe("/api/v1/statements/2026-10.pdf?currency=USD");
  });
});

import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, setCsrfToken } from "./client";
import { call, stub } from "./fetchStub";
import {
  importStatement,
  listAdminMethods,
  listPaymentCases,
  listSimulators,
  listStatementLines,
  matchCandidates,
  matchStatementLine,
  parseAdminMethod,
  parseCustomerRef,
  parseImportSummary,
  parsePaymentCase,
  parseStatementLine,
  postStatementLine,
  resolvePaymentCase,
  setSimulatorMode,
  updateMethod,
} from "./staffPayments";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const METHOD = {
  id: "bank_us",
  kind: "bank_transfer",
  provider: "bank_sim",
  name: { en: "US bank transfer", "zh-CN": "美国银行转账" },
  direction: "both",
  countries: ["US"],
  currencies: ["USD"],
  minAmount: "10.00",
  maxAmount: "50000.00",
  feeFixed: "0.00",
  feePercent: "0",
  processingTime: "1_3_days",
  depositLevel: 0,
  withdrawalLevel: 1,
  state: "active",
  currentState: "maintenance",
  maintenance: { startsAt: "2026-11-26T09:00:00.000Z", endsAt: "2026-11-26T12:00:00.000Z" },
  currentWindow: { startsAt: "2026-11-26T09:00:00.000Z", endsAt: "2026-11-26T12:00:00.000Z" },
  position: 30,
  updatedAt: "2026-11-26T08:00:00.000Z",
};

describe("payment methods (admin)", () => {
  it("reads a method with every setting", () => {
    expect(parseAdminMethod(METHOD)).toEqual({
      ...METHOD,
      kind: "bank_transfer",
      direction: "both",
      state: "active",
      currentState: "maintenance",
    });
  });

  it("shows the status page's window over the whole service when the method has none of its own", () => {
    const service = { startsAt: "2026-11-26T10:00:00.000Z", endsAt: "2026-11-26T11:00:00.000Z" };
    expect(parseAdminMethod({ ...METHOD, maintenance: null, currentWindow: service })).toMatchObject({
      maintenance: null,
      currentWindow: service,
    });
  });

  it("falls back safely on odd values and drops what has no id", () => {
    const odd = parseAdminMethod({
      id: "x",
      kind: "crypto",
      name: { en: "X" },
      countries: ["US", 3],
      state: "weird",
    });
    expect(odd).toMatchObject({
      kind: "card",
      name: { en: "X", "zh-CN": "X" },
      countries: ["US"],
      state: "active",
      currentState: "active",
      maintenance: null,
    });
    expect(parseAdminMethod({ kind: "card" })).toBeNull();
  });

  it("lists methods and patches only what changed", async () => {
    stub(200, { data: [METHOD, { nope: true }] });
    await expect(listAdminMethods()).resolves.toHaveLength(1);
    const fetchMock = stub(200, { ...METHOD, maintenance: null, currentState: "active" });
    setCsrfToken("csrf-1");
    const saved = await updateMethod("bank_us", { maintenance: null });
    expect(saved.maintenance).toBeNull();
    const c = call(fetchMock);
    expect(c.url).toBe("/api/v1/admin/payment-methods/bank_us");
    expect(c.method).toBe("PATCH");
    expect(c.headers["X-CSRF-Token"]).toBe("csrf-1");
    expect(c.json()).toEqual({ maintenance: null });
  });

  it("rejects with the server's field errors", async () => {
    stub(400, {
      code: "validation_failed",
      title: "Invalid",
      status: 400,
      errors: [{ path: "/maintenance/endsAt", message: "after startsAt" }],
    });
    const error = await updateMethod("bank_us", {
      maintenance: { startsAt: "2026-11-27T00:00:00Z", endsAt: "2026-11-26T00:00:00Z" },
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).errors[0]?.path).toBe("/maintenance/endsAt");
  });
});

const LINE = {
  id: "bsl_1",
  externalId: "stmt-0001",
  methodId: "bank_us",
  amount: "250.00",
  currency: "USD",
  reference: "WRONG-REF",
  payerName: "Alice Wong",
  valueDate: "2026-11-26",
  status: "unmatched",
  depositId: null,
  customer: null,
  matchedBy: null,
  matchedAt: null,
  createdAt: "2026-11-26T10:00:00.000Z",
  caseId: "pcs_1",
};

describe("bank statements and suspense", () => {
  it("reads a statement line, with a customer given as an object or a bare string", () => {
    expect(
      parseStatementLine({ ...LINE, unmatchedReason: { code: "reference_not_found", text: "No deposit…" } }),
    ).toMatchObject({
      unmatchedReason: { code: "reference_not_found", text: "No deposit…" },
    });
    expect(parseStatementLine(LINE)).toMatchObject({
      unmatchedReason: null,
      id: "bsl_1",
      status: "unmatched",
      customer: null,
      caseId: "pcs_1",
    });
    const matched = parseStatementLine({
      ...LINE,
      status: "manually_matched",
      customer: { walletNumber: "S1234-5678-90", email: "alice@demo.satchel.test" },
      matchedBy: { id: "usr_9", email: "agent@demo.satchel.test" },
    });
    expect(matched?.customer).toEqual({
      walletNumber: "S1234-5678-90",
      email: "alice@demo.satchel.test",
      name: null,
    });
    expect(matched?.matchedBy).toBe("agent@demo.satchel.test");
    expect(parseCustomerRef("bob@example.test")).toEqual({
      walletNumber: null,
      email: "bob@example.test",
      name: null,
    });
    expect(parseCustomerRef({})).toBeNull();
  });

  it("posts a line and lists the unmatched ones by cursor", async () => {
    let fetchMock = stub(201, LINE);
    const input = {
      methodId: "bank_us",
      amount: "250.00",
      currency: "USD",
      reference: "WRONG-REF",
      valueDate: "2026-11-26",
    };
    await expect(postStatementLine(input, "key-1")).resolves.toMatchObject({ id: "bsl_1" });
    expect(call(fetchMock).url).toBe("/api/v1/admin/bank/statement-lines");
    expect(call(fetchMock).json()).toEqual(input);
    expect(call(fetchMock).headers["Idempotency-Key"]).toBe("key-1");

    fetchMock = stub(200, { data: [LINE], nextCursor: "c2" });
    const page = await listStatementLines({ status: "unmatched", cursor: "c1", limit: 25 });
    expect(page.nextCursor).toBe("c2");
    expect(page.data).toHaveLength(1);
    expect(call(fetchMock).url).toBe(
      "/api/v1/admin/bank/statement-lines?status=unmatched&cursor=c1&limit=25",
    );
  });

  it("matches a line to a customer", async () => {
    const fetchMock = stub(200, { ...LINE, status: "manually_matched", customer: { walletNumber: "S1" } });
    const line = await matchStatementLine("bsl_1", { customer: "S1" });
    expect(line.status).toBe("manually_matched");
    expect(call(fetchMock).url).toBe("/api/v1/admin/bank/statement-lines/bsl_1/match");
    expect(call(fetchMock).json()).toEqual({ customer: "S1" });
  });

  it("imports a CSV statement as text/csv with the CSRF token, and reads the summary", async () => {
    setCsrfToken("csrf-2");
    const fetchMock = stub(200, {
      imported: 3,
      matched: 1,
      unmatched: 2,
      duplicates: 1,
      errors: [{ line: 5, message: "amount is not a number" }],
    });
    const csv = "date,amount,currency,reference,payer,id\n2026-11-26,250.00,USD,X,Alice,stmt-1\n";
    const summary = await importStatement(csv, "bank us");
    expect(summary).toEqual({
      imported: 3,
      matched: 1,
      unmatched: 2,
      duplicates: 1,
      errors: [{ line: 5, message: "amount is not a number" }],
    });
    const c = call(fetchMock);
    expect(c.url).toBe("/api/v1/admin/bank/statement-imports?methodId=bank+us");
    expect(c.method).toBe("POST");
    expect(c.body).toBe(csv);
    expect(c.headers["Content-Type"]).toBe("text/csv");
    expect(c.headers["X-CSRF-Token"]).toBe("csrf-2");
    expect(c.headers["Accept-Language"]).toBeTruthy();
  });

  it("turns a refused import into an ApiError, and an unreachable server into network_error", async () => {
    stub(
      400,
      {
        code: "validation_failed",
        title: "Invalid",
        status: 400,
        errors: [{ path: "", message: "no header" }],
      },
      "application/problem+json",
    );
    const refused = await importStatement("nonsense", "bank_us").catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe("validation_failed");

    vi.stubGlobal(
      "fetch",
      vi.fn(async () => Promise.reject(new TypeError("offline"))),
    );
    const offline = await importStatement("x", "bank_us").catch((e: unknown) => e);
    expect((offline as ApiError).code).toBe("network_error");
    expect(parseImportSummary({ errors: [{ line: 2 }, "bad"] }).errors).toEqual([{ line: 2, message: "" }]);
  });
});

describe("payment cases", () => {
  const CASE = {
    id: "pcs_1",
    kind: "unmatched_line",
    status: "open",
    customer: null,
    email: null,
    statementLineId: "bsl_1",
    depositId: null,
    evidence: { amount: "250.00", currency: "USD", reference: "WRONG-REF" },
    createdAt: "2026-11-26T10:00:00.000Z",
    resolution: null,
    resolvedAt: null,
  };

  it("reads the candidate deposits of an unmatched line's evidence", () => {
    expect(
      matchCandidates({
        candidates: [
          {
            why: "amount",
            depositId: "dep_1",
            bankReference: "SAT-7K3M9QPA",
            amount: "250.00",
            currency: "USD",
            status: "pending",
            createdAt: "2026-11-26T09:00:00.000Z",
            customer: { walletNumber: "S1", email: "alice@demo.satchel.test" },
          },
          { why: "reference" },
        ],
      }),
    ).toEqual([
      {
        depositId: "dep_1",
        why: "amount",
        bankReference: "SAT-7K3M9QPA",
        amount: "250.00",
        currency: "USD",
        status: "pending",
        createdAt: "2026-11-26T09:00:00.000Z",
        customer: { walletNumber: "S1", email: "alice@demo.satchel.test", name: null },
      },
    ]);
    expect(matchCandidates({ candidates: "none" })).toEqual([]);
  });

  it("reads cases and keeps the evidence as it is", async () => {
    const fetchMock = stub(200, { data: [CASE], nextCursor: null });
    const page = await listPaymentCases({ status: "open" });
    expect(page.data[0]).toMatchObject({ id: "pcs_1", kind: "unmatched_line", evidence: CASE.evidence });
    expect(call(fetchMock).url).toBe("/api/v1/admin/payment-cases?status=open");
    expect(parsePaymentCase({ id: "x", evidence: "text" })?.evidence).toEqual({});
  });

  it("resolves a case with a note", async () => {
    const fetchMock = stub(200, { ...CASE, status: "resolved", resolution: "Matched to S1" });
    await expect(resolvePaymentCase("pcs_1", "Matched to S1")).resolves.toMatchObject({ status: "resolved" });
    expect(call(fetchMock).json()).toEqual({ resolution: "Matched to S1" });
  });
});

describe("simulators", () => {
  it("lists simulators and changes a mode", async () => {
    stub(200, {
      data: [
        { provider: "card_sim", mode: "timeout", updatedAt: null },
        { provider: "bank_sim", mode: "??" },
      ],
    });
    await expect(listSimulators()).resolves.toEqual([
      { provider: "card_sim", mode: "timeout", updatedAt: null },
      { provider: "bank_sim", mode: "normal", updatedAt: null },
    ]);
    const fetchMock = stub(200, {
      provider: "card_sim",
      mode: "error",
      updatedAt: "2026-11-26T10:00:00.000Z",
    });
    await expect(setSimulatorMode("card_sim", "error")).resolves.toMatchObject({ mode: "error" });
    expect(call(fetchMock).method).toBe("PUT");
    expect(call(fetchMock).url).toBe("/api/v1/admin/simulators/card_sim");
    expect(call(fetchMock).json()).toEqual({ mode: "error" });
  });
});

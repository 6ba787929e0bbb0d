import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiError, setCsrfToken } from "./client";
import { callOf, stubFetch } from "./fetchStub";
import {
  addDestination,
  cancelWithdrawal,
  completeSimulatorPayment,
  createDeposit,
  createWithdrawal,
  getDeposit,
  listMethods,
  parseDeposit,
  parseMethod,
  parseNextAction,
  parseTrace,
  parseWithdrawal,
  paymentProblem,
  traceDeposit,
} from "./payments";

const stub = stubFetch;
const call = callOf;

const card = {
  id: "card",
  kind: "card",
  name: "Debit or credit card (Visa, Mastercard)",
  direction: "both",
  currencies: ["USD", "EUR"],
  countries: ["*"],
  currency: "USD",
  minAmount: "1.00",
  maxAmount: "5000.00",
  fee: { fixed: "0.30", percent: "2.9" },
  processingTime: { key: "instant", text: "Instant" },
  verificationLevel: 0,
  state: "maintenance",
  maintenance: { startsAt: "2026-11-26T09:00:00.000Z", endsAt: "2026-11-26T12:00:00.000Z" },
};

const deposit = {
  id: "dep_1",
  methodId: "card",
  methodName: "Card",
  kind: "card",
  status: "failed",
  providerStatus: null,
  amount: "100.00",
  fee: "3.20",
  netAmount: "96.80",
  currency: "USD",
  card: { brand: "visa", last4: "0002", expMonth: 4, expYear: 2029 },
  nextAction: null,
  reason: {
    code: "card_declined",
    title: "Your card was declined",
    explanation: "Your bank said no.",
    nextStep: "Call your bank.",
    helpArticle: "card-declined",
  },
  transactionId: "txn_1",
  reference: "T7K3M-9QPA2",
  timeline: [
    { status: "created", at: "2026-11-26T10:00:00.000Z", reasonCode: null },
    { status: "failed", at: "2026-11-26T10:00:01.000Z", reasonCode: "card_declined" },
  ],
  createdAt: "2026-11-26T10:00:00.000Z",
  updatedAt: "2026-11-26T10:00:01.000Z",
  completedAt: "2026-11-26T10:00:01.000Z",
  expiresAt: null,
};

const destination = {
  id: "pd_1",
  methodId: "bank_us_ach",
  methodName: "US bank transfer (ACH)",
  kind: "bank_transfer",
  label: "Chase •••• 6789",
  display: { holder: "Alice Example", bankName: "Chase", last4: "6789", account: "•••• 6789" },
  status: "active",
  usableAfter: "2026-11-27T10:00:00.000Z",
  ready: false,
  createdAt: "2026-11-26T10:00:00.000Z",
};

const withdrawal = {
  id: "wd_1",
  status: "in_review",
  destination,
  methodId: "bank_us_ach",
  amount: "50.00",
  fee: "0.00",
  total: "50.00",
  currency: "USD",
  cancelable: true,
  reason: null,
  reasonNote: null,
  reviewReasons: ["new_destination"],
  timeline: [
    { status: "requested", at: "2026-11-26T10:00:00.000Z", reasonCode: null, note: null },
    { status: "in_review", at: "2026-11-26T10:00:00.000Z", reasonCode: null, note: "first payout" },
  ],
  transactionId: "txn_2",
  reference: "T7K3M-9QPA3",
  createdAt: "2026-11-26T10:00:00.000Z",
  updatedAt: "2026-11-26T10:00:00.000Z",
};

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("payment methods", () => {
  it("reads a method with its fee, bounds, time, level and maintenance window", () => {
    expect(parseMethod(card)).toMatchObject({
      id: "card",
      kind: "card",
      fee: { fixed: "0.30", percent: "2.9" },
      state: "maintenance",
      maintenance: { endsAt: "2026-11-26T12:00:00.000Z" },
      verificationLevel: 0,
    });
    expect(parseMethod({ id: "x", kind: "teleport", state: "weird" })).toMatchObject({
      kind: "card",
      state: "active",
      maintenance: null,
    });
    expect(parseMethod({ name: "no id" })).toBeNull();
  });

  it("asks for a direction and currency", async () => {
    const fetchMock = stub(200, { data: [card, { nope: true }] });
    const methods = await listMethods("deposit", "USD");
    expect(methods).toHaveLength(1);
    expect(call(fetchMock).url).toBe("/api/v1/payment-methods?direction=deposit&currency=USD");
  });
});

describe("deposits", () => {
  it("reads a declined deposit as an answer with its reason", () => {
    const parsed = parseDeposit(deposit);
    expect(parsed.status).toBe("failed");
    expect(parsed.reason?.code).toBe("card_declined");
    expect(parsed.card).toEqual({ brand: "visa", last4: "0002", expMonth: 4, expYear: 2029 });
    expect(parsed.timeline).toHaveLength(2);
    expect(parsed.timeline[1]).toEqual({
      status: "failed",
      at: "2026-11-26T10:00:01.000Z",
      reasonCode: "card_declined",
      note: null,
    });
  });

  it("reads both kinds of next action and ignores others", () => {
    expect(parseNextAction({ type: "redirect", url: "/simulator/3ds/sp_1?return=x" })).toEqual({
      type: "redirect",
      url: "/simulator/3ds/sp_1?return=x",
    });
    expect(
      parseNextAction({
        type: "bank_transfer",
        bankName: "Sim Bank",
        accountName: "Satchel Ltd",
        accountNumber: "000123456",
        routingNumber: "021000021",
        reference: "SAT-7K3M9Q",
        amount: "250.00",
        currency: "USD",
        expiresAt: "2026-12-03T10:00:00.000Z",
      }),
    ).toMatchObject({ type: "bank_transfer", reference: "SAT-7K3M9Q", iban: null, swift: null });
    expect(parseNextAction({ type: "redirect" })).toBeNull();
    expect(parseNextAction({ type: "qr" })).toBeNull();
    expect(parseNextAction(null)).toBeNull();
  });

  it("keeps unknown states visible rather than crashing", () => {
    expect(parseDeposit({ id: "dep_2", status: "teleported", providerStatus: "lost" })).toMatchObject({
      status: "unknown",
      providerStatus: null,
      reason: null,
      nextAction: null,
    });
    expect(() => parseDeposit({ status: "pending" })).toThrow();
  });

  it("posts the deposit with its Idempotency-Key and the CSRF token", async () => {
    setCsrfToken("csrf-1");
    const fetchMock = stub(201, { ...deposit, status: "succeeded", reason: null });
    const input = {
      methodId: "card",
      amount: "100.00",
      currency: "USD",
      card: { number: "4242424242424242", expMonth: 4, expYear: 2029, cvc: "123" },
    };
    const result = await createDeposit(input, "key-1");
    expect(result.status).toBe("succeeded");
    const { url, init, headers } = call(fetchMock);
    expect(url).toBe("/api/v1/deposits");
    expect(init.method).toBe("POST");
    expect(headers["Idempotency-Key"]).toBe("key-1");
    expect(headers["X-CSRF-Token"]).toBe("csrf-1");
    expect(JSON.parse(String(init.body))).toEqual(input);
  });

  it("turns a card refusal into an ApiError naming the field", async () => {
    stub(400, {
      code: "incorrect_card_details",
      title: "Check the card details",
      detail: "The security code (CVC) is not right.",
      field: "cvc",
      errors: [{ path: "/card/cvc", message: "invalid card cvc" }],
    });
    const error = await createDeposit({ methodId: "card", amount: "1", currency: "USD" }, "k").catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect(paymentProblem(error)?.field).toBe("cvc");
  });

  it("escapes the id in the address", async () => {
    const fetchMock = stub(200, deposit);
    await getDeposit("dep/../1");
    expect(call(fetchMock).url).toBe("/api/v1/deposits/dep%2F..%2F1");
  });
});

describe("payment problems", () => {
  it("reads the extensions each payment refusal carries", () => {
    const region = new ApiError({
      status: 422,
      code: "method_unavailable_in_region",
      title: "Not available where you are",
      extensions: {
        methods: [
          { id: "card", kind: "card", name: { en: "Card", "zh-CN": "银行卡" } },
          { id: "bank_cn", kind: "bank_transfer", name: "China bank transfer" },
          { kind: "no id" },
        ],
      },
    });
    expect(paymentProblem(region)?.methods).toEqual([
      { id: "card", kind: "card", name: "Card" },
      { id: "bank_cn", kind: "bank_transfer", name: "China bank transfer" },
    ]);
    const kyc = new ApiError({
      status: 403,
      code: "kyc_required",
      title: "Verify",
      extensions: { requiredLevel: 1, currentLevel: 0 },
    });
    expect(paymentProblem(kyc)).toMatchObject({ requiredLevel: 1, currentLevel: 0 });
    const maintenance = new ApiError({
      status: 503,
      code: "maintenance",
      title: "Under maintenance",
      extensions: { endsAt: "2026-11-26T12:00:00.000Z" },
    });
    expect(paymentProblem(maintenance)?.endsAt).toBe("2026-11-26T12:00:00.000Z");
    const notReady = new ApiError({
      status: 409,
      code: "destination_not_ready",
      title: "Not yet",
      extensions: { usableAfter: "2026-11-27T10:00:00.000Z" },
    });
    expect(paymentProblem(notReady)?.usableAfter).toBe("2026-11-27T10:00:00.000Z");
    expect(paymentProblem(new Error("x"))).toBeNull();
  });
});

describe("tracer", () => {
  it("reads a finding with its deposit and case", () => {
    expect(
      parseTrace({
        finding: "credited",
        deposit,
        explanation: "It arrived on 26 November.",
        nextStep: "Nothing to do.",
        caseId: null,
      }),
    ).toMatchObject({ finding: "credited", deposit: { id: "dep_1" }, caseId: null });
    expect(parseTrace({ finding: "emailed", explanation: "Check your inbox." })).toMatchObject({
      finding: "emailed",
      deposit: null,
      nextStep: "",
    });
    expect(parseTrace({ finding: "something_new", deposit: { broken: true } })).toMatchObject({
      finding: "unknown",
      deposit: null,
    });
  });

  it("sends only what was given", async () => {
    const fetchMock = stub(200, { finding: "not_found", explanation: "Nothing yet." });
    await traceDeposit({ amount: "10.00", currency: "USD", email: "guest@example.com" });
    expect(JSON.parse(String(call(fetchMock).init.body))).toEqual({
      amount: "10.00",
      currency: "USD",
      email: "guest@example.com",
    });
  });
});

describe("withdrawals and destinations", () => {
  it("reads a withdrawal with its destination, review reasons and notes", () => {
    const parsed = parseWithdrawal(withdrawal);
    expect(parsed).toMatchObject({
      status: "in_review",
      cancelable: true,
      total: "50.00",
      reviewReasons: ["new_destination"],
      destination: { id: "pd_1", ready: false, display: { last4: "6789", brand: null } },
    });
    expect(parsed.timeline[1]?.note).toBe("first payout");
  });

  it("posts a withdrawal with the code in the body and the key in the header", async () => {
    const fetchMock = stub(201, withdrawal);
    await createWithdrawal(
      { destinationId: "pd_1", amount: "50.00", currency: "USD", code: "123456" },
      "key-9",
    );
    const { init, headers } = call(fetchMock);
    expect(headers["Idempotency-Key"]).toBe("key-9");
    expect(JSON.parse(String(init.body))).toMatchObject({ code: "123456" });
  });

  it("cancels by POST", async () => {
    const fetchMock = stub(200, { ...withdrawal, status: "canceled", cancelable: false });
    expect((await cancelWithdrawal("wd_1")).status).toBe("canceled");
    expect(call(fetchMock).url).toBe("/api/v1/withdrawals/wd_1/cancel");
    expect(call(fetchMock).init.method).toBe("POST");
  });

  it("adds a destination and reads the masked answer", async () => {
    stub(201, destination);
    const added = await addDestination({
      methodId: "bank_us_ach",
      details: { accountHolder: "Alice Example", accountNumber: "000123456789", bankName: "Chase" },
      code: "123456",
    });
    expect(added.display.account).toBe("•••• 6789");
    expect(added.usableAfter).toBe("2026-11-27T10:00:00.000Z");
  });
});

describe("simulator", () => {
  it("answers the simulated provider and returns where to go back", async () => {
    const fetchMock = stub(200, { returnUrl: "/deposits/dep_1" });
    expect(await completeSimulatorPayment("sp_1", "approve")).toBe("/deposits/dep_1");
    expect(JSON.parse(String(call(fetchMock).init.body))).toEqual({ outcome: "approve" });
  });

  it("refuses an answer without a return address", async () => {
    stub(200, {});
    await expect(completeSimulatorPayment("sp_1", "decline")).rejects.toThrow();
  });
});

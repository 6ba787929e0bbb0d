import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "./client";
import { findCustomerByEmail, getCustomerPanel, parseCustomerPanel } from "./consolePanel";
import { call, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

const PANEL = {
  profile: {
    id: "usr_a",
    name: "Alice",
    email: "alice@demo.satchel.test",
    emailVerified: true,
    phone: "+86•••••••5678",
    phoneVerified: true,
    language: "zh-CN",
    country: "CN",
    walletNumber: "S1234-5678-90",
    createdAt: "2026-11-01T00:00:00.000Z",
    role: "customer",
  },
  verification: {
    level: 1,
    status: "pending",
    pendingReview: true,
    requestedLevel: 2,
    submittedAt: "2027-02-01T00:00:00.000Z",
    reviewedAt: null,
    rejectionReason: null,
    missing: [],
    legalName: "Alice Example",
    dateOfBirth: "1990-04-01",
    documents: [],
  },
  lock: {
    locked: true,
    kind: "hard",
    cause: "failed_sign_ins",
    reason: null,
    since: "2027-03-01T00:00:00.000Z",
    until: null,
  },
  twoFactor: { totp: true, sms: false },
  frozen: { frozen: false, reason: null, at: null },
  withdrawalsHeldUntil: null,
  logins: [
    { at: "2027-03-01T00:00:00.000Z", ip: "203.0.113.9", device: "Chrome on macOS", outcome: "failure" },
  ],
  sessions: [
    {
      id: "ses_1",
      kind: "web",
      device: "Safari on iPhone",
      ip: null,
      createdAt: "x",
      lastSeenAt: "2027-03-01T00:00:00.000Z",
    },
  ],
  wallets: [{ currency: "USD", balance: "120.50", held: "0.00", available: "120.50" }],
  transactions: [
    {
      id: "txn_1",
      reference: "T-1",
      type: "withdrawal",
      direction: "out",
      amount: "50.00",
      currency: "USD",
      status: "failed",
      reasonCode: "insufficient_funds",
      reasonTitle: "Not enough money",
      failed: true,
      createdAt: "2027-02-28T00:00:00.000Z",
    },
    {
      id: "txn_2",
      reference: "T-2",
      type: "deposit",
      direction: "in",
      amount: "20.00",
      currency: "USD",
      status: "completed",
      reasonCode: null,
      reasonTitle: null,
      failed: false,
      createdAt: "2027-02-27T00:00:00.000Z",
    },
  ],
  inFlight: {
    deposits: [
      {
        id: "dep_1",
        methodName: "Bank transfer",
        kind: "bank_transfer",
        status: "pending",
        providerStatus: "awaiting_transfer",
        amount: "300.00",
        currency: "USD",
        reference: null,
        bankReference: "SATB-77",
        waitingFor: "bank_transfer",
        createdAt: "2027-02-26T00:00:00.000Z",
      },
    ],
    withdrawals: [
      {
        id: "wd_1",
        status: "in_review",
        destination: { label: "PayPal", methodName: "PayPal" },
        amount: "3500.00",
        currency: "USD",
        reviewReasons: ["large_amount"],
        reference: "T-9",
        createdAt: "2027-02-25T00:00:00.000Z",
      },
    ],
    cases: [{ id: "case_1", kind: "deposit_trace", status: "open", createdAt: "2027-02-24T00:00:00.000Z" }],
  },
  payoutDestinations: [
    {
      id: "dst_1",
      label: "Chase checking",
      methodName: "Bank",
      display: { last4: "6789" },
      status: "active",
    },
  ],
  tickets: [
    {
      id: "tkt_0",
      number: "100000",
      subject: "Old",
      status: "closed",
      createdAt: "2027-01-01T00:00:00.000Z",
      satisfaction: { score: 5, comment: null },
    },
  ],
  satisfaction: {
    average: 4.5,
    count: 2,
    recent: [
      { ticketId: "tkt_0", number: "100000", score: 5, comment: "Fast", ratedAt: "2027-01-03T00:00:00.000Z" },
    ],
  },
  passwordHash: "never shown",
};

describe("the customer panel", () => {
  it("reads the account, with what an agent compares identity answers against", async () => {
    const fetchMock = stub(200, PANEL);
    const panel = await getCustomerPanel("usr_a", "tkt_1");
    expect(call(fetchMock).url).toBe("/api/v1/agent/customers/usr_a?ticketId=tkt_1");
    expect(panel.lock).toMatchObject({ locked: true, kind: "hard", cause: "failed_sign_ins" });
    expect(panel.verification).toMatchObject({
      level: 1,
      pendingReview: true,
      dateOfBirth: "1990-04-01",
      legalName: "Alice Example",
    });
    expect(panel.payoutDestinations).toEqual([
      { id: "dst_1", label: "Chase checking", method: "Bank", last4: "6789", status: "active" },
    ]);
    expect(panel.sessions[0]).toMatchObject({ device: "Safari on iPhone", kind: "web" });
    expect(panel.tickets[0]).toMatchObject({ number: "100000", score: 5 });
    expect(panel.satisfaction.recent[0]).toMatchObject({
      number: "100000",
      score: 5,
      at: "2027-01-03T00:00:00.000Z",
    });
    expect(JSON.stringify(panel)).not.toContain("never shown");
  });

  it("highlights failed transactions with their reason, and lists money under way", () => {
    const panel = parseCustomerPanel(PANEL);
    expect(panel?.transactions.map((t) => [t.id, t.failed, t.reasonCode, t.reasonTitle, t.at])).toEqual([
      ["txn_1", true, "insufficient_funds", "Not enough money", "2027-02-28T00:00:00.000Z"],
      ["txn_2", false, null, null, "2027-02-27T00:00:00.000Z"],
    ]);
    expect(panel?.inFlight.deposits[0]).toMatchObject({
      reference: "SATB-77",
      via: "Bank transfer",
      waitingFor: "bank_transfer",
    });
    expect(panel?.inFlight.withdrawals[0]).toMatchObject({
      via: "PayPal",
      waitingFor: "large_amount",
      status: "in_review",
    });
    expect(panel?.inFlight.cases[0]).toMatchObject({ kind: "deposit_trace", status: "open" });
  });

  it("gives safe defaults for a sparse answer and refuses one without a profile", () => {
    const panel = parseCustomerPanel({ profile: { id: "usr_b" } });
    expect(panel).toMatchObject({
      lock: { locked: false, kind: null },
      wallets: [],
      satisfaction: { average: null, count: 0 },
    });
    expect(parseCustomerPanel({ lock: {} })).toBeNull();
  });

  it("finds a guest's account by email, null when the address is no customer's", async () => {
    const fetchMock = stub(200, { userId: "usr_a" });
    expect(await findCustomerByEmail(" alice@demo.satchel.test ")).toBe("usr_a");
    expect(new URL(call(fetchMock).url, "http://x").searchParams.get("email")).toBe(
      "alice@demo.satchel.test",
    );
    stub(404, { code: "not_found", title: "Not found", status: 404 });
    expect(await findCustomerByEmail("nobody@x.test")).toBeNull();
    stub(403, { code: "forbidden", title: "Forbidden", status: 403 });
    await expect(findCustomerByEmail("x@x.test")).rejects.toMatchObject({ status: 403 });
  });
});

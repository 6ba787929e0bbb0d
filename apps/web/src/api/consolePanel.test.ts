import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "./client";
import {
  actionReady,
  actionRequest,
  findCustomers,
  getCustomerPanel,
  needsIdentityChecks,
  parseCustomerPanel,
  runPanelAction,
} from "./consolePanel";
import { call, stub } from "./fetchStub";

/** A fetch that answers 204 No Content (a Response with a body cannot have that status). */
function noContent() {
  const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

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
    phone: "+86 138****5678",
    phoneVerified: true,
    language: "zh-CN",
    country: "CN",
    walletNumber: "S1234-5678-90",
    createdAt: "2026-11-01T00:00:00.000Z",
    role: "customer",
  },
  verification: { level: 1, pending: { submittedAt: "2027-02-01T00:00:00.000Z" } },
  lock: { locked: true, kind: "hard", reason: "Third lock within 24 hours", until: null },
  twoFactor: { totp: true, sms: false },
  frozen: { frozen: false, reason: null, at: null },
  withdrawalsHeldUntil: null,
  logins: [
    {
      at: "2027-03-01T00:00:00.000Z",
      ip: "203.0.113.9",
      device: "Chrome on macOS",
      outcome: "wrong_password",
    },
  ],
  sessions: [{ device: "Safari on iPhone", lastSeenAt: "2027-03-01T00:00:00.000Z", current: true }],
  wallets: [{ currency: "USD", balance: "120.50", held: "0.00" }],
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
      failed: false,
      at: "2027-02-27T00:00:00.000Z",
    },
  ],
  inFlight: {
    deposits: [
      {
        id: "dep_1",
        reference: "B-77",
        method: "bank_transfer",
        amount: "300.00",
        currency: "USD",
        status: "pending",
        createdAt: "2027-02-26T00:00:00.000Z",
      },
    ],
    withdrawals: [],
  },
  tickets: [
    {
      id: "tkt_0",
      number: "100000",
      subject: "Old",
      status: "closed",
      createdAt: "2027-01-01T00:00:00.000Z",
    },
  ],
  satisfaction: { average: 4.5, count: 2, recent: [{ score: 5, comment: "Fast", ticketNumber: "100000" }] },
  passwordHash: "never shown",
};

describe("the customer panel", () => {
  it("reads the account, highlights failed transactions with their reason codes", async () => {
    const fetchMock = stub(200, PANEL);
    const panel = await getCustomerPanel("usr_a");
    expect(call(fetchMock).url).toBe("/api/v1/agent/customers/usr_a");
    expect(panel.lock).toEqual({
      locked: true,
      kind: "hard",
      reason: "Third lock within 24 hours",
      until: null,
    });
    expect(panel.verification).toEqual({ level: 1, pending: true });
    expect(panel.devices).toEqual([
      { device: "Safari on iPhone", lastSeenAt: "2027-03-01T00:00:00.000Z", current: true },
    ]);
    expect(panel.transactions.map((t) => [t.id, t.failed, t.reasonCode])).toEqual([
      ["txn_1", true, "insufficient_funds"],
      ["txn_2", false, null],
    ]);
    expect(panel.inFlight.deposits[0]).toMatchObject({
      reference: "B-77",
      status: "pending",
      amount: "300.00",
    });
    expect(panel.satisfaction).toMatchObject({
      average: 4.5,
      count: 2,
      recent: [{ score: 5, ticketNumber: "100000" }],
    });
    expect(JSON.stringify(panel)).not.toContain("never shown");
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

  it("finds customers by email, from a list or a single answer", async () => {
    const fetchMock = stub(200, { data: [{ id: "usr_a", name: "Alice", email: "alice@demo.satchel.test" }] });
    expect(await findCustomers(" alice@demo.satchel.test ")).toEqual([
      { id: "usr_a", name: "Alice", email: "alice@demo.satchel.test", walletNumber: null },
    ]);
    expect(new URL(call(fetchMock).url, "http://x").searchParams.get("email")).toBe(
      "alice@demo.satchel.test",
    );
    stub(200, { id: "usr_b", email: "b@x.test", walletNumber: "S1" });
    expect((await findCustomers("b@x.test"))[0]?.id).toBe("usr_b");
    stub(200, { data: [] });
    expect(await findCustomers("nobody@x.test")).toEqual([]);
  });
});

describe("panel actions", () => {
  it("asks for identity checks only where a protection is lifted", () => {
    expect(["unlock", "2fa-reset", "unfreeze"].every((a) => needsIdentityChecks(a as "unlock"))).toBe(true);
    expect(needsIdentityChecks("freeze")).toBe(false);
    expect(needsIdentityChecks("escalate")).toBe(false);
  });

  it("is ready with a reason of 3 to 500 characters, and two different checks where a protection is lifted", () => {
    expect(actionReady("freeze", "  ab ", [])).toBe(false);
    expect(actionReady("freeze", "Takeover", [])).toBe(true);
    expect(actionReady("escalate", "x".repeat(501), [])).toBe(false);
    expect(actionReady("unlock", "Caller verified", ["date_of_birth"])).toBe(false);
    expect(actionReady("unlock", "Caller verified", ["date_of_birth", "date_of_birth"])).toBe(false);
    expect(actionReady("unfreeze", "Caller verified", ["date_of_birth", "id_document"])).toBe(true);
  });

  it("posts account actions to the customer with the ticket and the checks", async () => {
    setCsrfToken("csrf-1");
    const fetchMock = noContent();
    await runPanelAction({
      action: "unlock",
      userId: "usr_a",
      ticketId: "tkt_1",
      reason: "  Caller confirmed  ",
      checks: ["date_of_birth", "phone_callback"],
    });
    const c = call(fetchMock);
    expect(c.url).toBe("/api/v1/agent/customers/usr_a/unlock");
    expect(c.headers["X-CSRF-Token"]).toBe("csrf-1");
    expect(c.json()).toEqual({
      reason: "Caller confirmed",
      ticketId: "tkt_1",
      checks: ["date_of_birth", "phone_callback"],
    });
  });

  it("leaves checks out of a freeze and escalates on the ticket", () => {
    expect(
      actionRequest({
        action: "freeze",
        userId: "usr_a",
        ticketId: "tkt_1",
        reason: "Takeover",
        checks: ["id_document"],
      }),
    ).toEqual({
      path: "/api/v1/agent/customers/usr_a/freeze",
      body: { reason: "Takeover", ticketId: "tkt_1" },
    });
    expect(
      actionRequest({ action: "escalate", userId: null, ticketId: "tkt_1", reason: "AML", checks: [] }),
    ).toEqual({
      path: "/api/v1/agent/tickets/tkt_1/escalate",
      body: { reason: "AML" },
    });
    expect(() =>
      actionRequest({
        action: "resend-verification",
        userId: null,
        ticketId: "tkt_1",
        reason: "x",
        checks: [],
      }),
    ).toThrow();
  });
});

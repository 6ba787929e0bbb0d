import { afterEach, describe, expect, it, vi } from "vitest";
import { setCsrfToken } from "./client";
import { actionReady, actionRequest, needsIdentityChecks, runPanelAction } from "./consoleActions";
import { call, noContent, stub } from "./fetchStub";

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("panel actions", () => {
  it("asks for identity checks only where a protection is lifted", () => {
    expect(needsIdentityChecks("unlock")).toBe(true);
    expect(needsIdentityChecks("2fa-reset")).toBe(true);
    expect(needsIdentityChecks("unfreeze")).toBe(true);
    expect(needsIdentityChecks("freeze")).toBe(false);
    expect(needsIdentityChecks("lock")).toBe(false);
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
    expect(
      await runPanelAction({
        action: "unlock",
        userId: "usr_a",
        ticketId: "tkt_1",
        reason: "  Caller confirmed  ",
        checks: ["date_of_birth", "phone_callback"],
      }),
    ).toBe(true);
    const c = call(fetchMock);
    expect(c.url).toBe("/api/v1/agent/customers/usr_a/unlock");
    expect(c.headers["X-CSRF-Token"]).toBe("csrf-1");
    expect(c.json()).toEqual({
      reason: "Caller confirmed",
      ticketId: "tkt_1",
      checks: ["date_of_birth", "phone_callback"],
    });
  });

  it("says when a verification email was not needed after all", async () => {
    stub(200, { sent: false });
    expect(
      await runPanelAction({
        action: "resend-verification",
        userId: "usr_a",
        ticketId: "tkt_1",
        reason: "Asked",
        checks: [],
      }),
    ).toBe(false);
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

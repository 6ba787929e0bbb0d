import { afterEach, describe, expect, it, vi } from "vitest";
import { fetchMe, login, parseCheckup, parseLoginResult, parsePasswordCheck, parseUser } from "./accounts";
import { getCsrfToken, setCsrfToken } from "./client";

function respond(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" },
  });
}

const alice = {
  id: "usr_1",
  email: "alice@example.com",
  emailVerified: true,
  phone: null,
  phoneVerified: false,
  name: "Alice Chen",
  country: "CN",
  language: "zh-CN",
  role: "customer",
  walletNumber: "S1234-5678-90",
  twoFactor: { totp: true, sms: false, recoveryCodesLeft: 9 },
  antiPhishingCode: "blue-heron",
  createdAt: "2026-01-01T00:00:00Z",
};

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe("parseUser", () => {
  it("reads the documented user", () => {
    expect(parseUser(alice)).toEqual(alice);
  });

  it("fills safe defaults and refuses what is not a user", () => {
    expect(parseUser({ id: "usr_2", email: "b@c.d" })).toMatchObject({
      emailVerified: false,
      phone: null,
      twoFactor: { totp: false, sms: false, recoveryCodesLeft: 0 },
    });
    expect(parseUser({ email: "b@c.d" })).toBeNull();
    expect(parseUser(null)).toBeNull();
  });
});

describe("login", () => {
  it("logs in as the web client and remembers the CSRF token", async () => {
    const fetchMock = vi.fn(async () => respond(200, { csrfToken: "tok-1", user: alice }));
    vi.stubGlobal("fetch", fetchMock);
    const result = await login({ login: "alice@example.com", password: "pw" });
    expect(result).toEqual({ kind: "signedIn", user: alice });
    expect(getCsrfToken()).toBe("tok-1");
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(JSON.parse(String(init.body))).toEqual({
      login: "alice@example.com",
      password: "pw",
      client: "web",
    });
  });

  it("reads the second-factor challenge", () => {
    expect(parseLoginResult({ mfaRequired: true, mfaToken: "m1", methods: ["totp", "sms", "nope"] })).toEqual(
      {
        kind: "mfa",
        mfaToken: "m1",
        methods: ["totp", "sms"],
      },
    );
    expect(getCsrfToken()).toBeNull();
  });
});

describe("fetchMe", () => {
  it("treats 401 as signed out and forgets the token", async () => {
    setCsrfToken("old");
    vi.stubGlobal("fetch", async () => respond(401, { code: "authentication_required" }));
    await expect(fetchMe()).resolves.toBeNull();
    expect(getCsrfToken()).toBeNull();
  });

  it("takes the CSRF token of a reloaded page from /me", async () => {
    vi.stubGlobal("fetch", async () => respond(200, { user: alice, csrfToken: "tok-2" }));
    await expect(fetchMe()).resolves.toEqual(alice);
    expect(getCsrfToken()).toBe("tok-2");
  });

  it("still fails on other errors", async () => {
    vi.stubGlobal("fetch", async () => respond(503, { code: "unavailable" }));
    await expect(fetchMe()).rejects.toMatchObject({ status: 503 });
  });
});

describe("other answers", () => {
  it("clamps the strength score and keeps the codes", () => {
    expect(
      parsePasswordCheck({ ok: false, score: 7, reasons: ["too_short", 3], suggestions: ["add_length"] }),
    ).toEqual({ ok: false, score: 4, reasons: ["too_short"], suggestions: ["add_length"] });
    expect(() => parsePasswordCheck({})).toThrow();
  });

  it("reads the security checkup", () => {
    expect(
      parseCheckup({
        score: 50,
        items: [{ key: "two_factor", ok: false, fixUrl: "/app/security" }, { ok: true }],
      }),
    ).toEqual({ score: 50, items: [{ key: "two_factor", ok: false, fixUrl: "/app/security" }] });
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lastMessage, registerAndLogin, STRONG_PASSWORD, tokenFrom } from "../../test/accounts-helpers.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

const MINUTE = 60_000;

describe("login, lockout and unlock", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  const attempt = (login: string, password: string) =>
    ctx.app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { login, password } });

  it("answers an unknown account and a wrong password identically", async () => {
    await registerAndLogin(ctx, "known@example.test");
    const unknown = await attempt("nobody@example.test", "whatever-password-1");
    const wrong = await attempt("known@example.test", "whatever-password-1");
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const strip = (body: Record<string, unknown>) => ({ ...body, requestId: undefined });
    expect(strip(unknown.json())).toEqual(strip(wrong.json()));
    expect(unknown.json().code).toBe("invalid_credentials");
  });

  it("takes about the same time for an unknown account as for a wrong password", async () => {
    await registerAndLogin(ctx, "timing@example.test");
    const time = async (login: string) => {
      const started = performance.now();
      await attempt(login, "not-the-password-9");
      return performance.now() - started;
    };
    // Fresh identities each time, so the lockout does not kick in.
    const unknownTimes: number[] = [];
    const knownTimes: number[] = [];
    for (let i = 0; i < 9; i++) {
      unknownTimes.push(await time(`ghost${i}@example.test`));
      knownTimes.push(await time("timing@example.test"));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;
    const ratio = median(unknownTimes) / median(knownTimes);
    // Argon2id is most of a login's time: skipping it for unknown accounts would put the
    // ratio near 0.1. The bounds are wide because CI runs many test files in parallel and
    // one busy moment can slow either side; nine interleaved samples and the median keep
    // that noise out without hiding a real difference.
    expect(ratio).toBeGreaterThan(0.4);
    expect(ratio).toBeLessThan(2.5);
  });

  it("locks after 5 wrong passwords for 15 minutes, doubling, then hard-locks on the third", async () => {
    const { userId } = await registerAndLogin(ctx, "locky@example.test");
    for (let i = 0; i < 5; i++)
      expect((await attempt("locky@example.test", "wrong-password-123")).statusCode).toBe(401);
    const locked = await attempt("locky@example.test", STRONG_PASSWORD);
    expect(locked.statusCode).toBe(423);
    expect(locked.json().code).toBe("account_locked");
    expect(locked.json().lockedUntil).toBe(new Date(ctx.clock.now().getTime() + 15 * MINUTE).toISOString());
    expect((await lastMessage(ctx, "locky@example.test")).subject).toContain("locked");

    ctx.clock.advance(15 * MINUTE + 1000);
    expect((await attempt("locky@example.test", STRONG_PASSWORD)).statusCode).toBe(200);

    // The second lockout within 24 hours lasts twice as long.
    for (let i = 0; i < 5; i++) await attempt("locky@example.test", "wrong-password-123");
    const second = await attempt("locky@example.test", STRONG_PASSWORD);
    expect(second.json().lockedUntil).toBe(new Date(ctx.clock.now().getTime() + 30 * MINUTE).toISOString());
    ctx.clock.advance(30 * MINUTE + 1000);

    // The third is a hard lock: no end, support only, and the self-service link cannot lift it.
    for (let i = 0; i < 5; i++) await attempt("locky@example.test", "wrong-password-123");
    const hard = await attempt("locky@example.test", STRONG_PASSWORD);
    expect(hard.statusCode).toBe(423);
    expect(hard.json().lockedUntil).toBeNull();
    ctx.clock.advance(48 * 60 * MINUTE);
    expect((await attempt("locky@example.test", STRONG_PASSWORD)).statusCode).toBe(423);

    // Support unlocks after identity checks, and it is audited.
    const agent = await ctx.services.users.create(
      ctx.platform.db,
      { email: "agent@example.test", password: STRONG_PASSWORD, role: "agent" },
      { id: null, label: "test" },
    );
    const agentLogin = await attempt(agent.email, STRONG_PASSWORD);
    const staff = { authorization: `Bearer ${agentLogin.json().token}` };
    const tooFew = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/customers/${userId}/unlock`,
      headers: staff,
      payload: { reason: "called in", checks: ["date_of_birth"] },
    });
    expect(tooFew.json().code).toBe("identity_checks_insufficient");
    const unlock = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/customers/${userId}/unlock`,
      headers: staff,
      payload: {
        reason: "Customer called, verified",
        checks: ["date_of_birth", "recent_transaction_amount"],
      },
    });
    expect(unlock.statusCode).toBe(204);
    expect((await attempt("locky@example.test", STRONG_PASSWORD)).statusCode).toBe(200);
    const audit = await ctx.services.audit.list({ targetType: "user", targetId: userId });
    expect(audit.some((e) => e.action === "account.unlocked" && e.actorId === agent.id)).toBe(true);
  });

  it("lets a customer not unlock themselves through the staff API", async () => {
    const { auth, userId } = await registerAndLogin(ctx, "cheeky@example.test");
    const res = await ctx.app.inject({
      method: "POST",
      url: `/api/v1/agent/customers/${userId}/unlock`,
      headers: auth,
      payload: { reason: "me", checks: ["date_of_birth", "id_document"] },
    });
    expect(res.statusCode).toBe(403);
  });

  it("unlocks with the emailed link, once", async () => {
    await registerAndLogin(ctx, "selfunlock@example.test");
    for (let i = 0; i < 5; i++) await attempt("selfunlock@example.test", "wrong-password-123");
    expect((await attempt("selfunlock@example.test", STRONG_PASSWORD)).statusCode).toBe(423);
    const token = tokenFrom((await lastMessage(ctx, "selfunlock@example.test")).text);
    const unlocked = await ctx.app.inject({ method: "POST", url: "/api/v1/auth/unlock", payload: { token } });
    expect(unlocked.statusCode, unlocked.body).toBe(204);
    expect(
      (await ctx.app.inject({ method: "POST", url: "/api/v1/auth/unlock", payload: { token } })).json().code,
    ).toBe("token_invalid");
    expect((await attempt("selfunlock@example.test", STRONG_PASSWORD)).statusCode).toBe(200);
  });

  it("lets 50 parallel wrong passwords try only 5 times, even if one of them is right", async () => {
    await registerAndLogin(ctx, "race@example.test");
    const attempts = Array.from({ length: 50 }, (_, i) =>
      attempt("race@example.test", i === 49 ? STRONG_PASSWORD : `wrong-guess-${i}`),
    );
    const statuses = (await Promise.all(attempts)).map((r) => r.statusCode);
    const tried = statuses.filter((s) => s !== 423).length;
    expect(tried).toBeLessThanOrEqual(5);
    expect(statuses.filter((s) => s === 423).length).toBeGreaterThanOrEqual(45);
    // However it went, the account is locked now unless the right password was among the tries.
    const after = await attempt("race@example.test", STRONG_PASSWORD);
    expect([200, 423]).toContain(after.statusCode);
  });

  it("locks unknown logins the same way, so a lock reveals nothing", async () => {
    for (let i = 0; i < 5; i++) await attempt("phantom@example.test", "wrong-password-123");
    const res = await attempt("phantom@example.test", "wrong-password-123");
    expect(res.statusCode).toBe(423);
    expect(res.json().code).toBe("account_locked");
  });

  it("throttles an address that fails too often across many accounts", async () => {
    const throttled = await buildTestApp({
      config: { security: { ...ctx.platform.config.security, ipFailureLimit: 6 } },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 8; i++) {
        const res = await throttled.app.inject({
          method: "POST",
          url: "/api/v1/auth/login",
          payload: { login: `victim${i}@example.test`, password: "x-wrong-password" },
        });
        statuses.push(res.statusCode);
      }
      expect(statuses.slice(0, 6)).toEqual([401, 401, 401, 401, 401, 401]);
      expect(statuses.slice(6)).toEqual([429, 429]);
      const last = await throttled.app.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { login: "v@example.test", password: "x-wrong-password" },
      });
      expect(last.headers["retry-after"]).toBe(String(15 * 60));
    } finally {
      await throttled.close();
    }
  });
});

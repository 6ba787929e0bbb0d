import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../config.js";
import { buildStaffMember, enrolTotp, signIn } from "../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { testConfig } from "../../test/test-config.js";
import { buildCustomer } from "../../test/wallet-helpers.js";

/** The agent console's queue. */
const STAFF_PAGE = "/api/v1/agent/tickets";

describe("staff must use two-factor authentication (STAFF_REQUIRE_2FA)", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp({ config: { security: { ...testConfig().security, staffRequireMfa: true } } });
  });
  afterAll(() => ctx.close());

  it("is on unless the operator turns it off", () => {
    // A secret given, so reading the configuration writes nothing to disk.
    const env = { SATCHEL_SECRET: "x".repeat(32) };
    expect(loadConfig(env).security.staffRequireMfa).toBe(true);
    expect(loadConfig({ ...env, STAFF_REQUIRE_2FA: "false" }).security.staffRequireMfa).toBe(false);
    expect(loadConfig({ ...env, STAFF_REQUIRE_2FA: "0" }).security.staffRequireMfa).toBe(false);
    expect(() => loadConfig({ ...env, STAFF_REQUIRE_2FA: "maybe" })).toThrow(
      /STAFF_REQUIRE_2FA must be true or false/,
    );
  });

  it("stops an agent without 2FA at the console but lets them enrol, then lets them in", async () => {
    const agent = await buildStaffMember(ctx, "agent");
    const queue = () => ctx.app.inject({ method: "GET", url: STAFF_PAGE, headers: agent.auth });

    const refused = await queue();
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("staff_mfa_required");
    // Their own account pages stay open, so they can turn 2FA on.
    const me = await ctx.app.inject({ method: "GET", url: "/api/v1/me", headers: agent.auth });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.twoFactor.totp).toBe(false);

    const totpSecret = await enrolTotp(ctx, agent.auth);
    const login = await signIn(ctx, agent.email, { totpSecret });
    expect(login.statusCode).toBe(200);
    const withCode = { authorization: `Bearer ${login.json().token as string}` };
    const allowed = await ctx.app.inject({ method: "GET", url: STAFF_PAGE, headers: withCode });
    expect(allowed.statusCode).toBe(200);
  });

  it("applies to every staff guard, and never to customers' own routes", async () => {
    const admin = await buildStaffMember(ctx, "admin");
    const supervisor = await buildStaffMember(ctx, "supervisor");
    const compliance = await buildStaffMember(ctx, "compliance");
    const get = (url: string, auth: Record<string, string>) =>
      ctx.app.inject({ method: "GET", url, headers: auth });
    for (const [url, auth] of [
      ["/api/v1/admin/staff", admin.auth],
      ["/api/v1/agent/reports?from=2026-11-01&to=2026-11-30", supervisor.auth],
      ["/api/v1/admin/help/analytics", admin.auth],
      ["/api/v1/admin/kyc", compliance.auth],
      ["/api/v1/agent/tickets", compliance.auth],
    ] as const) {
      const res = await get(url, auth);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().code, url).toBe("staff_mfa_required");
    }
    // A customer asking for a staff page is refused for being a customer, not for 2FA.
    const customer = await buildCustomer(ctx);
    expect((await get(STAFF_PAGE, customer.auth)).json().code).toBe("forbidden");
    expect((await get("/api/v1/wallets", customer.auth)).statusCode).toBe(200);
  });
});

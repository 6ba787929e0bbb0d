import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { registerAndLogin } from "../../../test/accounts-helpers.js";
import { buildStaffMember, type StaffMember } from "../../../test/support-helpers-staff.js";
import { buildTestApp, type TestContext } from "../../../test/test-app.js";
import { testDatabaseKind } from "../../../test/test-db.js";
import { TEMPLATES } from "../templates/registry.js";

describe(`template previews for staff on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let agent: StaffMember;

  beforeAll(async () => {
    ctx = await buildTestApp();
    agent = await buildStaffMember(ctx, "agent");
  });
  afterAll(() => ctx.close());

  const get = (url: string, headers: Record<string, string> = agent.auth) =>
    ctx.app.inject({ method: "GET", url, headers });

  it("lists every template with its channel, audience, kind and description", async () => {
    const res = await get("/api/v1/admin/templates");
    expect(res.statusCode).toBe(200);
    const data = res.json().data as { key: string }[];
    expect(data).toHaveLength(TEMPLATES.length);
    expect(data.find((t) => t.key === "accounts.password_reset")).toEqual({
      key: "accounts.password_reset",
      channel: "email",
      audience: "customer",
      kind: null,
      description: { en: expect.any(String), "zh-CN": expect.any(String) },
    });
    expect(data.find((t) => t.key === "accounts.login_code")).toMatchObject({ channel: "sms" });
  });

  it("previews an email in the asked language, with the anti-phishing code when given", async () => {
    const res = await get(
      "/api/v1/admin/templates/accounts.password_reset/preview?language=zh-CN&antiPhishingCode=red-kite-7",
    );
    expect(res.statusCode).toBe(200);
    const preview = res.json();
    expect(preview).toMatchObject({ key: "accounts.password_reset", channel: "email", language: "zh-CN" });
    expect(preview.subject).toBe("重置您的 Satchel 密码");
    expect(preview.text.split("\n")[0]).toBe("您的防钓鱼码：red-kite-7");
    expect(preview.text).toContain(`${ctx.platform.config.publicUrl}/reset-password?token=`);
    expect(preview.html).toContain("red-kite-7");

    const plain = (await get("/api/v1/admin/templates/accounts.password_reset/preview?language=en")).json();
    expect(plain.subject).toBe("Reset your Satchel password");
    expect(plain.text).not.toContain("anti-phishing");
  });

  it("previews a text message, and the caller's language when none is asked", async () => {
    const res = await get("/api/v1/admin/templates/accounts.login_code/preview", {
      ...agent.auth,
      "accept-language": "zh-CN",
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ channel: "sms", language: "zh-CN", subject: null, html: null });
    expect(res.json().text).toMatch(/^\[Satchel\] 您的登录验证码是 \d{6}/);
  });

  it("previews every registered template", async () => {
    for (const t of TEMPLATES) {
      const res = await get(`/api/v1/admin/templates/${encodeURIComponent(t.key)}/preview?language=en`);
      expect(res.statusCode, t.key).toBe(200);
    }
  });

  it("answers 404 template_not_found for an unknown key and 400 for a bad language", async () => {
    const res = await get("/api/v1/admin/templates/accounts.nope/preview");
    expect(res.statusCode).toBe(404);
    expect(res.json().code).toBe("template_not_found");
    const bad = await get("/api/v1/admin/templates/accounts.password_reset/preview?language=fr");
    expect(bad.statusCode).toBe(400);
  });

  it("is for staff only", async () => {
    const customer = await registerAndLogin(ctx, `tpl-${Date.now()}@example.test`);
    expect((await get("/api/v1/admin/templates", customer.auth)).statusCode).toBe(403);
    expect(
      (await get("/api/v1/admin/templates/accounts.password_reset/preview", customer.auth)).statusCode,
    ).toBe(403);
    expect((await ctx.app.inject({ method: "GET", url: "/api/v1/admin/templates" })).statusCode).toBe(401);
  });
});

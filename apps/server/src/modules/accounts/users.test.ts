import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DomainError } from "../../platform/errors/domain-error.js";
import { buildUser } from "../../test/factories.js";
import { buildTestApp, type TestContext } from "../../test/test-app.js";
import { verifyPassword } from "./passwords.js";

describe("users", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    ctx = await buildTestApp();
  });
  afterAll(() => ctx.close());

  it("stores passwords as Argon2id with OWASP parameters, never in clear", async () => {
    const user = await buildUser(ctx, { email: "carol@example.test", password: "purple-monkey-dishwasher" });
    expect(user).not.toHaveProperty("passwordHash");
    const row = await ctx.platform.db
      .selectFrom("users")
      .select("password_hash")
      .where("id", "=", user.id)
      .executeTakeFirstOrThrow();
    expect(row.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(await verifyPassword(row.password_hash, "purple-monkey-dishwasher")).toBe(true);
    expect(await verifyPassword(row.password_hash, "purple-monkey-dishwasheR")).toBe(false);
  });

  it("refuses a second account for the same email, whatever its case", async () => {
    await buildUser(ctx, { email: "dave@example.test" });
    await expect(buildUser(ctx, { email: "DAVE@example.test" })).rejects.toMatchObject({
      code: "email_already_registered",
    });
  });

  it("rejects bad emails, and passwords outside 8 to 128 characters", async () => {
    const attempt = (email: string, password: string) =>
      buildUser(ctx, { email, password }).catch((e: unknown) => e);
    const short = (await attempt("ok@example.test", "short")) as DomainError;
    expect(short).toBeInstanceOf(DomainError);
    expect(short.code).toBe("weak_password");
    expect(short.fieldErrors.map((f) => f.code)).toContain("too_short");
    const long = (await attempt("ok2@example.test", "x".repeat(129))) as DomainError;
    expect(long.fieldErrors.map((f) => f.code)).toContain("too_long");
    const bad = (await attempt("not-an-email", "long-enough-password")) as DomainError;
    expect(bad.code).toBe("validation_failed");
    expect(bad.fieldErrors.map((f) => f.path)).toEqual(["/email"]);
  });

  it("audits who created an account", async () => {
    const user = await buildUser(ctx, { role: "agent" });
    const entries = await ctx.services.audit.list({ targetType: "user", targetId: user.id });
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({
      action: "user.created",
      actorLabel: "cli",
      detail: { role: "agent" },
    });
  });
});

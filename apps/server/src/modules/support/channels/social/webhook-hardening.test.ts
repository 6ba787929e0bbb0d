import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  buildSocialTestApp,
  fixture,
  postWebhook,
  type SocialTestContext,
  signX,
  storedCounts,
} from "../../../../test/social-helpers.js";
import { testDatabaseKind } from "../../../../test/test-db.js";

/** Issue #8's findings on the social webhooks: what a stranger could forge or break. */
describe(`Social webhooks under attack on ${testDatabaseKind}`, () => {
  let ctx: SocialTestContext;
  beforeAll(async () => {
    ctx = await buildSocialTestApp();
  });
  afterAll(() => ctx.close());

  const crc = (token: string) =>
    ctx.app.inject({ method: "GET", url: "/api/v1/channels/x/webhook", query: { crc_token: token } });

  it("X's CRC check signs no JSON, so its answer cannot sign an event body", async () => {
    const forgedBody = fixture("x-direct-message.json").toString("utf8");
    const refused = await crc(forgedBody);
    expect(refused.statusCode).toBe(400);
    expect(refused.json()).not.toHaveProperty("response_token");
    for (const token of ['{"a":1}', "a b", "x".repeat(257), "abc\n"])
      expect((await crc(token)).statusCode).toBe(400);
    expect((await crc("A-z_0+9/=")).statusCode).toBe(200);
  });

  it("X refuses a body signed through the CRC check, and keeps nothing", async () => {
    const before = await storedCounts(ctx);
    const token = "c2lnbi1tZS1wbGVhc2U=";
    const answered = await crc(token);
    expect(answered.statusCode).toBe(200);
    const signature = answered.json().response_token as string;
    // The CRC's answer is exactly the signature X's events carry for that body...
    expect(signature).toBe(signX(Buffer.from(token)));
    // ...yet a body in a CRC token's shape is never taken as signed.
    const posted = await postWebhook(ctx, "x", Buffer.from(token), signature);
    expect(posted.statusCode).toBe(401);
    expect(posted.json().code).toBe("channel_signature_invalid");
    expect(await storedCounts(ctx)).toEqual(before);
    // A real (signed) event still goes through.
    expect((await postWebhook(ctx, "x", fixture("x-direct-message.json"))).statusCode).toBe(200);
  });
});

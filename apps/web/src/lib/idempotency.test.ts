import { describe, expect, it } from "vitest";
import { IdempotencyKeys, newIdempotencyKey } from "./idempotency";

const UUID_V4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe("newIdempotencyKey", () => {
  it("uses crypto.randomUUID where there is one", () => {
    expect(newIdempotencyKey()).toMatch(UUID_V4);
    expect(newIdempotencyKey()).not.toBe(newIdempotencyKey());
  });

  it("builds a v4 UUID from random bytes outside a secure context", () => {
    const insecure = { getRandomValues: crypto.getRandomValues.bind(crypto) };
    const key = newIdempotencyKey(insecure);
    expect(key).toMatch(UUID_V4);
  });
});

describe("IdempotencyKeys", () => {
  it("keeps the key while the body is the same, so a retry cannot pay twice", () => {
    let n = 0;
    const keys = new IdempotencyKeys(() => `k${++n}`);
    const body = { to: "S1234-5678-90", amount: "10.00", currency: "USD" };
    expect(keys.keyFor(body)).toBe("k1");
    expect(keys.keyFor({ ...body })).toBe("k1");
    expect(keys.keyFor({ ...body, amount: "11.00" })).toBe("k2");
    keys.reset();
    expect(keys.keyFor({ ...body, amount: "11.00" })).toBe("k3");
  });
});

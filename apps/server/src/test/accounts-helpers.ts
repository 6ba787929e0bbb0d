import { createHmac } from "node:crypto";
import type { TestContext } from "./test-app.js";

export const STRONG_PASSWORD = "quartz-ember-willow-58";

/** Delivers queued mail and returns the newest message to `to`. */
export async function lastMessage(ctx: TestContext, to: string) {
  await ctx.platform.outbox.drain();
  const res = await ctx.app.inject({
    method: "GET",
    url: `/api/v1/dev/messages?to=${encodeURIComponent(to)}`,
  });
  const message = res.json().data[0] as
    | { subject: string | null; text: string; html: string | null }
    | undefined;
  if (!message) throw new Error(`no message to ${to}`);
  return message;
}

/** The `token` query parameter of the first link in a message. */
export function tokenFrom(text: string): string {
  const match = /[?&]token=([A-Za-z0-9_\-%]+)/.exec(text);
  if (!match?.[1]) throw new Error(`no token link in: ${text}`);
  return decodeURIComponent(match[1]);
}

export function codeFrom(text: string): string {
  const match = /\b(\d{6})\b/.exec(text);
  if (!match?.[1]) throw new Error(`no 6-digit code in: ${text}`);
  return match[1];
}

/** An independent RFC 6238 implementation (SHA-1, 30 s, 6 digits) to act as the user's phone. */
export function totpNow(base32Secret: string, at: Date): string {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of base32Secret.replace(/=+$/, "").toUpperCase())
    bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  const bytes = Buffer.from(bits.match(/.{8}/g)?.map((b) => Number.parseInt(b, 2)) ?? []);
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at.getTime() / 30_000)));
  const hmac = createHmac("sha1", bytes).update(counter).digest();
  const offset = (hmac[hmac.length - 1] ?? 0) & 0xf;
  const value = (hmac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return value.toString().padStart(6, "0");
}

export async function registerAndLogin(ctx: TestContext, email: string, extra: Record<string, unknown> = {}) {
  const reg = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/register",
    payload: { email, password: STRONG_PASSWORD, country: "CN", name: "Test Person", ...extra },
  });
  if (reg.statusCode !== 201) throw new Error(`register failed: ${reg.body}`);
  const login = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { login: email, password: STRONG_PASSWORD },
  });
  if (login.statusCode !== 200) throw new Error(`login failed: ${login.body}`);
  const { token, user } = login.json() as { token: string; user: { id: string } };
  return { token, userId: user.id, auth: { authorization: `Bearer ${token}` } };
}

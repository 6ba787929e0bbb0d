import type { ComponentKey } from "../platform/db/schema-status.js";
import { tokenFrom } from "./accounts-helpers.js";
import type { TestContext } from "./test-app.js";

/** Helpers for tests of the status page's email subscriptions and notices. */

export interface MailboxMessage {
  subject: string | null;
  text: string;
  html: string | null;
  headers: Record<string, string> | null;
}

/** Delivers what the outbox holds (notices fan out in several passes) and lists the mail to `to`, oldest first. */
export async function mailbox(ctx: TestContext, to: string): Promise<MailboxMessage[]> {
  await ctx.platform.outbox.drain();
  const res = await ctx.app.inject({
    method: "GET",
    url: `/api/v1/dev/messages?to=${encodeURIComponent(to)}&limit=200`,
  });
  return (res.json().data as MailboxMessage[]).reverse();
}

/** POST /api/v1/status/subscriptions (the raw answer). */
export function requestSubscription(
  ctx: TestContext,
  email: string,
  options: { components?: ComponentKey[]; language?: "en" | "zh-CN" } = {},
) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/status/subscriptions",
    payload: { email, ...options },
  });
}

export function confirmLink(ctx: TestContext, token: string) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/status/subscriptions/confirm",
    payload: { token },
  });
}

/** The token of the newest confirmation email to `email`. */
export async function confirmTokenOf(ctx: TestContext, email: string): Promise<string> {
  const messages = await mailbox(ctx, email);
  const confirm = messages.filter((m) => m.text.includes("/status/subscriptions/confirm?token=")).at(-1);
  if (!confirm) throw new Error(`no confirmation email to ${email}`);
  return tokenFrom(confirm.text);
}

/** Subscribes and uses the emailed link: a confirmed subscriber. */
export async function subscribeConfirmed(
  ctx: TestContext,
  email: string,
  components: ComponentKey[] = [],
): Promise<void> {
  const res = await requestSubscription(ctx, email, { components });
  if (res.statusCode !== 202) throw new Error(`subscribe failed: ${res.statusCode} ${res.body}`);
  const confirmed = await confirmLink(ctx, await confirmTokenOf(ctx, email));
  if (confirmed.statusCode !== 200)
    throw new Error(`confirm failed: ${confirmed.statusCode} ${confirmed.body}`);
}

/** The unsubscribe token of a notice email (its link to the unsubscribe page). */
export function unsubscribeTokenOf(message: MailboxMessage): string {
  const match = /\/status\/unsubscribe\?token=([A-Za-z0-9_.\-%]+)/.exec(message.text);
  if (!match?.[1]) throw new Error(`no unsubscribe link in: ${message.text}`);
  return decodeURIComponent(match[1]);
}

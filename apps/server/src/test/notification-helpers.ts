import type { TestContext } from "./test-app.js";
import type { Customer } from "./wallet-helpers.js";

/** What the notification center answers for one notification. */
export interface NotificationJson {
  id: string;
  kind: string;
  title: string;
  body: string;
  link: string | null;
  createdAt: string;
  readAt: string | null;
}

/** The customer's notifications (delivering the outbox first), in `language`. */
export async function notificationsOf(
  ctx: TestContext,
  who: Pick<Customer, "auth">,
  options: { language?: "en" | "zh-CN"; query?: string } = {},
): Promise<{ data: NotificationJson[]; nextCursor: string | null; unread: number }> {
  await ctx.platform.outbox.drain();
  const res = await ctx.app.inject({
    method: "GET",
    url: `/api/v1/notifications${options.query ? `?${options.query}` : ""}`,
    headers: { ...who.auth, "accept-language": options.language ?? "en" },
  });
  if (res.statusCode !== 200) throw new Error(`notifications: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** Every message the dev mailbox holds for `to`, newest first (delivering the outbox first). */
export async function messagesTo(ctx: TestContext, to: string) {
  await ctx.platform.outbox.drain();
  const res = await ctx.app.inject({
    method: "GET",
    url: `/api/v1/dev/messages?to=${encodeURIComponent(to)}`,
  });
  return res.json().data as { subject: string | null; text: string; html: string | null }[];
}

export function putPreferences(
  ctx: TestContext,
  who: Pick<Customer, "auth">,
  changes: { kind: string; channel: string; enabled: boolean }[],
) {
  return ctx.app.inject({
    method: "PUT",
    url: "/api/v1/me/notification-preferences",
    headers: who.auth,
    payload: { changes },
  });
}

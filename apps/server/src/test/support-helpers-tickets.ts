import { lastMessage, tokenFrom } from "./accounts-helpers.js";
import type { TestContext } from "./test-app.js";
import type { Customer } from "./wallet-helpers.js";

/** Helpers for the customer side of the support desk: tickets through the API, as the web app makes them. */

export const ACCESS_HEADER = "x-ticket-access";

let guests = 0;

/** A fresh address for a guest, and a fresh client address (guests are rate limited per address). */
export function newGuest() {
  guests += 1;
  return {
    email: `guest${guests}-${Date.now()}@example.test`,
    ip: `10.9.${Math.floor(guests / 250) % 250}.${(guests % 250) + 1}`,
  };
}

export const ticketBody = (extra: Record<string, unknown> = {}) => ({
  category: "other",
  subject: "My payment did not arrive",
  description: "I sent money yesterday and my friend has not received it yet.",
  ...extra,
});

export async function openTicket(
  ctx: TestContext,
  customer: Pick<Customer, "auth">,
  extra: Record<string, unknown> = {},
) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/tickets",
    headers: customer.auth,
    payload: ticketBody(extra),
  });
}

/** A signed-in customer's ticket; throws unless it was created. */
export async function customerTicket(
  ctx: TestContext,
  customer: Pick<Customer, "auth">,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; number: string; status: string }> {
  const res = await openTicket(ctx, customer, extra);
  if (res.statusCode !== 201) throw new Error(`ticket not created: ${res.body}`);
  return res.json();
}

/** A guest's ticket (not verified yet), with the guest's address and client address. */
export async function guestTicket(ctx: TestContext, extra: Record<string, unknown> = {}) {
  const guest = newGuest();
  const res = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/tickets",
    remoteAddress: guest.ip,
    payload: ticketBody({ email: guest.email, name: "Gwen Guest", ...extra }),
  });
  if (res.statusCode !== 201) throw new Error(`guest ticket not created: ${res.body}`);
  return { ...guest, ticket: res.json() as { id: string; number: string; status: string } };
}

/** Opens the newest link emailed to `email` (the verification link, or a reply's access link). */
export async function openLink(ctx: TestContext, email: string) {
  const token = tokenFrom((await lastMessage(ctx, email)).text);
  const res = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/tickets/guest/verify",
    payload: { token },
  });
  return { token, res };
}

/** A verified guest ticket and the access token that opens it. */
export async function verifiedGuestTicket(ctx: TestContext, extra: Record<string, unknown> = {}) {
  const guest = await guestTicket(ctx, extra);
  const { res } = await openLink(ctx, guest.email);
  if (res.statusCode !== 200) throw new Error(`guest link refused: ${res.body}`);
  const accessToken = res.json().accessToken as string;
  return { ...guest, accessToken, access: { [ACCESS_HEADER]: accessToken } };
}

/** The customer's newest transaction id (buildCustomer with funds leaves a deposit). */
export async function newestTransactionId(
  ctx: TestContext,
  customer: Pick<Customer, "auth">,
): Promise<string> {
  const res = await ctx.app.inject({
    method: "GET",
    url: "/api/v1/transactions?limit=1",
    headers: customer.auth,
  });
  const id = res.json().data[0]?.id as string | undefined;
  if (!id) throw new Error(`no transactions: ${res.body}`);
  return id;
}

/** The smallest images of each accepted kind (their first bytes are what is checked). */
export const IMAGES = {
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 1)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 2)]),
  gif: Buffer.concat([Buffer.from("GIF89a", "latin1"), Buffer.alloc(64, 3)]),
  webp: Buffer.concat([
    Buffer.from("RIFF", "latin1"),
    Buffer.alloc(4, 0),
    Buffer.from("WEBP", "latin1"),
    Buffer.alloc(64, 4),
  ]),
};

export function upload(
  ctx: TestContext,
  headers: Record<string, string>,
  bytes: Buffer,
  contentType = "image/png",
  filename = "screenshot.png",
) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/tickets/attachments",
    headers: { ...headers, "content-type": contentType, "x-filename": filename },
    payload: bytes,
  });
}

export function ticketDetail(ctx: TestContext, id: string, headers: Record<string, string>) {
  return ctx.app.inject({ method: "GET", url: `/api/v1/tickets/${id}`, headers });
}

export function replyOn(
  ctx: TestContext,
  id: string,
  headers: Record<string, string>,
  payload: Record<string, unknown>,
) {
  return ctx.app.inject({ method: "POST", url: `/api/v1/tickets/${id}/messages`, headers, payload });
}

import { lastMessage } from "./accounts-helpers.js";
import type { TestContext } from "./test-app.js";
import { buildCustomer, type Customer } from "./wallet-helpers.js";

/** Small files whose first bytes make them what they claim (or not). */
export const FILES = {
  png: Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 7)]),
  jpeg: Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 3)]),
  pdf: Buffer.from("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"),
  gif: Buffer.from("GIF89a\x01\x00\x01\x00\x00\x00\x00;", "latin1"),
};

export const ADULT_PROFILE = {
  legalName: "Mei Ling Chen",
  dateOfBirth: "1990-04-12",
  address: {
    line1: "88 Century Avenue",
    line2: "Apt 1203",
    city: "Shanghai",
    postalCode: "200120",
    country: "CN",
  },
};

let phones = 0;

/** A customer with a phone number they have confirmed by SMS code, as the app asks them to. */
export async function customerWithVerifiedPhone(ctx: TestContext, name = "Mei Ling Chen"): Promise<Customer> {
  phones += 1;
  const phone =
    `+86138${String(Date.now() % 1_000_000).padStart(6, "0")}${String(phones % 100).padStart(2, "0")}`.slice(
      0,
      14,
    );
  const customer = await buildCustomer(ctx, {}, name, { phone });
  const sms = await lastMessage(ctx, phone);
  const code = /(\d{6})/.exec(sms.text)?.[1] ?? "";
  const res = await ctx.app.inject({
    method: "POST",
    url: "/api/v1/me/phone/verify",
    headers: customer.auth,
    payload: { code },
  });
  if (res.statusCode !== 200) throw new Error(`phone verification failed: ${res.body}`);
  return customer;
}

export function status(ctx: TestContext, who: { auth: Record<string, string> }) {
  return ctx.app.inject({ method: "GET", url: "/api/v1/me/verification", headers: who.auth });
}

export function saveProfile(ctx: TestContext, who: { auth: Record<string, string> }, payload: object) {
  return ctx.app.inject({
    method: "PUT",
    url: "/api/v1/me/verification/profile",
    headers: who.auth,
    payload,
  });
}

export function upload(
  ctx: TestContext,
  who: { auth: Record<string, string> },
  kind: string,
  bytes: Buffer,
  contentType: string,
) {
  return ctx.app.inject({
    method: "PUT",
    url: `/api/v1/me/verification/documents/${kind}`,
    headers: { ...who.auth, "content-type": contentType },
    payload: bytes,
  });
}

export function submit(ctx: TestContext, who: { auth: Record<string, string> }, level: number) {
  return ctx.app.inject({
    method: "POST",
    url: "/api/v1/me/verification/submit",
    headers: who.auth,
    payload: { level },
  });
}

/** A level-1 customer with all three documents uploaded and level 2 asked for. */
export async function pendingCustomer(ctx: TestContext, name?: string): Promise<Customer> {
  const customer = await customerWithVerifiedPhone(ctx, name);
  await saveProfile(ctx, customer, ADULT_PROFILE);
  await upload(ctx, customer, "id_document", FILES.jpeg, "image/jpeg");
  await upload(ctx, customer, "selfie", FILES.png, "image/png");
  await upload(ctx, customer, "proof_of_address", FILES.pdf, "application/pdf");
  const res = await submit(ctx, customer, 2);
  if (res.statusCode !== 200) throw new Error(`submit failed: ${res.body}`);
  return customer;
}

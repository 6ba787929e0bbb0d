import { signPayload } from "../modules/payments/providers/signing.js";
import type { TestContext } from "./test-app.js";
import { buildCustomer, type Customer } from "./wallet-helpers.js";

/** Helpers of the phone channel's tests: signed voice-provider events, customers with a verified phone. */

export const VOICE_SECRET = "test-voice-webhook-secret-0123";
export const VOICE_URL = "/api/v1/channels/voice/webhook";

let events = 0;

export interface VoiceEventBody {
  id: string;
  type: string;
  callId: string;
  from: string;
  to: string;
  occurredAt: string;
  durationSeconds?: number;
}

/** A provider's event, unique ids unless given. */
export function voiceEvent(ctx: TestContext, overrides: Partial<VoiceEventBody> = {}): VoiceEventBody {
  events += 1;
  return {
    id: `evt_${events}_${Date.now()}`,
    type: "call.ringing",
    callId: `call_${events}_${Date.now()}`,
    from: "+8613800000000",
    to: "+864001234567",
    occurredAt: ctx.clock.now().toISOString(),
    ...overrides,
  };
}

/** The X-Satchel-Signature header of a raw body: signed with the secret at the clock's time. */
export function signVoice(
  ctx: TestContext,
  raw: string,
  options: { secret?: string; at?: Date } = {},
): string {
  return signPayload(options.secret ?? VOICE_SECRET, raw, options.at ?? ctx.clock.now());
}

/**
 * Posts an event as the provider does: the exact bytes signed with the secret at the clock's
 * time (or `signature` as given, or none when null).
 */
export function postVoice(
  ctx: TestContext,
  event: VoiceEventBody | string,
  options: { secret?: string; at?: Date; signature?: string | null } = {},
) {
  const raw = typeof event === "string" ? event : JSON.stringify(event);
  const signature = options.signature === undefined ? signVoice(ctx, raw, options) : options.signature;
  return ctx.app.inject({
    method: "POST",
    url: VOICE_URL,
    headers: {
      "content-type": "application/json",
      ...(signature === null ? {} : { "x-satchel-signature": signature }),
    },
    payload: raw,
  });
}

/** A signed-in customer whose phone is verified (the way a caller is recognised). */
export async function customerWithPhone(
  ctx: TestContext,
  phone: string,
  extra: Record<string, unknown> = {},
): Promise<Customer & { phone: string }> {
  const customer = await buildCustomer(ctx, {}, "Phoebe Caller", extra);
  await ctx.platform.db
    .updateTable("users")
    .set({ phone, phone_verified_at: ctx.clock.now() })
    .where("id", "=", customer.userId)
    .execute();
  return { ...customer, phone };
}

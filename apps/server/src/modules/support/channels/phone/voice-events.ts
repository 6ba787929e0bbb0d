import { z } from "zod";
import type { CallOutcome } from "../../../../platform/db/schema-channels.js";
import { plainText } from "../../../../platform/http/schemas.js";
import type { Locale } from "../../../../platform/i18n.js";
import { normalizeAddress } from "../contacts.js";

/**
 * The voice provider's events, in Satchel's generic signed JSON (docs/channels/phone.md): one
 * event per step of an inbound call, all naming the call by the provider's callId. Unknown
 * members are ignored, so a provider may send more than this.
 */

export const VOICE_EVENT_TYPES = [
  "call.ringing",
  "call.answered",
  "call.completed",
  "call.missed",
  "call.voicemail",
] as const;
export type VoiceEventType = (typeof VOICE_EVENT_TYPES)[number];

const E164 = /^\+[1-9]\d{6,14}$/;

/** A phone number as E.164, spaces, dashes, dots and brackets dropped first. */
export const e164 = z
  .string()
  .max(40)
  .transform((v) => normalizeAddress("phone", v))
  .pipe(z.string().regex(E164, "an E.164 number such as +8613812345678"));

export const voiceEventSchema = z.object({
  id: plainText(200)
    .pipe(z.string().min(1))
    .describe("The event's id; an event seen before is not acted on again"),
  type: z.enum(VOICE_EVENT_TYPES),
  callId: plainText(200)
    .pipe(z.string().min(1))
    .describe("The provider's id of the call, the same in all its events"),
  from: e164.describe("The caller's number"),
  to: plainText(40).describe("The Satchel line that was called"),
  occurredAt: z.iso.datetime({ offset: true }),
  durationSeconds: z
    .number()
    .int()
    .min(0)
    .max(86_400)
    .optional()
    .describe("call.completed and call.voicemail: how long the call or the message lasted"),
});

export type VoiceEvent = z.output<typeof voiceEventSchema>;

export interface CallState {
  outcome: CallOutcome;
  durationSeconds: number;
}

/**
 * Where an event takes a call, or null when it changes nothing: a repeat, or a step that
 * came late (an "answered" after the call completed, a "missed" after it was answered).
 * ringing → answered → completed (answered, with its length); ringing → missed (no answer);
 * ringing or missed → voicemail.
 */
export function callTransition(current: CallState, event: Pick<VoiceEvent, "type" | "durationSeconds">) {
  const next = ((): CallState | null => {
    switch (event.type) {
      case "call.ringing":
        return null;
      case "call.answered":
        return current.outcome === "ringing" ? { ...current, outcome: "answered" } : null;
      case "call.completed":
        return current.outcome === "ringing" || current.outcome === "answered"
          ? { outcome: "answered", durationSeconds: event.durationSeconds ?? current.durationSeconds }
          : null;
      case "call.missed":
        return current.outcome === "ringing" ? { ...current, outcome: "no_answer" } : null;
      case "call.voicemail":
        return current.outcome === "ringing" || current.outcome === "no_answer"
          ? { outcome: "voicemail", durationSeconds: event.durationSeconds ?? current.durationSeconds }
          : null;
    }
  })();
  if (!next) return null;
  return next.outcome === current.outcome && next.durationSeconds === current.durationSeconds ? null : next;
}

/** What the thread says when a call comes in, in the ticket's language. */
export function incomingCallText(phone: string, language: Locale): string {
  return language === "zh-CN" ? `来电：${phone}` : `Incoming call from ${phone}`;
}

export function callSubject(phone: string, language: Locale): string {
  return language === "zh-CN" ? `来自 ${phone} 的电话` : `Phone call from ${phone}`;
}

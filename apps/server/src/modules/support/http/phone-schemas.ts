import { z } from "zod";
import { plainText } from "../../../platform/http/schemas.js";
import { CALLBACK_STATUSES } from "../channels/phone/callback-queue.js";
import { e164 } from "../channels/phone/voice-events.js";
import { multilineText } from "./customer-schemas.js";

/** Schemas of the phone routes: calls on a ticket, callback slots and requests, the callback queue. */

export const consoleTags = ["Support console"];
export const customerTags = ["Support"];
export const webhookTags = ["Channel webhooks"];
export const bearerAuth = [{ bearerAuth: [] }];

/** Ids as the API gives them; control characters (NUL above all, which PostgreSQL refuses) are bad input. */
const id = plainText(64).pipe(z.string().min(1));
export const idParams = z.object({ id });
const instant = z.iso
  .datetime({ offset: true })
  .describe("ISO 8601 with a zone, such as 2026-11-30T02:00:00Z");

export const pageQuery = z.object({
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(200).optional().describe("nextCursor of the previous page"),
});

export const CALL_OUTCOMES = ["answered", "no_answer", "voicemail", "busy", "failed"] as const;

export const callBody = z.object({
  direction: z.enum(["inbound", "outbound"]),
  phone: e164.describe("The other party's number, E.164"),
  durationSeconds: z.number().int().min(0).max(86_400),
  outcome: z.enum(CALL_OUTCOMES),
  notes: multilineText(0, 2000).default(""),
  startedAt: instant.optional().describe("When the call began; now when left out (not in the future)"),
});

export const callView = z.object({
  id: z.string(),
  ticketId: z.string(),
  direction: z.enum(["inbound", "outbound"]),
  phone: z.string(),
  durationSeconds: z.number().int(),
  outcome: z.enum(["ringing", ...CALL_OUTCOMES]).describe("ringing: a provider's call still in progress"),
  notes: z.string(),
  agent: z
    .object({ id: z.string(), name: z.string() })
    .nullable()
    .describe("Who logged it; null for the provider"),
  source: z.enum(["agent", "provider"]),
  startedAt: z.string(),
  createdAt: z.string(),
});

export const slotsQuery = z.object({
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "a day as YYYY-MM-DD")
    .optional()
    .describe("Only this day (in the support calendar's time zone); all 7 days when left out"),
});

export const slotsView = z.object({
  timeZone: z.string().describe("The support calendar's zone: slots are its opening hours"),
  slotMinutes: z.number().int(),
  perSlot: z.number().int().describe("Callbacks one slot takes"),
  days: z.number().int().describe("How many days ahead (today included) slots are offered"),
  slots: z.array(
    z.object({ start: z.string(), end: z.string(), remaining: z.number().int().describe("Places left") }),
  ),
});

export const callbackBody = z.object({
  slotStart: instant.describe("start of a slot from GET /support/callbacks/slots"),
  phone: e164
    .optional()
    .describe("Where to call, E.164; your verified phone when left out (422 phone_required without one)"),
  note: multilineText(0, 1000).default("").describe("What the call is about"),
  ticketId: id
    .optional()
    .describe("One of your tickets the call is about; else your open phone ticket, or a new one"),
});

const ticketRef = z.object({ id: z.string(), number: z.string() }).nullable();

export const ownCallbackView = z.object({
  id: z.string(),
  status: z.enum(CALLBACK_STATUSES),
  slotStart: z.string(),
  slotEnd: z.string(),
  phone: z.string(),
  note: z.string(),
  ticket: ticketRef,
  cancellable: z.boolean(),
  createdAt: z.string(),
});

/** "requested,done": one status or several, comma-separated. */
const statuses = z
  .string()
  .max(100)
  .transform((v) =>
    v
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  )
  .pipe(z.array(z.enum(CALLBACK_STATUSES)).min(1).max(CALLBACK_STATUSES.length));

export const queueQuery = pageQuery.extend({
  status: statuses
    .default(["requested"])
    .describe(`One or more of ${CALLBACK_STATUSES.join(", ")}, comma-separated; requested by default`),
  from: instant.optional().describe("Slots starting at or after"),
  to: instant.optional().describe("Slots starting before"),
});

export const queueView = z.object({
  id: z.string(),
  status: z.enum(CALLBACK_STATUSES),
  slotStart: z.string(),
  slotEnd: z.string(),
  overdue: z.boolean().describe("Still requested after its slot ended"),
  phone: z.string(),
  note: z.string(),
  language: z.enum(["en", "zh-CN"]).describe("The language to speak"),
  customer: z
    .object({
      id: z.string(),
      name: z.string().nullable(),
      email: z.string(),
      walletNumber: z.string().nullable(),
    })
    .nullable(),
  ticket: ticketRef,
  handledBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  handledAt: z.string().nullable(),
  createdAt: z.string(),
});

export const settleBody = z.object({
  status: z.enum(["done", "missed", "cancelled"]),
  notes: multilineText(0, 2000)
    .default("")
    .describe("done: the call's notes; missed or cancelled: an internal note on the ticket"),
  durationSeconds: z.number().int().min(0).max(86_400).optional().describe("done: how long the call took"),
});

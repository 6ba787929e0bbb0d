import type { FastifyInstance, FastifyRequest } from "fastify";
import { z } from "zod";
import {
  TICKET_CATEGORIES,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from "../../../platform/db/schema-support.js";
import { plainText } from "../../../platform/http/schemas.js";
import { identifyCaller } from "../../accounts/index.js";
import {
  accountContext,
  attachmentRef,
  CONTROL_EXCEPT_LINES,
  messageSchema,
  ticketTransaction,
} from "./shared-schemas.js";

/** Schema pieces of the customer side of the support desk (signed-in customers and guests). */

export const tags = ["Support"];
/** Signed in (bearer or cookie) or a guest: both are documented. */
export const optionalAuth: { [name: string]: string[] }[] = [{ bearerAuth: [] }, {}];
export const bearerAuth: { [name: string]: string[] }[] = [{ bearerAuth: [] }];

export const ACCESS_HEADER = "x-ticket-access";
export const accessHeaders = z.object({
  [ACCESS_HEADER]: z
    .string()
    .max(200)
    .optional()
    .describe("Guests: the access token from POST /tickets/guest/verify (instead of signing in)"),
});

/** Text of several lines (a description, a reply): line breaks and tabs allowed, other control characters not. */
export const multilineText = (min: number, max: number) =>
  z
    .string()
    .transform((value) => value.replace(/\r\n?/g, "\n").trim())
    .pipe(
      z
        .string()
        .min(min)
        .max(max)
        .refine((value) => !CONTROL_EXCEPT_LINES.test(value), "no control characters"),
    );

const id = z.string().min(1).max(64);
export const idParams = z.object({ id });

export const createTicketBody = z.object({
  category: z.enum(TICKET_CATEGORIES),
  subject: plainText(150).pipe(z.string().min(3)),
  description: multilineText(10, 5000),
  transactionIds: z
    .array(id)
    .max(10)
    .optional()
    .describe("Signed in only: your own transactions the request is about (at most 10)"),
  attachmentIds: z
    .array(id)
    .max(5)
    .optional()
    .describe("Signed in only: images uploaded with POST /tickets/attachments (at most 5)"),
  deflectionId: id.optional().describe("The contact page's deflection id: marks that attempt as contacted"),
  email: plainText(254).pipe(z.email()).optional().describe("Guests (required then): where the answer goes"),
  name: plainText(100).optional().describe("Guests: how to address you"),
});

export const replyBody = z.object({
  body: multilineText(1, 5000),
  attachmentIds: z.array(id).max(5).optional(),
});

export const ratingBody = z.object({
  score: z.number().int().min(1).max(5),
  comment: multilineText(0, 1000).optional(),
});

export const listQuery = z.object({
  status: z.enum(["open", "closed"]).optional().describe("open: every ticket not closed yet"),
  cursor: z.string().max(64).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

export const unrecognizedBody = z.object({
  transactionId: id,
  freeze: z.boolean().describe("Freeze payments out of the account now (only support can lift it)"),
  note: multilineText(0, 2000).optional(),
});

export const verifyBody = z.object({ token: z.string().min(1).max(200) });

export const createdSchema = z.object({
  id: z.string(),
  number: z.string().describe('Shown as "#100001"'),
  status: z.enum(TICKET_STATUSES),
});

/** Also the customer routes' names for the shared pieces. */
export { attachmentRef as attachmentSchema, messageSchema };

export const ticketSummarySchema = z.object({
  id: z.string(),
  number: z.string(),
  subject: z.string(),
  category: z.enum(TICKET_CATEGORIES),
  status: z.enum(TICKET_STATUSES),
  priority: z.enum(TICKET_PRIORITIES),
  channel: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  expectedResponseBy: z.string().nullable().describe("When the first answer is due, while it is awaited"),
  awaiting: z.enum(["agent", "customer"]).nullable().describe("Whose move it is; null once solved"),
});

export const ticketDetailSchema = ticketSummarySchema.extend({
  description: z.string().optional().describe("The first message's text (also the first of messages)"),
  messages: z.array(messageSchema).describe("Oldest first; internal notes are never included"),
  transactions: z.array(ticketTransaction).describe("As they were when attached"),
  context: accountContext.nullable().describe("Your account when you wrote; null for guests"),
  satisfaction: z.object({ score: z.number().int(), comment: z.string().nullable() }).nullable(),
  canRate: z.boolean(),
  sla: z.object({ expectedResponseBy: z.string().nullable() }),
});

const hoursSchema = z.object({
  timeZone: z.string(),
  days: z.array(
    z.object({ weekday: z.number().int().describe("0 = Sunday"), open: z.string(), close: z.string() }),
  ),
});

export const contactOptionsSchema = z.object({
  channels: z.array(
    z.object({
      key: z.enum(["web_form", "email", "security"]),
      hours: hoursSchema.nullable().describe("null: around the clock"),
      firstResponse: z.object({ minutes: z.number().int(), businessHours: z.boolean() }),
      address: z.string().optional(),
    }),
  ),
  holidaysAhead: z.array(z.object({ day: z.string(), name: z.string() })),
  phone: z
    .object({
      lines: z.array(
        z.object({
          label: z.string(),
          number: z.string().describe("E.164, for a tel: link"),
          hours: z.string().describe("Opening hours as people read them, in the reader's language"),
        }),
      ),
      callbacks: z.boolean().describe("Signed-in customers may book a callback (POST /support/callbacks)"),
    })
    .describe("Phone lines (PHONE_LINES) in the reader's language; none while the phone channel is off"),
});

/**
 * Rate limit per caller: a signed-in customer by account, anyone else by address (a made-up
 * token does not buy a guest a customer's allowance); guests get the smaller allowance.
 */
export function perCallerLimit(
  app: FastifyInstance,
  name: string,
  limits: { user: number; guest: number },
  timeWindow: string,
) {
  return {
    keyGenerator: async (request: FastifyRequest) => {
      const caller = await identifyCaller(app, request);
      return caller ? `${name}:user:${caller.userId}` : `${name}:ip:${request.ip}`;
    },
    max: (_request: FastifyRequest, key: string) => (key.includes(":user:") ? limits.user : limits.guest),
    timeWindow,
  };
}

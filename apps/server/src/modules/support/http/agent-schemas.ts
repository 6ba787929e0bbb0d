import { z } from "zod";
import { CONTACT_KINDS, MESSAGE_CHANNELS } from "../../../platform/db/schema-channels.js";
import {
  TICKET_CATEGORIES,
  TICKET_CHANNELS,
  TICKET_PRIORITIES,
  TICKET_STATUSES,
} from "../../../platform/db/schema-support.js";
import { plainText } from "../../../platform/http/schemas.js";
import { QUEUE_VIEWS } from "../console/queue.js";
import { accountContext, CONTROL_EXCEPT_LINES, messageSchema, ticketTransaction } from "./shared-schemas.js";

/** Schemas of the agent console's ticket routes (queue, detail, changes, replies, merge, links). */

export const tags = ["Support console"];
export const security = [{ bearerAuth: [] }];

export const ticketParams = z.object({ id: z.string().min(1).max(64) });

/** "open,pending": one value or several, comma-separated. */
const oneOrMore = <T extends readonly [string, ...string[]]>(values: T) =>
  z
    .string()
    .max(200)
    .transform((v) =>
      v
        .split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    )
    .pipe(z.array(z.enum(values)).max(values.length))
    .optional()
    .describe(`One or more of ${values.join(", ")}, comma-separated`);

export const queueQuery = z.object({
  view: z
    .enum(QUEUE_VIEWS)
    .default("all")
    .describe(
      "unassigned: new or open with nobody on it (oldest first); mine: unsolved tickets assigned to you; " +
        "open: new or open; all: every ticket; due_soon: a running SLA clock ends within 2 hours; breached: a " +
        "running SLA clock has run out (pending tickets wait on the customer, their clock is paused; these two " +
        "views: nearest deadline first; the others: latest activity first)",
    ),
  status: oneOrMore(TICKET_STATUSES),
  priority: oneOrMore(TICKET_PRIORITIES),
  category: oneOrMore(TICKET_CATEGORIES),
  channel: oneOrMore(TICKET_CHANNELS),
  group: z
    .string()
    .trim()
    .max(40)
    .regex(/^[a-z0-9_-]+$/, "a group key such as payments")
    .optional(),
  assignee: z
    .string()
    .trim()
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, "a staff user id, me or none")
    .optional()
    .describe("A staff user id, me, or none (unassigned)"),
  tag: plainText(40).optional(),
  q: plainText(200)
    .optional()
    .describe(
      "A ticket number (#100001 or 100001), or text in the requester's email or name, the subject or any message",
    ),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(300).optional().describe("nextCursor of the previous page of the same view"),
});

const person = z.object({ id: z.string(), name: z.string() });

export const slaView = z.object({
  firstResponseDueAt: z.string().nullable(),
  resolutionDueAt: z.string().nullable(),
  paused: z.boolean().describe("Pending: the clock waits for the customer"),
  firstResponseBreached: z.boolean(),
  resolutionBreached: z.boolean(),
});

export const agentTicketRow = z.object({
  id: z.string(),
  number: z.string().describe('Shown as "#100001"'),
  subject: z.string(),
  category: z.enum(TICKET_CATEGORIES),
  status: z.enum(TICKET_STATUSES),
  priority: z.enum(TICKET_PRIORITIES),
  channel: z.enum(TICKET_CHANNELS),
  createdAt: z.string(),
  updatedAt: z.string(),
  requester: z.object({
    name: z.string().nullable(),
    email: z.string(),
    userId: z.string().nullable().describe("null for a guest"),
  }),
  assignee: person.nullable(),
  group: z.string(),
  tags: z.array(z.string()),
  sla: slaView,
  lastMessageAt: z.string().nullable(),
  firstRespondedAt: z
    .string()
    .nullable()
    .describe("The first public reply (the first-response clock is met)"),
  unread: z.boolean().describe("The customer wrote after our last public answer"),
});

export const agentMessage = messageSchema.extend({
  internal: z.boolean().describe("An internal note: staff only"),
  deliveryStatus: z
    .enum(["queued", "sent", "delivered", "read", "failed"])
    .nullable()
    .describe("Replies sent through a channel (email, Messenger, X) or said in a chat: how delivery goes"),
  deliveryError: z.string().nullable().describe("The channel's last error while delivering, if any"),
  externalId: z.string().nullable().describe("The channel's own id of this message (Message-ID, mid, DM id)"),
});

const ticketLink = z.object({ id: z.string(), number: z.string() });

export const agentTicketDetail = agentTicketRow.extend({
  messages: z.array(agentMessage),
  events: z.array(
    z.object({
      id: z.string(),
      kind: z.string().describe("status_changed, priority_changed, assignee_changed, merged_into, …"),
      actor: person.nullable(),
      detail: z.record(z.string(), z.unknown()),
      createdAt: z.string(),
    }),
  ),
  transactions: z.array(
    ticketTransaction.extend({
      linkedBy: z.string().nullable().describe("The agent who attached it; null when the customer did"),
      linkedAt: z.string(),
    }),
  ),
  context: accountContext.describe("The customer's account when they wrote (empty for guests)"),
  satisfaction: z
    .object({ score: z.number(), comment: z.string().nullable(), ratedAt: z.string().nullable() })
    .nullable(),
  mergedInto: ticketLink.nullable(),
  merged: z.array(ticketLink).describe("Tickets merged into this one"),
  contact: z
    .object({
      id: z.string(),
      kind: z.enum(CONTACT_KINDS),
      address: z.string(),
      displayName: z.string().nullable(),
      userId: z.string().nullable().describe("The customer the contact is linked to; null when not known"),
    })
    .nullable()
    .describe(
      "Who wrote from outside the app (email, phone, Messenger, X); null for tickets opened in the app",
    ),
});

export const messageText = z
  .string()
  .max(5000)
  .refine((v) => !CONTROL_EXCEPT_LINES.test(v), "no control characters other than line breaks and tabs")
  .refine((v) => v.trim().length > 0, "write something");

export const tagList = z.array(plainText(40).pipe(z.string().min(1))).max(20);

export const patchBody = z.object({
  status: z.enum(["open", "pending", "on_hold", "solved", "closed"]).optional(),
  priority: z.enum(TICKET_PRIORITIES).optional(),
  category: z.enum(TICKET_CATEGORIES).optional(),
  tags: tagList.optional().describe("The whole list (replaces the tags)"),
  assigneeId: z
    .string()
    .min(1)
    .max(64)
    .nullable()
    .optional()
    .describe("null takes the ticket off its assignee"),
  groupKey: z.string().trim().min(1).max(40).optional(),
});

export const replyBody = z.object({
  body: messageText,
  internal: z
    .boolean()
    .optional()
    .describe("An internal note: only staff see it; the customer is not emailed"),
  attachmentIds: z.array(z.string().min(1).max(64)).max(5).optional(),
  status: z
    .enum(["open", "pending", "on_hold", "solved"])
    .optional()
    .describe("After the reply; default pending for a public reply to a new or open ticket, else unchanged"),
  macroId: z.string().min(1).max(64).optional(),
  channel: z
    .enum(MESSAGE_CHANNELS)
    .optional()
    .describe(
      "The way back: email, messenger, x, chat or web; default the channel of the customer's latest message",
    ),
});

export const mergeBody = z.object({ intoTicketId: z.string().min(1).max(64) });

export const linkBody = z.object({ transactionIds: z.array(z.string().min(1).max(64)).min(1).max(10) });

export const countsView = z.object({
  unassigned: z.number(),
  mine: z.number(),
  open: z.number(),
  dueSoon: z.number(),
  breached: z.number(),
  pending: z.number(),
  onHold: z.number(),
});

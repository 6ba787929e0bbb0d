import { z } from "zod";
import { plainText } from "../../../platform/http/schemas.js";
import { serviceClosureSchema } from "../../status/closure.js";
import { clientIdSchema } from "../channels/chat/frames.js";
import { CHAT_LIMITS } from "../channels/chat/limits.js";
import { multilineText } from "./customer-schemas.js";

/** Schema pieces of the live chat routes (customers, guests, agents, the socket). */

export const chatTags = ["Support chat"];
/** Signed in (bearer or cookie) or a guest's chat token. */
export const chatSecurity: { [name: string]: string[] }[] = [{ bearerAuth: [] }, {}];

export const CHAT_TOKEN_HEADER = "x-chat-token";
export const chatTokenHeaders = z.object({
  [CHAT_TOKEN_HEADER]: z
    .string()
    .max(200)
    .optional()
    .describe("Guests: the token POST /chat/sessions answered (instead of signing in)"),
});

export const chatParams = z.object({ id: z.string().min(1).max(64) });

const bilingual = z.object({ en: z.string(), "zh-CN": z.string() });

export const chatState = z
  .enum(["waiting", "active", "ended", "offline"])
  .describe(
    "waiting for an agent, with one, over; offline: nobody was online, an ordinary ticket answered by email",
  );

export const chatViewSchema = z.object({
  chatId: z.string(),
  number: z.string().describe('The ticket number, shown as "#100001"'),
  state: chatState,
  queuePosition: z.number().int().nullable().describe("1 = next to be taken; null unless waiting"),
  agentsOnline: z.number().int().describe("Agents of the chat's group online now"),
  agentName: z.string().nullable().describe("The agent answering (active chats)"),
  expectedReply: bilingual
    .optional()
    .describe('Offline chats: when the answer comes by email ("within 1 working day")'),
});

export const startChatBody = z.object({
  name: plainText(100)
    .pipe(z.string().min(1))
    .optional()
    .describe("Guests (required then): how to address you"),
  email: plainText(254)
    .pipe(z.email())
    .optional()
    .describe("Guests (required then): where answers and the transcript go"),
  message: multilineText(1, CHAT_LIMITS.maxBodyChars).optional().describe("The first message"),
  language: z
    .enum(["en", "zh-CN"])
    .optional()
    .describe("Guests: the language of emails (signed in: the account's)"),
  clientId: clientIdSchema
    .optional()
    .describe("The first message's client id (a retried start stores it once)"),
});

export const startedChatSchema = chatViewSchema.extend({
  token: z
    .string()
    .optional()
    .describe("Guests only: the chat token (keep it in sessionStorage; send it as X-Chat-Token)"),
});

export const availabilitySchema = z.object({
  enabled: z.boolean().describe("Live chat is turned on"),
  agentsOnline: z.number().int(),
  expectedReply: bilingual.describe("When an answer comes by email if nobody is online"),
  unavailable: serviceClosureSchema.describe(
    "Live chat is closed by the status page (maintenance until `until`, or a major outage): no new chat " +
      "starts (503 maintenance / provider_unavailable); the contact form still works. Null while chat is open.",
  ),
});

export const transcriptSchema = z.object({
  sentTo: z.string().describe('The address it went to, masked ("a***@example.com")'),
});

const lastMessage = z
  .object({ seq: z.number().int(), authorType: z.string(), body: z.string(), createdAt: z.string() })
  .nullable();

export const agentChatRow = z.object({
  chatId: z.string(),
  number: z.string(),
  state: chatState,
  subject: z.string(),
  customerName: z.string().nullable(),
  customerEmail: z.string(),
  userId: z
    .string()
    .nullable()
    .describe("The customer's account (null for guests): open the customer panel with it"),
  groupKey: z.string(),
  language: z.enum(["en", "zh-CN"]),
  assigneeId: z.string().nullable(),
  createdAt: z.string(),
  waitSeconds: z.number().int().describe("Since the chat started"),
  queuePosition: z.number().int().nullable().describe("Place in its group's queue (waiting chats)"),
  unread: z.number().int().describe("Customer messages no agent has read yet"),
  lastMessage,
});

export const agentChatsSchema = z.object({
  waiting: z.array(agentChatRow).describe("Oldest first"),
  mine: z.array(agentChatRow).describe("Active chats assigned to you"),
  agentsOnline: z.number().int(),
});

export const socketQuery = z.object({
  chatId: z.string().min(1).max(64).optional().describe("Customers: the chat to follow"),
  after: z
    .string()
    .regex(/^\d{1,15}$/)
    .optional()
    .describe("Customers: the last seq received; what came after is sent first, in order"),
  token: z
    .string()
    .max(200)
    .optional()
    .describe("Guests: the chat token (browsers cannot send headers on a WebSocket)"),
});

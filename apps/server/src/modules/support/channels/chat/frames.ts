import { z } from "zod";
import type { ErrorCode } from "../../../../platform/errors/catalog.js";
import { buildProblem } from "../../../../platform/errors/problem.js";
import type { Locale, MessageParam } from "../../../../platform/i18n.js";
import { CONTROL_EXCEPT_LINES } from "../../http/shared-schemas.js";
import type { ChatSide } from "../../live/index.js";
import { CHAT_LIMITS } from "./limits.js";
import type { ChatMessageFrame } from "./messages.js";
import type { ChatStateView, ChatView } from "./state.js";

/**
 * The WebSocket's JSON text frames (the protocol web clients share, docs/channels/live-chat.md).
 * Client frames are checked here; anything else is answered with an error frame.
 */

export const clientIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/)
  .describe(
    "The client's own id for a message (letters, digits, _ and -; at most 64): a resend is stored once",
  );
const chatIdSchema = z.string().min(1).max(64);
/** A message's position; numbers in JSON, digits in a query string. */
export const seqSchema = z
  .union([z.number().int().min(0).max(Number.MAX_SAFE_INTEGER), z.string().regex(/^\d{1,15}$/)])
  .transform((value) => BigInt(value));

export const clientFrameSchema = z.discriminatedUnion("type", [
  z.object({
    type: z.literal("message"),
    clientId: clientIdSchema,
    // Checked again after trimming; a bigger frame is closed by the size limit anyway.
    body: z.string().max(CHAT_LIMITS.maxPayloadBytes),
    attachmentIds: z.array(z.string().min(1).max(64)).max(5).optional(),
    chatId: chatIdSchema.optional(),
  }),
  z.object({ type: z.literal("typing"), chatId: chatIdSchema.optional() }),
  z.object({ type: z.literal("read"), seq: seqSchema, chatId: chatIdSchema.optional() }),
  z.object({ type: z.literal("join"), chatId: chatIdSchema, after: seqSchema.optional() }),
  z.object({ type: z.literal("leave"), chatId: chatIdSchema }),
  z.object({ type: z.literal("ping") }),
]);
export type ClientFrame = z.infer<typeof clientFrameSchema>;

type ExpectedReply = NonNullable<ChatView["expectedReply"]>;

export type ServerFrame =
  | {
      type: "hello";
      chatId: string;
      state: ChatStateView;
      queuePosition: number | null;
      agentsOnline: number;
      agentName: string | null;
      /** The last seq the server holds for the chat when the socket joined. */
      lastSeq: number;
      /** Offline chats: when to expect the answer by email. */
      expectedReply?: ExpectedReply;
    }
  | {
      type: "state";
      chatId: string;
      state: ChatStateView;
      queuePosition: number | null;
      agentName: string | null;
      agentsOnline: number;
      /** Offline chats (nobody came to a waiting one): when to expect the answer by email. */
      expectedReply?: ExpectedReply;
    }
  | ChatMessageFrame
  | { type: "ack"; clientId: string; id: string; seq: number; chatId: string }
  | { type: "typing"; chatId: string; authorType: ChatSide }
  | { type: "read" | "delivered"; chatId: string; seq: number; by: ChatSide }
  | { type: "error"; code: ErrorCode; message: string; clientId?: string; chatId?: string }
  | { type: "pong" };

export function errorFrame(
  code: ErrorCode,
  locale: Locale,
  extra: {
    params?: Record<string, MessageParam>;
    clientId?: string | undefined;
    chatId?: string | undefined;
  } = {},
): ServerFrame {
  const problem = buildProblem(code, locale, extra.params ? { params: extra.params } : {});
  return {
    type: "error",
    code,
    message: problem.detail,
    ...(extra.clientId ? { clientId: extra.clientId } : {}),
    ...(extra.chatId ? { chatId: extra.chatId } : {}),
  };
}

/** A message's text as stored: line breaks normalised, trimmed; undefined when it is not acceptable. */
export function cleanBody(body: string): string | undefined {
  const text = body.replace(/\r\n?/g, "\n").trim();
  if (text.length > CHAT_LIMITS.maxBodyChars || CONTROL_EXCEPT_LINES.test(text)) return undefined;
  return text;
}

/** Close codes (besides 1000 and the protocol's own 1009 "too big"). */
export const CLOSE = {
  goingAway: 1001,
  policy: 1008,
  badRequest: 4400,
  unauthenticated: 4401,
  forbidden: 4403,
  notFound: 4404,
  idle: 4408,
  slowReader: 4429,
} as const;

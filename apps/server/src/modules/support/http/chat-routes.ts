import type { FastifyInstance, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod, ZodTypeProvider } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { authOf, claimsSession } from "../../accounts/index.js";
import { serviceClosure } from "../../status/closure.js";
import { acceptsMessages, type ChatCustomer, ownChat, ticketCallerOf } from "../channels/chat/access.js";
import { currentChat, endChatByCustomer, startChat } from "../channels/chat/sessions.js";
import { agentsOnline, chatGroup, expectedReply } from "../channels/chat/state.js";
import { chatOfToken } from "../channels/chat/tokens.js";
import { sendTranscript } from "../channels/chat/transcript.js";
import type { SupportDeps } from "../deps.js";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  openAttachment,
  uploadAttachment,
} from "../tickets/attachments.js";
import { acceptImageBytes, sendImage } from "./attachment-http.js";
import { chatAgentRoutes } from "./chat-agent-routes.js";
import {
  availabilitySchema,
  CHAT_TOKEN_HEADER,
  chatParams,
  chatSecurity,
  chatTokenHeaders,
  chatViewSchema,
  startChatBody,
  startedChatSchema,
  chatTags as tags,
  transcriptSchema,
} from "./chat-schemas.js";
import { chatSocketRoutes } from "./chat-socket-routes.js";
import { attachmentSchema, perCallerLimit } from "./customer-schemas.js";

const SESSIONS_PER_HOUR = { user: 30, guest: 10 };
const UPLOADS_PER_HOUR = { user: 60, guest: 30 };

/**
 * The customer on a chat route: a guest by the X-Chat-Token header (which names one chat),
 * otherwise the signed-in user. A token that opens nothing is chat_not_found.
 */
export async function chatCustomer(
  app: Pick<FastifyInstance, "requireUser">,
  deps: SupportDeps,
  request: FastifyRequest,
): Promise<ChatCustomer> {
  const header = request.headers[CHAT_TOKEN_HEADER];
  if (typeof header === "string" && header.length > 0) {
    const ticketId = await chatOfToken(deps.platform.db, header, deps.platform.clock.now());
    if (!ticketId) throw new DomainError("chat_not_found");
    return { kind: "guest", ticketId };
  }
  await app.requireUser(request);
  return { kind: "user", userId: authOf(request).userId };
}

/**
 * Live chat: customers and guests start a chat, find it again, end it, have the transcript
 * emailed, attach images; agents see the queue and take chats (chat-agent-routes.ts); both
 * talk over the WebSocket (chat-socket-routes.ts).
 */
export const chatRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  const { db } = deps.platform;

  app.get(
    "/api/v1/chat/availability",
    {
      schema: {
        tags,
        summary: "Whether an agent is online to chat now, and when an answer comes otherwise",
        description: "Public: the widget shows a chat or a leave-a-message form before anyone types.",
        response: { 200: availabilitySchema },
      },
    },
    async () => ({
      enabled: await deps.channels.enabled("chat"),
      agentsOnline: await agentsOnline(deps, db, await chatGroup(deps, db)),
      // Chats open with normal priority (category "other").
      expectedReply: await expectedReply(deps, db, { priority: "normal" }),
      unavailable: await serviceClosure(deps.gate, "live_chat", deps.platform.config.publicUrl),
    }),
  );

  app.post(
    "/api/v1/chat/sessions",
    {
      config: { rateLimit: perCallerLimit(app, "chat-session", SESSIONS_PER_HOUR, "1 hour") },
      schema: {
        tags,
        security: chatSecurity,
        summary: "Start a chat (signed in, or a guest with name and email)",
        description:
          "With an agent of the chat's group online the chat is `waiting` (with its queuePosition) until an agent " +
          "takes it; with nobody online it is `offline`: an ordinary chat ticket, answered by email, and " +
          "`expectedReply` says when (the customer is also emailed the ticket number). Guests must give name and " +
          "email (400 validation_failed otherwise) and get a `token` for X-Chat-Token and the socket's ?token=. A " +
          "signed-in customer with a chat still open gets that one back (200), with the message added to it. " +
          "503 channel_disabled when chat is turned off.",
        body: startChatBody,
        response: { 200: chatViewSchema, 201: startedChatSchema },
      },
    },
    async (request, reply) => {
      const { name, email, message, language, clientId } = request.body;
      // Not identifyCaller: a cookie write without its CSRF token must be told so, not taken for a guest.
      if (claimsSession(request)) await app.requireUser(request);
      const auth = request.auth;
      let starter: Parameters<typeof startChat>[1]["starter"];
      if (auth && auth.role === "customer") starter = { kind: "user", userId: auth.userId };
      else {
        // Guests, and staff trying the widget: who they are is what they type.
        const missing = [...(name ? [] : ["name"]), ...(email ? [] : ["email"])];
        if (!name || !email)
          throw new DomainError(
            "validation_failed",
            {},
            missing.map((field) => ({
              in: "body",
              path: `/${field}`,
              code: "required",
              message: "Required",
            })),
          );
        starter = { kind: "guest", name, email };
      }
      const started = await startChat(deps, {
        starter,
        message,
        language: language ?? request.locale,
        clientId,
      });
      if (!started.created) return reply.status(200).send(started.view);
      return reply.status(201).send({ ...started.view, ...(started.token ? { token: started.token } : {}) });
    },
  );

  app.get(
    "/api/v1/chat/sessions/current",
    {
      schema: {
        tags,
        security: chatSecurity,
        summary: "Your chat that is waiting or going on (after a page reload)",
        description: "404 chat_not_found when there is none (ended and offline chats are tickets now).",
        headers: chatTokenHeaders,
        response: { 200: chatViewSchema },
      },
    },
    async (request) => currentChat(deps, await chatCustomer(app, deps, request)),
  );

  app.post(
    "/api/v1/chat/sessions/:id/end",
    {
      schema: {
        tags,
        security: chatSecurity,
        summary: "End your chat",
        description:
          "The agent and the console hear it at once; what was said stays on the ticket, and later answers come " +
          "by email. Ending again changes nothing. 404 chat_not_found for a chat that is not yours.",
        params: chatParams,
        headers: chatTokenHeaders,
        response: { 200: chatViewSchema },
      },
    },
    async (request) => endChatByCustomer(deps, await chatCustomer(app, deps, request), request.params.id),
  );

  app.post(
    "/api/v1/chat/sessions/:id/transcript",
    {
      schema: {
        tags,
        security: chatSecurity,
        summary: "Email the chat's transcript to you",
        description:
          "To the account's email (signed in) or the address the guest gave; at most 3 times per chat (429 " +
          "chat_transcript_limit). Guests: only once an agent answered in the chat (409 " +
          "chat_transcript_unavailable), at most 3 a day to one address across chats (429 " +
          "chat_transcript_daily_limit); the latest 200 chat messages.",
        params: chatParams,
        headers: chatTokenHeaders,
        response: { 202: transcriptSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await sendTranscript(deps, await chatCustomer(app, deps, request), request.params.id)),
  );

  app.get(
    "/api/v1/chat/sessions/:id/attachments/:attachmentId",
    {
      schema: {
        tags,
        security: chatSecurity,
        summary: "An image of the chat (guests: with X-Chat-Token)",
        params: chatParams.extend({ attachmentId: z.string().min(1).max(64) }),
        headers: chatTokenHeaders,
        produces: [...ATTACHMENT_TYPES],
        response: { 200: z.unknown().describe("The image's bytes, with its content type") },
      },
    },
    async (request, reply) => {
      const customer = await chatCustomer(app, deps, request);
      const ticket = await ownChat(db, customer, request.params.id);
      const { attachment, bytes } = await openAttachment(
        deps,
        ticketCallerOf(customer, ticket),
        request.params.attachmentId,
      );
      return sendImage(reply, attachment, bytes);
    },
  );

  await app.register(async (scope) => {
    const uploads = scope.withTypeProvider<ZodTypeProvider>();
    acceptImageBytes(uploads);
    uploads.post(
      "/api/v1/chat/sessions/:id/attachments",
      {
        bodyLimit: ATTACHMENT_MAX_BYTES,
        config: { rateLimit: perCallerLimit(uploads, "chat-upload", UPLOADS_PER_HOUR, "1 hour") },
        schema: {
          tags,
          security: chatSecurity,
          summary: "Upload an image to send in the chat (the image itself as the body)",
          description:
            "As ticket attachments: PNG, JPEG, GIF or WebP by their first bytes (else 422 ticket_attachment_invalid), " +
            "at most 5 MB (413), the name in X-Filename. Then send a message frame with its id in attachmentIds " +
            "(at most 5 a message). 404 chat_not_found for a chat that is not yours or is over.",
          consumes: [...ATTACHMENT_TYPES],
          params: chatParams,
          headers: chatTokenHeaders.extend({
            "x-filename": z.string().max(512).optional().describe("The file's name, shown to the agent"),
          }),
          body: z.unknown().describe("The image's bytes"),
          response: { 201: attachmentSchema },
        },
      },
      async (request, reply) => {
        const customer = await chatCustomer(uploads, deps, request);
        const ticket = await ownChat(db, customer, request.params.id);
        if (!acceptsMessages(ticket)) throw new DomainError("chat_not_found");
        const declaredType =
          (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
        const attachment = await uploadAttachment(deps, ticketCallerOf(customer, ticket), {
          bytes: Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0),
          declaredType,
          filename:
            typeof request.headers["x-filename"] === "string" ? request.headers["x-filename"] : undefined,
        });
        return reply.status(201).send(attachment);
      },
    );
  });

  await app.register(chatAgentRoutes, { deps });
  await app.register(chatSocketRoutes, { deps });
};

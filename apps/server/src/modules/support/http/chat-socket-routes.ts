import websocket from "@fastify/websocket";
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { sendProblem } from "../../../platform/http/errors-plugin.js";
import { authOf } from "../../accounts/index.js";
import { type ChatCustomer, ownChat } from "../channels/chat/access.js";
import { ChatConnection, type ChatIdentity } from "../channels/chat/connection.js";
import { ChatHub } from "../channels/chat/hub.js";
import { CHAT_LIMITS } from "../channels/chat/limits.js";
import { chatOfToken } from "../channels/chat/tokens.js";
import type { SupportDeps } from "../deps.js";
import { socketQuery, chatTags as tags } from "./chat-schemas.js";

type SocketQuery = z.infer<typeof socketQuery>;

/**
 * Browsers send the session cookie on a WebSocket opened from any site, and the handshake has
 * no CSRF token: a cookie-authenticated socket must come from our own pages (the public URL,
 * the host it was sent to, or a configured CORS origin). Tokens are not sent by browsers on
 * their own, so token and bearer sockets need no such check.
 */
export function originAllowed(
  request: FastifyRequest,
  allowed: { publicUrl: string; corsOrigins: string[] },
): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  if (url.origin === new URL(allowed.publicUrl).origin) return true;
  if (allowed.corsOrigins.includes(url.origin)) return true;
  return url.host === request.headers.host;
}

async function authenticate(
  app: Pick<FastifyInstance, "requireUser" | "requireSupport">,
  deps: SupportDeps,
  request: FastifyRequest,
  query: SocketQuery,
): Promise<ChatIdentity> {
  const { db, clock, config } = deps.platform;
  const after = BigInt(query.after ?? "0");
  if (query.token) {
    const ticketId = await chatOfToken(db, query.token, clock.now());
    if (!ticketId || (query.chatId && query.chatId !== ticketId)) throw new DomainError("chat_not_found");
    return { side: "customer", customer: { kind: "guest", ticketId }, chatId: ticketId, after };
  }
  await app.requireUser(request);
  const auth = authOf(request);
  if (auth.via === "cookie" && !originAllowed(request, config)) throw new DomainError("forbidden");
  if (auth.role === "customer") {
    if (!query.chatId) throw new DomainError("chat_not_found");
    const customer = { kind: "user" as const, userId: auth.userId };
    await ownChat(db, customer, query.chatId);
    return { side: "customer", customer, chatId: query.chatId, after };
  }
  // Staff: the support roles, with the staff two-factor rule, as on every console route.
  await app.requireSupport(request);
  return { side: "agent", auth: { userId: auth.userId, role: auth.role } };
}

/** The chat is still the customer's and still its own (not merged away, not given to another account). */
async function stillOwned(deps: SupportDeps, customer: ChatCustomer, chatId: string): Promise<boolean> {
  const ticket = await ownChat(deps.platform.db, customer, chatId).catch(() => undefined);
  return ticket !== undefined && ticket.merged_into_id === null;
}

/**
 * The credentials still hold (the guest's token lives on, the session was not signed out) and
 * a customer's chat is still theirs: a merged or re-owned chat stops streaming.
 */
async function recheck(
  app: Pick<FastifyInstance, "requireUser">,
  deps: SupportDeps,
  request: FastifyRequest,
  query: SocketQuery,
): Promise<boolean> {
  if (query.token) {
    const ticketId = await chatOfToken(deps.platform.db, query.token, deps.platform.clock.now());
    return ticketId !== undefined && stillOwned(deps, { kind: "guest", ticketId }, ticketId);
  }
  // The session is resolved again (its idle time counts from now: an open chat is activity).
  request.auth = undefined;
  const signedIn = await app.requireUser(request).then(
    () => true,
    () => false,
  );
  if (!signedIn) return false;
  const auth = authOf(request);
  if (auth.role !== "customer") return true;
  return query.chatId !== undefined && stillOwned(deps, { kind: "user", userId: auth.userId }, query.chatId);
}

/**
 * GET /api/v1/chat/socket: the chat's WebSocket (protocol in docs/channels/live-chat.md). The
 * WebSocket server lives in this scope only; frames larger than 16 KB close the socket (1009).
 * Credentials are checked after the upgrade, so a browser learns why from an error frame and
 * the close code (4401, 4403, 4404) instead of a bare failed connection.
 */
export const chatSocketRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  const hub = new ChatHub(deps.live);
  hub.start();
  await app.register(websocket, {
    options: { maxPayload: CHAT_LIMITS.maxPayloadBytes },
    // A client that vanishes mid-frame is ordinary; it is not an error of ours.
    errorHandler: (error, socket, request) => {
      request.log.debug({ err: error }, "chat socket error");
      socket.terminate();
    },
    preClose: (done) => {
      hub.close();
      done();
    },
  });

  app.route({
    method: "GET",
    url: "/api/v1/chat/socket",
    schema: {
      tags,
      security: [{ bearerAuth: [] }, {}],
      summary: "The chat's WebSocket (customers: ?chatId=&after=, guests: &token=; agents: join frames)",
      description:
        "Upgrade to a WebSocket. Customers follow one chat: `?chatId=<id>&after=<last seq>` with the session " +
        "cookie, guests add `&token=<chat token>`. Agents (support roles) connect with their session and send " +
        '`{type:"join", chatId, after}` for each chat. JSON text frames; see docs/channels/live-chat.md. Without ' +
        "an upgrade this answers 400 bad_request.",
      querystring: socketQuery,
      response: { 400: z.unknown().describe("Not a WebSocket upgrade") },
    },
    handler: async (request, reply) => sendProblem(request, reply, "bad_request"),
    wsHandler: (socket, request) => {
      const query = socketQuery.parse(request.query);
      const connection = new ChatConnection(socket, {
        deps,
        hub,
        locale: request.locale,
        log: request.log,
        recheck: () => recheck(app, deps, request, query),
      });
      connection.start(async () => {
        // This node must hear the others while a chat is open here (idempotent).
        await deps.live.start();
        return authenticate(app, deps, request, query);
      });
    },
  });
};

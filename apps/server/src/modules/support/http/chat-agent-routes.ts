import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { authOf } from "../../accounts/index.js";
import { agentChats, endChatByAgent, takeChat } from "../channels/chat/agent.js";
import { chatView } from "../channels/chat/state.js";
import type { SupportDeps } from "../deps.js";
import { agentChatsSchema, chatParams, chatViewSchema, chatTags as tags } from "./chat-schemas.js";

const security = [{ bearerAuth: [] }];

/** The agents' chat queue: waiting chats and their own, taking and ending chats. */
export const chatAgentRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  const { db } = deps.platform;

  app.get(
    "/api/v1/agent/chats",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: chats waiting for an agent, your own chats, and how many agents are online",
        description:
          "Waiting chats oldest first, with their place in their group's queue and how long they have waited; " +
          "`mine`: your active chats (several at once). Changes arrive as live events (chat.state, message.created) " +
          "on /agent/events and on the chat socket.",
        response: { 200: agentChatsSchema },
      },
    },
    async (request) => agentChats(deps, authOf(request)),
  );

  app.post(
    "/api/v1/agent/chats/:id/take",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: take a waiting chat",
        description:
          "Assigns the chat's ticket to you and makes it active; the customer reads \"<your name> joined the " +
          'chat". Taking your own chat again changes nothing; 409 chat_already_taken when another agent took it; ' +
          "404 chat_not_found for an ended chat or none. Audited as chat.taken.",
        params: chatParams,
        response: { 200: chatViewSchema },
      },
    },
    async (request) => chatView(deps, db, await takeChat(deps, authOf(request), request.params.id)),
  );

  app.post(
    "/api/v1/agent/chats/:id/end",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: end a chat",
        description:
          "The customer is told the chat has ended; the ticket stays as it is (solve it as usual). Later replies " +
          "go by email. Audited as chat.ended.",
        params: chatParams,
        response: { 200: chatViewSchema },
      },
    },
    async (request) => chatView(deps, db, await endChatByAgent(deps, authOf(request), request.params.id)),
  );
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import {
  EVENT_STREAM_DEFAULTS,
  type EventStream,
  openEventStream,
  type StreamEvent,
} from "../../../platform/http/event-stream.js";
import type { Locale } from "../../../platform/i18n.js";
import { authOf } from "../../accounts/index.js";
import type { NotificationsDeps } from "../deps.js";
import {
  getNotification,
  listNotifications,
  presentNotification,
  readNotifications,
  unreadCount,
} from "../inbox.js";
import type { LivePush } from "../live.js";
import {
  listQuery,
  notificationPageSchema,
  notificationParams,
  notificationSchema,
  readBody,
  security,
  streamLang,
  streamQuery,
  tags,
  unreadSchema,
} from "./schemas.js";

/** Open streams one user may hold on one node (tabs, devices); a newer one ends the oldest. */
const MAX_STREAMS_PER_USER = 5;
const STREAM_PATH = "/api/v1/notifications/stream";

function toStreamEvent(push: LivePush, locale: Locale): StreamEvent {
  if (push.type === "unread") return { event: "unread", data: { unread: push.unread } };
  const { readAt: _unread, ...notification } = presentNotification(push.notification, locale);
  return { event: "notification", data: { ...notification, unread: push.unread } };
}

/** The signed-in user's notifications: the list, the unread count, marking read, and the live stream. */
export const notificationRoutes: FastifyPluginAsyncZod<{ deps: NotificationsDeps }> = async (
  app,
  { deps },
) => {
  // EventSource sends no Accept-Language: the stream's `lang` is the language of everything it
  // answers, a refusal (401) included, so it is read before the session is.
  app.addHook("onRequest", async (request) => {
    if (request.routeOptions.url !== STREAM_PATH) return;
    const lang = streamLang.safeParse((request.query as { lang?: unknown }).lang);
    if (lang.success) request.locale = lang.data;
  });
  app.addHook("onRequest", app.requireUser);

  const streams = new Map<string, Set<EventStream>>();
  // Open streams never end by themselves: closing the server ends them (or it would wait forever).
  app.addHook("preClose", async () => {
    for (const open of [...streams.values()]) for (const stream of [...open]) stream.close();
  });

  app.get(
    "/api/v1/notifications",
    {
      schema: {
        tags,
        security,
        summary: "The caller's notifications, newest first, with the unread count",
        description:
          "Titles and bodies in the caller's language. 400 validation_failed for a cursor that is not a nextCursor.",
        querystring: listQuery,
        response: { 200: notificationPageSchema },
      },
    },
    async (request) =>
      listNotifications(deps, authOf(request).userId, {
        limit: request.query.limit,
        cursor: request.query.cursor,
        unreadOnly: request.query.unread,
        locale: request.locale,
      }),
  );

  app.get(
    "/api/v1/notifications/unread-count",
    {
      schema: {
        tags,
        security,
        summary:
          "How many of the caller's notifications are unread (the bell's poll while its stream is down)",
        response: { 200: unreadSchema },
      },
    },
    async (request) => ({ unread: await unreadCount(deps, authOf(request).userId) }),
  );

  app.post(
    "/api/v1/notifications/read",
    {
      schema: {
        tags,
        security,
        summary: "Mark notifications read: these ids, or all of them",
        description:
          "Body `{ ids: [...] }` or `{ all: true }`; answers the unread count after. An id that is not one of " +
          "the caller's notifications: 404 notification_not_found, and nothing changes. The caller's other " +
          "open streams hear `event: unread`.",
        body: readBody,
        response: { 200: unreadSchema },
      },
    },
    async (request) => {
      const { ids } = request.body;
      return readNotifications(deps, authOf(request).userId, ids ? { ids } : { all: true });
    },
  );

  app.get(
    STREAM_PATH,
    {
      schema: {
        tags,
        security,
        summary: "The caller's notifications as they arrive (server-sent events)",
        description:
          "A text/event-stream for EventSource (the session cookie is enough: it is a GET). `event: notification` " +
          "with data `{ id, kind, title, body, link, createdAt, unread }` (in the caller's language; unread is " +
          "the count after it), and `event: unread` with data `{ unread }` when notifications were read on " +
          "another device. A `: ping` comment comes every 25 s; the stream ends after 10 minutes and the " +
          "browser reconnects after `retry` (3 s); nothing is replayed after a reconnection (fetch the list). " +
          "At most 5 streams per user and server: a newer one ends the oldest. The session is checked again " +
          "at every ping: signed out, revoked or expired, the stream ends within 25 s (and the reconnection " +
          "is refused). The language is `lang` (EventSource sends no Accept-Language), else Accept-Language; " +
          "400 validation_failed for a `lang` other than en or zh-CN.",
        querystring: streamQuery,
      },
    },
    async (request, reply) => {
      const { userId, session } = authOf(request);
      const locale = request.query.lang ?? request.locale;
      // The session is looked up again as on a new request (revoked, expired, user deactivated:
      // refused); the stream belongs to that session only.
      const recheck = async () => {
        request.auth = undefined;
        await app.requireUser(request);
        return authOf(request).session.id === session.id;
      };
      // This node must hear the others for as long as someone listens (idempotent).
      await deps.live.start();
      reply.hijack();
      const stream = openEventStream(
        request.raw,
        reply.raw,
        (send) => deps.live.listen(userId, (push) => send(toStreamEvent(push, locale))),
        reply.getHeaders(),
        { ...EVENT_STREAM_DEFAULTS, recheck },
      );
      let open = streams.get(userId);
      if (!open) {
        open = new Set();
        streams.set(userId, open);
      }
      const mine = open;
      mine.add(stream);
      stream.onClose(() => {
        mine.delete(stream);
        if (mine.size === 0 && streams.get(userId) === mine) streams.delete(userId);
      });
      // Sets keep insertion order: the first is the oldest.
      for (const oldest of mine) {
        if (mine.size <= MAX_STREAMS_PER_USER) break;
        oldest.close();
      }
    },
  );

  app.get(
    "/api/v1/notifications/:id",
    {
      schema: {
        tags,
        security,
        summary: "One of the caller's notifications",
        description: "404 notification_not_found for an id that is not one of the caller's notifications.",
        params: notificationParams,
        response: { 200: notificationSchema },
      },
    },
    async (request) => getNotification(deps, authOf(request).userId, request.params.id, request.locale),
  );
};

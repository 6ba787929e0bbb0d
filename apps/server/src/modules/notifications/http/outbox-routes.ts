import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Platform } from "../../../platform/platform.js";
import { accountHolder, authOf } from "../../accounts/index.js";
import type { Actor, AuditService } from "../../audit/index.js";
import { listDeadLetters, resolveDeadLetter } from "../../messaging/dead-letters.js";
import {
  deadLetterPage,
  deadLetterView,
  outboxListQuery,
  outboxParams,
  security,
  outboxTags as tags,
} from "./outbox-schemas.js";

/**
 * The outbox's dead letters (admins only): side effects that failed their last attempt, to
 * send again or let go. Every retry and discard is audited. A row shows its topic, attempts
 * and last error, and for an email or SMS its channel, masked recipient and subject; never the
 * body (an email's text may hold a password-reset link).
 */
export const outboxRoutes: FastifyPluginAsyncZod<{ platform: Platform; audit: AuditService }> = async (
  app,
  { platform, audit },
) => {
  app.addHook("onRequest", app.requireAdmin);
  const actorOf = async (request: Parameters<typeof authOf>[0]): Promise<Actor> => {
    const { userId } = authOf(request);
    const holder = await accountHolder(platform.db, userId);
    return { id: userId, label: holder?.email ?? userId };
  };

  app.get(
    "/api/v1/admin/outbox",
    {
      schema: {
        tags,
        security,
        summary: "Admin: outbox rows that failed for good (dead) or were let go (discarded), newest first",
        description:
          "With counts of rows waiting (pending) and dead. 400 validation_failed for a cursor that is not a nextCursor.",
        querystring: outboxListQuery,
        response: { 200: deadLetterPage },
      },
    },
    async (request) => listDeadLetters(platform, request.query),
  );

  app.post(
    "/api/v1/admin/outbox/:id/retry",
    {
      schema: {
        tags,
        security,
        summary: "Admin: send a dead row again now, its attempts counted from zero",
        description:
          "Audited as outbox.retried. 404 outbox_message_not_found when the row is not dead (never was, or already " +
          "retried or discarded).",
        params: outboxParams,
        response: { 200: deadLetterView },
      },
    },
    async (request) =>
      resolveDeadLetter({ platform, audit }, await actorOf(request), request.params.id, "retried"),
  );

  app.post(
    "/api/v1/admin/outbox/:id/discard",
    {
      schema: {
        tags,
        security,
        summary: "Admin: let a dead row go: kept for the record, never tried again",
        description: "Audited as outbox.discarded. 404 outbox_message_not_found when the row is not dead.",
        params: outboxParams,
        response: { 200: deadLetterView },
      },
    },
    async (request) =>
      resolveDeadLetter({ platform, audit }, await actorOf(request), request.params.id, "discarded"),
  );
};

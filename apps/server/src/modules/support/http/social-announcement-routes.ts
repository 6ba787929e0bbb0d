import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  listAnnouncements,
  presentAnnouncement,
  queueAnnouncement,
} from "../channels/social/announcements.js";
import { ANNOUNCEMENT_MAX, X_POST_WEIGHT_MAX } from "../channels/social/text.js";
import type { SupportDeps } from "../deps.js";
import { security, staffActor, adminTags as tags } from "./settings-schemas.js";
import { CONTROL_EXCEPT_LINES } from "./shared-schemas.js";

const announcement = z.object({
  id: z.string(),
  channel: z.enum(["messenger", "x"]),
  body: z.string(),
  status: z
    .enum(["queued", "sent", "failed"])
    .describe("failed: the last attempt failed (see error); the outbox keeps retrying with backoff"),
  externalId: z.string().nullable().describe("The post's id on the network once sent"),
  error: z.string().nullable(),
  createdBy: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});

const announcementBody = z.object({
  channels: z
    .array(z.enum(["messenger", "x"]))
    .min(1)
    .max(2)
    .describe("Where to post: the Facebook Page's feed, the X account, or both"),
  body: z
    .string()
    .trim()
    .min(1)
    .max(ANNOUNCEMENT_MAX)
    .refine((v) => !CONTROL_EXCEPT_LINES.test(v), "no control characters other than line breaks and tabs")
    .describe(`The text, as posted; on X at most ${X_POST_WEIGHT_MAX} (weighted: CJK counts 2, a link 23)`),
});

/**
 * Supervisors and admins post public announcements (maintenance, incidents, policy changes)
 * to the support desk's social accounts, and see how each post went.
 */
export const socialAnnouncementRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (
  app,
  { deps },
) => {
  app.post(
    "/api/v1/admin/support/announcements",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Supervisor: queue a public announcement to Messenger (Page feed) and/or X",
        description:
          "One post per channel, delivered after commit by the outbox through the channel's adapter and retried " +
          `on failure. A text X would refuse (over ${X_POST_WEIGHT_MAX} weighted characters) is 422 ` +
          "announcement_too_long before anything is queued. Audited as announcement.queued.",
        body: announcementBody,
        response: { 201: z.object({ announcements: z.array(announcement) }) },
      },
    },
    async (request, reply) => {
      const actor = await staffActor(deps, request);
      const rows = await deps.platform.db.transaction().execute(async (trx) => {
        const rows = await queueAnnouncement(deps, trx, {
          channels: request.body.channels,
          body: request.body.body,
          createdBy: actor.id,
        });
        for (const row of rows)
          await deps.audit.record(
            trx,
            actor,
            "announcement.queued",
            { type: "social_post", id: row.id },
            { channel: row.channel, length: row.body.length },
          );
        return rows;
      });
      return reply.status(201).send({ announcements: rows.map(presentAnnouncement) });
    },
  );

  app.get(
    "/api/v1/admin/support/announcements",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Supervisor: announcements, latest first, with whether each was posted",
        querystring: z.object({
          limit: z.coerce.number().int().min(1).max(200).default(50),
          before: z
            .string()
            .max(64)
            .optional()
            .describe("An announcement's id: only older ones (the next page)"),
        }),
        response: { 200: z.object({ announcements: z.array(announcement) }) },
      },
    },
    async (request) => {
      const rows = await listAnnouncements(deps.platform.db, request.query);
      return { announcements: rows.map(presentAnnouncement) };
    },
  );
};

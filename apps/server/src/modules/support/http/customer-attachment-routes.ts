import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { SupportDeps } from "../deps.js";
import {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_TYPES,
  ATTACHMENTS_PER_MESSAGE,
  openAttachment,
  uploadAttachment,
} from "../tickets/attachments.js";
import { acceptImageBytes, sendImage } from "./attachment-http.js";
import { attachmentViewer, ticketCaller } from "./customer-callers.js";
import {
  accessHeaders,
  attachmentSchema,
  idParams,
  optionalAuth,
  perCallerLimit,
  tags,
} from "./customer-schemas.js";

/** Uploads an hour per caller. */
const UPLOADS_PER_HOUR = { user: 60, guest: 30 };

/**
 * Screenshots for tickets: the image itself is the body (only this scope reads raw bytes, up
 * to 5 MB; the rest of the API keeps its JSON parser), then named by id in a message.
 */
export const customerAttachmentRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (
  app,
  { deps },
) => {
  app.get(
    "/api/v1/tickets/attachments/:id",
    {
      schema: {
        tags,
        security: optionalAuth,
        summary: "An attachment's image (its uploader, the ticket's requester, or staff)",
        description:
          "Served inline with nosniff and a sandboxing Content-Security-Policy; anyone else gets 404 " +
          "ticket_attachment_not_found (an image on an internal note is staff's only).",
        params: idParams,
        headers: accessHeaders,
        produces: [...ATTACHMENT_TYPES],
        response: { 200: z.unknown().describe("The image's bytes, with its content type") },
      },
    },
    async (request, reply) => {
      const viewer = await attachmentViewer(app, deps, request);
      const { attachment, bytes } = await openAttachment(deps, viewer, request.params.id);
      return sendImage(reply, attachment, bytes);
    },
  );

  await app.register(async (uploads) => {
    acceptImageBytes(uploads);
    uploads.post(
      "/api/v1/tickets/attachments",
      {
        bodyLimit: ATTACHMENT_MAX_BYTES,
        config: { rateLimit: perCallerLimit(uploads, "support-upload", UPLOADS_PER_HOUR, "1 hour") },
        schema: {
          tags,
          security: optionalAuth,
          summary: "Upload a screenshot (the image itself as the body) to attach to a ticket or reply",
          description:
            "Content-Type image/png, image/jpeg, image/gif or image/webp, and the bytes must be one of those images " +
            "(checked by their first bytes: anything else is 422 ticket_attachment_invalid); more than 5 MB is 413 " +
            `payload_too_large. Send the file name in X-Filename (percent-encoded if not ASCII). At most ` +
            `${ATTACHMENTS_PER_MESSAGE} per message. Signed in, or a guest's X-Ticket-Access; only the uploader can ` +
            "use it, and one that no message uses within 24 hours is deleted.",
          consumes: [...ATTACHMENT_TYPES],
          headers: accessHeaders.extend({
            "x-filename": z.string().max(512).optional().describe("The file's name, shown to the agent"),
          }),
          body: z.unknown().describe("The image's bytes"),
          response: { 201: attachmentSchema },
        },
      },
      async (request, reply) => {
        const caller = await ticketCaller(uploads, deps, request);
        const declaredType =
          (request.headers["content-type"] ?? "").split(";")[0]?.trim().toLowerCase() ?? "";
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const attachment = await uploadAttachment(deps, caller, {
          bytes,
          declaredType,
          filename:
            typeof request.headers["x-filename"] === "string" ? request.headers["x-filename"] : undefined,
        });
        return reply.status(201).send(attachment);
      },
    );
  });
};

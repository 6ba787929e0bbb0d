import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { HELP_IMAGE_MAX_BYTES, HELP_IMAGE_TYPES } from "../editing/index.js";
import type { HelpModule } from "../index.js";
import { langPath, markdownText, security, staffActor } from "./admin-schemas.js";
import { staffTags as tags } from "./public-schemas.js";

/** The editor's helpers: live preview, the list of facts, image upload. */
export const adminHelpEditorRoutes: FastifyPluginAsyncZod<{ help: HelpModule }> = async (app, { help }) => {
  const { content } = help;

  app.post(
    "/api/v1/admin/help/preview",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: render markdown as customers will see it (facts filled, HTML sanitized)",
        description:
          "unknownFacts lists the {{names}} that are not facts (left as written). droppedImages lists image " +
          "addresses left out: only images uploaded to the help center (/api/v1/help/images/…) are shown.",
        body: z.object({ body: markdownText(0, 100_000), lang: langPath }),
        response: {
          200: z.object({
            html: z.string(),
            unknownFacts: z.array(z.string()),
            droppedImages: z.array(z.string()),
          }),
        },
      },
    },
    async (request) => content.preview(request.body.body, request.body.lang),
  );

  app.get(
    "/api/v1/admin/help/facts",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: every {{fact}} an article may use, with its value now in both languages",
        description: "description is in the staff member's language.",
        response: {
          200: z.object({
            data: z.array(
              z.object({ name: z.string(), description: z.string(), en: z.string(), "zh-CN": z.string() }),
            ),
          }),
        },
      },
    },
    async (request) => ({ data: await content.facts(request.locale) }),
  );

  // Images come as raw bytes; only this scope reads them (within 2 MB), the API keeps its JSON parser.
  await app.register(async (images) => {
    images.removeAllContentTypeParsers();
    images.addContentTypeParser(
      "*",
      { parseAs: "buffer", bodyLimit: HELP_IMAGE_MAX_BYTES },
      (_request, body, done) => done(null, body),
    );
    images.post(
      "/api/v1/admin/help/images",
      {
        onRequest: images.requireStaff,
        bodyLimit: HELP_IMAGE_MAX_BYTES,
        schema: {
          tags,
          security,
          summary: "Staff: upload a PNG or JPEG (the file itself as the body) for use in articles",
          description:
            "The type is decided by the file's first bytes, not by Content-Type or its name: anything else is " +
            "415 help_image_unsupported; more than 2 MB is 413 payload_too_large. The answer gives the public URL " +
            "and the markdown to paste.",
          consumes: [...HELP_IMAGE_TYPES],
          body: z.unknown().describe("The image's bytes"),
          response: { 201: z.object({ id: z.string(), url: z.string(), markdown: z.string() }) },
        },
      },
      async (request, reply) => {
        const bytes = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        const image = await content.uploadImage(await staffActor(help, request), bytes);
        return reply.status(201).send(image);
      },
    );
  });
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Config } from "../../../config.js";
import { listTemplates, previewTemplate } from "../templates/preview.js";
import {
  previewQuery,
  security,
  templateTags as tags,
  templateList,
  templateParams,
  templatePreview,
} from "./template-schemas.js";

/**
 * Message templates for staff: every email and text message Satchel sends (registry.ts), and a
 * preview of each in either language, rendered from sample parameters by the code that renders
 * the real one. Reading only: nothing here sends or changes anything.
 */
export const templateRoutes: FastifyPluginAsyncZod<{ config: Config }> = async (app, { config }) => {
  app.addHook("onRequest", app.requireStaff);

  app.get(
    "/api/v1/admin/templates",
    {
      schema: {
        tags,
        security,
        summary: "Staff: every email and text message Satchel sends, by key",
        response: { 200: templateList },
      },
    },
    async () => ({ data: listTemplates() }),
  );

  app.get(
    "/api/v1/admin/templates/:key/preview",
    {
      schema: {
        tags,
        security,
        summary: "Staff: one template rendered from sample parameters, in English or Chinese",
        description:
          "With antiPhishingCode, the sample customer has that code, shown where the real message shows it (an " +
          "account's own email; never a guest's or a subscriber's). 404 template_not_found for an unknown key.",
        params: templateParams,
        querystring: previewQuery,
        response: { 200: templatePreview },
      },
    },
    async (request) =>
      previewTemplate(
        config,
        request.params.key,
        request.query.language ?? request.locale,
        request.query.antiPhishingCode || null,
      ),
  );
};

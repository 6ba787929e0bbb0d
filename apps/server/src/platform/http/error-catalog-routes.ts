import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { errorCatalog, isErrorCode } from "../errors/catalog.js";
import { DomainError } from "../errors/domain-error.js";

const localized = z.object({ en: z.string(), "zh-CN": z.string() });
const entrySchema = z
  .object({
    code: z.string(),
    status: z.number().int(),
    title: localized,
    detail: localized,
    helpArticle: z.string().optional(),
  })
  .meta({ id: "ErrorCatalogEntry" });

function entry(code: keyof typeof errorCatalog) {
  const definition: (typeof errorCatalog)[keyof typeof errorCatalog] & { helpArticle?: string } =
    errorCatalog[code];
  return { code, ...definition };
}

/**
 * The error catalogue, public: every `code` a problem document can carry. A problem's
 * `type` points here.
 */
export const errorCatalogRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/api/v1/errors",
    {
      schema: {
        tags: ["Platform"],
        summary: "Every error code, its HTTP status and its text in each language",
        response: { 200: z.object({ data: z.array(entrySchema) }) },
      },
    },
    async () => ({ data: Object.keys(errorCatalog).filter(isErrorCode).map(entry) }),
  );

  app.get(
    "/api/v1/errors/:code",
    {
      schema: {
        tags: ["Platform"],
        summary: "One error code",
        params: z.object({ code: z.string().max(64) }),
        response: { 200: entrySchema },
      },
    },
    async (request) => {
      if (!isErrorCode(request.params.code)) throw new DomainError("not_found");
      return entry(request.params.code);
    },
  );
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { plainText } from "../../../platform/http/schemas.js";
import type { HelpModule } from "../index.js";
import { bilingualText, security, slugText, staffActor } from "./admin-schemas.js";
import { staffTags as tags } from "./public-schemas.js";

const bilingual = z.object({ en: z.string(), "zh-CN": z.string() });

const sectionView = z.object({
  slug: z.string(),
  category: z.string(),
  name: bilingual,
  position: z.number(),
  articleCount: z.number(),
});

const categoryView = z.object({
  slug: z.string(),
  name: bilingual,
  description: bilingual,
  icon: z.string(),
  position: z.number(),
  articleCount: z.number(),
  sections: z.array(sectionView),
});

const synonymView = z.object({ id: z.string(), terms: z.array(z.string()), updatedAt: z.string() });

const position = z.number().int().min(0).max(100_000);
const icon = z
  .string()
  .trim()
  // The staff web names its icons in camelCase (moneyOut); kebab-case names are accepted as well.
  .regex(/^[a-zA-Z0-9-]{1,40}$/, "an icon name such as book, wallet or moneyOut");
const terms = z
  .array(plainText(40).pipe(z.string().min(1)))
  .min(2)
  .max(20)
  .describe("Words and phrases customers use for the same thing (2 to 20, each 1 to 40 characters)");
const slugParams = z.object({ slug: slugText });
const idParams = z.object({ id: z.string().min(1).max(64) });

/**
 * Categories and sections (staff read, admins change) and the search synonyms (any staff
 * member). Deleting something that still holds sections or articles is 409 help_not_empty.
 */
export const adminHelpTaxonomyRoutes: FastifyPluginAsyncZod<{ help: HelpModule }> = async (app, { help }) => {
  const { content } = help;

  app.get(
    "/api/v1/admin/help/categories",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: categories with their sections and article counts (drafts included), both languages",
        response: { 200: z.object({ data: z.array(categoryView) }) },
      },
    },
    async () => ({ data: await content.categories() }),
  );

  app.post(
    "/api/v1/admin/help/categories",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: add a category (appended at the end unless a position is given)",
        description: "409 help_slug_taken.",
        body: z.object({
          slug: slugText,
          name: bilingualText(100),
          description: bilingualText(300),
          icon: icon.optional(),
          position: position.optional(),
        }),
        response: { 201: categoryView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await content.createCategory(await staffActor(help, request), request.body)),
  );

  app.patch(
    "/api/v1/admin/help/categories/:slug",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: rename, describe, re-icon or move a category (its slug stays)",
        params: slugParams,
        body: z.object({
          name: bilingualText(100).optional(),
          description: bilingualText(300).optional(),
          icon: icon.optional(),
          position: position.optional(),
        }),
        response: { 200: categoryView },
      },
    },
    async (request) =>
      content.updateCategory(await staffActor(help, request), request.params.slug, request.body),
  );

  app.delete(
    "/api/v1/admin/help/categories/:slug",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: delete an empty category (409 help_not_empty while it has sections)",
        params: slugParams,
        response: { 204: z.null().describe("Deleted") },
      },
    },
    async (request, reply) => {
      await content.deleteCategory(await staffActor(help, request), request.params.slug);
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/admin/help/sections",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: add a section to a category",
        description: "409 help_slug_taken, 404 help_category_not_found.",
        body: z.object({
          slug: slugText,
          category: slugText,
          name: bilingualText(100),
          position: position.optional(),
        }),
        response: { 201: sectionView },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await content.createSection(await staffActor(help, request), request.body)),
  );

  app.patch(
    "/api/v1/admin/help/sections/:slug",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: rename a section, move it to another category or change its position",
        params: slugParams,
        body: z.object({
          category: slugText.optional(),
          name: bilingualText(100).optional(),
          position: position.optional(),
        }),
        response: { 200: sectionView },
      },
    },
    async (request) =>
      content.updateSection(await staffActor(help, request), request.params.slug, request.body),
  );

  app.delete(
    "/api/v1/admin/help/sections/:slug",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: delete a section without articles (409 help_not_empty otherwise)",
        params: slugParams,
        response: { 204: z.null().describe("Deleted") },
      },
    },
    async (request, reply) => {
      await content.deleteSection(await staffActor(help, request), request.params.slug);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/admin/help/synonyms",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: the synonym groups the search expands queries with",
        response: { 200: z.object({ data: z.array(synonymView) }) },
      },
    },
    async () => ({ data: await content.synonyms() }),
  );

  app.post(
    "/api/v1/admin/help/synonyms",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: add a synonym group (terms are trimmed and lower-cased; repeats count once)",
        body: z.object({ terms }),
        response: { 201: synonymView },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await content.createSynonyms(await staffActor(help, request), request.body.terms)),
  );

  app.put(
    "/api/v1/admin/help/synonyms/:id",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: replace a synonym group's terms",
        params: idParams,
        body: z.object({ terms }),
        response: { 200: synonymView },
      },
    },
    async (request) =>
      content.updateSynonyms(await staffActor(help, request), request.params.id, request.body.terms),
  );

  app.delete(
    "/api/v1/admin/help/synonyms/:id",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: delete a synonym group",
        params: idParams,
        response: { 204: z.null().describe("Deleted") },
      },
    },
    async (request, reply) => {
      await content.deleteSynonyms(await staffActor(help, request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};

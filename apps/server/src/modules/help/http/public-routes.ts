import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { identifyCaller } from "../../accounts/index.js";
import { openHelpImage } from "../editing/images.js";
import type { HelpModule } from "../index.js";
import {
  idParams,
  isIdOf,
  langOf,
  langParam,
  queryText,
  SLUG,
  searchHitSchema,
  slugParams,
  slugText,
  publicTags as tags,
} from "./public-schemas.js";

const locale = z.enum(["en", "zh-CN"]);
const named = z.object({ slug: z.string(), name: z.string() });
const titled = z.object({ slug: z.string(), title: z.string() });

const articleSchema = z.object({
  slug: z.string(),
  title: z.string(),
  body: z.string().describe("Markdown with the live facts (limits, fees, times) filled in"),
  html: z.string().describe("The body rendered and sanitized"),
  lang: locale.describe("The language returned"),
  requestedLang: locale.describe("The language asked for"),
  translationMissing: z
    .boolean()
    .describe("True when the asked-for language is not published: the other is returned"),
  updatedAt: z.string(),
  author: z.string().describe('"Satchel" for the articles shipped with the product'),
  kind: z.enum(["faq", "how_to", "troubleshooting", "policy", "announcement"]),
  tags: z.array(z.string()),
  category: named,
  section: named,
  related: z.array(titled),
  translations: z.array(z.object({ lang: locale, title: z.string(), updatedAt: z.string() })),
  helpful: z.object({ yes: z.number().int(), no: z.number().int() }),
});

const categorySchema = z.object({
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  icon: z.string(),
  articleCount: z.number().int(),
  sections: z.array(z.object({ slug: z.string(), name: z.string(), articles: z.array(titled) })),
});

/** Reading and searching the help center: no sign-in needed. */
export const publicHelpRoutes: FastifyPluginAsyncZod<{ help: HelpModule }> = async (app, { help }) => {
  const { reader, insights, index } = help;
  // Views counted in memory are written before the database closes, and the index stops
  // listening for other nodes' changes (closing twice, as server.ts also does, is harmless).
  app.addHook("onClose", async () => {
    await reader.close();
    await index.close();
  });

  app.get(
    "/api/v1/help/search",
    {
      schema: {
        tags,
        summary: "Search the help center",
        description:
          "Finds published articles in the reader's language first (the other language fills in when it has nothing), " +
          "with a highlighted snippet. Understands Chinese without spaces, typos, word forms and the synonyms " +
          "customers use. Each search is logged; send searchId with the click (POST /help/searches/{id}/click).",
        querystring: z.object({
          q: queryText,
          lang: langParam,
          limit: z.coerce.number().int().min(1).max(50).default(10),
        }),
        response: { 200: z.object({ data: z.array(searchHitSchema), searchId: z.string() }) },
      },
    },
    async (request) => {
      const { q, lang, limit } = request.query;
      const caller = await identifyCaller(app, request);
      return insights.search({ query: q, locale: langOf(request, lang), limit, userId: caller?.userId });
    },
  );

  app.get(
    "/api/v1/help/suggest",
    {
      schema: {
        tags,
        summary: "Type-ahead: article titles matching what has been typed so far",
        description: "Answers from memory (no database on the way); not logged.",
        querystring: z.object({
          q: queryText,
          lang: langParam,
          limit: z.coerce.number().int().min(1).max(10).default(6),
        }),
        response: {
          200: z.object({ data: z.array(z.object({ slug: z.string(), title: z.string(), lang: locale })) }),
        },
      },
    },
    async (request) => {
      const { q, lang, limit } = request.query;
      const suggestions = await index.suggest(q, langOf(request, lang), limit);
      return { data: suggestions.map((s) => ({ slug: s.slug, title: s.title, lang: s.locale })) };
    },
  );

  app.post(
    "/api/v1/help/searches/:id/click",
    {
      schema: {
        tags,
        summary: "Record which result of a search was opened",
        description:
          "The first click counts; later ones are ignored (still 204), and so is a click that cannot be one of the " +
          "search's results: a slug that is not a published article, or a position at or past the number of " +
          "results (still 204, nothing recorded). Unknown search → 404 not_found.",
        params: idParams,
        body: z.object({
          slug: slugText,
          position: z.number().int().min(0).max(1000).describe("Place of the result in the list, from 0"),
        }),
        response: { 204: z.null().describe("Recorded") },
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!isIdOf("hse", id)) throw new DomainError("not_found");
      await insights.click({ searchId: id, ...request.body });
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/api/v1/help/articles/:slug",
    {
      schema: {
        tags,
        summary: "A published article",
        description:
          "In the asked-for language, or in the other one with translationMissing: true when that is all there is. " +
          "Not published in any language → 404 help_article_not_found. Counts a view, unless count=false: pages " +
          "that show the article inline (an excerpt under a suggestion, an error's explanation) send it, so views " +
          "are articles people opened.",
        params: slugParams,
        querystring: z.object({
          lang: langParam,
          count: z
            .enum(["true", "false"])
            .transform((value) => value === "true")
            .default(true)
            .describe("false: do not count a view (the article is shown inside another page); default true"),
        }),
        response: { 200: articleSchema },
      },
    },
    async (request) => {
      const { slug } = request.params;
      if (!SLUG.test(slug)) throw new DomainError("help_article_not_found");
      const { lang, count } = request.query;
      return reader.article(slug, langOf(request, lang), { count });
    },
  );

  app.get(
    "/api/v1/help/categories",
    {
      schema: {
        tags,
        summary: "Categories with their sections and published articles, in order",
        querystring: z.object({ lang: langParam }),
        response: { 200: z.object({ data: z.array(categorySchema) }) },
      },
    },
    async (request) => ({ data: await reader.categories(langOf(request, request.query.lang)) }),
  );

  app.get(
    "/api/v1/help/categories/:slug",
    {
      schema: {
        tags,
        summary: "One category with its sections and published articles",
        params: slugParams,
        querystring: z.object({ lang: langParam }),
        response: { 200: categorySchema },
      },
    },
    async (request) => {
      const { slug } = request.params;
      if (!SLUG.test(slug)) throw new DomainError("help_category_not_found", { slug: slug.slice(0, 80) });
      return reader.category(slug, langOf(request, request.query.lang));
    },
  );

  app.get(
    "/api/v1/help/popular",
    {
      schema: {
        tags,
        summary: "The most read published articles of the last 30 days",
        querystring: z.object({ lang: langParam, limit: z.coerce.number().int().min(1).max(50).default(10) }),
        response: {
          200: z.object({
            data: z.array(z.object({ slug: z.string(), title: z.string(), views: z.number().int() })),
          }),
        },
      },
    },
    async (request) => ({
      data: await reader.popular(langOf(request, request.query.lang), request.query.limit),
    }),
  );

  app.get(
    "/api/v1/help/images/:id",
    {
      schema: {
        tags,
        summary: "An image used in articles",
        params: idParams,
        produces: ["image/png", "image/jpeg"],
      },
    },
    async (request, reply) => {
      const { id } = request.params;
      if (!isIdOf("him", id)) throw new DomainError("help_image_not_found");
      const image = await openHelpImage(help.deps, id);
      return reply
        .type(image.contentType)
        .header("cache-control", "public, max-age=86400")
        .header("x-content-type-options", "nosniff")
        .send(image.bytes);
    },
  );
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { plainText } from "../../../platform/http/schemas.js";
import type { SupportDeps } from "../deps.js";
import { language, security, consoleTags as tags } from "./macro-schemas.js";

const LIMIT = 8;

const articleLink = z.object({
  slug: z.string(),
  title: z.string(),
  url: z.string().describe("The article on the help center (PUBLIC_URL/help/<slug>)"),
  language: language.describe("The language of the title (the other one when the article has only that)"),
});

/** Help articles an agent links in a reply, found as customers would find them. */
export const helpArticleRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  const { help, customers } = deps;

  app.get(
    "/api/v1/agent/help-articles",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Staff: published help articles to link in a reply",
        description:
          "The best 8 matches of the help center's search (the popular articles when q is empty), in " +
          "the given language (default: the caller's). Insert {{article:<slug>}} in a macro, or the url.",
        querystring: z.object({
          q: plainText(200).optional(),
          language: language.optional(),
        }),
        response: { 200: z.object({ data: z.array(articleLink) }) },
      },
    },
    async (request) => {
      const locale = request.query.language ?? request.locale;
      const query = request.query.q ?? "";
      const found =
        query === ""
          ? (await help.reader.popular(locale, LIMIT)).map((a) => ({ ...a, locale }))
          : await help.index.search(query, locale, LIMIT);
      return {
        data: found.slice(0, LIMIT).map((a) => ({
          slug: a.slug,
          title: a.title,
          url: customers.url(`/help/${a.slug}`),
          language: a.locale,
        })),
      };
    },
  );
};

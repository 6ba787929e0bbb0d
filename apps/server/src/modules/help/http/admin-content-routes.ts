import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { plainText } from "../../../platform/http/schemas.js";
import type { HelpModule } from "../index.js";
import { adminHelpEditorRoutes } from "./admin-editor-routes.js";
import {
  articleDetailView,
  articleKind,
  articleSummaryView,
  diffView,
  langPath,
  markdownText,
  relatedList,
  security,
  slugText,
  staffActor,
  tagList,
  titleText,
  versionDetailView,
  versionNumber,
  versionSummaryView,
} from "./admin-schemas.js";
import { staffTags as tags } from "./public-schemas.js";

const articleParams = z.object({ slug: slugText });
const translationParams = z.object({ slug: slugText, lang: langPath });
const versionParams = translationParams.extend({ version: versionNumber });

const draft = z.object({ title: titleText, body: markdownText(1, 100_000) });

/**
 * The staff editor's articles: the list, creating, meta edits, drafts per language (each save
 * a version), "submit for review", publishing and unpublishing (admins), the version history
 * with diff and restore. Preview, facts and images are in admin-editor-routes.
 */
export const adminHelpContentRoutes: FastifyPluginAsyncZod<{ help: HelpModule }> = async (app, { help }) => {
  const { content } = help;
  await app.register(adminHelpEditorRoutes, { help });

  app.get(
    "/api/v1/admin/help/articles",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: articles with the state of each language, most recently changed first",
        description:
          "q matches the slug, titles (draft or published) and tags; status keeps articles with at least one language " +
          "published, draft (not published), submitted (waiting for an admin) or changed (published, newer draft waiting).",
        querystring: z.object({
          q: plainText(200).optional(),
          status: z.enum(["published", "draft", "submitted", "changed"]).optional(),
          section: slugText.optional(),
          limit: z.coerce.number().int().min(1).max(100).default(50),
          cursor: z.string().max(200).optional(),
        }),
        response: { 200: z.object({ data: z.array(articleSummaryView), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { q, status, section, limit, cursor } = request.query;
      return content.articles({ q: q || undefined, status, section, limit, cursor }, request.locale);
    },
  );

  app.post(
    "/api/v1/admin/help/articles",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary:
          "Staff: create an article with a first draft in one or both languages (nothing is published yet)",
        description:
          "The slug cannot change later. 409 help_slug_taken, 404 help_section_not_found, 422 help_related_unknown. " +
          "The slugs search, categories, contact and new are reserved for the help center's own pages (400 validation_failed).",
        body: z
          .object({
            slug: slugText,
            section: slugText,
            kind: articleKind,
            tags: tagList.default([]),
            related: relatedList.default([]),
            translations: z.object({ en: draft.optional(), "zh-CN": draft.optional() }),
          })
          .refine((b) => b.translations.en !== undefined || b.translations["zh-CN"] !== undefined, {
            message: "at least one language",
            path: ["translations"],
          }),
        response: { 201: articleDetailView },
      },
    },
    async (request, reply) => {
      const detail = await content.createArticle(
        await staffActor(help, request),
        request.body,
        request.locale,
      );
      return reply.status(201).send(detail);
    },
  );

  app.get(
    "/api/v1/admin/help/articles/:slug",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: one article with the draft and the published text of each language",
        params: articleParams,
        response: { 200: articleDetailView },
      },
    },
    async (request) => content.article(request.params.slug, request.locale),
  );

  app.patch(
    "/api/v1/admin/help/articles/:slug",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary:
          "Staff: change an article's section, kind, tags, related articles or position (not its slug)",
        description:
          "Moving an article (section, position) is for admins: 403 forbidden for agents. Kind, tags and related " +
          "articles can be changed by all staff; customers see them at once (no draft or review), so every change " +
          "is in the audit log (help.article_updated with the new values). 404 help_section_not_found, " +
          "422 help_related_unknown.",
        params: articleParams,
        body: z.object({
          section: slugText.optional(),
          kind: articleKind.optional(),
          tags: tagList.optional(),
          related: relatedList.optional(),
          position: z.number().int().min(0).max(100_000).optional(),
        }),
        response: { 200: articleDetailView },
      },
    },
    async (request) =>
      content.updateArticle(
        await staffActor(help, request),
        request.params.slug,
        request.body,
        request.locale,
      ),
  );

  app.put(
    "/api/v1/admin/help/articles/:slug/translations/:lang",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: save a draft of one language as a new version (creates the language when missing)",
        description:
          "Send baseVersion = the draftVersion the editor started from: when someone saved since, the answer is " +
          "409 help_edit_conflict (extensions base and current) and nothing is saved. Saving the same text again adds no version.",
        params: translationParams,
        body: draft.extend({
          note: plainText(500).optional().describe("What changed, for the history"),
          baseVersion: z.number().int().min(0).max(1_000_000_000).optional(),
        }),
        response: { 200: articleDetailView },
      },
    },
    async (request) => {
      const { slug, lang } = request.params;
      const { note, ...rest } = request.body;
      return content.saveDraft(
        await staffActor(help, request),
        slug,
        lang,
        { ...rest, ...(note ? { note } : {}) },
        request.locale,
      );
    },
  );

  app.post(
    "/api/v1/admin/help/articles/:slug/translations/:lang/submit",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: ask an admin to publish the current draft of this language",
        description:
          "Records the draft version submitted (submittedVersion). Any later save of this language withdraws the " +
          "submission, so an admin never approves text written after review was asked. " +
          "409 help_nothing_to_publish when the draft is what customers already read.",
        params: translationParams,
        response: { 200: articleDetailView },
      },
    },
    async (request) => {
      const { slug, lang } = request.params;
      return content.submit(await staffActor(help, request), slug, lang, request.locale);
    },
  );

  app.post(
    "/api/v1/admin/help/articles/:slug/translations/:lang/publish",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: publish the latest draft of this language, or an earlier version",
        description:
          "Without version: the latest draft. With version: exactly that version's text (approve the submission by " +
          "sending its submittedVersion); a newer draft stays a draft and the language shows as changed. " +
          "409 help_nothing_to_publish when that version is already published; 404 help_version_not_found.",
        params: translationParams,
        body: z.object({ version: z.number().int().min(1).max(1_000_000_000).optional() }).optional(),
        response: { 200: articleDetailView },
      },
    },
    async (request) => {
      const { slug, lang } = request.params;
      return content.publish(
        await staffActor(help, request),
        slug,
        lang,
        request.body?.version,
        request.locale,
      );
    },
  );

  app.post(
    "/api/v1/admin/help/articles/:slug/translations/:lang/unpublish",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Admin: stop showing this language to customers (drafts and history stay)",
        description: "409 help_not_published when it is not published.",
        params: translationParams,
        response: { 200: articleDetailView },
      },
    },
    async (request) => {
      const { slug, lang } = request.params;
      return content.unpublish(await staffActor(help, request), slug, lang, request.locale);
    },
  );

  app.get(
    "/api/v1/admin/help/articles/:slug/translations/:lang/versions",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: every saved draft of this language, newest first",
        params: translationParams,
        response: { 200: z.object({ data: z.array(versionSummaryView) }) },
      },
    },
    async (request) => ({ data: await content.versions(request.params.slug, request.params.lang) }),
  );

  app.get(
    "/api/v1/admin/help/articles/:slug/translations/:lang/versions/:version",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: one version's title and body",
        params: versionParams,
        response: { 200: versionDetailView },
      },
    },
    async (request) => {
      const { slug, lang, version } = request.params;
      return content.version(slug, lang, version);
    },
  );

  app.get(
    "/api/v1/admin/help/articles/:slug/translations/:lang/diff",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: what changed between two versions (title word by word, body line by line)",
        params: translationParams,
        querystring: z.object({ from: versionNumber, to: versionNumber }),
        response: { 200: diffView },
      },
    },
    async (request) => {
      const { slug, lang } = request.params;
      return content.diff(slug, lang, request.query.from, request.query.to);
    },
  );

  app.post(
    "/api/v1/admin/help/articles/:slug/translations/:lang/versions/:version/restore",
    {
      onRequest: app.requireStaff,
      schema: {
        tags,
        security,
        summary: "Staff: make an earlier version's text the new draft (a new version; the history is kept)",
        params: versionParams,
        response: { 200: articleDetailView },
      },
    },
    async (request) => {
      const { slug, lang, version } = request.params;
      return content.restore(await staffActor(help, request), slug, lang, version, request.locale);
    },
  );
};

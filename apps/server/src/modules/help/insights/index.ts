import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Chore } from "../../payments/index.js";
import type { HelpDeps } from "../deps.js";
import { publishedArticleId } from "../reading/published-repository.js";
import { isMaintainedIndex } from "../search/help-index.js";
import { normalizeQuery } from "../search/normalize.js";
import { type AnalyticsReport, analyticsReport } from "./analytics.js";
import type { Range } from "./analytics-repository.js";
import { type ContactInput, createContact } from "./contact.js";
import { type CsvReport, csvExport } from "./csv.js";
import { createDeflections, type Deflections } from "./deflections.js";
import { listFeedback, recordFeedback } from "./feedback-repository.js";
import { deleteExpiredInsights, HELP_RETENTION_DAYS } from "./retention.js";
import { insertSearch, recordClick } from "./searches-repository.js";

export interface SearchAnswer {
  data: { slug: string; title: string; snippet: string; score: number; lang: HelpLocale }[];
  searchId: string;
}

export interface FeedbackItem {
  id: string;
  slug: string;
  lang: string;
  helpful: boolean;
  comment: string | null;
  createdAt: string;
  user: { id: string; name: string | null } | null;
}

/** Searches, clicks, feedback, deflections, contact requests, analytics. */
export interface HelpInsights {
  /** A search from the search box: the hits, logged (the id lets the click be recorded). */
  search(input: {
    query: string;
    locale: HelpLocale;
    limit: number;
    userId: string | undefined;
  }): Promise<SearchAnswer>;
  /**
   * The first click on a result of the search (a published article, a position within the
   * results; others are ignored); throws not_found for an unknown search.
   */
  click(input: { searchId: string; slug: string; position: number }): Promise<void>;
  /** "Was this helpful?" on a published article; a signed-in customer's new answer replaces their previous one. */
  feedback(input: {
    slug: string;
    helpful: boolean;
    comment: string | undefined;
    locale: HelpLocale;
    userId: string | undefined;
  }): Promise<{ id: string; contactSupport: boolean }>;
  deflections: Deflections;
  contact(input: ContactInput): Promise<{ reference: string }>;
  analytics(range: Range, locale: HelpLocale): Promise<AnalyticsReport>;
  exportCsv(report: CsvReport, range: Range, locale: HelpLocale): Promise<string>;
  /** Staff: the answers, newest first. */
  feedbackList(filter: {
    slug?: string | undefined;
    helpful?: boolean | undefined;
    cursor?: string | undefined;
    limit: number;
  }): Promise<{ data: FeedbackItem[]; nextCursor: string | null }>;
  chores: Chore[];
}

export function createHelpInsights(deps: HelpDeps): HelpInsights {
  const { platform } = deps;
  const deflections = createDeflections(deps);
  const index = deps.index;
  const chores: Chore[] = [
    ["help deflections settled", () => deflections.settle()],
    [
      `help searches and deflections older than ${HELP_RETENTION_DAYS} days deleted`,
      () => deleteExpiredInsights(platform.db, platform.clock.now()),
    ],
  ];
  // Worker nodes run chores; API-only nodes check their index on a timer of their own.
  if (isMaintainedIndex(index))
    chores.push([
      "help search index rebuilt after missed changes",
      async () => ((await index.refreshIfStale()) ? 1 : 0),
    ]);

  return {
    async search({ query, locale, limit, userId }) {
      const hits = await deps.index.search(query, locale, limit);
      const searchId = platform.ids.next("helpSearch");
      await insertSearch(platform.db, {
        id: searchId,
        query,
        normalized: normalizeQuery(query),
        locale,
        source: "search",
        results: hits.length,
        topSlug: hits[0]?.slug ?? null,
        userId: userId ?? null,
        at: platform.clock.now(),
      });
      return {
        data: hits.map((hit) => ({
          slug: hit.slug,
          title: hit.title,
          snippet: hit.snippet,
          score: hit.score,
          lang: hit.locale,
        })),
        searchId,
      };
    },

    async click({ searchId, slug, position }) {
      const published = (await publishedArticleId(platform.db, slug)) !== undefined;
      const found = await recordClick(platform.db, {
        searchId,
        slug,
        position,
        published,
        at: platform.clock.now(),
      });
      if (!found) throw new DomainError("not_found");
    },

    async feedback({ slug, helpful, comment, locale, userId }) {
      const articleId = await publishedArticleId(platform.db, slug);
      if (!articleId) throw new DomainError("help_article_not_found");
      const id = platform.ids.next("helpFeedback");
      await platform.db.transaction().execute((trx) =>
        recordFeedback(trx, {
          id,
          articleId,
          locale,
          helpful,
          comment: comment && comment.length > 0 ? comment : null,
          userId: userId ?? null,
          at: platform.clock.now(),
        }),
      );
      return { id, contactSupport: !helpful };
    },

    deflections,
    contact: createContact(deps, deflections),
    analytics: (range, locale) => analyticsReport(platform.db, range, locale),
    exportCsv: (report, range, locale) => csvExport(platform.db, report, range, locale),

    async feedbackList({ slug, helpful, cursor, limit }) {
      const rows = await listFeedback(platform.db, { slug, helpful, before: cursor, limit: limit + 1 });
      const page = rows.slice(0, limit);
      const userIds = [...new Set(page.flatMap((row) => (row.userId ? [row.userId] : [])))];
      const people = userIds.length > 0 ? await deps.customers.profiles(platform.db, userIds) : new Map();
      return {
        data: page.map((row) => ({
          id: row.id,
          slug: row.slug,
          lang: row.locale,
          helpful: row.helpful,
          comment: row.comment,
          createdAt: row.createdAt.toISOString(),
          user: row.userId ? { id: row.userId, name: people.get(row.userId)?.name ?? null } : null,
        })),
        nextCursor: rows.length > limit ? (page.at(-1)?.id ?? null) : null,
      };
    },

    chores,
  };
}

import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { HelpDeps } from "../deps.js";
import { normalizeQuery } from "../search/normalize.js";
import {
  type DeflectionRow,
  finalizeStaleDeflections,
  findDeflection,
  insertDeflection,
  markOpened,
  resolveDeflection,
  updateDeflectionQuery,
} from "./deflections-repository.js";
import { upsertContactSearch } from "./searches-repository.js";

/** Suggestions shown on the contact page. */
const SUGGESTIONS = 5;
/** A deflection nobody decided about is settled this long after its last activity. */
export const DEFLECTION_SETTLES_AFTER_MS = 30 * 60_000;

/**
 * The id of the help_searches row logging a deflection's query: the deflection's own id under
 * the search prefix. Any node finds the row again from the deflection id alone (no column to
 * add, nothing kept in memory), so each new query of the visit overwrites that one row.
 */
export function contactSearchId(deflectionId: string): string {
  return `hse_${deflectionId.slice(deflectionId.indexOf("_") + 1)}`;
}

export interface DeflectionSuggestion {
  slug: string;
  title: string;
  snippet: string;
  lang: HelpLocale;
}

export interface Deflections {
  /** The customer started typing on the contact page: suggestions, and the attempt recorded. */
  start(input: { query: string; locale: HelpLocale; userId: string | undefined }): Promise<{
    id: string;
    suggestions: DeflectionSuggestion[];
  }>;
  /** They kept typing: new suggestions, added to those already shown. */
  update(input: { id: string; query: string; locale: HelpLocale; userId: string | undefined }): Promise<{
    id: string;
    suggestions: DeflectionSuggestion[];
  }>;
  /** A suggested article was opened; throws help_article_not_found for a slug that was not suggested. */
  opened(input: { id: string; slug: string; userId: string | undefined }): Promise<void>;
  /** "This answered my question." */
  resolved(input: { id: string; userId: string | undefined }): Promise<void>;
  /** The deflection, when the caller may use it (contact form); throws help_deflection_not_found otherwise. */
  own(executor: Executor, id: string, userId: string | undefined): Promise<DeflectionRow>;
  /** Settles pending deflections with no activity for 30 minutes; answers how many. */
  settle(): Promise<number>;
}

export function createDeflections(deps: HelpDeps): Deflections {
  const { platform } = deps;

  async function suggest(query: string, locale: HelpLocale): Promise<DeflectionSuggestion[]> {
    const hits = await deps.index.search(query, locale, SUGGESTIONS);
    return hits.map((hit) => ({ slug: hit.slug, title: hit.title, snippet: hit.snippet, lang: hit.locale }));
  }

  /**
   * Made signed in: only that customer may use it. Made as a guest: whoever holds the id (80
   * random bits) may, which is the guest who made it.
   */
  async function own(executor: Executor, id: string, userId: string | undefined, forUpdate = false) {
    const row = await findDeflection(executor, id, { forUpdate });
    if (!row || (row.userId !== null && row.userId !== userId))
      throw new DomainError("help_deflection_not_found");
    return row;
  }

  /** The visit's one contact-page search, with what was typed last and what it found. */
  function logSearch(
    executor: Executor,
    deflectionId: string,
    search: {
      query: string;
      locale: HelpLocale;
      suggestions: DeflectionSuggestion[];
      userId: string | null;
      at: Date;
    },
  ) {
    return upsertContactSearch(executor, {
      id: contactSearchId(deflectionId),
      query: search.query,
      normalized: normalizeQuery(search.query),
      locale: search.locale,
      source: "contact",
      results: search.suggestions.length,
      topSlug: search.suggestions[0]?.slug ?? null,
      userId: search.userId,
      at: search.at,
    });
  }

  return {
    async start({ query, locale, userId }) {
      const suggestions = await suggest(query, locale);
      const id = platform.ids.next("helpDeflection");
      const at = platform.clock.now();
      await platform.db.transaction().execute(async (trx) => {
        await insertDeflection(trx, {
          id,
          userId: userId ?? null,
          locale,
          query,
          suggested: suggestions.map((s) => s.slug),
          at,
        });
        await logSearch(trx, id, { query, locale, suggestions, userId: userId ?? null, at });
      });
      return { id, suggestions };
    },

    async update({ id, query, locale, userId }) {
      const suggestions = await suggest(query, locale);
      await platform.db.transaction().execute(async (trx) => {
        const row = await own(trx, id, userId, true);
        const merged = [...row.suggested];
        for (const s of suggestions) if (!merged.includes(s.slug)) merged.push(s.slug);
        const at = platform.clock.now();
        await updateDeflectionQuery(trx, id, query, merged, at);
        await logSearch(trx, id, { query, locale, suggestions, userId: row.userId, at });
      });
      return { id, suggestions };
    },

    async opened({ id, slug, userId }) {
      const row = await own(platform.db, id, userId);
      // Only what the page suggested counts; another slug would skew the deflection rate.
      if (!row.suggested.includes(slug)) throw new DomainError("help_article_not_found");
      await markOpened(platform.db, id, slug, platform.clock.now());
    },

    async resolved({ id, userId }) {
      await own(platform.db, id, userId);
      // A customer who already sent the form stays "contacted"; one the chore thought gone is not.
      await resolveDeflection(platform.db, id, "deflected", platform.clock.now(), ["contacted"]);
    },

    own: (executor, id, userId) => own(executor, id, userId, true),

    async settle() {
      const now = platform.clock.now();
      return finalizeStaleDeflections(
        platform.db,
        new Date(now.getTime() - DEFLECTION_SETTLES_AFTER_MS),
        now,
      );
    },
  };
}

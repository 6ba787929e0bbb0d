import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { createNotifier, type Notifier, type NotifyPayload } from "../../../platform/notify/notifier.js";
import type { HelpDeps } from "../deps.js";
import {
  daysAgo,
  type PublishedTranslationRow,
  publishedTranslations,
  synonymGroups,
  viewsSince,
} from "../reading/published-repository.js";
import { markdownToPlainText } from "../render/markdown.js";
import type { IndexedArticle, SearchEngine, SearchHit, Suggestion } from "./engine.js";
import {
  type FingerprintPart,
  type IndexFingerprint,
  readIndexFingerprint,
  sameFingerprint,
} from "./index-fingerprint.js";
import { createMemorySearchEngine } from "./memory-engine.js";

/**
 * The help center's search index: the engine (in-process by default) filled from the
 * published articles, kept current on every node.
 */
export interface HelpIndex {
  /** Builds the index from the database if it is not built yet (first search, or start-up) and starts listening for changes. */
  warm(): Promise<void>;
  /** After a commit that changed an article (published, unpublished, retagged, moved): re-reads it here and tells the other nodes. */
  articleChanged(slug: string): Promise<void>;
  /** After a commit that changed the synonym list. */
  synonymsChanged(): Promise<void>;
  search(query: string, locale: HelpLocale, limit: number): Promise<SearchHit[]>;
  suggest(query: string, locale: HelpLocale, limit: number): Promise<Suggestion[]>;
  close(): Promise<void>;
}

/** What the index does beyond the shared interface: the freshness check the chore and the timer run. */
export interface MaintainedHelpIndex extends HelpIndex {
  /** Rebuilds when the database changed behind the index's back (or the ranking data grew old); true when it did. */
  refreshIfStale(): Promise<boolean>;
}

export function isMaintainedIndex(index: HelpIndex): index is MaintainedHelpIndex {
  return typeof (index as Partial<MaintainedHelpIndex>).refreshIfStale === "function";
}

const CHANNEL = "help.index";
/** Popularity: views over this many days. */
export const POPULARITY_DAYS = 30;
/** How often a node compares its index with the database (lost notifications). */
const FRESHNESS_CHECK_MS = 60_000;
/** Views and helpfulness move without notifications: ranking data is re-read this often anyway. */
const MAX_INDEX_AGE_MS = 6 * 3_600_000;

export function createHelpIndex(
  deps: HelpDeps,
  engine: SearchEngine = createMemorySearchEngine(),
): MaintainedHelpIndex {
  const { platform } = deps;
  const log = platform.log.child({ component: "help-index" });
  // Connects nothing until the first subscription: a node that only publishes (staff edits before
  // any search) still tells the others.
  const notifier: Notifier = createNotifier(platform.database, platform.config, log);
  let listening = false;
  let built: Promise<void> | undefined;
  /** What the index holds, as of its last build (or a reload that found nothing else moved); undefined before the first build. */
  let fingerprint: IndexFingerprint | undefined;
  let builtAt = 0;
  let checkTimer: NodeJS.Timeout | undefined;
  let closed = false;
  /** Changes to the engine run one after another: a rebuild never interleaves with an update. */
  let queue: Promise<unknown> = Promise.resolve();
  const serially = <T>(work: () => Promise<T>): Promise<T> => {
    const next = queue.then(work, work);
    queue = next.catch(() => {});
    return next;
  };

  async function toIndexed(rows: PublishedTranslationRow[]): Promise<IndexedArticle[]> {
    const ids = [...new Set(rows.map((row) => row.articleId))];
    const views = await viewsSince(
      platform.db,
      daysAgo(platform.clock.now(), POPULARITY_DAYS),
      rows.length > 200 ? undefined : ids,
    );
    const documents: IndexedArticle[] = [];
    for (const row of rows) {
      const filled = await deps.facts.fill(row.body, row.locale);
      documents.push({
        slug: row.slug,
        locale: row.locale,
        title: row.title,
        tags: row.tags,
        body: markdownToPlainText(filled.text),
        kind: row.kind,
        sectionSlug: row.sectionSlug,
        categorySlug: row.categorySlug,
        popularity: views.get(row.articleId) ?? 0,
        helpfulYes: row.helpfulYes,
        helpfulNo: row.helpfulNo,
      });
    }
    return documents;
  }

  /** Reads everything; the fingerprint is taken first, so a change made meanwhile shows as stale later. */
  async function rebuild(): Promise<void> {
    const started = Date.now();
    const seen = await readIndexFingerprint(platform.db);
    const [rows, synonyms] = await Promise.all([
      publishedTranslations(platform.db),
      synonymGroups(platform.db),
    ]);
    const documents = await toIndexed(rows);
    await engine.setSynonyms(synonyms);
    await engine.replaceAll(documents);
    fingerprint = seen;
    builtAt = Date.now();
    log.info({ translations: documents.length, ms: builtAt - started }, "help search index built");
  }

  /**
   * Taken before a one-part reload reads its data (a change made meanwhile shows as stale later).
   * Adopted only when everything but the reloaded part still matches the index: otherwise the
   * node missed another change and the stale fingerprint makes the freshness check rebuild.
   */
  async function beforeReload(part: FingerprintPart): Promise<() => void> {
    const seen = await readIndexFingerprint(platform.db);
    const indexed = fingerprint;
    return () => {
      if (indexed && sameFingerprint(indexed, seen, part)) fingerprint = seen;
    };
  }

  async function reloadArticle(slug: string): Promise<void> {
    const adopt = await beforeReload({ article: slug });
    const documents = await toIndexed(await publishedTranslations(platform.db, { slug }));
    await engine.remove(slug);
    for (const document of documents) await engine.upsert(document);
    adopt();
  }

  async function reloadSynonyms(): Promise<void> {
    const adopt = await beforeReload("synonyms");
    await engine.setSynonyms(await synonymGroups(platform.db));
    adopt();
  }

  /** A change another node made: applied here when the index exists (otherwise the build will read it). */
  async function onRemoteChange(payload: NotifyPayload): Promise<void> {
    if (!built) return;
    await built;
    if (payload.kind === "article" && typeof payload.slug === "string") {
      const slug = payload.slug;
      await serially(() => reloadArticle(slug));
    } else if (payload.kind === "synonyms") {
      await serially(reloadSynonyms);
    }
  }

  async function listen(): Promise<void> {
    if (listening || closed) return;
    listening = true;
    notifier.onResync(() => refreshIfStale().then(() => {}));
    await notifier.subscribe(CHANNEL, onRemoteChange);
    checkTimer = setInterval(() => {
      refreshIfStale().catch((error: unknown) =>
        log.warn({ err: error }, "help index freshness check failed"),
      );
    }, FRESHNESS_CHECK_MS);
    checkTimer.unref();
  }

  /** The index, built once: concurrent first searches wait for the same build. */
  function ready(): Promise<void> {
    if (!built) {
      const attempt = serially(async () => {
        await listen();
        await rebuild();
      });
      built = attempt;
      // A failed build (database down at start) is tried again by the next search.
      attempt.catch(() => {
        if (built === attempt) built = undefined;
      });
    }
    return built;
  }

  async function announce(payload: NotifyPayload): Promise<void> {
    try {
      await notifier.publish(CHANNEL, payload);
    } catch (error) {
      // The others catch up through the freshness check.
      log.warn({ err: error }, "could not tell the other nodes about a help change");
    }
  }

  async function refreshIfStale(): Promise<boolean> {
    if (!built || closed) return false;
    await built;
    return serially(async () => {
      const now = await readIndexFingerprint(platform.db);
      const current = fingerprint !== undefined && sameFingerprint(fingerprint, now);
      if (current && Date.now() - builtAt < MAX_INDEX_AGE_MS) return false;
      await rebuild();
      return true;
    });
  }

  return {
    warm: () => ready(),
    async articleChanged(slug) {
      if (built) {
        await built.catch(() => {});
        await serially(() => reloadArticle(slug));
      }
      await announce({ kind: "article", slug });
    },
    async synonymsChanged() {
      if (built) {
        await built.catch(() => {});
        await serially(reloadSynonyms);
      }
      await announce({ kind: "synonyms" });
    },
    async search(query, locale, limit) {
      await ready();
      return engine.search({ query, locale, limit });
    },
    async suggest(query, locale, limit) {
      await ready();
      return engine.suggest({ query, locale, limit });
    },
    refreshIfStale,
    async close() {
      closed = true;
      clearInterval(checkTimer);
      await notifier.close();
    },
  };
}

import type { HelpLocale } from "../../../platform/db/schema-help.js";
import type { HelpDeps } from "../deps.js";
import type { SearchHit, Suggestion } from "./engine.js";

/**
 * The help center's search index: the engine (in-process by default) filled from the
 * published articles, kept current on every node. PLACEHOLDER: replaced by its owner.
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

export function createHelpIndex(_deps: HelpDeps): HelpIndex {
  return {
    warm: async () => {},
    articleChanged: async () => {},
    synonymsChanged: async () => {},
    search: async () => [],
    suggest: async () => [],
    close: async () => {},
  };
}

import type { ColumnType, Generated } from "kysely";
import type { Bilingual } from "./schema-payments.js";

/** Tables of the help center (help module); part of the DB type in schema.ts. */

type Timestamp = ColumnType<Date, Date, Date>;
type DateOnly = ColumnType<string, string, string>;
/** A jsonb column read as T and written as its JSON text. */
type JsonOf<T> = ColumnType<T, string, string>;

export type HelpLocale = "en" | "zh-CN";
export type ArticleKind = "faq" | "how_to" | "troubleshooting" | "policy" | "announcement";
/** pending: suggestions shown, nothing decided yet; abandoned: left without opening anything or contacting. */
export type DeflectionOutcome = "pending" | "deflected" | "contacted" | "abandoned";

export interface HelpCategoriesTable {
  id: string;
  slug: string;
  position: number;
  icon: string;
  name: JsonOf<Bilingual>;
  description: JsonOf<Bilingual>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface HelpSectionsTable {
  id: string;
  category_id: string;
  slug: string;
  position: number;
  name: JsonOf<Bilingual>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface HelpArticlesTable {
  id: string;
  /** Never changes once the article exists: links from errors, emails and other articles rely on it. */
  slug: string;
  section_id: string;
  kind: ArticleKind;
  tags: string[];
  /** Slugs of related articles, in the order shown. */
  related: string[];
  position: number;
  /** Null for the articles shipped with Satchel. */
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  views: ColumnType<bigint, bigint | undefined, bigint>;
  helpful_yes: Generated<number>;
  helpful_no: Generated<number>;
}

/**
 * One language of an article. The draft is what staff edit (each save is a version); title
 * and body are what customers read, copied from the draft when an admin publishes (null
 * until the first publication or after unpublishing).
 */
export interface HelpTranslationsTable {
  article_id: string;
  locale: HelpLocale;
  draft_title: string;
  draft_body: string;
  draft_version: number;
  draft_updated_by: string | null;
  draft_updated_at: Timestamp;
  /** Set when an agent asks an admin to publish the current draft; cleared on publish. */
  submitted_at: Timestamp | null;
  submitted_by: string | null;
  /** The draft version that was submitted: a later save withdraws the submission, so an admin approves what was reviewed. */
  submitted_version: number | null;
  title: string | null;
  body: string | null;
  published_version: number | null;
  published_at: Timestamp | null;
  published_by: string | null;
}

export interface HelpVersionsTable {
  id: string;
  article_id: string;
  locale: HelpLocale;
  version: number;
  title: string;
  body: string;
  author_id: string | null;
  note: string | null;
  created_at: Timestamp;
}

export interface HelpSynonymsTable {
  id: string;
  /** Words and phrases that mean the same to customers (提现, 取款, withdraw, cash out). */
  terms: string[];
  updated_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** An image uploaded for articles; the bytes live in the document store. */
export interface HelpImagesTable {
  id: string;
  content_type: string;
  size: number;
  storage_key: string;
  created_by: string | null;
  created_at: Timestamp;
}

export interface HelpSearchesTable {
  id: string;
  query: string;
  normalized: string;
  locale: string;
  source: "search" | "contact";
  results: number;
  top_slug: string | null;
  user_id: string | null;
  created_at: Timestamp;
  clicked_slug: string | null;
  clicked_position: number | null;
  clicked_at: Timestamp | null;
}

export interface HelpArticleViewsTable {
  article_id: string;
  day: DateOnly;
  locale: string;
  views: number;
}

export interface HelpFeedbackTable {
  id: string;
  article_id: string;
  locale: string;
  helpful: boolean;
  comment: string | null;
  user_id: string | null;
  created_at: Timestamp;
}

export interface HelpDeflectionsTable {
  id: string;
  user_id: string | null;
  locale: string;
  query: string;
  /** Slugs suggested to the customer before they sent the form. */
  suggested: string[];
  /** Slugs the customer opened from the suggestions. */
  opened: string[];
  outcome: DeflectionOutcome;
  created_at: Timestamp;
  /** Last time the customer typed, opened a suggestion or resolved: a visit is settled 30 minutes after this. */
  updated_at: Timestamp;
  resolved_at: Timestamp | null;
}

export interface HelpTables {
  help_categories: HelpCategoriesTable;
  help_sections: HelpSectionsTable;
  help_articles: HelpArticlesTable;
  help_translations: HelpTranslationsTable;
  help_versions: HelpVersionsTable;
  help_synonyms: HelpSynonymsTable;
  help_images: HelpImagesTable;
  help_searches: HelpSearchesTable;
  help_article_views: HelpArticleViewsTable;
  help_feedback: HelpFeedbackTable;
  help_deflections: HelpDeflectionsTable;
}

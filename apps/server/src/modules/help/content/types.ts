import type { ArticleKind, HelpLocale } from "../../../platform/db/schema-help.js";
import type { Bilingual } from "../../../platform/db/schema-payments.js";

/**
 * The knowledge base shipped with Satchel, as code: seeded into the database on start when
 * a slug is missing (never overwriting what staff have edited since). Bodies are markdown
 * and may use `{{fact}}` placeholders (render/fact-names.ts) for every number that comes from
 * configuration.
 */
export interface ShippedTranslation {
  title: string;
  body: string;
}

export interface ShippedArticle {
  /** Stable address, lower-case words joined by hyphens. */
  slug: string;
  /** Slug of the section it belongs to (catalogue.ts). */
  section: string;
  kind: ArticleKind;
  /** Words customers search with that the text may not contain, in both languages. */
  tags: string[];
  /** Slugs of related articles. */
  related: string[];
  en: ShippedTranslation;
  "zh-CN": ShippedTranslation;
}

export interface ShippedSection {
  slug: string;
  name: Bilingual;
}

export interface ShippedCategory {
  slug: string;
  icon: string;
  name: Bilingual;
  description: Bilingual;
  sections: ShippedSection[];
}

export type { HelpLocale };

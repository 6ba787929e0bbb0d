import type { ArticleFilter, HelpLang } from "../../api/staffHelp";
import type { DateRange } from "../../api/staffHelpInsights";

const ROOT = ["account", "staff-help"] as const;

/** Query keys of the staff help pages; under "account", so they are dropped when who is signed in changes. */
export const helpKeys = {
  all: ROOT,
  articles: [...ROOT, "articles"] as const,
  articleList: (filter: { q: string; status: ArticleFilter | ""; section: string }) =>
    [...ROOT, "articles", filter] as const,
  article: (slug: string) => [...ROOT, "article", slug] as const,
  versions: (slug: string, lang: HelpLang) => [...ROOT, "article", slug, "versions", lang] as const,
  diff: (slug: string, lang: HelpLang, from: number, to: number) =>
    [...ROOT, "article", slug, "diff", lang, from, to] as const,
  preview: (lang: HelpLang, body: string) => [...ROOT, "preview", lang, body] as const,
  facts: [...ROOT, "facts"] as const,
  categories: [...ROOT, "categories"] as const,
  synonyms: [...ROOT, "synonyms"] as const,
  analytics: (range: DateRange) => [...ROOT, "analytics", range.from, range.to] as const,
  feedback: (helpful: "" | "yes" | "no") => [...ROOT, "feedback", helpful] as const,
};

import { useTranslation } from "react-i18next";
import type { HelpLanguage } from "../../api/help";
import { currentLanguage } from "../../i18n";

/** Query keys of the help center; the language is part of each, so switching never shows the other one's text. */
export const helpKeys = {
  all: ["help"] as const,
  suggest: (lang: HelpLanguage, q: string) => ["help", "suggest", lang, q] as const,
  search: (lang: HelpLanguage, q: string) => ["help", "search", lang, q] as const,
  article: (lang: HelpLanguage, slug: string) => ["help", "article", lang, slug] as const,
  categories: (lang: HelpLanguage) => ["help", "categories", lang] as const,
  category: (lang: HelpLanguage, slug: string) => ["help", "category", lang, slug] as const,
  popular: (lang: HelpLanguage) => ["help", "popular", lang] as const,
};

/** The interface language, as the help API's `lang`; re-renders when the customer switches. */
export function useHelpLanguage(): HelpLanguage {
  useTranslation(); // subscribes to language changes
  return currentLanguage();
}

/** Help content changes rarely: keep answers for a few minutes instead of asking on every visit. */
export const HELP_STALE_MS = 5 * 60_000;

import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { getStatusSummary } from "../../api/status";
import { currentLanguage, type Language } from "../../i18n";

/** Query keys of the public status page; the language is part of each (names and bodies are localized). */
export const statusKeys = {
  all: ["status"] as const,
  summary: (lang: Language) => ["status", "summary", lang] as const,
  uptime: (lang: Language, days: number) => ["status", "uptime", lang, days] as const,
  history: (lang: Language) => ["status", "history", lang] as const,
  incident: (lang: Language, id: string) => ["status", "incident", lang, id] as const,
  unsubscribe: (token: string) => ["status", "unsubscribe", token] as const,
};

/** The status page refreshes every minute. */
export const PAGE_REFRESH_MS = 60_000;
/** The app-wide banner asks every 5 minutes: every open tab asks, so not more often. */
export const BANNER_REFRESH_MS = 5 * 60_000;
export const UPTIME_DAYS = 90;

/** The interface language, as the status API's `lang`; re-renders when the reader switches. */
export function useStatusLanguage(): Language {
  useTranslation(); // subscribes to language changes
  return currentLanguage();
}

/**
 * The summary, shared by the page and the banner (one cache entry per language). The server
 * serves it from a snapshot, so the page may ask every minute; the banner asks less, once.
 */
export function useStatusSummary({ refetchMs, retry }: { refetchMs: number; retry: boolean }) {
  const lang = useStatusLanguage();
  return useQuery({
    queryKey: statusKeys.summary(lang),
    queryFn: ({ signal }) => getStatusSummary(lang, signal),
    refetchInterval: refetchMs,
    staleTime: 15_000, // the server's Cache-Control max-age
    ...(retry ? {} : { retry: false }),
  });
}

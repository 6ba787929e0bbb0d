import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";

/** Sets a localized document title: "<page> · Satchel", or the product title when `page` is omitted. */
export function useDocumentTitle(page?: string): void {
  const { t } = useTranslation();
  const title = page ? t("app.titleTemplate", { page }) : t("app.homeTitle");
  useEffect(() => {
    document.title = title;
  }, [title]);
}

/** The value, once it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setDebounced(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}

/** The current time in ms, refreshed every `intervalMs` (for relative times such as "2 minutes ago"). */
export function useNow(intervalMs: number): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

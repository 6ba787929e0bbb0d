import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { useLocation } from "react-router";

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

/**
 * Runs `run(value)` once for this page when `value` is present, also under StrictMode's double
 * effects: for one-use tokens from email links, which must not be posted twice.
 */
export function useRunOnce<T>(value: T | null | undefined, run: (value: T) => void): void {
  const started = useRef(false);
  useEffect(() => {
    if (started.current || value === null || value === undefined || value === "") return;
    started.current = true;
    run(value);
  }, [value, run]);
}

/** Scrolls to the element named by the URL's #hash (e.g. a checkup's fix link to /app/security#sessions). */
export function useScrollToHash(): void {
  const { hash } = useLocation();
  useEffect(() => {
    if (!hash) return;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    document.getElementById(id)?.scrollIntoView({ block: "start" });
  }, [hash]);
}

import { ApiError } from "../../api/client";
import { currentLanguage } from "../../i18n";
import { formatDateTime, parseDate } from "../../lib/time";

/** An ISO timestamp from the API, in the interface language; "—" when there is none. */
export function dateTime(iso: string | null | undefined): string {
  const date = iso ? parseDate(iso) : null;
  return date ? formatDateTime(date, currentLanguage(), { dateStyle: "medium", timeStyle: "short" }) : "—";
}

/** A YYYY-MM-DD date (a birth date, a value date) as a calendar day, without shifting it by the time zone. */
export function calendarDate(day: string | null | undefined): string {
  if (!day || !/^\d{4}-\d{2}-\d{2}$/.test(day)) return day || "—";
  const date = new Date(`${day}T00:00:00Z`);
  return Number.isNaN(date.getTime())
    ? day
    : formatDateTime(date, currentLanguage(), { dateStyle: "medium", timeZone: "UTC" });
}

const pad = (n: number) => String(n).padStart(2, "0");

/** An ISO timestamp as the value of a datetime-local input (the browser's local time, to the minute). */
export function toLocalInput(iso: string | null | undefined): string {
  const date = iso ? parseDate(iso) : null;
  if (!date) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** A datetime-local value (local time) as an ISO timestamp in UTC; null when it is not a time. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value)) return null;
  // Without an offset, the Date constructor reads a date-time as local time, which is what the input shows.
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}

/** "US, cn ,*" → ["US", "CN", "*"]: a comma (or space, or Chinese comma) list, upper-cased, without repeats. */
export function splitCodes(text: string): string[] {
  const codes = text
    .split(/[\s,，、;]+/)
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  return [...new Set(codes)];
}

/**
 * The server's message for one field of a refused form, by its path ("name/en", "countries",
 * "maintenance/endsAt"); a path under the field (countries/3) counts for it.
 */
export function serverFieldError(error: unknown, field: string): string | null {
  if (!(error instanceof ApiError)) return null;
  for (const e of error.errors) {
    const path = e.path.replace(/^\/+/, "").replace(/\./g, "/");
    if (path === field || path.startsWith(`${field}/`)) return e.message;
  }
  return null;
}

/** True when a refused form has field errors the page shows next to its fields. */
export function hasFieldErrors(error: unknown): boolean {
  return error instanceof ApiError && error.errors.some((e) => e.path.replace(/^\/+/, "") !== "");
}

/** Where to go after signing in when `next` is missing or not acceptable. */
export const DEFAULT_AFTER_LOGIN = "/app";

const BASE = "https://satchel.invalid";
/** Pages that make no sense to come back to after signing in. */
const AUTH_PAGES = ["/login", "/signup"];

/**
 * Sanitizes a `next` redirect target: only a same-origin path that starts with a single `/`
 * is kept (no `//host`, no `/\host`, no scheme, no control characters or backslashes, no
 * way back to the login or signup page). Anything else gives `fallback`.
 */
export function safeNextPath(raw: string | null | undefined, fallback = DEFAULT_AFTER_LOGIN): string {
  if (typeof raw !== "string" || raw === "" || raw.length > 2000) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//")) return fallback;
  // Browsers read "\" as "/" and drop tabs and newlines, so "/\evil.com" or "/\t/evil.com" would leave the site.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are exactly what is refused
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE || url.pathname.startsWith("//")) return fallback;
  if (AUTH_PAGES.some((page) => url.pathname === page || url.pathname.startsWith(`${page}/`)))
    return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

/** `/login?next=…` for the given location (path, query and hash). */
export function loginPath(next?: string): string {
  const target = next ? safeNextPath(next, "") : "";
  return target ? `/login?next=${encodeURIComponent(target)}` : "/login";
}

/**
 * What a delivery error may show a person. A transport's error is free text that can carry
 * what must not reach a screen, an audit entry or the log: a connection URL with its password
 * (`smtp://user:secret@host`), a link with its token (`…/reset-password?token=…`), a bearer
 * token, a recipient's address or phone number. The outbox keeps and shows errors only through
 * `redactError`; the request log's own rule (secret query parameters) lives with the logger.
 */

const REDACTED = "[redacted]";

/** "l***@example.com", "+86*******8000": enough to recognise, not the whole address. */
export function maskAddress(to: string): string {
  const at = to.lastIndexOf("@");
  if (at > 0) return `${to.slice(0, 1)}***${to.slice(at)}`;
  if (to.length <= 4) return "*".repeat(to.length);
  const keep = to.startsWith("+") ? 3 : 0;
  return `${to.slice(0, keep)}${"*".repeat(to.length - keep - 4)}${to.slice(-4)}`;
}

/** Any absolute URL (scheme://…), up to whitespace, a quote or an angle bracket. */
const URL_PATTERN = /\b[a-z][a-z0-9+.-]*:\/\/[^\s<>"'`]+/gi;
/** A path segment that looks like a token (long, letters and digits mixed), not a word. */
const TOKEN_SEGMENT = /^(?=[^/]*\d)(?=[^/]*[a-z])[\w~.%-]{20,}$/i;

/** A URL with its credentials, query values, fragment and token-like path segments taken out. */
function redactUrl(url: string): string {
  // Punctuation that ends a sentence is not part of the URL.
  const trailing = /[.,;:!?)\]}]+$/.exec(url)?.[0] ?? "";
  const body = trailing ? url.slice(0, -trailing.length) : url;
  const match = /^([a-z][a-z0-9+.-]*:\/\/)([^/?#]*)([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(body);
  if (!match) return REDACTED + trailing;
  const [, scheme = "", authority = "", path = "", query, fragment] = match;
  const at = authority.lastIndexOf("@");
  const host = at >= 0 ? `***@${authority.slice(at + 1)}` : authority;
  const segments = path
    .split("/")
    .map((segment) => (TOKEN_SEGMENT.test(segment) ? REDACTED : segment))
    .join("/");
  const params = query ? query.replace(/([?&][^=&]*=)[^&]*/g, `$1${REDACTED}`) : "";
  const hash = fragment && fragment.length > 1 ? `#${REDACTED}` : (fragment ?? "");
  return `${scheme}${host}${segments}${params}${hash}${trailing}`;
}

/**
 * `Bearer abc…`, `Basic dXNl…`: the scheme stays, the credential goes (a lowercase word after
 * "Basic" is prose: "Basic authentication failed").
 */
const AUTH_SCHEME = /\b([Bb]earer\s+|[Bb]asic\s+(?![a-z]+\b))[\w~+/.=-]+/g;
/** A JSON Web Token anywhere in the text. */
const JWT = /\beyJ[\w-]+\.[\w-]+\.[\w-]*/g;
/** `password=…`, `api_key: …`, `"client_secret":"…"`, `hub.verify_token=…` outside a URL. */
const SECRET_PAIR =
  /(["']?\b[\w.-]*(?:password|passwd|pwd|secret|token|api[_-]?key|apikey|credentials?)["']?\s*[=:]\s*)("[^"]*"|'[^']*'|[^\s,;&"'<>]+)/gi;
/** An email address (after URLs, whose credentials are gone by then). */
const EMAIL = /[\w.%+-]+@[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/gi;
/** A phone number: + and 7–15 digits (spaces or hyphens between), or a bare run of 7–15 digits. */
const PHONE = /(?<![\w.:/-])(?:\+\d(?:[\s-]?\d){6,14}|\d{7,15})(?![\w.:/-]*\w)/g;

/** Longer errors are cut before redaction (what is kept is shorter still). */
const MAX_REDACTED_LENGTH = 4000;

/**
 * The error as an operator may see it: what happened (the server's answer, the host, the status
 * code) stays; secrets go and addresses are masked. Idempotent: a redacted text redacts to itself.
 */

export function redactError(text: string): string {
  // Cut first: the patterns backtrack, and a gateway's whole HTML error page must not stall the worker.
  return text
    .slice(0, MAX_REDACTED_LENGTH)
    .replace(URL_PATTERN, redactUrl)
    .replace(AUTH_SCHEME, (_m, scheme: string) => `${scheme}${REDACTED}`)
    .replace(JWT, REDACTED)
    .replace(SECRET_PAIR, (_m, key: string) => `${key}${REDACTED}`)
    .replace(EMAIL, maskAddress)
    .replace(PHONE, (phone) => maskAddress(phone.replace(/[\s-]/g, "")));
}

import i18n, { currentLanguage } from "../i18n";

/** One field-level problem inside a validation error (RFC 9457 extension `errors`). */
export interface FieldError {
  /** JSON pointer or dotted path of the field, e.g. `/email`; "" when the problem is not about one field. */
  path: string;
  message: string;
  /** A stable machine code when the server gives one (e.g. `too_short` inside `weak_password`). */
  code?: string;
}

/** The body of an `application/problem+json` answer, as the Satchel API sends it. */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  code?: string;
  helpArticle?: string;
  errors?: FieldError[];
}

/** A failed API call. `status` is 0 when the server could not be reached at all. */
export class ApiError extends Error {
  readonly code: string;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[];
  readonly helpArticle: string | undefined;
  /** Seconds from the `Retry-After` header (429), when there is one. */
  readonly retryAfter: number | undefined;
  /** Every member of the problem document, for extensions such as `lockedUntil`. */
  readonly extensions: Readonly<Record<string, unknown>>;

  constructor(init: {
    code: string;
    status: number;
    title: string;
    detail?: string | undefined;
    errors?: FieldError[] | undefined;
    helpArticle?: string | undefined;
    retryAfter?: number | undefined;
    extensions?: Record<string, unknown> | undefined;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = "ApiError";
    this.code = init.code;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.helpArticle = init.helpArticle;
    this.retryAfter = init.retryAfter;
    this.extensions = init.extensions ?? {};
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

export interface RequestOptions {
  method?: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** Sent as JSON. */
  body?: unknown;
  query?: Record<string, string | number | undefined | null>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
  /** Non-2xx statuses whose JSON body is a normal answer rather than a problem (e.g. 503 from /readyz). */
  acceptStatus?: readonly number[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function optionalString(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

function parseFieldErrors(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): FieldError[] => {
    if (!isRecord(item) || typeof item.message !== "string") return [];
    const code = optionalString(item.code);
    return [
      {
        path: typeof item.path === "string" ? item.path : "",
        message: item.message,
        ...(code ? { code } : {}),
      },
    ];
  });
}

/** `Retry-After` as seconds; HTTP dates are turned into seconds from now. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value.trim());
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, Math.ceil((date - now) / 1000));
}

/** Turns a non-2xx response body (problem+json or anything else) into an ApiError. */
export function problemToError(status: number, body: unknown, retryAfter?: number): ApiError {
  const problem = isRecord(body) ? body : {};
  return new ApiError({
    status,
    code: optionalString(problem.code) ?? `http_${status}`,
    title: optionalString(problem.title) ?? i18n.t("errors.http", { status }),
    detail: optionalString(problem.detail),
    errors: parseFieldErrors(problem.errors),
    helpArticle: optionalString(problem.helpArticle),
    retryAfter,
    extensions: problem,
  });
}

// --- CSRF -------------------------------------------------------------------------------------
// The web app is signed in with an HttpOnly session cookie; every state-changing request must
// also carry the session's CSRF token, which login, 2FA login and GET /api/v1/me hand out. It is
// kept in memory only (never in storage): a reloaded page gets it back from GET /api/v1/me.

let csrfToken: string | null = null;

/** Remembers the CSRF token of the current session (null when signed out). */
export function setCsrfToken(token: string | null | undefined): void {
  csrfToken = typeof token === "string" && token !== "" ? token : null;
}

export function getCsrfToken(): string | null {
  return csrfToken;
}

const UNSAFE_METHODS: ReadonlySet<string> = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/** True for the methods that change state and so need the CSRF header. */
export function needsCsrf(method: string): boolean {
  return UNSAFE_METHODS.has(method.toUpperCase());
}

/** The `X-CSRF-Token` header for a request, when the method needs it and a token is known. */
export function csrfHeader(method: string, token: string | null = csrfToken): Record<string, string> {
  return token && needsCsrf(method) ? { "X-CSRF-Token": token } : {};
}

/**
 * Asks GET /api/v1/me for the session's current CSRF token (after a `csrf_failed`, e.g. when
 * another tab signed in again). Resolves true when a new token was obtained.
 */
async function refreshCsrfToken(): Promise<boolean> {
  const before = csrfToken;
  try {
    const body = await request<unknown>("/api/v1/me");
    if (isRecord(body) && typeof body.csrfToken === "string" && body.csrfToken !== "") {
      setCsrfToken(body.csrfToken);
      return body.csrfToken !== before;
    }
  } catch {
    // signed out or unreachable: the original error stands
  }
  return false;
}

function buildUrl(path: string, query: RequestOptions["query"]): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== "") params.set(key, String(value));
  }
  const qs = params.toString();
  return qs ? `${path}${path.includes("?") ? "&" : "?"}${qs}` : path;
}

async function readBody(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  if (text === "") return undefined;
  const type = response.headers.get("content-type") ?? "";
  if (!type.includes("json")) return text;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/**
 * Calls the Satchel API on the same origin. Resolves with the parsed JSON body, or rejects with an
 * ApiError (server problem or unreachable server). Aborts (from TanStack Query cancelling) pass through.
 * The result type is the caller's claim about the contract; validate where the shape matters.
 */
export async function request<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return send<T>(path, options, true);
}

async function send<T>(path: string, options: RequestOptions, mayRefreshCsrf: boolean): Promise<T> {
  const method = options.method ?? "GET";
  const headers: Record<string, string> = {
    Accept: "application/json, application/problem+json",
    "Accept-Language": currentLanguage(),
    ...csrfHeader(method),
    ...options.headers,
  };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method,
      headers,
      body: options.body === undefined ? null : JSON.stringify(options.body),
      credentials: "same-origin",
      signal: options.signal ?? null,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiError({ status: 0, code: "network_error", title: i18n.t("errors.network") });
  }

  const body = await readBody(response);
  if (response.ok || options.acceptStatus?.includes(response.status)) {
    if (typeof body === "string") {
      throw new ApiError({
        status: response.status,
        code: "invalid_response",
        title: i18n.t("errors.invalidResponse"),
      });
    }
    return body as T;
  }
  const error = problemToError(response.status, body, parseRetryAfter(response.headers.get("retry-after")));
  // A stale token (the session was renewed in another tab): fetch the current one and try once more.
  if (error.code === "csrf_failed" && mayRefreshCsrf && needsCsrf(method) && (await refreshCsrfToken())) {
    return send<T>(path, options, false);
  }
  throw error;
}

export const api = {
  get: <T>(path: string, options?: Omit<RequestOptions, "method" | "body">) =>
    request<T>(path, { ...options, method: "GET" }),
  post: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, "method" | "body">) =>
    request<T>(path, { ...options, method: "POST", body }),
  put: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, "method" | "body">) =>
    request<T>(path, { ...options, method: "PUT", body }),
  patch: <T>(path: string, body?: unknown, options?: Omit<RequestOptions, "method" | "body">) =>
    request<T>(path, { ...options, method: "PATCH", body }),
  delete: <T>(path: string, options?: Omit<RequestOptions, "method" | "body">) =>
    request<T>(path, { ...options, method: "DELETE" }),
};

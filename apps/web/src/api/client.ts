import i18n, { currentLanguage } from "../i18n";

/** One field-level problem inside a validation error (RFC 9457 extension `errors`). */
export interface FieldError {
  path: string;
  message: string;
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

  constructor(init: {
    code: string;
    status: number;
    title: string;
    detail?: string | undefined;
    errors?: FieldError[] | undefined;
    helpArticle?: string | undefined;
  }) {
    super(init.detail ? `${init.title}: ${init.detail}` : init.title);
    this.name = "ApiError";
    this.code = init.code;
    this.status = init.status;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.helpArticle = init.helpArticle;
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
  return value.flatMap((item) =>
    isRecord(item) && typeof item.message === "string"
      ? [{ path: typeof item.path === "string" ? item.path : "", message: item.message }]
      : [],
  );
}

/** Turns a non-2xx response body (problem+json or anything else) into an ApiError. */
export function problemToError(status: number, body: unknown): ApiError {
  const problem = isRecord(body) ? body : {};
  return new ApiError({
    status,
    code: optionalString(problem.code) ?? `http_${status}`,
    title: optionalString(problem.title) ?? i18n.t("errors.http", { status }),
    detail: optionalString(problem.detail),
    errors: parseFieldErrors(problem.errors),
    helpArticle: optionalString(problem.helpArticle),
  });
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
  const headers: Record<string, string> = {
    Accept: "application/json, application/problem+json",
    "Accept-Language": currentLanguage(),
    ...options.headers,
  };
  if (options.body !== undefined) headers["Content-Type"] = "application/json";

  let response: Response;
  try {
    response = await fetch(buildUrl(path, options.query), {
      method: options.method ?? "GET",
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
  throw problemToError(response.status, body);
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

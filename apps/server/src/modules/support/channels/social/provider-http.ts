/**
 * The one way the social adapters talk to Meta's Graph API and X's API: a JSON POST with a
 * deadline, the answer parsed, and a failure turned into an error whose message says what the
 * provider said (shown to agents as the delivery error, and on the channels admin page). URLs
 * are never part of a message: Meta's page token travels in the query string.
 */

const TIMEOUT_MS = 15_000;

export type ProviderName = "Messenger" | "X";

/**
 * What went wrong, as the provider words it (Graph: error.message; X: detail, title or
 * errors[0].message; an OAuth 2.0 token endpoint: error_description and error).
 */
export function providerErrorText(json: unknown): string | undefined {
  if (!json || typeof json !== "object") return undefined;
  const record = json as Record<string, unknown>;
  const graph = record.error;
  if (graph && typeof graph === "object") {
    const message = (graph as Record<string, unknown>).message;
    if (typeof message === "string") return message;
  }
  if (typeof graph === "string")
    return typeof record.error_description === "string" ? `${record.error_description} (${graph})` : graph;
  for (const key of ["detail", "title"]) if (typeof record[key] === "string") return record[key] as string;
  const errors = record.errors;
  if (Array.isArray(errors) && errors[0] && typeof errors[0] === "object") {
    const message = (errors[0] as Record<string, unknown>).message;
    if (typeof message === "string") return message;
  }
  return undefined;
}

export class ProviderError extends Error {
  constructor(
    readonly provider: ProviderName,
    readonly status: number | undefined,
    message: string,
  ) {
    super(message);
    this.name = "ProviderError";
  }
}

export function postJson(
  provider: ProviderName,
  url: string,
  body: unknown,
  headers: Record<string, string> = {},
): Promise<unknown> {
  return post(provider, url, JSON.stringify(body), { "content-type": "application/json", ...headers });
}

/** A form POST (application/x-www-form-urlencoded), as OAuth 2.0 token endpoints take it; the JSON answer. */
export function postForm(
  provider: ProviderName,
  url: string,
  fields: Record<string, string>,
  headers: Record<string, string> = {},
): Promise<unknown> {
  return post(provider, url, new URLSearchParams(fields).toString(), {
    "content-type": "application/x-www-form-urlencoded",
    ...headers,
  });
}

async function post(
  provider: ProviderName,
  url: string,
  body: string,
  headers: Record<string, string>,
): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { accept: "application/json", ...headers },
      body,
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause : error) : undefined;
    throw new ProviderError(
      provider,
      undefined,
      `${provider} could not be reached: ${cause?.message ?? "network error"}`,
    );
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const said = providerErrorText(json) ?? (text.slice(0, 200) || response.statusText);
    throw new ProviderError(provider, response.status, `${provider} answered ${response.status}: ${said}`);
  }
  return json;
}

/** A string at `path` in a provider's answer (message_id, data.dm_event_id, id), or an error saying it is missing. */
export function requiredString(provider: ProviderName, json: unknown, path: readonly string[]): string {
  let value: unknown = json;
  for (const key of path)
    value = value && typeof value === "object" ? (value as Record<string, unknown>)[key] : undefined;
  if (typeof value !== "string" || value === "")
    throw new ProviderError(provider, undefined, `${provider}'s answer has no ${path.join(".")}`);
  return value;
}

/**
 * A file a webhook links to (a Messenger image on Meta's CDN), up to `maxBytes`; undefined when
 * it cannot be had. Only used when the adapter is told to download: it needs the network.
 */
export async function downloadFile(url: string, maxBytes: number): Promise<Buffer | undefined> {
  if (!url.startsWith("https://")) return undefined;
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS), redirect: "follow" });
    const declared = Number(response.headers.get("content-length") ?? 0);
    if (!response.ok || declared > maxBytes) return undefined;
    // Read as it comes, and stop at the limit: a missing or false content-length buys nothing.
    const chunks: Buffer[] = [];
    let size = 0;
    const reader = response.body?.getReader();
    if (!reader) return undefined;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.length;
      if (size > maxBytes) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(Buffer.from(value));
    }
    return Buffer.concat(chunks);
  } catch {
    return undefined;
  }
}

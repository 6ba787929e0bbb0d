import { vi } from "vitest";

// Test helpers (imported by *.test.ts only): a fetch that answers with one JSON body, and a
// look at what a call sent.

export function respond(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { "content-type": status >= 400 ? "application/problem+json" : "application/json" },
  });
}

export function stubFetch(status: number, body: unknown) {
  const fetchMock = vi.fn(async () => respond(status, body));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

export function callOf(fetchMock: ReturnType<typeof stubFetch>, index = 0) {
  const [url, init] = fetchMock.mock.calls[index] as unknown as [string, RequestInit];
  return { url, init, headers: init.headers as Record<string, string> };
}

/** A fetch that answers with `body` as given (text stays text) under a chosen content type. */
export function stub(status: number, body: unknown, type = "application/json") {
  const fetchMock = vi.fn(
    async () =>
      new Response(typeof body === "string" ? body : JSON.stringify(body), {
        status,
        headers: { "content-type": type },
      }),
  );
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

/** What the n-th call sent, body included. */
export function call(fetchMock: ReturnType<typeof stub>, index = 0) {
  const [url, init] = fetchMock.mock.calls[index] as unknown as [string, RequestInit];
  return {
    url,
    method: init.method ?? "GET",
    headers: init.headers as Record<string, string>,
    body: init.body,
    json: () => JSON.parse(String(init.body)) as unknown,
  };
}

/** A fetch that answers 204 No Content (a Response with a body cannot have that status). */
export function noContent() {
  const fetchMock = vi.fn(async () => new Response(null, { status: 204 }));
  vi.stubGlobal("fetch", fetchMock);
  return fetchMock;
}

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

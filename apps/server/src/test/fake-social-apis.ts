import { randomBytes } from "node:crypto";
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/**
 * Local fakes of the send APIs the social adapters call: Meta's Graph API (Messenger Send API,
 * Page feed) and X's v2 API (DMs, posts, the OAuth 2.0 token refresh), on 127.0.0.1 at a free port. They check credentials
 * as the real ones do, answer in the real shapes, record every request, and can be told to fail
 * (as the real ones do when overloaded) to test retries.
 */

export interface RecordedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  body: unknown;
  /** What the fake answered. */
  status: number;
}

export interface FakeSocialApi {
  /** The base URL to configure (messengerApiUrl / xApiUrl). */
  url: string;
  requests: RecordedRequest[];
  /** Requests answered 2xx. */
  accepted(): RecordedRequest[];
  /** The next `count` requests answer 503 in the provider's error shape. */
  failNext(count: number): void;
  close(): Promise<void>;
}

type Answer = { status: number; body: unknown };
type Route = (request: Omit<RecordedRequest, "status">, serial: number) => Answer;

/** The body as JSON, a form's fields (OAuth 2.0 token requests), or else the text. */
async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  if (request.headers["content-type"]?.startsWith("application/x-www-form-urlencoded"))
    return Object.fromEntries(new URLSearchParams(text));
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return text;
  }
}

async function startFake(route: Route, failure: Answer, basePath: string): Promise<FakeSocialApi> {
  const requests: RecordedRequest[] = [];
  let failures = 0;
  let serial = 0;
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const url = new URL(req.url ?? "/", "http://fake");
      const seen = {
        method: req.method ?? "GET",
        path: url.pathname.slice(basePath.length) || "/",
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body: await readJson(req),
      };
      let answer: Answer;
      if (failures > 0) {
        failures -= 1;
        answer = failure;
      } else {
        serial += 1;
        answer = route(seen, serial);
      }
      requests.push({ ...seen, status: answer.status });
      res.writeHead(answer.status, { "content-type": "application/json" });
      res.end(JSON.stringify(answer.body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${basePath}`,
    requests,
    accepted: () => requests.filter((r) => r.status >= 200 && r.status < 300),
    failNext: (count) => {
      failures = count;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

const graphError = (status: number, message: string, code: number): Answer => ({
  status,
  body: { error: { message, type: "OAuthException", code, fbtrace_id: "AbCdEfGhIjK" } },
});

/** Meta's Graph API: POST /me/messages and POST /{page-id}/feed, with ?access_token=<page token>. */
export function startFakeGraphApi(options: { pageToken: string }): Promise<FakeSocialApi> {
  return startFake(
    (request, serial) => {
      if (request.method !== "POST") return graphError(400, "Unsupported get request.", 100);
      if (request.query.access_token !== options.pageToken)
        return graphError(401, "Invalid OAuth access token - Cannot parse access token", 190);
      const body = (request.body ?? {}) as Record<string, unknown>;
      if (request.path === "/me/messages") {
        const recipient = (body.recipient as { id?: unknown } | undefined)?.id;
        const text = (body.message as { text?: unknown } | undefined)?.text;
        if (typeof recipient !== "string" || typeof text !== "string" || !body.messaging_type)
          return graphError(400, "(#100) The parameter recipient is required", 100);
        return { status: 200, body: { recipient_id: recipient, message_id: `m_fake_${serial}` } };
      }
      const feed = /^\/(\d+)\/feed$/.exec(request.path);
      if (feed && typeof body.message === "string")
        return { status: 200, body: { id: `${feed[1]}_${100 + serial}` } };
      return graphError(400, "Unknown path components", 2500);
    },
    graphError(503, "(#2) Service temporarily unavailable", 2),
    "/v21.0",
  );
}

const xProblem = (status: number, title: string, detail: string): Answer => ({
  status,
  body: { title, detail, type: "about:blank", status },
});

/** The token endpoint's error shape (RFC 6749), as X answers it. */
const oauthError = (status: number, error: string, description: string): Answer => ({
  status,
  body: { error, error_description: description },
});

export interface FakeXOptions {
  /** The access token X takes at first (the installation's X_ACCESS_TOKEN). */
  accessToken: string;
  /** The refresh token X takes at first; without one, refreshing is refused. */
  refreshToken?: string | undefined;
  /** The app's OAuth 2.0 client; with a secret it is confidential and must send HTTP Basic. */
  clientId?: string | undefined;
  clientSecret?: string | undefined;
}

export interface FakeXApi extends FakeSocialApi {
  /** The latest access and refresh tokens X issued (or was started with). */
  tokens(): { accessToken: string; refreshToken: string | undefined };
  /** Every access token issued so far stops working, as two hours passing does. */
  expireAccessTokens(): void;
  /** The refresh token stops working too (the account took the app's access away). */
  revokeRefreshToken(): void;
  /** The account authorises the app again (the authorization code flow): a new refresh token. */
  authorize(): string;
}

/**
 * X's v2 API: POST /2/dm_conversations/with/{id}/messages and POST /2/tweets with a bearer user
 * token, and POST /2/oauth2/token (grant_type=refresh_token), which checks the client (HTTP
 * Basic for a confidential one, client_id for a public one) and the refresh token, and answers
 * with a new access token and a NEW refresh token: refresh tokens rotate, the old one is refused.
 */
export async function startFakeXApi(options: FakeXOptions): Promise<FakeXApi> {
  const liveAccess = new Set([options.accessToken]);
  let latestAccess = options.accessToken;
  let refreshToken = options.refreshToken;
  let issued = 0;

  const token = (request: Omit<RecordedRequest, "status">): Answer => {
    const form = (request.body ?? {}) as Record<string, string>;
    if (options.clientSecret) {
      const basic = `Basic ${Buffer.from(`${options.clientId}:${options.clientSecret}`).toString("base64")}`;
      if (request.headers.authorization !== basic)
        return oauthError(401, "unauthorized_client", "Missing valid authorization header");
    } else if (!options.clientId || form.client_id !== options.clientId)
      return oauthError(400, "invalid_request", "Missing required parameter [client_id].");
    if (form.grant_type !== "refresh_token")
      return oauthError(400, "unsupported_grant_type", "Unsupported grant type");
    if (!refreshToken || form.refresh_token !== refreshToken)
      return oauthError(400, "invalid_request", "Value passed for the token was invalid.");
    issued += 1;
    latestAccess = `fake-x-access-${issued}-${randomBytes(6).toString("hex")}`;
    refreshToken = `fake-x-refresh-${issued}-${randomBytes(6).toString("hex")}`;
    liveAccess.add(latestAccess);
    return {
      status: 200,
      body: {
        token_type: "bearer",
        expires_in: 7200,
        access_token: latestAccess,
        scope: "dm.read dm.write tweet.read tweet.write users.read offline.access",
        refresh_token: refreshToken,
      },
    };
  };

  const fake = await startFake(
    (request, serial) => {
      if (request.method === "POST" && request.path === "/2/oauth2/token") return token(request);
      const bearer = request.headers.authorization?.replace(/^Bearer /, "");
      if (!bearer || !liveAccess.has(bearer)) return xProblem(401, "Unauthorized", "Unauthorized");
      const text = ((request.body ?? {}) as { text?: unknown }).text;
      if (request.method !== "POST" || typeof text !== "string")
        return xProblem(400, "Invalid Request", "One or more parameters to your request was invalid.");
      const dm = /^\/2\/dm_conversations\/with\/(\d+)\/messages$/.exec(request.path);
      if (dm)
        return {
          status: 201,
          body: {
            data: { dm_conversation_id: `${dm[1]}-4337869213`, dm_event_id: `17000000000000${serial}` },
          },
        };
      if (request.path === "/2/tweets")
        return { status: 201, body: { data: { id: `18000000000000${serial}`, text } } };
      return xProblem(404, "Not Found Error", `Could not find ${request.path}`);
    },
    xProblem(503, "Service Unavailable", "Service Unavailable"),
    "",
  );
  return {
    ...fake,
    tokens: () => ({ accessToken: latestAccess, refreshToken }),
    expireAccessTokens: () => liveAccess.clear(),
    revokeRefreshToken: () => {
      refreshToken = undefined;
    },
    authorize: () => {
      refreshToken = `fake-x-authorized-${randomBytes(6).toString("hex")}`;
      return refreshToken;
    },
  };
}

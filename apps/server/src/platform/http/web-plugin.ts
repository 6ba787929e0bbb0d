import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import fp from "fastify-plugin";

/** apps/web/dist, found from this file whether it runs from src/ (tests) or dist/. */
export const WEB_DIST_DIR = fileURLToPath(new URL("../../../../web/dist/", import.meta.url));

const API_PREFIXES = ["/api/", "/healthz", "/readyz", "/metrics"];

/** Whether a request that matched no route should get the web app's index.html. */
export function wantsWebApp(request: FastifyRequest): boolean {
  if (request.method !== "GET" && request.method !== "HEAD") return false;
  if (API_PREFIXES.some((prefix) => request.url.startsWith(prefix))) return false;
  const path = request.url.split("?")[0] ?? "/";
  const looksLikeFile = /\.[a-z0-9]+$/i.test(path);
  return (request.headers.accept ?? "").includes("text/html") || !looksLikeFile;
}

/**
 * The one page other sites may put in an iframe: the live chat that /chat-widget.js opens. It
 * holds nothing of an account in a foreign frame (the session cookie is SameSite=Lax, so it is
 * not sent there), which is why it alone may be framed.
 */
export function isEmbeddablePage(url: string): boolean {
  return (url.split("?")[0] ?? "") === "/chat/embed";
}

function allowAnyFrameAncestor(reply: FastifyReply): void {
  const policy = reply.getHeader("content-security-policy");
  if (typeof policy === "string") {
    reply.header("content-security-policy", policy.replace(/frame-ancestors [^;]*/, "frame-ancestors *"));
  }
  reply.removeHeader("x-frame-options");
}

declare module "fastify" {
  interface FastifyInstance {
    /** Sends the web app's index.html, or returns false when the app is not built. */
    serveWebApp(reply: FastifyReply): boolean;
  }
}

/**
 * Serves the built React app (apps/web/dist) at /. Client-side routes such as /help or
 * /dev/mailbox fall back to index.html; unknown API paths still get a 404 problem.
 */
export const webPlugin = fp(
  async (app: FastifyInstance, options: { root?: string }) => {
    const root = options.root ?? WEB_DIST_DIR;
    const built = existsSync(`${root}/index.html`);
    if (!built) {
      app.log.warn({ root }, "web app not built (run `npm run build`); serving the API only");
    } else {
      await app.register(fastifyStatic, {
        root,
        wildcard: false,
        index: false,
        // Vite fingerprints everything under assets/, so those files never change; the rest
        // (index.html, icons) must be revalidated so a new release shows at once.
        cacheControl: false,
        setHeaders: (res, path) => {
          const immutable = path.includes("/assets/");
          res.setHeader("cache-control", immutable ? "public, max-age=31536000, immutable" : "no-cache");
          // The embeddable chat script is loaded by other sites' pages (<script src=…>).
          if (path.endsWith("/chat-widget.js")) res.setHeader("cross-origin-resource-policy", "cross-origin");
        },
      });
    }
    app.decorate("serveWebApp", (reply: FastifyReply) => {
      if (!built) return false;
      reply.header("cache-control", "no-cache");
      if (isEmbeddablePage(reply.request.url)) allowAnyFrameAncestor(reply);
      void reply.sendFile("index.html", root);
      return true;
    });
  },
  { name: "satchel-web" },
);

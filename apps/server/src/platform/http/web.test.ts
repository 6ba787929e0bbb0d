import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildTestApp, type TestContext } from "../../test/test-app.js";

describe("serving the web app", () => {
  let ctx: TestContext;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), "satchel-web-"));
    mkdirSync(join(root, "assets"));
    writeFileSync(join(root, "index.html"), "<!doctype html><title>Satchel</title><div id=root></div>");
    writeFileSync(join(root, "assets", "app-abc123.js"), "console.log('hi')");
    writeFileSync(join(root, "chat-widget.js"), "(() => {})();");
    ctx = await buildTestApp({ webRoot: root });
  });
  afterAll(() => ctx.close());

  it("serves index.html at / and for the app's client-side routes", async () => {
    for (const url of ["/", "/help", "/dev/mailbox", "/status", "/agent/tickets/42"]) {
      const res = await ctx.app.inject({ method: "GET", url, headers: { accept: "text/html" } });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers["content-type"]).toMatch(/^text\/html/);
      expect(res.body).toContain("<title>Satchel</title>");
      expect(res.headers["content-security-policy"]).toContain("default-src 'self'");
    }
  });

  it("lets other sites frame the chat page only (the embeddable chat widget)", async () => {
    const chat = await ctx.app.inject({
      method: "GET",
      url: "/chat/embed?lang=zh-CN",
      headers: { accept: "text/html" },
    });
    expect(chat.statusCode).toBe(200);
    expect(chat.headers["content-security-policy"]).toContain("frame-ancestors *");
    expect(chat.headers["content-security-policy"]).toContain("default-src 'self'");
    expect(chat.headers["x-frame-options"]).toBeUndefined();
    const other = await ctx.app.inject({ method: "GET", url: "/help", headers: { accept: "text/html" } });
    expect(other.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(other.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it("serves the chat widget script to other sites' pages, the app's own files to ours only", async () => {
    const widget = await ctx.app.inject({ method: "GET", url: "/chat-widget.js" });
    expect(widget.statusCode).toBe(200);
    expect(widget.headers["cross-origin-resource-policy"]).toBe("cross-origin");
    expect(widget.headers["cache-control"]).toBe("no-cache");
    const asset = await ctx.app.inject({ method: "GET", url: "/assets/app-abc123.js" });
    expect(asset.headers["cross-origin-resource-policy"]).toBe("same-origin");
  });

  it("serves fingerprinted assets with a long cache lifetime", async () => {
    const res = await ctx.app.inject({ method: "GET", url: "/assets/app-abc123.js" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["cache-control"]).toContain("immutable");
    const missing = await ctx.app.inject({ method: "GET", url: "/assets/missing.js" });
    expect(missing.statusCode).toBe(404);
  });

  it("still answers unknown API paths with a problem, not the page", async () => {
    const res = await ctx.app.inject({
      method: "GET",
      url: "/api/v1/unknown",
      headers: { accept: "text/html" },
    });
    expect(res.statusCode).toBe(404);
    expect(res.headers["content-type"]).toMatch(/^application\/problem\+json/);
  });
});

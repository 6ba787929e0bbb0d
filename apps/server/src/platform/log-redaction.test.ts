import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger, requestForLog } from "./platform.js";

const logged = (url: string) => requestForLog({ method: "GET", url, ip: "203.0.113.9" }).url;

describe("request logs", () => {
  it("never show a secret carried in the query string", () => {
    expect(logged("/api/v1/support/chat/socket?token=guest-secret&x=1")).toBe(
      "/api/v1/support/chat/socket?token=[redacted]&x=1",
    );
    expect(logged("/x?access_token=abc#frag")).toBe("/x?access_token=[redacted]#frag");
    const meta = logged(
      "/api/v1/channels/messenger/webhook?hub.mode=subscribe&hub.verify_token=my-verify-token&hub.challenge=1158201444",
    );
    expect(meta).not.toContain("my-verify-token");
    expect(meta).toBe(
      "/api/v1/channels/messenger/webhook?hub.mode=subscribe&hub.verify_token=[redacted]&hub.challenge=1158201444",
    );
    expect(logged("/api/v1/channels/x/webhook?crc_token=abc123")).toBe(
      "/api/v1/channels/x/webhook?crc_token=[redacted]",
    );
    // Only those parameters: one merely ending in their names stays.
    expect(logged("/a?mytoken=keep&HUB.VERIFY_TOKEN=gone")).toBe(
      "/a?mytoken=keep&HUB.VERIFY_TOKEN=[redacted]",
    );
  });

  it("applies to the request the logger writes", () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk, _encoding, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const log = createLogger({ logLevel: "info" }, sink);
    log.info(
      { req: { method: "GET", url: "/w?hub.verify_token=my-verify-token", ip: "::1" } },
      "incoming request",
    );
    expect(lines.join("")).toContain("hub.verify_token=[redacted]");
    expect(lines.join("")).not.toContain("my-verify-token");
  });
});

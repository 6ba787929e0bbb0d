import { mkdtempSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_LOGINS } from "./seed/demo.js";
import { startSatchel } from "./server.js";
import { testConfig } from "./test/test-config.js";

describe("satchel start on the embedded database", () => {
  it("migrates, seeds once, serves, and keeps its data across a restart", async () => {
    const dataDir = mkdtempSync(join(tmpdir(), "satchel-start-"));
    const config = testConfig({ dataDir, port: 0 });

    const lines: string[] = [];
    const first = await startSatchel(config, (l) => lines.push(l));
    expect(lines).toContain("Seeded demo data.");
    if (!first.app) throw new Error("the all role serves HTTP");
    const port = (first.app.server.address() as AddressInfo).port;
    const ready = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(ready.status).toBe(200);
    // The worker runs in this role: the welcome email reaches the mailbox by itself, and the
    // demo card deposit is confirmed by its provider's webhook, which says so by email.
    await expect
      .poll(
        async () => {
          const res = await fetch(`http://127.0.0.1:${port}/api/v1/dev/messages`);
          const subjects = ((await res.json()) as { data: { subject: string }[] }).data.map((m) => m.subject);
          return ["Welcome to Satchel", "has arrived"].every((s) => subjects.some((x) => x?.includes(s)));
        },
        { timeout: 15_000 },
      )
      .toBe(true);
    await first.stop();

    const again: string[] = [];
    const second = await startSatchel(config, (l) => again.push(l));
    try {
      expect(again).toContain("Database schema is up to date.");
      expect(again).not.toContain("Seeded demo data.");
      expect(await second.platform.db.selectFrom("users").select("email").execute()).toHaveLength(
        DEMO_LOGINS.length,
      );
    } finally {
      await second.stop();
    }
  });

  it("serves nothing over HTTP in the worker role", async () => {
    const config = testConfig({
      dataDir: mkdtempSync(join(tmpdir(), "satchel-worker-")),
      port: 0,
      role: "worker",
    });
    const running = await startSatchel(config);
    try {
      expect(running.app).toBeUndefined();
    } finally {
      await running.stop();
    }
  });
});

import { createServer, type Server } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpClient, ticketsFrom } from "../../../../test/fixtures/email/mailbox.js";
import { buildTestApp, type TestContext } from "../../../../test/test-app.js";
import { testConfig } from "../../../../test/test-config.js";
import { testDatabaseKind } from "../../../../test/test-db.js";
import { startEmailListener, stopEmailListener } from "./listener.js";

/** Holds a free port on 127.0.0.1 until released. */
async function holdPort(): Promise<{ port: number; server: Server }> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("no port");
  return { port: address.port, server };
}

/** The server's own listener on SMTP_INBOUND_PORT: started with the server, stopped with it. */
describe(`the SMTP listener on SMTP_INBOUND_PORT, on ${testDatabaseKind}`, () => {
  let ctx: TestContext;
  let held: { port: number; server: Server };

  beforeAll(async () => {
    held = await holdPort();
    ctx = await buildTestApp({
      config: {
        channels: { ...testConfig().channels, smtpInboundPort: held.port, smtpInboundHost: "127.0.0.1" },
      },
    });
  });
  afterAll(async () => {
    await stopEmailListener(ctx.services.support.deps);
    await ctx?.close();
  });

  it("does not stop the server when the port is taken, listens once it is free, and stops", async () => {
    const deps = ctx.services.support.deps;
    // Another process holds the port: logged, not thrown (the web app and HTTP inbound still work).
    await expect(startEmailListener(deps)).resolves.toBeUndefined();
    await new Promise<void>((resolve) => held.server.close(() => resolve()));

    await startEmailListener(deps);
    const client = smtpClient(held.port);
    const from = `listener-${Date.now()}@example.com`;
    await client.send({
      from,
      to: "support@satchel.test",
      subject: "Hello",
      text: "Through the server's listener",
    });
    client.close();
    expect((await ticketsFrom(ctx, from))[0]?.messages[0]?.body).toBe("Through the server's listener");

    await stopEmailListener(deps);
    const after = smtpClient(held.port);
    await expect(after.send({ from, to: "support@satchel.test", subject: "x", text: "x" })).rejects.toThrow();
    after.close();
  });
});

import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isOutboundMessage } from "./message.js";
import { smtpTransport } from "./transports.js";

/**
 * RFC 3834: mail a machine wrote says so in its Auto-Submitted header, so the recipient's
 * out-of-office reply does not answer it (and two autoresponders never trade mail forever).
 */
describe("the Auto-Submitted header of outbound email", () => {
  /** A local SMTP server that keeps the raw mail it is handed. */
  let server: SMTPServer;
  let port = 0;
  const received: string[] = [];

  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: true,
      disabledCommands: ["AUTH", "STARTTLS"],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on("data", (chunk: Buffer) => chunks.push(chunk));
        stream.on("end", () => {
          received.push(Buffer.concat(chunks).toString("utf8"));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    port = (server.server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const headerOf = (raw: string, name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, "im").exec(raw.split(/\r?\n\r?\n/)[0] ?? "")?.[1]?.trim();

  it("is sent over SMTP when the message sets it, and left out otherwise", async () => {
    const transport = smtpTransport(`smtp://127.0.0.1:${port}`, "Satchel <no-reply@satchel.test>");
    await transport.send({
      channel: "email",
      to: "casey@example.test",
      subject: "We received your request",
      text: "We aim to answer within 1 business day.",
      autoSubmitted: "auto-replied",
    });
    await transport.send({
      channel: "email",
      to: "casey@example.test",
      subject: "Re: [#100001] Card declined",
      text: "An agent's own answer.",
    });
    expect(received).toHaveLength(2);
    expect(headerOf(received[0] ?? "", "Auto-Submitted")).toBe("auto-replied");
    expect(headerOf(received[1] ?? "", "Auto-Submitted")).toBeUndefined();
  });

  it("takes only RFC 3834's automatic values from the outbox", () => {
    const email = { channel: "email", to: "a@example.test", subject: "s", text: "t" };
    expect(isOutboundMessage({ ...email, autoSubmitted: "auto-generated" })).toBe(true);
    expect(isOutboundMessage({ ...email, autoSubmitted: "auto-replied" })).toBe(true);
    expect(isOutboundMessage({ ...email, autoSubmitted: null })).toBe(true);
    expect(isOutboundMessage({ ...email, autoSubmitted: "no" })).toBe(false);
    expect(isOutboundMessage({ ...email, autoSubmitted: 1 })).toBe(false);
  });
});

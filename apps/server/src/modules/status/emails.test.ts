import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { smtpTransport } from "../messaging/transports.js";
import { X_POST_WEIGHT_MAX, xWeightedLength } from "../support/channels/social/text.js";
import { type StatusEmailKey, statusEmailSamples, subscriberEmail } from "./emails.js";
import { maintenanceSocialText } from "./lifecycle.js";

const NOTICES: StatusEmailKey[] = [
  "incidentCreated",
  "incidentUpdated",
  "incidentResolved",
  "maintenanceAnnounced",
  "maintenanceStarted",
  "maintenanceCompleted",
  "maintenanceCanceled",
];

describe("status emails", () => {
  it("exist in both languages, and every notice carries its unsubscribe link", () => {
    for (const [key, sample] of Object.entries(statusEmailSamples)) {
      const copies = sample();
      for (const language of ["en", "zh-CN"] as const) {
        const copy = copies[language];
        expect(copy.subject, `${key} ${language}`).not.toBe("");
        expect(copy.action?.url, `${key} ${language}`).toMatch(/^https:\/\//);
        if (NOTICES.includes(key as StatusEmailKey))
          expect(copy.lines.at(-1), `${key} ${language}`).toContain("/status/unsubscribe?token=");
      }
      expect(copies["zh-CN"].subject).not.toBe(copies.en.subject);
    }
  });

  it("goes out in the subscriber's language, without an anti-phishing code, with the one-click headers", () => {
    const email = subscriberEmail(
      { email: "zh@example.test", language: "zh-CN" },
      statusEmailSamples.maintenanceStarted(),
      "https://wallet.example.com/api/v1/status/subscriptions/unsubscribe?token=abc",
    );
    if (email.channel !== "email") throw new Error("not an email");
    expect(email.subject).toBe("维护已开始：银行卡支付通道升级");
    expect(email.text).not.toContain("防钓鱼码");
    // Not an account's email: no advice to change a password the subscriber may not have.
    expect(email.text).not.toContain("密码");
    expect(email.listUnsubscribe).toBe(
      "https://wallet.example.com/api/v1/status/subscriptions/unsubscribe?token=abc",
    );
  });

  it("fits a social post with a long title within X's limit, English first", () => {
    const text = maintenanceSocialText(
      {
        title: { en: "A very long maintenance title ".repeat(8), "zh-CN": "非常长的维护标题".repeat(12) },
        starts_at: new Date("2026-12-05T22:00:00Z"),
        ends_at: new Date("2026-12-06T02:00:00Z"),
      },
      "https://wallet.example.com",
    );
    expect(xWeightedLength(text)).toBeLessThanOrEqual(X_POST_WEIGHT_MAX);
    expect(text.split("\n")).toHaveLength(3);
    expect(text.startsWith("Scheduled maintenance")).toBe(true);
    expect(text).toContain("计划维护");
    expect(text).toContain("https://wallet.example.com/status");
  });
});

describe("List-Unsubscribe over SMTP", () => {
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

  it("sends RFC 8058's two headers with the message's unsubscribe URL", async () => {
    const url = "https://wallet.example.com/api/v1/status/subscriptions/unsubscribe?token=abc";
    await smtpTransport(`smtp://127.0.0.1:${port}`, "Satchel <no-reply@satchel.test>").send(
      subscriberEmail(
        { email: "en@example.test", language: "en" },
        statusEmailSamples.incidentCreated(),
        url,
      ),
    );
    // Long headers are folded onto the next line (RFC 5322); unfolded to be read.
    const head = (received[0]?.split(/\r?\n\r?\n/)[0] ?? "").replace(/\r?\n[ \t]+/g, " ");
    expect(head).toMatch(new RegExp(`^List-Unsubscribe: <${url.replace(/[?.]/g, "\\$&")}>\r?$`, "m"));
    expect(head).toMatch(/^List-Unsubscribe-Post: List-Unsubscribe=One-Click\r?$/m);
    expect(head).toMatch(/^Auto-Submitted: auto-generated\r?$/m);
  });
});

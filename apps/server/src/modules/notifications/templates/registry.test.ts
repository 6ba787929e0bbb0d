import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { LOCALES } from "../../../platform/i18n.js";
import { testConfig } from "../../../test/test-config.js";
import { emails } from "../../accounts/emails.js";
import { supportEmail } from "../../help/insights/contact-emails.js";
import { renderTicketEmail } from "../../support/channels/email/compose.js";
import { plainEmail } from "../../support/tickets/emails.js";
import { TEMPLATES } from "./registry.js";
import { composeEmail, composeSms, noticeText } from "./render.js";
import { sampleRecipient } from "./samples.js";

/**
 * Every message Satchel sends is a registered template: it renders in both languages, an
 * account's email carries the customer's anti-phishing code and nobody else's does, HTML
 * escapes what it is given, and no copy builder a module exports is missing from the registry.
 */

const config = testConfig();
const CODE = "red-kite-7";

describe("the template registry", () => {
  it("has one template per key, each described in both languages", () => {
    const keys = TEMPLATES.map((t) => t.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const t of TEMPLATES) {
      expect(t.key, t.key).toMatch(/^[a-z]+\.[a-z0-9_]+(\.guest|\.sms)?$/);
      expect(t.description.en.trim(), t.key).not.toBe("");
      expect(t.description["zh-CN"].trim(), t.key).not.toBe("");
      expect(t.builders.length, t.key).toBeGreaterThan(0);
    }
    // The ones the issue names, at least.
    expect(keys).toEqual(
      expect.arrayContaining([
        "accounts.password_reset",
        "payments.deposit_succeeded",
        "support.ticket_reply",
        "status.incident_update",
      ]),
    );
  });

  it("renders every template in both languages: a subject and text for email, text for SMS", () => {
    for (const t of TEMPLATES) {
      const [en, zh] = LOCALES.map((language) => t.sample(sampleRecipient(language, null), { config }));
      for (const [language, message] of [
        ["en", en],
        ["zh-CN", zh],
      ] as const) {
        const where = `${t.key} (${language})`;
        expect(message?.channel, where).toBe(t.channel);
        expect(message?.text.trim(), where).not.toBe("");
        expect(message?.text, where).not.toMatch(/undefined|null|NaN|\[object Object\]|\{\w+\}/);
        if (message?.channel === "email") {
          expect(message.subject.trim(), where).not.toBe("");
          expect(message.subject, where).not.toMatch(/[\r\n]/);
          expect(message.html ?? "", where).toMatch(/^<!doctype html><html lang="(en|zh-CN)">/);
        }
      }
      // The two languages are two translations, not one text twice.
      expect(en?.text, t.key).not.toBe(zh?.text);
      if (zh?.channel === "email") expect(zh.subject, t.key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it("reads naturally in the app too, where the email's button is not shown: no line leads to a link", () => {
    // In the bell, the subject is the title and the lines the body; the entry itself opens the page.
    const leadsToLink =
      /[:：]\s*$|\b(here|link|button) below\b|\bclick\b|下方(的)?(链接|按钮)|此处|点击|\bthis email\b|此邮件|此邮箱/i;
    const inApp = TEMPLATES.filter(
      (t) => t.kind !== null && t.audience === "customer" && t.channel === "email",
    );
    expect(inApp.map((t) => t.key)).toEqual(
      expect.arrayContaining([
        "support.ticket_reply",
        "accounts.hard_locked_by_support",
        "payments.deposit_failed",
      ]),
    );
    for (const t of inApp) {
      expect(t.copies, `${t.key}: its copy, to check as the app shows it`).toBeDefined();
      const copies = t.copies?.({ config });
      for (const language of LOCALES) {
        const copy = copies?.[language];
        for (const line of [copy?.subject ?? "", ...(copy?.lines ?? [])])
          expect(line, `${t.key} (${language})`).not.toMatch(leadsToLink);
      }
    }
  });

  it("puts the customer's anti-phishing code on an account's own emails, and on no guest's or subscriber's", () => {
    // Staff messages go to the team's address or a staff account; they are not customers' to recognise.
    for (const t of TEMPLATES.filter((t) => t.audience !== "staff")) {
      for (const language of LOCALES) {
        const withCode = t.sample(sampleRecipient(language, CODE), { config });
        const without = t.sample(sampleRecipient(language, null), { config });
        const where = `${t.key} (${language})`;
        expect(without.text, where).not.toContain(CODE);
        if (t.channel === "email" && t.audience === "customer") {
          expect(withCode.text, where).toContain(CODE);
          expect(withCode.channel === "email" ? withCode.html : "", where).toContain(CODE);
        } else {
          // A guest's, a subscriber's address is only typed; texts have no room for it.
          expect(JSON.stringify(withCode), where).not.toContain(CODE);
        }
      }
    }
  });

  it("escapes parameters in the HTML part", () => {
    const hostile = `<img src=x onerror="alert(1)">`;
    const recipient = { ...sampleRecipient("en", `<b>${CODE}</b>`), name: hostile };
    const messages = [
      composeEmail(recipient, emails.emailChanged(`${hostile}@example.test`)),
      composeEmail(recipient, {
        en: {
          subject: "s",
          lines: [hostile],
          action: { label: hostile, url: `https://x.test/?a="${hostile}` },
        },
        "zh-CN": { subject: "s", lines: [hostile] },
      }),
      plainEmail("guest@example.test", "en", emails.emailChanged(`${hostile}@example.test`)),
      supportEmail(
        {
          reference: "C-1",
          subject: hostile,
          message: `${hostile}\n</blockquote><script>alert(2)</script>`,
          locale: "en",
          replyTo: `${hostile}@example.test`,
          customer: undefined,
          deflection: { query: hostile, suggested: [], opened: [] },
          at: new Date("2026-11-26T09:30:00Z"),
        },
        "support@satchel.test",
      ),
      renderTicketEmail({
        number: "100001",
        language: "en",
        to: "a@example.test",
        kind: "reply",
        subject: hostile,
        text: `${hostile}\n\n<script>alert(3)</script>`,
        messageId: "m@satchel.test",
        banner: `Your anti-phishing code: <b>${CODE}</b>`,
        from: "Satchel <support@satchel.test>",
        replyTo: "support@satchel.test",
        inReplyTo: null,
        references: [],
      }),
    ];
    for (const message of messages) {
      const html = message.channel === "email" ? (message.html ?? "") : "";
      expect(html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
      expect(html).not.toContain("<img");
      expect(html).not.toContain("<script");
      expect(html).not.toContain("<b>");
    }
    // The text part is plain text: what was given, as given.
    expect(messages[0]?.text).toContain(hostile);
  });

  it("prefixes text messages and keeps them short enough for one or two segments", () => {
    for (const t of TEMPLATES.filter((t) => t.channel === "sms")) {
      for (const language of LOCALES) {
        const message = t.sample(sampleRecipient(language, null), { config });
        expect(message.text.startsWith("[Satchel] "), t.key).toBe(true);
        expect(message.text.length, t.key).toBeLessThanOrEqual(language === "en" ? 306 : 134);
      }
    }
    expect(composeSms("+8613800138000", "en", { en: "hi", "zh-CN": "你好" }).text).toBe("[Satchel] hi");
  });

  it("texts carry the news, never a link, a code that is not theirs or an email's body", () => {
    for (const t of TEMPLATES.filter((t) => t.channel === "sms")) {
      for (const language of LOCALES) {
        const text = t.sample(sampleRecipient(language, CODE), { config }).text;
        expect(text, t.key).not.toMatch(/https?:\/\/|www\.|\n/);
        expect(text, t.key).not.toContain(CODE);
      }
    }
  });

  it("registers the text of every notice a customer may turn texts on for, in both languages", () => {
    const notices = TEMPLATES.filter((t) => t.copies && t.kind !== null && t.kind !== "maintenance");
    expect(notices.length).toBeGreaterThan(20);
    for (const notice of notices) {
      const text = TEMPLATES.find((t) => t.key === `${notice.key}.sms`);
      expect(text, notice.key).toMatchObject({ channel: "sms", kind: notice.kind, audience: "customer" });
      expect(text?.builders, notice.key).toContain(noticeText);
      const copies = notice.copies?.({ config });
      for (const language of LOCALES)
        expect(text?.sample(sampleRecipient(language, null), { config }).text, notice.key).toBe(
          `[Satchel] ${copies?.[language].subject}`,
        );
    }
    expect(TEMPLATES.map((t) => t.key)).toEqual(
      expect.arrayContaining([
        "support.ticket_reply.sms",
        "payments.deposit_succeeded.sms",
        "accounts.new_device.sms",
      ]),
    );
  });
});

/**
 * Exports of the modules' email files that are not copy builders (renderers re-exported, labels,
 * wording helpers, samples); anything else they export must be a registered template's builder.
 */
const NOT_BUILDERS = new Set([
  "accounts/emails.ts:antiPhishingLine",
  "accounts/emails.ts:composeEmail",
  "accounts/emails.ts:composeSms",
  "accounts/emails.ts:escapeHtml",
  "support/tickets/emails.ts:ticketLabel",
  "support/tickets/emails.ts:describeTarget",
  "support/channels/phone/callback-emails.ts:callbackRequestText",
  "status/emails.ts:componentList",
  "status/emails.ts:statusEmailSamples",
]);

/** Copy builders that live outside a module's email files. */
const ELSEWHERE: Record<string, string[]> = {
  "accounts/staff-admin.ts": ["invitationEmail"],
  "accounts/self-freeze.ts": ["selfFrozen"],
  "payments/bank/tracer-copy.ts": ["traceEmail"],
  "wallets/notices.ts": ["transferReceivedNotice"],
  "status/bell.ts": ["maintenanceBellCopies"],
  "support/channels/chat/transcript.ts": ["transcriptCopies"],
  "support/channels/email/acknowledge.ts": ["acknowledgementContent"],
  "../seed/welcome.ts": ["welcomeCopies"],
};

const MODULES = fileURLToPath(new URL("../..", import.meta.url));

/** Every source file of the modules (not tests), relative to the modules' folder. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [relative(MODULES, path)] : [];
  });
}

function emailFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return emailFiles(path);
    return /(^|-)emails\.ts$/.test(entry.name) ? [relative(MODULES, path)] : [];
  });
}

describe("the template registry's coverage", () => {
  const registered = new Set<unknown>(TEMPLATES.flatMap((t) => t.builders));

  it("registers every copy builder the modules' email files export", async () => {
    const files = emailFiles(MODULES);
    expect(files).toEqual(
      expect.arrayContaining(["accounts/emails.ts", "payments/deposits/emails.ts", "status/emails.ts"]),
    );
    const missing: string[] = [];
    for (const file of files) {
      const exported: Record<string, unknown> = await import(join(MODULES, file));
      for (const [name, value] of Object.entries(exported)) {
        if (NOT_BUILDERS.has(`${file}:${name}`)) continue;
        if (typeof value === "function") {
          if (!registered.has(value)) missing.push(`${file}: ${name}`);
        } else if (value && typeof value === "object") {
          // A table of builders (accounts' `emails` and `texts`, status's `statusEmails`).
          const members = Object.entries(value);
          if (members.length === 0 || !members.every(([, member]) => typeof member === "function")) continue;
          for (const [member, builder] of members)
            if (!registered.has(builder)) missing.push(`${file}: ${name}.${member}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it("registers every text the modules send, as a text message", async () => {
    const textBuilders = new Set<unknown>(
      TEMPLATES.filter((t) => t.channel === "sms").flatMap((t) => t.builders),
    );
    const { texts } = await import(join(MODULES, "accounts/emails.ts"));
    const found: string[] = [];
    const unregistered: string[] = [];
    for (const file of sourceFiles(MODULES)) {
      const source = readFileSync(join(MODULES, file), "utf8");
      if (/channel:\s*"sms"/.test(source)) found.push(`${file}: channel "sms"`);
      if (/composeSms\(/.test(source)) found.push(`${file}: composeSms`);
      // accounts' deps.sms(executor, phone, user, text): the text must come from a registered builder.
      for (const [, args = ""] of source.matchAll(/\bdeps\.sms\(([^;]*?)\);/gs)) {
        const name = /\btexts\.(\w+)\(/.exec(args)?.[1];
        if (!name || !textBuilders.has(texts[name])) unregistered.push(`${file}: deps.sms(${args.trim()})`);
      }
    }
    expect(unregistered).toEqual([]);
    // Texts are composed in these places only: a new one elsewhere needs a registered template first.
    expect(found.sort()).toEqual([
      "accounts/deps.ts: composeSms", // deps.sms, checked above
      'messaging/message.ts: channel "sms"', // the type
      "notifications/center.ts: composeSms", // noticeText, registered as each notice's .sms
      'notifications/templates/define.ts: channel "sms"',
      "notifications/templates/define.ts: composeSms",
      'notifications/templates/preview.ts: channel "sms"',
      'notifications/templates/render.ts: channel "sms"',
      "notifications/templates/render.ts: composeSms",
    ]);
    const center = readFileSync(join(MODULES, "notifications/center.ts"), "utf8");
    expect(center).toMatch(/composeSms\([^;]*noticeText\(/s);
    expect(textBuilders.has(noticeText)).toBe(true);
  });

  it("registers the builders that live elsewhere", async () => {
    const missing: string[] = [];
    for (const [file, names] of Object.entries(ELSEWHERE)) {
      const exported: Record<string, unknown> = await import(join(MODULES, file));
      for (const name of names) if (!registered.has(exported[name])) missing.push(`${file}: ${name}`);
    }
    expect(missing).toEqual([]);
  });
});

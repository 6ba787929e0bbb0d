import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { testConfig } from "../../../../test/test-config.js";
import { automatedKind } from "./automated.js";
import { MAX_EMAIL_BYTES, parseEmail, UnreadableEmail } from "./parse.js";
import { stripQuoted } from "./strip-quotes.js";

const fixture = (name: string) =>
  readFileSync(new URL(`../../../../test/fixtures/email/${name}`, import.meta.url));

const crlf = (text: string) => Buffer.from(text.replace(/\r?\n/g, "\r\n"));
const config = testConfig();

describe("parsing inbound mail", () => {
  it("reads a GBK body and GBK encoded-word headers as Chinese", async () => {
    const gbk = (text: string) => iconv.encode(text, "gbk");
    const raw = Buffer.concat([
      crlf(
        [
          `From: =?GBK?B?${gbk("王小明").toString("base64")}?= <wang@example.cn>`,
          "To: support@satchel.test",
          `Subject: =?GBK?B?${gbk("我的付款没有到账").toString("base64")}?=`,
          "Message-ID: <gbk-1@example.cn>",
          "Content-Type: text/plain; charset=GBK",
          "Content-Transfer-Encoding: 8bit",
          "",
          "",
        ].join("\n"),
      ),
      gbk("您好，我昨天转账了，但是朋友还没有收到。\r\n"),
    ]);
    const mail = await parseEmail(raw);
    expect(mail.subject).toBe("我的付款没有到账");
    expect(mail.from).toEqual({ address: "wang@example.cn", name: "王小明" });
    expect(mail.body).toBe("您好，我昨天转账了，但是朋友还没有收到。");
    expect(mail.language).toBe("zh-CN");
    expect(mail.externalId).toBe("gbk-1@example.cn");
  });

  it("reads GB2312 and Big5 bodies, and quoted-printable UTF-8", async () => {
    const gb2312 = Buffer.concat([
      crlf("From: a@example.cn\nSubject: hi\nContent-Type: text/plain; charset=gb2312\n\n"),
      iconv.encode("简体中文", "gb2312"),
    ]);
    expect((await parseEmail(gb2312)).body).toBe("简体中文");
    const big5 = Buffer.concat([
      crlf("From: a@example.tw\nSubject: hi\nContent-Type: text/plain; charset=big5\n\n"),
      iconv.encode("繁體中文", "big5"),
    ]);
    expect((await parseEmail(big5)).body).toBe("繁體中文");
    const qp = crlf(
      "From: a@example.com\nSubject: =?UTF-8?Q?caf=C3=A9?=\nContent-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\nna=C3=AFve =E2=82=AC5\n",
    );
    const mail = await parseEmail(qp);
    expect(mail.subject).toBe("café");
    expect(mail.body).toBe("naïve €5");
    expect(mail.language).toBe("en");
  });

  it("makes text of an HTML-only mail, without scripts, remote images or the quoted thread", async () => {
    const mail = await parseEmail(fixture("gmail-html-reply.eml"));
    expect(mail.body).toBe("It is still pending & I need it today.\nThanks");
    expect(mail.html).toContain("We received your request.");
    expect(mail.html).not.toContain("script");
    expect(mail.html).not.toContain("tracker.example");
    expect(mail.html).toContain("<b>today</b>");
  });

  it("cuts Outlook's HTML reply at its header block, quoted mail after it included", async () => {
    const mail = await parseEmail(fixture("outlook-html-reply.eml"));
    expect(mail.body).toBe("Thanks, it works now.");
    expect(mail.html).toContain("We received your request #100001.");
    expect(mail.html).not.toContain("color: red");
  });

  it("makes text of hostile HTML and text quickly (no input makes the scans quadratic)", async () => {
    const soups = [
      "<a".repeat(300_000),
      `<li${" x".repeat(300_000)}`,
      `<div ${'class="x" '.repeat(60_000)}`,
      `<div class="${"gmail ".repeat(100_000)}`,
      `<p>${"&amp;".repeat(100_000)}</p>`,
      "<p>hello</p>".repeat(1_000_000),
    ];
    for (const soup of soups) {
      const started = performance.now();
      await parseEmail(crlf(`From: a@example.com\nSubject: soup\nContent-Type: text/html\n\n${soup}`));
      expect(performance.now() - started).toBeLessThan(30_000);
    }
    const text = `${"On Monday ".repeat(50_000)}\n${"From: x\n".repeat(50_000)}${" wrote".repeat(50_000)}`;
    const started = performance.now();
    await parseEmail(crlf(`From: a@example.com\nSubject: soup\n\n${text}`));
    expect(performance.now() - started).toBeLessThan(30_000);
    // Generous bounds: a quadratic scan of these inputs takes minutes; a busy CI machine, seconds.
  }, 180_000);

  it("keeps every recipient and the threading ids without brackets", async () => {
    const mail = await parseEmail(
      crlf(
        [
          "From: Alice <Alice@Example.com>",
          "To: Someone <someone@example.com>, support+abc@satchel.test",
          "Cc: other@example.com",
          "Delivered-To: support+k3x9k3x9k3x9@satchel.test",
          "Subject: hello",
          "In-Reply-To: <first@satchel.test>",
          "References: <zero@satchel.test>",
          " <first@satchel.test>",
          "",
          "Hello",
        ].join("\n"),
      ),
    );
    expect(mail.from.address).toBe("alice@example.com");
    expect(mail.recipients).toEqual([
      "someone@example.com",
      "support+abc@satchel.test",
      "other@example.com",
      "support+k3x9k3x9k3x9@satchel.test",
    ]);
    expect(mail.threadIds).toEqual(["first@satchel.test", "zero@satchel.test"]);
    // No Message-ID: a hash of the raw mail, so the same mail posted twice is one.
    expect(mail.hasMessageId).toBe(false);
    expect(mail.externalId).toMatch(/^[0-9a-f]{64}@no-message-id\.invalid$/);
  });

  it("hands over attachments with their names", async () => {
    const raw = crlf(
      [
        "From: a@example.com",
        "Subject: files",
        'Content-Type: multipart/mixed; boundary="X"',
        "",
        "--X",
        "Content-Type: text/plain",
        "",
        "See attached",
        "--X",
        'Content-Type: application/octet-stream; name="invoice.exe"',
        "Content-Transfer-Encoding: base64",
        'Content-Disposition: attachment; filename="invoice.exe"',
        "",
        Buffer.from("MZ not really").toString("base64"),
        "--X--",
      ].join("\n"),
    );
    const mail = await parseEmail(raw);
    expect(mail.body).toBe("See attached");
    expect(mail.files.map((f) => f.filename)).toEqual(["invoice.exe"]);
    expect(mail.files[0]?.bytes.toString()).toBe("MZ not really");
  });

  it("refuses what is not a mail: nothing, no sender, too large", async () => {
    await expect(parseEmail(Buffer.alloc(0))).rejects.toBeInstanceOf(UnreadableEmail);
    await expect(parseEmail(Buffer.from("just some words"))).rejects.toBeInstanceOf(UnreadableEmail);
    await expect(parseEmail(crlf("From: not an address\nSubject: x\n\nhi"))).rejects.toBeInstanceOf(
      UnreadableEmail,
    );
    await expect(parseEmail(Buffer.alloc(MAX_EMAIL_BYTES + 1, 65))).rejects.toBeInstanceOf(UnreadableEmail);
  });

  it("hashes an absurdly long Message-ID so it fits the index", async () => {
    const mail = await parseEmail(
      crlf(`From: a@example.com\nMessage-ID: <${"x".repeat(3000)}@example.com>\n\nhi`),
    );
    expect(mail.externalId).toMatch(/^[0-9a-f]{64}@long-message-id\.invalid$/);
    expect(mail.hasMessageId).toBe(true);
  });
});

describe("stripping quoted history and signatures", () => {
  it("cuts Outlook's header block, Gmail's attribution and QQ's original-mail separator", async () => {
    expect((await parseEmail(fixture("outlook-reply.eml"))).body).toBe(
      "Thanks, the card works now.\n\nAlice",
    );
    expect((await parseEmail(fixture("qq-reply.eml"))).body).toBe("还是没有到账，请帮忙查一下。");
  });

  it("drops quoted lines, attributions wrapped over two lines, signatures and phone footers", () => {
    expect(
      stripQuoted(
        "Still broken.\n\nOn Wed, Nov 25, 2026 at 6:00 PM Satchel Support <\nsupport@satchel.test> wrote:\n> old text\n> more",
      ),
    ).toBe("Still broken.");
    expect(stripQuoted("Yes please\n> Do you want a refund?\nThanks")).toBe("Yes please\nThanks");
    expect(stripQuoted("Done.\n-- \nAlice Chen\nACME Ltd")).toBe("Done.");
    expect(stripQuoted("OK\n\nSent from my iPhone")).toBe("OK");
    expect(stripQuoted("好的\n\n发自我的iPhone")).toBe("好的");
    expect(
      stripQuoted("收到\n\n在 2026年11月25日 18:00，Satchel Support <support@satchel.test> 写道：\n> 旧内容"),
    ).toBe("收到");
    expect(
      stripQuoted(
        "收到了\n\nSatchel Support <support@satchel.test> 于2026年11月25日周三 18:00写道：\n旧内容",
      ),
    ).toBe("收到了");
    expect(stripQuoted("Fine\n-----Original Message-----\nFrom: x\nSent: y")).toBe("Fine");
    expect(stripQuoted("New answer\n\n##- Reply above this line -##\n\nOur earlier mail")).toBe("New answer");
  });

  it("keeps the full text when nothing of the customer's own would be left", () => {
    const allQuote = "> only a quote\n> of our mail";
    expect(stripQuoted(allQuote)).toBe(allQuote);
  });
});

describe("telling people from machines", () => {
  const kindOf = async (raw: Buffer, envelope?: Parameters<typeof automatedKind>[2]) =>
    automatedKind(config, await parseEmail(raw), envelope);

  it("recognises bounces, autoresponders and mailing lists", async () => {
    expect(await kindOf(fixture("bounce.eml"))).toBe("bounce");
    expect(await kindOf(fixture("out-of-office.eml"))).toBe("auto_reply");
    expect(await kindOf(fixture("newsletter.eml"))).toBe("mailing_list");
    expect(await kindOf(crlf("From: a@example.com\nAuto-Submitted: auto-replied\n\nhi"))).toBe("auto_reply");
    expect(await kindOf(crlf("From: a@example.com\nAuto-Submitted: auto-generated\n\nhi"))).toBe(
      "auto_reply",
    );
    expect(await kindOf(crlf("From: a@example.com\nPrecedence: auto_reply\n\nhi"))).toBe("auto_reply");
    expect(await kindOf(crlf("From: a@example.com\nX-Autoreply: yes\n\nhi"))).toBe("auto_reply");
    expect(await kindOf(crlf("From: a@example.com\nX-Autorespond: yes\n\nhi"))).toBe("auto_reply");
    expect(await kindOf(crlf("From: a@example.com\nList-Id: <list.example.com>\n\nhi"))).toBe("mailing_list");
    expect(await kindOf(crlf("From: a@example.com\nReturn-Path: <>\n\nhi"))).toBe("bounce");
    expect(await kindOf(crlf("From: postmaster@example.com\n\nhi"))).toBe("bounce");
    expect(await kindOf(crlf("From: a@example.com\n\nhi"), { mailFrom: null, rcptTo: [] })).toBe("bounce");
  });

  it("takes mail people write, even from Outlook (which marks much mail X-Auto-Response-Suppress)", async () => {
    expect(await kindOf(fixture("outlook-reply.eml"))).toBeUndefined();
    expect(await kindOf(crlf("From: a@example.com\nAuto-Submitted: no\n\nhi"))).toBeUndefined();
    expect(
      await kindOf(crlf("From: a@example.com\n\nhi"), { mailFrom: "a@example.com", rcptTo: [] }),
    ).toBeUndefined();
  });

  it("recognises our own mail coming back (support address, its +token form, MAIL_FROM)", async () => {
    expect(await kindOf(crlf("From: Satchel <support@satchel.test>\n\nhi"))).toBe("loop");
    expect(await kindOf(crlf("From: support+abcdef0123456789abcd@satchel.test\n\nhi"))).toBe("loop");
    expect(await kindOf(crlf("From: no-reply@satchel.test\n\nhi"))).toBe("loop");
    expect(await kindOf(crlf("From: supporter@satchel.test\n\nhi"))).toBeUndefined();
  });
});

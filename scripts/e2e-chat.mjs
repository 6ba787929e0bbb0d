// End-to-end: live chat as a visitor and an agent use it in the browser — the agent is online on
// the console's chats page; a guest on the help center opens the chat widget, gives name and
// email, and writes; the chat appears in the agent's waiting list, the agent takes it, reads and
// answers; the guest sees the answer (and the agent's typing, and read ticks on her message),
// keeps the chat across a reload, and has the transcript emailed once the agent ends it. Then
// the embeddable script on another site opens the chat in an iframe, in the language it asks for.
// Called by scripts/e2e.mjs with its browser, server address and helpers.
import { createServer } from "node:http";
import { join } from "node:path";
import { signIn } from "./e2e-auth.mjs";

/** A page of "another site" (its own origin) that includes the widget script from Satchel. */
async function hostSite(base) {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Shop</title></head>
<body><h1>A shop that uses Satchel</h1>
<script src="${base}/chat-widget.js" data-lang="zh-CN" async></script></body></html>`;
  const server = createServer((_request, response) => {
    response.writeHead(200, { "content-type": "text/html; charset=utf-8" });
    response.end(html);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}/`, close: () => server.close() };
}

export async function chatJourney({ browser, base, shots, check, assert, aliceTotp }) {
  const agentContext = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: "en-US" });
  const agent = await agentContext.newPage();
  const guestContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const guest = await guestContext.newPage();
  const consoleErrors = [];
  for (const page of [agent, guest])
    page.on("console", (msg) => {
      // 4xx answers (no open chat yet: 404) are expected; so is a socket cut by a reload.
      if (msg.type() === "error" && !/status of 4\d\d|ERR_FAILED|net::|WebSocket/.test(msg.text()))
        consoleErrors.push(msg.text());
    });

  const stamp = Date.now();
  const guestName = `Li Wei ${stamp}`;
  const guestEmail = `chat-${stamp}@example.test`;
  const question = "Hello, my deposit has not arrived yet. Can you check?";
  const answer = "Hi Li Wei, I'm looking at your deposit now.";
  let chatId = "";

  const agentChat = () => agent.locator(`[data-testid="agent-chat"][data-chat-id="${chatId}"]`);
  const guestPanel = () => guest.getByTestId("chat-panel");

  await check("an agent signs in, is online and opens the live chats page", async () => {
    await signIn(agent, base, "agent@demo.satchel.test", "copper-meadow-signal-77");
    await agent.goto(`${base}/agent`);
    await agent.getByTestId("console-chats-link").click();
    await agent.waitForURL(/\/agent\/chats/, { timeout: 15_000 });
    await agent.getByTestId("presence-online").click();
    await agent.getByTestId("chats-page").waitFor({ timeout: 15_000 });
    await agent.getByTestId("chats-waiting").waitFor({ timeout: 15_000 });
  });

  await check("a guest on the help center starts a chat from the widget, with name and email", async () => {
    await guest.goto(`${base}/help`);
    await guest.getByTestId("chat-launcher").click();
    await guestPanel().waitFor({ timeout: 15_000 });
    await guest.getByTestId("chat-availability").waitFor({ timeout: 15_000 });
    const online = Number(await guest.getByTestId("chat-availability").getAttribute("data-online"));
    assert(online >= 1, `the widget says ${online} agents are online`);
    // Name and email come first: starting without them is refused on the page.
    await guest.getByTestId("chat-start").click();
    await guest.locator("#chat-intro-name[aria-invalid=true]").waitFor();
    await guest.getByTestId("chat-intro-name").fill(guestName);
    await guest.getByTestId("chat-intro-email").fill(guestEmail);
    await guest.getByTestId("chat-intro-message").fill(question);
    await guest.getByTestId("chat-start").click();
    const conversation = guest.getByTestId("chat-conversation");
    await conversation.waitFor({ timeout: 15_000 });
    assert(
      (await conversation.getAttribute("data-state")) === "waiting",
      "the chat is not waiting for an agent",
    );
    await guest
      .getByTestId("chat-status")
      .filter({ hasText: /in the queue|Waiting/ })
      .waitFor({ timeout: 15_000 });
    await guest
      .locator('[data-testid="chat-message"][data-author="customer"]', { hasText: question })
      .waitFor({ timeout: 15_000 });
    await guest.screenshot({ path: join(shots, "chat-guest-waiting.png") });
  });

  await check("the chat shows up in the agent's waiting list; the agent takes it", async () => {
    const row = agent.locator('[data-testid="chat-waiting"]', { hasText: guestName });
    await row.waitFor({ timeout: 20_000 });
    chatId = (await row.getAttribute("data-chat-id")) ?? "";
    assert(chatId, "the waiting chat has no id");
    await agent.screenshot({ path: join(shots, "chat-console-waiting.png"), fullPage: true });
    await row.getByTestId("chat-take").click();
    await agentChat().waitFor({ state: "visible", timeout: 15_000 });
    await agentChat()
      .locator('[data-testid="chat-message"][data-author="customer"]', { hasText: question })
      .waitFor({ timeout: 15_000 });
    const card = (await agentChat().getByTestId("chat-guest-card").textContent()) ?? "";
    assert(card.includes(guestName) && card.includes(guestEmail), `the guest card shows: ${card}`);
    const ticketLink = (await agentChat().getByTestId("chat-ticket-link").getAttribute("href")) ?? "";
    assert(ticketLink === `/agent/tickets/${chatId}`, `ticket link: ${ticketLink}`);
  });

  await check("the guest is told an agent joined, and the agent sees her typing", async () => {
    await guest.getByTestId("chat-status").filter({ hasText: "chatting with" }).waitFor({ timeout: 15_000 });
    await guest.getByTestId("chat-input").pressSequentially("One more thing", { delay: 30 });
    await agentChat().getByTestId("chat-typing").filter({ hasText: "typing" }).waitFor({ timeout: 15_000 });
    await guest.getByTestId("chat-input").press("Enter");
    await agentChat()
      .locator('[data-testid="chat-message"][data-author="customer"]', { hasText: "One more thing" })
      .waitFor({ timeout: 15_000 });
  });

  await check("the agent answers (Enter sends); the guest sees the answer, her messages read", async () => {
    const input = agentChat().getByTestId("chat-input");
    await input.fill(answer);
    await input.press("Enter");
    await agentChat()
      .locator('[data-testid="chat-message"][data-author="agent"]', { hasText: answer })
      .waitFor({ timeout: 15_000 });
    await guest
      .locator('[data-testid="chat-message"][data-author="agent"]', { hasText: answer })
      .waitFor({ timeout: 15_000 });
    // The agent had the chat on screen: the guest's messages show as read.
    await guest
      .locator('[data-testid="chat-message"][data-author="customer"][data-delivery="read"]', {
        hasText: question,
      })
      .waitFor({ timeout: 15_000 });
    await guest.screenshot({ path: join(shots, "chat-guest-answered.png") });
    await agent.screenshot({ path: join(shots, "chat-console-conversation.png"), fullPage: true });
  });

  await check("the guest sends a screenshot; both sides see the image", async () => {
    // A 1×1 PNG: the server checks the bytes, not just the name.
    const png = Buffer.from(
      "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==",
      "base64",
    );
    await guest
      .getByTestId("chat-file")
      .setInputFiles({ name: "receipt.png", mimeType: "image/png", buffer: png });
    await guest.getByTestId("chat-input").fill("Here is the receipt");
    await guest.getByTestId("chat-send").click();
    const sent = guest.locator('[data-testid="chat-message"][data-author="customer"]', {
      hasText: "Here is the receipt",
    });
    await sent.locator("img").waitFor({ timeout: 15_000 });
    const seen = agentChat().locator('[data-testid="chat-message"][data-author="customer"]', {
      hasText: "Here is the receipt",
    });
    await seen.locator("img").waitFor({ timeout: 15_000 });
    await agent.waitForFunction(
      (id) =>
        [...document.querySelectorAll(`[data-chat-id="${id}"] [data-author="customer"] img`)].some(
          (img) => img.complete && img.naturalWidth > 0,
        ),
      chatId,
      { timeout: 15_000 },
    );
  });

  await check("the chat survives a reload of the guest's page", async () => {
    await guest.reload();
    await guestPanel().waitFor({ state: "visible", timeout: 15_000 });
    await guest
      .locator('[data-testid="chat-message"][data-author="agent"]', { hasText: answer })
      .waitFor({ timeout: 15_000 });
    const mine = await guest.locator('[data-testid="chat-message"][data-author="customer"]').count();
    assert(mine === 3, `after the reload the guest sees ${mine} of her 3 messages`);
    // Sent while the agent's page keeps its socket: arrives once.
    await guest.getByTestId("chat-input").fill("Thanks!");
    await guest.getByTestId("chat-send").click();
    await agentChat()
      .locator('[data-testid="chat-message"][data-author="customer"]', { hasText: "Thanks!" })
      .waitFor({ timeout: 15_000 });
    assert(
      (await agentChat().locator('[data-testid="chat-message"]', { hasText: "Thanks!" }).count()) === 1,
      "the message arrived more than once",
    );
  });

  await check("the agent ends the chat; the guest gets the transcript by email", async () => {
    await agentChat().getByTestId("chat-end").click();
    await agentChat().getByTestId("chat-ended").waitFor({ timeout: 15_000 });
    const conversation = guest.getByTestId("chat-conversation");
    await guest.locator('[data-testid="chat-conversation"][data-state="ended"]').waitFor({ timeout: 15_000 });
    assert(await conversation.getByTestId("chat-new").isVisible(), "no way to start a new chat");
    await guest.getByTestId("chat-transcript").click();
    await guest.getByTestId("chat-transcript-sent").waitFor({ timeout: 15_000 });
    let transcript = null;
    for (let attempt = 0; attempt < 40 && !transcript; attempt++) {
      const answer = await guest.request.get(
        `${base}/api/v1/dev/messages?to=${encodeURIComponent(guestEmail)}`,
      );
      transcript = (await answer.json()).data.find((m) => (m.text ?? "").includes(question));
      if (!transcript) await new Promise((resolve) => setTimeout(resolve, 250));
    }
    assert(transcript, "no transcript email with the conversation reached the guest");
    await guest.screenshot({ path: join(shots, "chat-guest-ended.png") });
  });

  await check("another site's page gets the chat button; it opens the chat in Chinese", async () => {
    const site = await hostSite(base);
    try {
      const visitor = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
      const page = await visitor.newPage();
      page.on("console", (msg) => {
        if (msg.type() === "error" && !/status of 4\d\d/.test(msg.text())) consoleErrors.push(msg.text());
      });
      await page.goto(site.url);
      const button = page.locator("[data-satchel-chat] button");
      await button.waitFor({ timeout: 15_000 });
      assert(((await button.textContent()) ?? "").includes("在线咨询"), "the button is not in Chinese");
      await button.click();
      const frame = page.frameLocator("[data-satchel-chat] iframe");
      await frame.getByTestId("chat-intro").waitFor({ timeout: 15_000 });
      const text = (await frame.getByTestId("chat-panel").textContent()) ?? "";
      assert(/[\u4e00-\u9fff]{4,}/.test(text), "the embedded chat is not in Chinese");
      assert(
        (await frame.locator("header.site-header").count()) === 0,
        "the embedded chat shows the app's header",
      );
      await page.screenshot({ path: join(shots, "chat-embedded-zh.png") });
      // Minimizing inside the frame closes it on the host page (postMessage).
      await frame.getByTestId("chat-minimize").click();
      await page
        .locator("[data-satchel-chat] .frame[hidden]")
        .waitFor({ state: "attached", timeout: 15_000 });
      assert(
        (await button.getAttribute("aria-expanded")) === "false",
        "the button still says the chat is open",
      );
      await visitor.close();
    } finally {
      site.close();
    }
  });

  await check(
    "a signed-in customer skips name and email; the agent has her customer panel beside the chat",
    async () => {
      const aliceContext = await browser.newContext({
        viewport: { width: 1280, height: 900 },
        locale: "en-US",
      });
      const alice = await aliceContext.newPage();
      alice.on("console", (msg) => {
        if (msg.type() === "error" && !/status of 4\d\d|ERR_FAILED|net::|WebSocket/.test(msg.text()))
          consoleErrors.push(msg.text());
      });
      // Alice turned on her authenticator in the payments journey of the full run.
      await signIn(
        alice,
        base,
        "alice@demo.satchel.test",
        "violet-harbor-lantern-42",
        aliceTotp ? { totp: aliceTotp } : {},
      );
      await alice.goto(`${base}/app`);
      await alice.getByTestId("chat-launcher").click();
      await alice.getByTestId("chat-intro").waitFor({ timeout: 15_000 });
      assert(
        (await alice.getByTestId("chat-intro-name").count()) === 0,
        "a signed-in customer is asked for her name",
      );
      assert(
        ((await alice.getByTestId("chat-intro").textContent()) ?? "").includes("Alice"),
        "the greeting does not use her name",
      );
      await alice.getByTestId("chat-intro-message").fill("Can I raise my sending limit?");
      await alice.getByTestId("chat-start").click();
      await alice.getByTestId("chat-conversation").waitFor({ timeout: 15_000 });
      const row = agent.locator('[data-testid="chat-waiting"]', { hasText: "Alice Chen" });
      await row.waitFor({ timeout: 20_000 });
      chatId = (await row.getAttribute("data-chat-id")) ?? "";
      await row.getByTestId("chat-take").click();
      await agentChat()
        .getByTestId("customer-panel")
        .getByText("alice@demo.satchel.test")
        .first()
        .waitFor({ timeout: 15_000 });
      await agent.screenshot({ path: join(shots, "chat-console-customer-panel.png"), fullPage: true });
      // Moving to another page keeps the conversation (the widget is part of the layout).
      await alice.getByRole("link", { name: "Help center" }).first().click();
      await alice.waitForURL(/\/help/);
      await alice
        .getByTestId("chat-status")
        .filter({ hasText: "chatting with" })
        .waitFor({ timeout: 15_000 });
      await alice.getByTestId("chat-end").click();
      await alice.getByTestId("chat-end-confirm").click();
      await alice
        .locator('[data-testid="chat-conversation"][data-state="ended"]')
        .waitFor({ timeout: 15_000 });
      await agentChat().getByTestId("chat-ended").waitFor({ timeout: 15_000 });
      await aliceContext.close();
    },
  );

  await check("the chat pages logged no errors in the browser console", async () => {
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join(" | ")}`);
  });
  await guestContext.close();
  await agentContext.close();
}

// End-to-end: the help center as customers and staff use it in the browser — search in
// English and Chinese, an article with "was this helpful?", the contact page that suggests
// articles before the form is sent (deflection), and the staff analytics that count it.
// Called by scripts/e2e.mjs with its browser, server address and helpers.
import { join } from "node:path";
import { signIn } from "./e2e-auth.mjs";

/** Analytics totals as staff see them through the API (the page shows the same numbers). */
async function analyticsTotals(page, base) {
  const answer = await page.request.get(`${base}/api/v1/admin/help/analytics`);
  if (!answer.ok()) throw new Error(`analytics: HTTP ${answer.status()}`);
  return (await answer.json()).totals;
}

export async function helpJourney({ browser, base, shots, check, assert }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on("console", (msg) => {
    if (msg.type() === "error" && !/status of 4\d\d|ERR_FAILED/.test(msg.text()))
      consoleErrors.push(msg.text());
  });

  await check("the help center opens with categories, popular articles and a search box", async () => {
    await page.goto(`${base}/help`);
    await page.getByTestId("help-search-input").first().waitFor({ timeout: 15_000 });
    await page.getByTestId("help-category").first().waitFor({ timeout: 15_000 });
    const text = (await page.locator("main").textContent()) ?? "";
    assert(/Login and security/.test(text), "the categories are not listed");
    await page.screenshot({ path: join(shots, "help-home.png"), fullPage: true });
  });

  await check("search suggests as you type and finds the article despite typos", async () => {
    const box = page.getByTestId("help-search-input").first();
    await box.fill("withdr");
    await page.getByTestId("help-suggestion").first().waitFor({ timeout: 10_000 });
    await box.fill("withdrawl rejectd");
    await box.press("Enter");
    await page.waitForURL(/\/help\/search\?q=/, { timeout: 10_000 });
    const first = page.getByTestId("help-result").first();
    await first.waitFor({ timeout: 10_000 });
    const links = await page
      .getByTestId("help-result")
      .locator("a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert(
      links.slice(0, 3).some((href) => href?.includes("/help/withdrawal-rejected")),
      `withdrawal-rejected is not in the top 3: ${links.slice(0, 3).join(", ")}`,
    );
    assert((await first.locator("mark").count()) > 0, "the snippet does not highlight the match");
    await page.screenshot({ path: join(shots, "help-search.png"), fullPage: true });
  });

  await check("an article shows its text from configuration and asks whether it helped", async () => {
    await page.goto(`${base}/help/account-locked`);
    const body = page.getByTestId("article-body");
    await body.waitFor({ timeout: 10_000 });
    const text = (await body.textContent()) ?? "";
    assert(!text.includes("{{"), "a placeholder was left in the article");
    assert(/\b5\b/.test(text), "the lockout threshold (5) from configuration is not quoted");
    await page.getByTestId("article-helpful-no").click();
    await page.locator('a[href^="/contact"]').first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: join(shots, "help-article.png"), fullPage: true });
  });

  await check("in Chinese, 提现被拒 finds the article about rejected withdrawals", async () => {
    await page.evaluate(() => window.localStorage.setItem("satchel.lang", "zh-CN"));
    await page.goto(`${base}/help/search?q=${encodeURIComponent("提现被拒")}`);
    await page.getByTestId("help-result").first().waitFor({ timeout: 10_000 });
    const links = await page
      .getByTestId("help-result")
      .locator("a")
      .evaluateAll((as) => as.map((a) => a.getAttribute("href")));
    assert(
      links.slice(0, 3).some((href) => href?.includes("/help/withdrawal-rejected")),
      `got ${links.slice(0, 3).join(", ")}`,
    );
    await page.screenshot({ path: join(shots, "help-search-zh.png"), fullPage: true });
    await page.evaluate(() => window.localStorage.setItem("satchel.lang", "en"));
  });

  let before;
  const admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const adminPage = await admin.newPage();
  await signIn(adminPage, base, "admin@demo.satchel.test", "granite-orchid-beacon-19");
  before = await analyticsTotals(adminPage, base);

  await check(
    "the contact page suggests articles; one answers the question and the visit counts as deflected",
    async () => {
      await page.goto(`${base}/contact`);
      await page.getByTestId("contact-description").fill("my deposit has not arrived yet");
      const suggestion = page.getByTestId("deflection-suggestion").first();
      await suggestion.waitFor({ timeout: 10_000 });
      await page.screenshot({ path: join(shots, "help-contact-suggestions.png"), fullPage: true });
      await page.getByTestId("deflection-resolved").first().click();
      await page.waitForFunction(() => !document.querySelector('[data-testid="contact-send"]'), null, {
        timeout: 10_000,
      });
      const after = await analyticsTotals(adminPage, base);
      assert(
        after.deflected === before.deflected + 1,
        `deflected went from ${before.deflected} to ${after.deflected}`,
      );
      before = after;
    },
  );

  await check(
    "when the suggestions do not help, the message is still sent and counts as contacted",
    async () => {
      await page.goto(`${base}/contact`);
      await page
        .getByTestId("contact-description")
        .fill("I was charged twice for the same card deposit yesterday");
      await page.getByTestId("deflection-suggestion").first().waitFor({ timeout: 10_000 });
      await page.getByTestId("contact-subject").fill("Charged twice");
      await page.getByTestId("contact-email").fill("guest-e2e@example.test");
      await page.getByTestId("contact-send").click();
      const sent = page.getByTestId("contact-sent");
      await sent.waitFor({ timeout: 10_000 });
      // The message is now a ticket: its number is shown, and the guest confirms by the emailed link.
      const number = (await page.getByTestId("ticket-number").first().textContent()) ?? "";
      assert(/#\d{6,}/.test(number), `no ticket number shown: ${number}`);
      const after = await analyticsTotals(adminPage, base);
      assert(
        after.contacted === before.contacted + 1,
        `contacted went from ${before.contacted} to ${after.contacted}`,
      );
      // The acknowledgement goes out through the outbox, a moment after the answer.
      let acknowledged = false;
      for (let i = 0; i < 30 && !acknowledged; i++) {
        const mail = await page.request.get(`${base}/api/v1/dev/messages?to=guest-e2e@example.test`);
        acknowledged = (await mail.json()).data.length >= 1;
        if (!acknowledged) await page.waitForTimeout(500);
      }
      assert(acknowledged, "the guest got no acknowledgement email");
      await page.screenshot({ path: join(shots, "help-contact-sent.png"), fullPage: true });
    },
  );

  await check("staff see searches, deflection and helpfulness on the analytics page", async () => {
    await adminPage.goto(`${base}/admin/help/analytics`);
    await adminPage.getByTestId("kpi-deflection").waitFor({ timeout: 15_000 });
    const text = (await adminPage.locator("main").textContent()) ?? "";
    assert(/withdrawl rejectd|提现被拒/.test(text), "the searches made above are not listed");
    await adminPage.screenshot({ path: join(shots, "help-analytics.png"), fullPage: true });
  });

  await check("staff edit an article, an admin publishes it, customers read the new text", async () => {
    await adminPage.goto(`${base}/admin/help/articles/official-channels`);
    const title = adminPage.getByTestId("title-en");
    await title.waitFor({ timeout: 15_000 });
    await title.fill("Is this message really from Satchel? (updated)");
    await adminPage.getByTestId("save-draft-en").click();
    await adminPage.getByTestId("saved-en").waitFor({ timeout: 10_000 });
    await adminPage.getByTestId("publish-en").click();
    await adminPage.getByTestId("workflow-done-en").waitFor({ timeout: 10_000 });
    await page.goto(`${base}/help/official-channels`);
    await page
      .getByText("Is this message really from Satchel? (updated)")
      .first()
      .waitFor({ timeout: 10_000 });
    await adminPage.screenshot({ path: join(shots, "help-editor.png"), fullPage: true });
  });

  await check("no errors in the browser console in the help center", async () => {
    assert(consoleErrors.length === 0, consoleErrors.join("\n"));
  });
  await admin.close();
  await context.close();
}

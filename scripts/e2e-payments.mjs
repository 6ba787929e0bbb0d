// End-to-end: money in and out, as the demo customer does it in the browser. Called by
// scripts/e2e.mjs with its browser, server address and helpers.
import { join } from "node:path";
import { signIn } from "./e2e-auth.mjs";

/** Cents from a formatted amount such as "$1,234.56". */
const cents = (text) => Math.round(Number((text ?? "").replace(/[^\d.-]/g, "")) * 100);

export async function paymentsJourney({ browser, base, shots, check, assert, totp }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on("console", (msg) => {
    // Refusals (4xx) are part of the journey.
    if (msg.type() === "error" && !/status of 4\d\d|ERR_FAILED/.test(msg.text()))
      consoleErrors.push(msg.text());
  });
  const usdAvailable = async () => {
    await page.goto(`${base}/app`);
    const card = page.locator('[data-testid="balance-card"][data-currency="USD"]');
    await card.waitFor({ timeout: 15_000 });
    return cents(await card.getByTestId("balance-available").textContent());
  };
  const depositByCard = async (number, amount) => {
    await page.goto(`${base}/deposit`);
    await page.getByTestId("deposit-currency").selectOption("USD");
    await page.getByTestId("method-card").click();
    await page.getByTestId("deposit-amount").fill(amount);
    await page.getByTestId("card-number").fill(number);
    await page.getByTestId("card-expiry").fill("12/34");
    await page.getByTestId("card-cvc").fill("123");
    await page.getByTestId("deposit-submit").click();
    await page.waitForURL(/\/deposits\/dep_/, { timeout: 15_000 });
  };
  const depositStatus = (status) =>
    page.locator(`[data-testid="deposit-status"][data-status="${status}"]`).waitFor({ timeout: 20_000 });
  let secret = "";
  // When the last authenticator code was made for: the server refuses that step and earlier ones again.
  let lastCodeAt = 0;

  await page.goto(`${base}/login`);
  await page.getByTestId("login-id").fill("alice@demo.satchel.test");
  await page.getByTestId("login-password").fill("violet-harbor-lantern-42");
  await page.getByTestId("login-submit").click();
  await page.waitForURL(/\/app/, { timeout: 15_000 });

  await check(
    "the deposit page shows each method's fee, limits and time before anything starts",
    async () => {
      await page.goto(`${base}/deposit`);
      await page.getByTestId("deposit-currency").selectOption("USD");
      await page.getByTestId("method-card").waitFor({ timeout: 15_000 });
      const text = (await page.getByTestId("method-list").textContent()) ?? "";
      assert(text.includes("2.9%"), "the card fee is not shown");
      assert(/ACH/.test(text), "the US bank transfer is not offered to a US customer");
      assert(!/Alipay/.test(text), "Alipay is offered outside its region");
      await page.screenshot({ path: join(shots, "deposit-methods.png"), fullPage: true });
    },
  );

  await check("a card deposit is confirmed by the provider and the balance goes up", async () => {
    const before = await usdAvailable();
    await depositByCard("4242 4242 4242 4242", "20.00");
    await depositStatus("succeeded");
    await page.screenshot({ path: join(shots, "deposit-succeeded.png"), fullPage: true });
    const after = await usdAvailable();
    // 20.00 less the fee: 2.9% (0.58) + 0.30.
    assert(after - before === 1912, `USD went from ${before} to ${after} cents, expected +1912`);
  });

  await check("a declined card says why, what to do next, and where to read more", async () => {
    await depositByCard("4000 0000 0000 0002", "15.00");
    await depositStatus("failed");
    const callout = page.locator('[data-testid="reason-callout"][data-code="card_declined"]');
    await callout.waitFor({ timeout: 15_000 });
    assert(
      ((await page.getByTestId("reason-title").textContent()) ?? "").trim().length > 0,
      "no reason title",
    );
    assert(
      ((await page.getByTestId("reason-next-step").textContent()) ?? "").trim().length > 0,
      "no next step",
    );
    await page.screenshot({ path: join(shots, "deposit-declined.png"), fullPage: true });
  });

  await check("a mistyped card number is caught as you type, before anything is sent", async () => {
    await page.goto(`${base}/deposit`);
    await page.getByTestId("deposit-currency").selectOption("USD");
    await page.getByTestId("method-card").click();
    await page.getByTestId("card-number").fill("4242 4242 4242 4241");
    await page.getByTestId("card-expiry").click();
    await page.getByText("This card number is not valid").first().waitFor({ timeout: 10_000 });
    assert(!page.url().includes("/deposits/"), `the page moved on with a bad card: ${page.url()}`);
  });

  await check("the customer turns on two-factor authentication, then withdraws and cancels", async () => {
    await page.goto(`${base}/app/security`);
    await page.getByTestId("enable-totp").click();
    const secretBox = page.getByTestId("totp-secret");
    await secretBox.waitFor({ timeout: 15_000 });
    secret = ((await secretBox.textContent()) ?? "").replace(/\s+/g, "");
    await page.getByTestId("totp-code").fill(totp(secret));
    await page.getByTestId("totp-confirm").click();
    await page.getByTestId("recovery-codes").waitFor({ timeout: 15_000 });

    await page.goto(`${base}/withdraw`);
    const paypal = page.locator('[data-testid^="destination-pod_"]', { hasText: "PayPal" });
    await paypal.first().click();
    await page.getByTestId("withdraw-currency").selectOption("USD");
    await page.getByTestId("withdraw-amount").fill("10.00");
    // The next 30-second step: a code not used for the enrolment.
    lastCodeAt = Date.now() + 30_000;
    await page.getByTestId("withdraw-code").fill(totp(secret, lastCodeAt));
    await page.getByTestId("withdraw-submit").click();
    await page.waitForURL(/\/withdrawals\/wdr_/, { timeout: 15_000 });
    // The first withdrawal to a new destination waits for review: it can still be canceled.
    await page
      .locator('[data-testid="withdrawal-status"][data-status="in_review"]')
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, "withdrawal-in-review.png"), fullPage: true });
    assert((await usdHeld()) > 0, "nothing is held for the withdrawal");
    await page.getByTestId("withdrawal-cancel").click();
    await page.getByTestId("withdrawal-cancel-confirm-yes").click();
    await page
      .locator('[data-testid="withdrawal-status"][data-status="canceled"]')
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, "withdrawal-canceled.png"), fullPage: true });
    assert((await usdHeld()) === 0, "the canceled withdrawal still holds money");
  });

  /** What the USD wallet holds for pending payments, as the API tells the signed-in page. */
  async function usdHeld() {
    const wallets = await page.evaluate(async () => (await fetch("/api/v1/wallets")).json());
    return cents(wallets.data.find((w) => w.currency === "USD")?.held);
  }

  await check("without signing in, the tracer answers by email and the policies page is public", async () => {
    const guest = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    const g = await guest.newPage();
    await g.goto(`${base}/deposits/trace`);
    await g.getByTestId("trace-amount").fill("250.00");
    await g.getByTestId("trace-email").fill("alice@demo.satchel.test");
    await g.getByTestId("trace-submit").click();
    await g.locator('[data-testid="trace-answer"][data-finding="emailed"]').waitFor({ timeout: 15_000 });
    await g.goto(`${base}/policies`);
    await g.getByTestId("policy-methods").waitFor({ timeout: 15_000 });
    await g.screenshot({ path: join(shots, "policies.png"), fullPage: true });
    await guest.close();
  });

  await check("an agent matches the bank payment nobody could place to its customer", async () => {
    const staff = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    const p = await staff.newPage();
    await signIn(p, base, "agent@demo.satchel.test", "copper-meadow-signal-77");
    await p.goto(`${base}/admin/bank`);
    const line = p.getByTestId("suspense-lines").locator("li", { hasText: "INVOICE 4471 A CHEN" });
    await line.waitFor({ timeout: 15_000 });
    await line.locator('[data-testid^="match-bsl_"]').click();
    await p.getByTestId("match-customer").fill("alice@demo.satchel.test");
    await p.getByTestId("match-review").click();
    await p.getByTestId("match-confirm-yes").click();
    await p.getByTestId("line-outcome").waitFor({ timeout: 15_000 });
    await p.screenshot({ path: join(shots, "bank-suspense-matched.png"), fullPage: true });
    await staff.close();
    const deposits = await page.evaluate(async () => (await fetch("/api/v1/deposits")).json());
    assert(
      deposits.data.some((d) => d.status === "succeeded" && d.amount === "75.00"),
      "the matched 75.00 did not reach Alice as a deposit",
    );
  });

  await check("no errors in the browser console on the payment pages", async () => {
    assert(consoleErrors.length === 0, consoleErrors.join("\n"));
  });
  await context.close();
  // Alice now signs in with her authenticator: later journeys need the secret to do so.
  return { aliceTotpSecret: secret, aliceLastCodeAt: lastCodeAt };
}

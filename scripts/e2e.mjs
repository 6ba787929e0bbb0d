#!/usr/bin/env node
// End-to-end browser test: starts Satchel from the built code on a fresh embedded
// database, drives Debian's Chromium through playwright-core, and saves screenshots to
// .e2e/screenshots. Run `npm run build` first. CHROMIUM_PATH overrides /usr/bin/chromium.
import { spawn } from "node:child_process";
import { createHmac } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { signIn as signInAs } from "./e2e-auth.mjs";
import { chatJourney } from "./e2e-chat.mjs";
import { helpJourney } from "./e2e-help.mjs";
import { notificationsJourney } from "./e2e-notifications.mjs";
import { paymentsJourney } from "./e2e-payments.mjs";
import { statusJourney } from "./e2e-status.mjs";
import { supportJourney } from "./e2e-support.mjs";

const root = new URL("..", import.meta.url).pathname;
const outDir = join(root, ".e2e");
const shots = join(outDir, "screenshots");
const dataDir = join(outDir, "data");
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

let passed = 0;
let failed = 0;
async function check(name, fn) {
  try {
    await fn();
    passed++;
    console.log(`  ✔ ${name}`);
  } catch (error) {
    failed++;
    console.log(`  ✖ ${name}\n      ${error instanceof Error ? error.message : error}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}

/** The user's authenticator app: RFC 6238 (SHA-1, 30 s, 6 digits), written independently of the server. */
function totp(base32, at = Date.now()) {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  let bits = "";
  for (const char of base32.replace(/=+$/, "").toUpperCase())
    bits += alphabet.indexOf(char).toString(2).padStart(5, "0");
  const key = Buffer.from((bits.match(/.{8}/g) ?? []).map((b) => Number.parseInt(b, 2)));
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac("sha1", key).update(counter).digest();
  const offset = mac[mac.length - 1] & 0xf;
  return String((mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, "0");
}

function freePort() {
  return new Promise((resolve) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function startSatchel(port) {
  const child = spawn(process.execPath, [join(root, "apps/cli/bin/satchel.js"), "start"], {
    env: {
      ...process.env,
      PORT: String(port),
      SATCHEL_DATA_DIR: dataDir,
      LOG_LEVEL: "warn",
      DATABASE_URL: "",
      NODE_ENV: "development",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => {
    output += d;
  });
  child.stderr.on("data", (d) => {
    output += d;
  });
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`satchel exited early:\n${output}`);
    try {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`);
      if (res.ok) return { child, output: () => output };
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  child.kill("SIGTERM");
  throw new Error(`satchel did not become ready within 60 s:\n${output}`);
}

async function stopSatchel(child) {
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

if (!existsSync(executablePath)) {
  console.error(
    `Chromium not found at ${executablePath}; install it (apt-get install -y chromium) or set CHROMIUM_PATH.`,
  );
  process.exit(1);
}
if (!existsSync(join(root, "apps/web/dist/index.html"))) {
  console.error("The web app is not built; run `npm run build` first.");
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });
mkdirSync(shots, { recursive: true });

const port = await freePort();
const base = `http://127.0.0.1:${port}`;
console.log(`e2e: Satchel at ${base}, Chromium at ${executablePath}`);
let server = await startSatchel(port);
const browser = await chromium.launch({
  executablePath,
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
});

try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on("console", (msg) => {
    // Answers such as 401 while signed out are expected; the browser logs them anyway.
    if (msg.type() === "error" && !/status of 4\d\d/.test(msg.text())) consoleErrors.push(msg.text());
  });

  await check("start prints the URL and the demo logins", async () => {
    const text = server.output();
    assert(text.includes(base), "URL not printed");
    assert(
      text.includes("alice@demo.satchel.test") && text.includes("admin@demo.satchel.test"),
      "demo logins not printed",
    );
  });

  await check("the home page opens in English for an English browser", async () => {
    await page.goto(`${base}/`);
    await page.getByTestId("lang-en").waitFor();
    assert((await page.getAttribute("html", "lang")) === "en", "html lang is not en");
    assert(
      (await page.getByTestId("lang-en").getAttribute("aria-pressed")) === "true",
      "English not marked active",
    );
    await page.screenshot({ path: join(shots, "home-en.png"), fullPage: true });
  });

  await check("the language switch turns the app into Chinese and is remembered", async () => {
    const englishTitle = await page.title();
    await page.getByTestId("lang-zh").click();
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    const body = await page.textContent("body");
    assert(/[\u4e00-\u9fff]{4,}/.test(body ?? ""), "no Chinese text after switching");
    assert((await page.title()) !== englishTitle, "document title was not translated");
    await page.screenshot({ path: join(shots, "home-zh.png"), fullPage: true });
    await page.reload();
    await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
    assert(
      (await page.getByTestId("lang-zh").getAttribute("aria-pressed")) === "true",
      "choice not remembered after reload",
    );
    await page.getByTestId("lang-en").click();
    await page.waitForFunction(() => document.documentElement.lang === "en");
  });

  await check("the dev mailbox shows the demo welcome email", async () => {
    await page.goto(`${base}/dev/mailbox`);
    await page.getByText("Welcome to Satchel", { exact: false }).first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, "dev-mailbox.png"), fullPage: true });
  });

  await check(
    "the status page opens without a login: all operational, the server ready (/readyz)",
    async () => {
      await page.goto(`${base}/status`);
      await page.locator("[data-testid=status-banner][data-status=none]").waitFor({ timeout: 15_000 });
      await page.locator("[data-testid=status-readiness].status-readiness--ok").waitFor({ timeout: 15_000 });
      await page.screenshot({ path: join(shots, "status.png"), fullPage: true });
    },
  );

  await check("every area of the app has a page, and unknown pages say so", async () => {
    for (const path of ["/app", "/help", "/agent", "/admin"]) {
      const response = await page.goto(`${base}${path}`);
      assert(response?.status() === 200, `${path} answered ${response?.status()}`);
      await page.locator("main h1").first().waitFor();
    }
    await page.goto(`${base}/no/such/page`);
    await page.locator("main .error-code").first().waitFor();
    await page.screenshot({ path: join(shots, "not-found.png") });
  });

  await check("the API reference opens", async () => {
    await page.goto(`${base}/api/docs`);
    // The reference draws the whole OpenAPI document (over half a megabyte): slow on a busy machine.
    await page.locator(".swagger-ui").first().waitFor({ timeout: 60_000 });
    await page.getByText("Satchel API").first().waitFor({ timeout: 60_000 });
    await page.screenshot({ path: join(shots, "api-docs.png") });
  });

  await check("the layout fits a phone without sideways scrolling", async () => {
    const phone = await browser.newContext({
      viewport: { width: 375, height: 780 },
      locale: "zh-CN",
      isMobile: true,
    });
    const p = await phone.newPage();
    await p.goto(`${base}/`);
    await p.waitForFunction(() => document.documentElement.lang === "zh-CN");
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert(overflow <= 1, `page is ${overflow}px wider than the phone`);
    await p.screenshot({ path: join(shots, "home-phone-zh.png"), fullPage: true });
    await phone.close();
  });

  const email = `e2e-${Date.now()}@example.test`;
  const password = "juniper-velvet-comet-64";
  let secret = "";
  let recoveryCodes = [];

  await check("a visitor signs up and confirms the email from the dev mailbox", async () => {
    await page.goto(`${base}/signup`);
    await page.getByTestId("signup-email").fill(email);
    await page.getByTestId("signup-password").fill(password);
    await page.getByTestId("signup-country").selectOption("CN");
    await page.getByTestId("signup-submit").click();
    await page.getByText(email).first().waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, "signup-done.png") });
    await page.goto(`${base}/dev/mailbox`);
    await page.getByText("Confirm your email address").first().waitFor({ timeout: 15_000 });
    const res = await fetch(`${base}/api/v1/dev/messages?to=${encodeURIComponent(email)}`);
    const mail = (await res.json()).data.find((m) => m.subject === "Confirm your email address");
    const link = /https?:\/\/\S+verify-email\?token=[\w-]+/.exec(mail.text)?.[0];
    assert(link, "no verification link in the email");
    await page.goto(link);
    await page
      .locator("main")
      .getByText(/confirmed|verified/i)
      .first()
      .waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, "verified.png") });
  });

  await check(
    "the customer logs in and turns on two-factor authentication with the shown secret",
    async () => {
      await page.goto(`${base}/login`);
      await page.getByTestId("login-id").fill(email);
      await page.getByTestId("login-password").fill(password);
      await page.getByTestId("login-submit").click();
      await page.waitForURL(/\/app/, { timeout: 15_000 });
      await page.goto(`${base}/app/security`);
      await page.getByTestId("enable-totp").click();
      const secretBox = page.getByTestId("totp-secret");
      await secretBox.waitFor({ timeout: 15_000 });
      secret = ((await secretBox.textContent()) ?? "").replace(/\s+/g, "");
      assert(/^[A-Z2-7]{16,}$/.test(secret), `unexpected secret ${secret}`);
      await page.getByTestId("totp-code").fill(totp(secret));
      await page.getByTestId("totp-confirm").click();
      const codes = page.getByTestId("recovery-codes");
      await codes.waitFor({ timeout: 15_000 });
      recoveryCodes = ((await codes.textContent()) ?? "").match(/[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}/g) ?? [];
      assert(recoveryCodes.length === 10, `expected 10 recovery codes, saw ${recoveryCodes.length}`);
      await page.screenshot({ path: join(shots, "security-center.png"), fullPage: true });
    },
  );

  await check("after signing out, signing in asks for the second factor", async () => {
    await page.getByTestId("signout").first().click();
    await page.waitForURL((url) => !url.pathname.startsWith("/app"), { timeout: 15_000 });
    await page.goto(`${base}/login`);
    await page.getByTestId("login-id").fill(email);
    await page.getByTestId("login-password").fill(password);
    await page.getByTestId("login-submit").click();
    await page.getByTestId("mfa-code").waitFor({ timeout: 15_000 });
    await page.screenshot({ path: join(shots, "login-2fa.png") });
    // The code of the next 30-second step: new (no replay) and within the allowed drift.
    await page.getByTestId("mfa-code").fill(totp(secret, Date.now() + 30_000));
    await page.getByTestId("mfa-submit").click();
    await page.waitForURL(/\/app/, { timeout: 15_000 });
  });

  await check("sign out everywhere else ends the other device's session at once", async () => {
    const other = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const otherPage = await other.newPage();
    await otherPage.goto(`${base}/login`);
    await otherPage.getByTestId("login-id").fill(email);
    await otherPage.getByTestId("login-password").fill(password);
    await otherPage.getByTestId("login-submit").click();
    await otherPage.getByTestId("mfa-code").waitFor({ timeout: 15_000 });
    await otherPage.getByTestId("mfa-use-recovery").click();
    await otherPage.getByTestId("mfa-code").fill(recoveryCodes[0]);
    await otherPage.getByTestId("mfa-submit").click();
    await otherPage.waitForURL(/\/app/, { timeout: 15_000 });
    assert(
      (await otherPage.request.get(`${base}/api/v1/me`)).status() === 200,
      "second device is not signed in",
    );

    await page.goto(`${base}/app/security`);
    await page.getByTestId("revoke-others").click();
    await page.waitForFunction(
      async () => (await fetch("/api/v1/me/sessions")).json().then((b) => b.data.length === 1),
      null,
      { timeout: 15_000 },
    );
    assert(
      (await otherPage.request.get(`${base}/api/v1/me`)).status() === 401,
      "the other device is still signed in",
    );
    await page.screenshot({ path: join(shots, "sessions-after-revoke.png"), fullPage: true });
    await other.close();
  });

  await check("no errors in the browser console", async () => {
    assert(consoleErrors.length === 0, consoleErrors.join("\n"));
  });

  await check("data survives a restart", async () => {
    await stopSatchel(server.child);
    server = await startSatchel(port);
    assert(!server.output().includes("Seeded demo data."), "demo data was seeded again");
    const res = await fetch(`${base}/api/v1/dev/messages?to=alice@demo.satchel.test`);
    const { data } = await res.json();
    const welcomes = data.filter((m) => m.subject.includes("Welcome to Satchel")).length;
    assert(welcomes === 1, `expected the one welcome email, found ${welcomes}`);
  });

  // --- Wallets: the demo customer's money journey (after the restart: balances must have survived it) ---

  const alice = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const ap = await alice.newPage();
  const walletConsoleErrors = [];
  ap.on("console", (msg) => {
    // 4xx answers are part of the journey (a refused preview); the aborted request is deliberate.
    if (msg.type() === "error" && !/status of 4\d\d|ERR_FAILED/.test(msg.text()))
      walletConsoleErrors.push(msg.text());
  });
  const signIn = (p, login, pw) => signInAs(p, base, login, pw);
  const money = async (p, testId) => ((await p.getByTestId(testId).first().textContent()) ?? "").trim();
  let reference = "";

  await check("the demo customer sees her balances, recent activity and quick links", async () => {
    await signIn(ap, "alice@demo.satchel.test", "violet-harbor-lantern-42");
    await ap.getByTestId("balance-card").first().waitFor({ timeout: 15_000 });
    const usd = ap.locator('[data-testid="balance-card"][data-currency="USD"]');
    assert((await usd.count()) === 1, "no USD wallet card");
    const available = ((await usd.getByTestId("balance-available").textContent()) ?? "").trim();
    assert(/^\$\d{1,3}(,\d{3})*\.\d{2}$/.test(available), `USD available looks wrong: ${available}`);
    assert((await usd.textContent())?.includes("Held"), "held amount missing");
    await ap.getByTestId("recent-activity").getByTestId("txn-row").first().waitFor({ timeout: 15_000 });
    assert(await ap.getByTestId("quick-send").isVisible(), "no Send quick link");
    assert(await ap.getByTestId("quick-exchange").isVisible(), "no Exchange quick link");
    await ap.screenshot({ path: join(shots, "wallet-dashboard.png"), fullPage: true });
  });

  await check(
    "she sends money to the other demo customer after a confirmation with the masked name",
    async () => {
      await ap.getByTestId("quick-send").click();
      await ap.getByTestId("send-to").fill("bob@demo.satchel.test");
      await ap.getByTestId("send-amount").fill("7.25");
      await ap.getByTestId("send-currency").selectOption("USD");
      await ap.getByTestId("send-note").fill("e2e lunch");
      await ap.getByTestId("send-continue").click();
      await ap.getByTestId("send-confirm").waitFor({ timeout: 15_000 });
      const name = await money(ap, "confirm-name");
      assert(name.includes("*") && !name.toLowerCase().includes("bob@"), `recipient not masked: ${name}`);
      assert(/^S\d{4}-\d{4}-\d{2}$/.test(await money(ap, "confirm-wallet")), "no recipient wallet number");
      assert((await money(ap, "confirm-total")).startsWith("$"), "no total");
      await ap.screenshot({ path: join(shots, "wallet-send-confirm.png"), fullPage: true });
      await ap.getByTestId("send-confirm-button").click();
      await ap.getByTestId("send-done").waitFor({ timeout: 15_000 });
      reference = await money(ap, "send-reference");
      assert(reference.length >= 6, `no reference: ${reference}`);
      await ap.screenshot({ path: join(shots, "wallet-send-done.png"), fullPage: true });
    },
  );

  await check(
    "a transfer whose answer was lost is retried with the same Idempotency-Key and paid once",
    async () => {
      const keys = [];
      let lost = false;
      await ap.route("**/api/v1/transfers", async (route) => {
        keys.push(route.request().headers()["idempotency-key"]);
        if (lost) return route.continue();
        lost = true;
        await route.fetch(); // the server gets it and moves the money...
        await route.abort("failed"); // ...but the answer never reaches the browser
      });
      await ap.getByTestId("send-again").click();
      await ap.getByTestId("send-to").fill("bob@demo.satchel.test");
      await ap.getByTestId("send-amount").fill("1.10");
      await ap.getByTestId("send-note").fill("e2e retry");
      await ap.getByTestId("send-continue").click();
      await ap.getByTestId("send-confirm-button").click();
      await ap.getByTestId("send-unknown").waitFor({ timeout: 15_000 });
      await ap.getByTestId("send-confirm-button").click();
      await ap.getByTestId("send-done").waitFor({ timeout: 15_000 });
      await ap.unroute("**/api/v1/transfers");
      assert(keys.length === 2 && keys[0] && keys[0] === keys[1], `keys differ: ${keys.join(", ")}`);
      const list = await ap.evaluate(async () => (await fetch("/api/v1/transactions?limit=100")).json());
      const sent = list.data.filter((t) => t.note === "e2e retry");
      assert(sent.length === 1, `expected one transfer, found ${sent.length}`);
    },
  );

  await check("the transfer is in the history and its page shows the details and a timeline", async () => {
    await ap.goto(`${base}/transactions?reference=${encodeURIComponent(reference)}`);
    await ap.getByTestId("txn-row").first().waitFor({ timeout: 15_000 });
    assert((await ap.getByTestId("txn-row").count()) === 1, "the reference filter did not narrow the list");
    await ap.getByTestId("txn-row").first().click();
    await ap.getByTestId("timeline").waitFor({ timeout: 15_000 });
    assert((await money(ap, "detail-reference")) === reference, "detail shows another reference");
    assert((await money(ap, "detail-amount")).startsWith("-$7.25"), "amount not signed as money out");
    assert((await ap.getByTestId("timeline").locator("li").count()) >= 1, "empty timeline");
    await ap.screenshot({ path: join(shots, "wallet-transaction.png"), fullPage: true });
  });

  await check("filters live in the address; the CSV link carries them", async () => {
    await ap.goto(`${base}/transactions`);
    await ap.getByTestId("filter-status").selectOption("failed");
    await ap.getByTestId("filter-apply").click();
    await ap.waitForURL(/status=failed/);
    await ap.getByTestId("txn-row").first().waitFor({ timeout: 15_000 });
    const statuses = await ap.getByTestId("txn-row").evaluateAll((rows) => rows.map((r) => r.dataset.status));
    assert(
      statuses.every((s) => s === "failed"),
      `unfiltered rows: ${statuses.join(", ")}`,
    );
    const href = (await ap.getByTestId("download-csv").getAttribute("href")) ?? "";
    assert(href.startsWith("/api/v1/transactions/export.csv?") && href.includes("status=failed"), href);
    const [csv] = await Promise.all([ap.waitForEvent("download"), ap.getByTestId("download-csv").click()]);
    assert(csv.suggestedFilename().endsWith(".csv"), `CSV saved as ${csv.suggestedFilename()}`);
    const rows = readFileSync(await csv.path(), "utf8")
      .trim()
      .split("\n");
    assert(
      rows.length === statuses.length + 1,
      `CSV has ${rows.length - 1} rows, the list ${statuses.length}`,
    );
    await ap.screenshot({ path: join(shots, "wallet-transactions-failed.png"), fullPage: true });
  });

  await check("the monthly statement downloads as a PDF", async () => {
    await ap.getByTestId("statement-month").fill(new Date().toISOString().slice(0, 7));
    const [pdf] = await Promise.all([
      ap.waitForEvent("download"),
      ap.getByTestId("download-statement").click(),
    ]);
    assert(pdf.suggestedFilename().endsWith(".pdf"), `statement saved as ${pdf.suggestedFilename()}`);
    assert(
      readFileSync(await pdf.path())
        .subarray(0, 5)
        .toString() === "%PDF-",
      "not a PDF",
    );
  });

  await check("a failed transfer explains why, what to do, and where to get help", async () => {
    await ap.getByTestId("txn-row").first().click();
    await ap.getByTestId("failure-callout").waitFor({ timeout: 15_000 });
    const article = (await ap.getByTestId("failure-article").getAttribute("href")) ?? "";
    assert(/^\/help\/[\w-]+$/.test(article), `help article link: ${article}`);
    const getHelp = (await ap.getByTestId("failure-help").getAttribute("href")) ?? "";
    assert(getHelp.startsWith("/support/new?transaction="), `get-help link: ${getHelp}`);
    await ap.screenshot({ path: join(shots, "wallet-failed.png"), fullPage: true });
  });

  await check("an exchange shows a quote with a countdown, then exchanges", async () => {
    await ap.goto(`${base}/exchange`);
    await ap.getByTestId("exchange-from").selectOption("USD");
    await ap.getByTestId("exchange-to").selectOption("EUR");
    await ap.getByTestId("exchange-amount").fill("5");
    await ap.getByTestId("exchange-quote").click();
    await ap.getByTestId("quote-countdown").waitFor({ timeout: 15_000 });
    const left = Number(/\d+/.exec(await money(ap, "quote-countdown"))?.[0]);
    assert(left > 0 && left <= 30, `countdown shows ${left}`);
    assert((await money(ap, "quote-buy")).includes("€"), "no amount to get");
    await ap.screenshot({ path: join(shots, "wallet-quote.png"), fullPage: true });
    await ap.getByTestId("exchange-submit").click();
    await ap.getByTestId("exchange-done").waitFor({ timeout: 15_000 });
  });

  await check("in Chinese the money pages and the server's reasons are in Chinese", async () => {
    await ap.goto(`${base}/app`);
    await ap.getByTestId("lang-zh").click();
    await ap.waitForFunction(() => document.documentElement.lang === "zh-CN");
    await ap.locator("main h2", { hasText: "你的余额" }).waitFor();
    await ap.locator("main", { hasText: "可用余额" }).waitFor();
    await ap.screenshot({ path: join(shots, "wallet-dashboard-zh.png"), fullPage: true });
    await ap.goto(`${base}/transactions?status=failed`);
    await ap.locator("main h1", { hasText: "交易记录" }).waitFor();
    await ap.getByTestId("txn-row").first().click();
    await ap.getByTestId("failure-callout").waitFor({ timeout: 15_000 });
    await ap.waitForFunction(
      () =>
        /[\u4e00-\u9fff]{4,}/.test(
          document.querySelector("[data-testid=failure-callout] h2")?.textContent ?? "",
        ),
      null,
      { timeout: 15_000 },
    );
    await ap.screenshot({ path: join(shots, "wallet-failed-zh.png"), fullPage: true });
    // Files follow the language chosen in the app, not the browser's (which is English here).
    await ap.goto(`${base}/transactions`);
    const [csv] = await Promise.all([ap.waitForEvent("download"), ap.getByTestId("download-csv").click()]);
    const header = readFileSync(await csv.path(), "utf8").split("\n")[0] ?? "";
    assert(/[\u4e00-\u9fff]/.test(header), `CSV header not in Chinese: ${header}`);
    await ap.getByTestId("lang-en").click();
    await ap.waitForFunction(() => document.documentElement.lang === "en");
  });

  await check("the money pages fit a phone", async () => {
    const phone = await browser.newContext({ viewport: { width: 375, height: 780 }, isMobile: true });
    const p = await phone.newPage();
    await signIn(p, "alice@demo.satchel.test", "violet-harbor-lantern-42");
    for (const path of ["/app", "/send", "/transactions"]) {
      await p.goto(`${base}${path}`);
      await p.locator("main h1").first().waitFor();
      await p.waitForLoadState("networkidle");
      const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      assert(overflow <= 1, `${path} is ${overflow}px wider than the phone`);
    }
    await p.screenshot({ path: join(shots, "wallet-transactions-phone.png"), fullPage: true });
    await phone.close();
  });

  await check("the /app/… addresses of the guides lead to the same pages", async () => {
    await ap.goto(`${base}/app/transactions?status=failed`);
    await ap.waitForURL((url) => url.pathname === "/transactions" && url.search === "?status=failed");
    await ap.goto(`${base}/app/send`);
    await ap.waitForURL((url) => url.pathname === "/send");
  });

  await check("customers cannot open the admin ledger; the admin sees a balanced trial balance", async () => {
    await ap.goto(`${base}/admin/ledger`);
    await ap.getByTestId("role-denied").waitFor({ timeout: 15_000 });
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    const p = await admin.newPage();
    await signIn(p, "admin@demo.satchel.test", "granite-orchid-beacon-19");
    await p.goto(`${base}/admin/ledger`);
    await p.getByTestId("trial-balanced").waitFor({ timeout: 15_000 });
    await p.getByTestId("platform-accounts").waitFor();
    await p.getByTestId("fx-rates").waitFor();
    await p.screenshot({ path: join(shots, "admin-ledger.png"), fullPage: true });
    await admin.close();
  });

  await check("the admin finds Alice by email and credits her USD wallet; her balance goes up", async () => {
    const cents = (text) => Math.round(Number(text.replace(/[^\d.-]/g, "")) * 100);
    const aliceUsd = async () => {
      // What Alice herself sees on her dashboard.
      await ap.goto(`${base}/app`);
      const usd = ap.locator('[data-testid="balance-card"][data-currency="USD"]');
      await usd.waitFor({ timeout: 15_000 });
      return cents((await usd.getByTestId("balance-available").textContent()) ?? "");
    };
    const before = await aliceUsd();
    const admin = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    const p = await admin.newPage();
    const adminErrors = [];
    p.on("console", (msg) => {
      // The lookup of nobody answers 404 on purpose.
      if (msg.type() === "error" && !/status of 4\d\d/.test(msg.text())) adminErrors.push(msg.text());
    });
    await signIn(p, "admin@demo.satchel.test", "granite-orchid-beacon-19");
    await p.goto(`${base}/admin/ledger#adjustment`);
    await p.getByTestId("adjust-customer").fill("nobody@demo.satchel.test");
    await p.getByTestId("adjust-find").click();
    await p.getByText("No customer matches").waitFor({ timeout: 15_000 });
    await p.getByTestId("adjust-customer").fill("alice@demo.satchel.test");
    await p.getByTestId("adjust-find").click();
    await p.getByTestId("adjust-customer-card").waitFor({ timeout: 15_000 });
    assert((await money(p, "adjust-customer-name")) === "Alice Chen", "not Alice's name");
    assert((await money(p, "adjust-customer-email")) === "alice@demo.satchel.test", "not Alice's email");
    assert(/^S\d{4}-\d{4}-\d{2}$/.test(await money(p, "adjust-customer-number")), "no wallet number");
    assert((await p.getByTestId("adjust-customer-frozen").count()) === 0, "Alice shown as frozen");
    const row = p.locator('[data-testid="adjust-wallet"][data-currency="USD"]');
    const shown = async () => cents((await row.getByTestId("adjust-wallet-available").textContent()) ?? "");
    assert((await shown()) === before, `admin sees ${await shown()} cents, Alice has ${before}`);
    await p.getByTestId("adjust-wallet-USD").check();
    await p.getByTestId("adjust-amount").fill("12.34");
    await p.getByTestId("adjust-reason").fill("e2e goodwill credit, ticket E2E-1");
    await p.getByTestId("adjust-submit").click();
    await p.getByTestId("adjust-confirm").waitFor();
    assert((await money(p, "adjust-confirm")).includes("Alice Chen"), "confirmation does not name Alice");
    await p.screenshot({ path: join(shots, "admin-adjust-confirm.png"), fullPage: true });
    await p.getByTestId("adjust-confirm-yes").click();
    await p.getByTestId("adjust-done").waitFor({ timeout: 15_000 });
    assert(/^T[0-9A-Z]{5}-[0-9A-Z]{5}$/.test(await money(p, "adjust-reference")), "no transaction reference");
    await p.waitForFunction(
      (expected) => {
        const cell = document.querySelector(
          '[data-testid="adjust-wallet"][data-currency="USD"] [data-testid="adjust-wallet-available"]',
        );
        return Math.round(Number((cell?.textContent ?? "").replace(/[^\d.-]/g, "")) * 100) === expected;
      },
      before + 1234,
      { timeout: 15_000 },
    );
    await p.screenshot({ path: join(shots, "admin-adjust-done.png"), fullPage: true });
    await admin.close();
    assert(adminErrors.length === 0, adminErrors.join("\n"));
    const after = await aliceUsd();
    assert(after === before + 1234, `Alice's USD went from ${before} to ${after} cents`);
  });

  await check("no errors in the browser console on the money pages", async () => {
    assert(walletConsoleErrors.length === 0, walletConsoleErrors.join("\n"));
  });
  await alice.close();

  // --- Money in and out: deposits, a declined card, a withdrawal canceled, the tracer, policies ---
  const { aliceTotpSecret, aliceLastCodeAt } = await paymentsJourney({
    browser,
    base,
    shots,
    check,
    assert,
    totp,
  });
  // A code from a later 30-second step than the last one Alice used (a used step is refused).
  // Each journey that signs Alice in uses a code, so the next one waits for a later step too.
  let aliceCodeAt = aliceLastCodeAt;
  const aliceTotp = async () => {
    while (Math.floor(Date.now() / 30_000) <= Math.floor(aliceCodeAt / 30_000))
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    aliceCodeAt = Date.now();
    return totp(aliceTotpSecret, aliceCodeAt);
  };

  // --- Help center: search, articles, deflection on the contact page, staff analytics and editor ---
  await helpJourney({ browser, base, shots, check, assert });
  await supportJourney({ browser, base, shots, check, assert, aliceTotp });
  // --- Live chat: a guest starts a chat from the widget, an agent takes it and answers in the console ---
  await chatJourney({ browser, base, shots, check, assert, aliceTotp });
  // --- Status page: incidents and subscriptions; maintenance refuses card deposits, then ends ---
  await statusJourney({ browser, base, shots, check, assert, aliceTotp });
  // --- Notification center: the live bell, preferences; staff's message templates and outbox ---
  await notificationsJourney({ browser, base, shots, check, assert, aliceTotp });
} finally {
  await browser.close();
  await stopSatchel(server.child);
}

console.log(`\nScreenshots in ${shots}`);
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

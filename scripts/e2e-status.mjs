// End-to-end: the status page and maintenance enforcement (issue #9) as visitors, customers and
// staff meet them in the browser — a visitor reads /status (states, 90-day uptime, past
// incidents, planned maintenance) and subscribes by email; the admin declares an incident and
// resolves it on /admin/status, and the subscriber's email unsubscribes without a login; a
// card-deposit maintenance scheduled on the page refuses Alice's card deposit (with its end)
// while her transfer goes through, and once the admin ends it her card works again, nothing
// restarted. The notification center follows in e2e-notifications.mjs.
// Called by scripts/e2e.mjs with its browser, server address and helpers.
import { join } from "node:path";
import { signIn } from "./e2e-auth.mjs";

const ADMIN = ["admin@demo.satchel.test", "granite-orchid-beacon-19"];
const ALICE = ["alice@demo.satchel.test", "violet-harbor-lantern-42"];
const BOB = "bob@demo.satchel.test";

/** Runs `start` once; a failure is not remembered, so the next check that needs it tries again. */
export function once(start) {
  let running = null;
  return () => {
    running ??= start().catch((error) => {
      running = null;
      throw error;
    });
    return running;
  };
}

/**
 * Opens `url` until `ready(page)` holds: the public status answers may be cached by the browser
 * for 15 s (Cache-Control: max-age=15), so a change shows on the next load after that at worst.
 */
async function openUntil(page, url, ready, timeout = 45_000) {
  const deadline = Date.now() + timeout;
  for (;;) {
    await page.goto(url);
    try {
      if (await ready(page)) return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      continue;
    }
    if (Date.now() > deadline) throw new Error(`${url} never showed what was expected`);
    await page.waitForTimeout(2_000);
  }
}
const shows =
  (selector, timeout = 5_000) =>
  async (page) => {
    await page.locator(selector).first().waitFor({ timeout });
    return true;
  };

/** The emails the dev mailbox holds for `to` that pass `match`, polling until one arrives. */
async function mailTo(base, to, match, timeout = 30_000) {
  const deadline = Date.now() + timeout;
  while (Date.now() < deadline) {
    const res = await fetch(`${base}/api/v1/dev/messages?to=${encodeURIComponent(to)}`);
    const found = (await res.json()).data.filter((m) => m.channel === "email" && match(m));
    if (found.length > 0) return found;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no matching email to ${to} within ${timeout / 1000} s`);
}
const linkIn = (text, path) =>
  new RegExp(`https?://[^\\s<>"]+${path.replace(/[?/]/g, "\\$&")}\\?token=[^\\s<>")]+`).exec(text)?.[0];

/** "2026-11-27T09:05" in the page's own time zone, as a datetime-local input takes it. */
const localInput = (page, ms) =>
  page.evaluate((at) => {
    const d = new Date(at);
    const p = (n) => String(n).padStart(2, "0");
    return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
  }, ms);

/** A moment as the payment pages write it (useShortTime: medium date, short time, page language). */
const shortTime = (page, iso) =>
  page.evaluate(
    (at) =>
      new Intl.DateTimeFormat(document.documentElement.lang, {
        dateStyle: "medium",
        timeStyle: "short",
      }).format(new Date(at)),
    iso,
  );

export async function statusJourney({ browser, base, shots, check, assert, aliceTotp }) {
  const open = async (options = {}) => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: "en-US",
      ...options,
    });
    return { context, page: await context.newPage() };
  };
  const visitor = await open();
  // The admin works from Shanghai: the window typed on the page is read in that zone.
  const admin = await open({ timezoneId: "Asia/Shanghai" });
  const alice = await open();
  const v = visitor.page;
  const ad = admin.page;
  const ap = alice.page;
  const consoleErrors = [];
  for (const page of [v, ad, ap])
    page.on("console", (msg) => {
      // Refusals are part of the journey (maintenance answers 503); streams are cut by navigation.
      if (msg.type() === "error" && !/status of (4\d\d|503)|ERR_FAILED|net::/.test(msg.text()))
        consoleErrors.push(msg.text());
    });
  const adminIn = once(() => signIn(ad, base, ...ADMIN));
  const aliceIn = once(() => signIn(ap, base, ...ALICE, { totp: aliceTotp }));
  const stamp = Date.now();
  const subscriber = `status-${stamp}@example.test`;
  const incidentTitle = `E2E support emails answered slowly ${stamp}`;
  const maintenanceTitle = `E2E card provider switch ${stamp}`;
  let incidentId = "";
  let maintenance = null; // { id, endsAt }

  await check(
    "a visitor reads /status: states, 90-day uptime, past incidents and planned maintenance",
    async () => {
      await v.goto(`${base}/status`);
      await v.locator("[data-testid=status-banner][data-status=none]").waitFor({ timeout: 15_000 });
      const badges = v.locator("[data-testid=status-components] [data-testid^=component-state-]");
      await badges.first().waitFor({ timeout: 15_000 });
      assert((await badges.count()) === 12, `${await badges.count()} components listed, expected 12`);
      const states = await badges.evaluateAll((els) => els.map((e) => e.dataset.state));
      assert(
        states.every((s) => s === "operational"),
        `states: ${states.join(", ")}`,
      );
      // Bars drawn from the uptime answer: 90 days, the last 45 or so with data, the older ones without.
      const bars = v.locator("[data-testid=uptime-bank_deposits] rect[data-date]");
      await bars.first().waitFor({ timeout: 15_000 });
      assert((await bars.count()) === 90, `${await bars.count()} daily bars`);
      const noData = await v.locator("[data-testid=uptime-bank_deposits] rect.uptime__bar--no_data").count();
      assert(noData >= 40 && noData <= 46, `${noData} days without data, the demo records 45 days`);
      const outage = v.locator("[data-testid=uptime-bank_deposits] rect.uptime__bar--partial_outage");
      assert((await outage.count()) === 1, "the bank deposits incident's day is not marked");
      assert(/%/.test(await v.getByTestId("uptime-figure").first().textContent()), "no uptime figure");
      const history = v.getByTestId("incident-history");
      await history.getByText("Bank transfer deposits not confirmed").waitFor({ timeout: 15_000 });
      await history.getByText("Live chat messages delayed").waitFor();
      const planned = v.locator("[data-testid=maintenance-list] [data-status=scheduled]", {
        hasText: "Card payment provider upgrade",
      });
      await planned.waitFor({ timeout: 15_000 });
      assert(
        (await planned.textContent()).includes("Card deposits"),
        "the maintenance does not name card deposits",
      );
      await v.screenshot({ path: join(shots, "status-page.png"), fullPage: true });
    },
  );

  await check("the visitor subscribes by email and confirms with the emailed link", async () => {
    await v.goto(`${base}/status`);
    await v.getByTestId("subscribe-email").fill(subscriber);
    await v.getByTestId("subscribe-submit").click();
    await v.getByTestId("subscribe-done").waitFor({ timeout: 15_000 });
    const [mail] = await mailTo(base, subscriber, (m) =>
      /Confirm your Satchel status updates/.test(m.subject),
    );
    const link = linkIn(mail.text, "/status/subscriptions/confirm");
    assert(link, `no confirmation link in: ${mail.text}`);
    await v.goto(link);
    await v.getByTestId("subscription-confirmed").waitFor({ timeout: 15_000 });
    const shown = await v.getByTestId("subscription-confirmed").textContent();
    assert(!shown.includes(subscriber), "the confirmation page shows the whole address");
    await v.screenshot({ path: join(shots, "status-subscription-confirmed.png") });
  });

  await check("the admin declares an incident on /admin/status; the public page shows it", async () => {
    await adminIn();
    await ad.goto(`${base}/admin/status`);
    await ad.getByTestId("incident-declare").click();
    const form = ad.getByTestId("incident-form");
    await form.locator("[data-testid=incident-components] input[value=email_support]").check();
    await ad.getByTestId("incident-impact").selectOption("minor");
    await ad.getByTestId("incident-same").check();
    await ad.getByTestId("incident-title-both").fill(incidentTitle);
    await ad.getByTestId("incident-message-both").fill("Answers to support emails take longer than usual.");
    await ad.getByTestId("incident-submit").click();
    await ad.getByTestId("incident-declared").waitFor({ timeout: 15_000 });
    const card = ad.locator("[data-testid=open-incidents] li[data-incident]", { hasText: incidentTitle });
    await card.waitFor({ timeout: 15_000 });
    incidentId = (await card.getAttribute("data-incident")) ?? "";
    assert(incidentId, "the declared incident has no id");
    await ad.screenshot({ path: join(shots, "admin-status-incident.png"), fullPage: true });
    await openUntil(
      v,
      `${base}/status`,
      shows(`[data-testid=active-incidents] [data-incident="${incidentId}"]`),
    );
    await v.locator("[data-testid=status-banner][data-status=minor]").waitFor();
    const state = await v.getByTestId("component-state-email_support").getAttribute("data-state");
    assert(state === "degraded_performance", `email support shows ${state}`);
    await v.screenshot({ path: join(shots, "status-incident.png"), fullPage: true });
  });

  await check(
    "the subscriber's incident email unsubscribes without a login (and offers one-click)",
    async () => {
      const [mail] = await mailTo(base, subscriber, (m) => (m.subject ?? "").includes(incidentTitle));
      const link = linkIn(mail.text, "/status/unsubscribe");
      assert(link, `no unsubscribe link in: ${mail.text}`);
      const oneClick = mail.headers?.["List-Unsubscribe"] ?? "";
      assert(
        oneClick.includes("/api/v1/status/subscriptions/unsubscribe?token="),
        `List-Unsubscribe: ${oneClick}`,
      );
      assert(
        mail.headers?.["List-Unsubscribe-Post"] === "List-Unsubscribe=One-Click",
        "no List-Unsubscribe-Post",
      );
      await v.goto(link);
      await v.getByTestId("unsubscribe-page").waitFor({ timeout: 15_000 });
      await v.getByTestId("unsubscribe-submit").click();
      await v.getByTestId("unsubscribed").waitFor({ timeout: 15_000 });
      await v.screenshot({ path: join(shots, "status-unsubscribed.png") });
    },
  );

  await check("the admin resolves the incident on the page; it moves to the public history", async () => {
    assert(incidentId, "no incident was declared");
    await adminIn();
    await ad.goto(`${base}/admin/status`);
    const card = ad.locator(`[data-testid=open-incidents] li[data-incident="${incidentId}"]`);
    await card.getByTestId("incident-toggle").click();
    await card.getByTestId("update-resolve").click();
    await card.getByTestId("update-same").check();
    await card.getByTestId("update-message-both").fill("Answers go out at the usual pace again.");
    await card.getByTestId("update-submit").click();
    await card.waitFor({ state: "detached", timeout: 15_000 });
    await openUntil(v, `${base}/status`, async (page) => {
      await page
        .locator(`[data-testid=incident-history] [data-incident="${incidentId}"]`)
        .waitFor({ timeout: 5_000 });
      return (await page.locator("[data-testid=status-banner][data-status=none]").count()) === 1;
    });
    const item = v.locator(`[data-testid=incident-history] [data-incident="${incidentId}"]`);
    assert(
      (await item.locator(".incident-status").getAttribute("data-status")) === "resolved",
      "not resolved",
    );
    assert((await v.getByTestId("active-incidents").count()) === 0, "still listed as active");
  });

  await check(
    "the admin schedules card-deposit maintenance from now on the page, typed in Shanghai time",
    async () => {
      // Alice has her card deposit filled in before the window opens; she sends it once it is open.
      await aliceIn();
      await ap.goto(`${base}/deposit?currency=USD`);
      await ap.locator("[data-testid=method-card][data-state=active]").click({ timeout: 15_000 });
      await ap.getByTestId("deposit-amount").fill("10.00");
      await ap.getByTestId("card-number").fill("4242 4242 4242 4242");
      await ap.getByTestId("card-expiry").fill("12/34");
      await ap.getByTestId("card-cvc").fill("123");

      await adminIn();
      await ad.goto(`${base}/admin/status`);
      await ad.getByTestId("maintenance-new").click();
      const form = ad.getByTestId("maintenance-form");
      await form.locator("[data-testid=maintenance-components] input[value=card_deposits]").check();
      // This very minute (already begun, so the window is open at once), for two hours.
      const now = Date.now();
      const startMs = Math.floor(now / 60_000) * 60_000;
      await ad.getByTestId("maintenance-start").fill(await localInput(ad, startMs));
      await ad.getByTestId("maintenance-end").fill(await localInput(ad, startMs + 2 * 3_600_000));
      await ad.getByTestId("maintenance-same").check();
      await ad.getByTestId("maintenance-title-both").fill(maintenanceTitle);
      await ad
        .getByTestId("maintenance-description-both")
        .fill("Card deposits pause while we switch providers.");
      await ad.getByTestId("maintenance-submit").click();
      await ad.getByTestId("maintenance-scheduled").waitFor({ timeout: 15_000 });
      const item = ad.locator("[data-testid=maintenance-list] li[data-maintenance]", {
        hasText: maintenanceTitle,
      });
      await item.waitFor({ timeout: 15_000 });
      assert((await item.getAttribute("data-state")) === "in_progress", "the window is not under way");
      const id = (await item.getAttribute("data-maintenance")) ?? "";
      const overview = await ad.evaluate(async () => (await fetch("/api/v1/admin/status")).json());
      const saved = overview.maintenances.find((m) => m.id === id);
      assert(
        Date.parse(saved.startsAt) === startMs,
        `starts ${saved.startsAt}, typed ${new Date(startMs).toISOString()}`,
      );
      maintenance = { id, endsAt: saved.endsAt };
      await ad.screenshot({ path: join(shots, "admin-status-maintenance.png"), fullPage: true });
      await openUntil(
        v,
        `${base}/status`,
        shows("[data-testid=component-state-card_deposits][data-state=under_maintenance]"),
      );
      await v
        .locator(`[data-testid=maintenance-list] [data-maintenance="${id}"][data-status=in_progress]`)
        .waitFor();
      await v.locator("[data-testid=status-banner][data-status=maintenance]").waitFor();
    },
  );

  await check(
    "Alice's card deposit, filled in before, is refused with the maintenance and its end; the card says until when",
    async () => {
      assert(maintenance, "no maintenance was scheduled");
      await aliceIn();
      // The form filled in before the window: the server's gate refuses it now.
      if (!(await ap.getByTestId("deposit-form").isVisible()))
        throw new Error("the deposit form was not prepared");
      await ap.getByTestId("deposit-submit").click();
      const problem = ap.getByTestId("deposit-problem");
      await problem.waitFor({ timeout: 15_000 });
      assert(
        /maintenance/i.test(await problem.textContent()),
        `refusal says: ${await problem.textContent()}`,
      );
      const end = await shortTime(ap, maintenance.endsAt);
      const endText = await ap.getByTestId("problem-maintenance-end").textContent();
      assert(endText.includes(end), `refusal's end "${endText}", the window ends ${end}`);
      assert(!ap.url().includes("/deposits/"), "a deposit was started");
      await ap.screenshot({ path: join(shots, "status-deposit-refused.png"), fullPage: true });
      const deposits = await ap.evaluate(async () => (await fetch("/api/v1/deposits")).json());
      assert(
        !deposits.data.some((d) => d.amount === "10.00" && d.status !== "failed"),
        "a card deposit went in",
      );
      // Opened afresh, the page lists the card as under maintenance until the window's end.
      await openUntil(
        ap,
        `${base}/deposit?currency=USD`,
        shows("[data-testid=method-card][data-state=maintenance]"),
      );
      const note = await ap.getByTestId("method-card").getByTestId("method-maintenance").textContent();
      assert(note.includes(end), `the card method says "${note}"`);
    },
  );

  await check("Alice sees the maintenance banner at the top of the app", async () => {
    assert(maintenance, "no maintenance was scheduled");
    await aliceIn();
    const line = `[data-testid=maintenance-banner] [data-notice="${maintenance.id}"]`;
    await openUntil(ap, `${base}/app`, shows(line));
    const text = await ap.locator(line).textContent();
    assert(text.includes(maintenanceTitle) && text.includes("Card deposits"), `banner says: ${text}`);
    await ap.screenshot({ path: join(shots, "status-app-banner.png") });
  });

  await check("during the maintenance Alice's transfer to Bob goes through", async () => {
    await aliceIn();
    await ap.goto(`${base}/send`);
    await ap.getByTestId("send-to").fill(BOB);
    await ap.getByTestId("send-amount").fill("2.00");
    await ap.getByTestId("send-currency").selectOption("USD");
    await ap.getByTestId("send-note").fill("e2e during maintenance");
    await ap.getByTestId("send-continue").click();
    await ap.getByTestId("send-confirm-button").click();
    await ap.getByTestId("send-done").waitFor({ timeout: 15_000 });
  });

  await check("the admin ends it now; Alice's card deposit works again, nothing restarted", async () => {
    assert(maintenance, "no maintenance was scheduled");
    await adminIn();
    await ad.goto(`${base}/admin/status`);
    const item = ad.locator(`[data-testid=maintenance-list] li[data-maintenance="${maintenance.id}"]`);
    await item.getByTestId("maintenance-end-now").click();
    await item.getByTestId("maintenance-end-confirm-yes").click();
    await ad
      .locator(`li[data-maintenance="${maintenance.id}"][data-state=completed]`)
      .waitFor({ timeout: 15_000 });
    await aliceIn();
    await openUntil(
      ap,
      `${base}/deposit?currency=USD`,
      shows("[data-testid=method-card][data-state=active]"),
    );
    await ap.getByTestId("method-card").click();
    await ap.getByTestId("deposit-amount").fill("10.00");
    await ap.getByTestId("card-number").fill("4242 4242 4242 4242");
    await ap.getByTestId("card-expiry").fill("12/34");
    await ap.getByTestId("card-cvc").fill("123");
    await ap.getByTestId("deposit-submit").click();
    await ap.waitForURL(/\/deposits\/dep_/, { timeout: 15_000 });
    await ap.locator('[data-testid="deposit-status"][data-status="succeeded"]').waitFor({ timeout: 20_000 });
    // The banner lets the window go (the demo's planned one stays, so the summary has been read).
    await openUntil(ap, `${base}/app`, async (page) => {
      await page
        .locator("[data-testid=maintenance-banner] [data-notice]")
        .first()
        .waitFor({ timeout: 5_000 });
      return (await page.locator(`[data-notice="${maintenance.id}"]`).count()) === 0;
    });
  });

  await check("the status pages logged no errors in the browser console", async () => {
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join(" | ")}`);
  });
  for (const { context } of [visitor, admin, alice]) await context.close();
}

// End-to-end: the notification center and the message templates (issue #9) — Bob's transfer
// lights Alice's bell live (no reload) and "mark all read" clears it; her preferences keep
// security notices on in the app and by email (the server refuses too) and remember a switch
// across a reload; staff preview the message templates in both languages, the HTML in a
// sandboxed frame, and the admin opens the outbox's dead letters.
// Called by scripts/e2e.mjs with its browser, server address and helpers.
import { join } from "node:path";
import { signIn } from "./e2e-auth.mjs";
import { once } from "./e2e-status.mjs";

const ADMIN = ["admin@demo.satchel.test", "granite-orchid-beacon-19"];
const ALICE = ["alice@demo.satchel.test", "violet-harbor-lantern-42"];
const BOB = ["bob@demo.satchel.test", "maple-river-compass-63"];

/** The switch is drawn over its transparent checkbox: people click the drawing, i.e. the label. */
const switchOf = (checkbox) => checkbox.locator("xpath=ancestor::label[1]");
const savedPreferences = (response) =>
  response.url().endsWith("/api/v1/me/notification-preferences") && response.request().method() === "PUT";

export async function notificationsJourney({ browser, base, shots, check, assert, aliceTotp }) {
  const open = async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
    return { context, page: await context.newPage() };
  };
  const admin = await open();
  const alice = await open();
  const bob = await open();
  const ad = admin.page;
  const ap = alice.page;
  const bp = bob.page;
  const consoleErrors = [];
  for (const page of [ad, ap, bp])
    page.on("console", (msg) => {
      // The event stream is cut when a page moves on; 4xx answers are expected (a refused switch).
      if (msg.type() === "error" && !/status of 4\d\d|ERR_FAILED|net::/.test(msg.text()))
        consoleErrors.push(msg.text());
    });
  const adminIn = once(() => signIn(ad, base, ...ADMIN));
  const aliceIn = once(() => signIn(ap, base, ...ALICE, { totp: aliceTotp }));
  const bobIn = once(() => signIn(bp, base, ...BOB));

  await check(
    "Bob sends Alice money: her bell's count rises live; the list says so; all read clears it",
    async () => {
      await aliceIn();
      await ap.goto(`${base}/app`);
      const badge = ap.getByTestId("notification-badge");
      const bell = ap.getByTestId("notification-bell");
      await bell.waitFor({ timeout: 15_000 });
      // Her earlier deposits and transfers left notices unread: the badge shows them; all read, it goes.
      const { unread } = await ap.evaluate(async () =>
        (await fetch("/api/v1/notifications/unread-count")).json(),
      );
      if (unread > 0) {
        const shown = unread > 99 ? "99+" : String(unread);
        await ap.locator(`[data-testid=notification-badge]:text-is("${shown}")`).waitFor();
        await bell.click();
        await ap.getByTestId("notifications-mark-all").click();
        await badge.waitFor({ state: "detached", timeout: 15_000 });
        await ap.keyboard.press("Escape");
      }
      assert((await badge.count()) === 0, "a badge without unread notifications");
      // Set on this document: still there afterwards means the page was never reloaded.
      await ap.evaluate(() => {
        window.e2eSameDocument = true;
      });
      await bobIn();
      await bp.goto(`${base}/send`);
      await bp.getByTestId("send-to").fill(ALICE[0]);
      await bp.getByTestId("send-amount").fill("3.21");
      await bp.getByTestId("send-currency").selectOption("USD");
      await bp.getByTestId("send-continue").click();
      await bp.getByTestId("send-confirm-button").click();
      await bp.getByTestId("send-done").waitFor({ timeout: 15_000 });
      // From none unread to one, on the same page: the stream brought it.
      await badge.waitFor({ timeout: 30_000 });
      assert((await badge.textContent()) === "1", `badge shows ${await badge.textContent()}`);
      assert(await ap.evaluate(() => window.e2eSameDocument === true), "the page was reloaded");
      await bell.click();
      const received = ap
        .getByTestId("notification-panel")
        .getByTestId("notification")
        .filter({ hasText: "You received" });
      await received.first().waitFor({ timeout: 15_000 });
      assert((await received.first().textContent()).includes("3.21"), "the notice does not say how much");
      await ap.screenshot({ path: join(shots, "notifications-bell.png") });
      await ap.getByTestId("notifications-mark-all").click();
      await badge.waitFor({ state: "detached", timeout: 15_000 });
      const left = await ap.evaluate(async () => (await fetch("/api/v1/notifications/unread-count")).json());
      assert(left.unread === 0, `${left.unread} still unread`);
    },
  );

  await check(
    "notification settings: security stays on in the app and by email; a switch is remembered",
    async () => {
      await aliceIn();
      await ap.goto(`${base}/settings/notifications`);
      await ap.getByTestId("preferences").waitFor({ timeout: 15_000 });
      for (const channel of ["in_app", "email"]) {
        const box = ap.getByTestId(`pref-security-${channel}`);
        assert((await box.isChecked()) && (await box.isDisabled()), `security ${channel} is not locked on`);
        assert(
          (await box.getAttribute("data-locked")) === "true",
          `security ${channel} is not marked locked`,
        );
      }
      // The server holds the lock too, whatever a client sends.
      const refused = await ap.evaluate(async () => {
        const { csrfToken } = await (await fetch("/api/v1/me")).json();
        const res = await fetch("/api/v1/me/notification-preferences", {
          method: "PUT",
          headers: { "content-type": "application/json", "x-csrf-token": csrfToken },
          body: JSON.stringify({ changes: [{ kind: "security", channel: "email", enabled: false }] }),
        });
        return { status: res.status, code: (await res.json()).code };
      });
      assert(refused.status === 422 && refused.code === "notification_locked", JSON.stringify(refused));
      const depositsEmail = ap.getByTestId("pref-deposits-email");
      assert(await depositsEmail.isChecked(), "deposit emails are off by default");
      const [saved] = await Promise.all([
        ap.waitForResponse(savedPreferences),
        switchOf(depositsEmail).click(),
      ]);
      assert(saved.ok(), "the change was not saved");
      await ap.reload();
      await ap.getByTestId("preferences").waitFor({ timeout: 15_000 });
      assert(
        !(await ap.getByTestId("pref-deposits-email").isChecked()),
        "deposit emails are on again after reload",
      );
      await ap.screenshot({ path: join(shots, "notifications-settings.png"), fullPage: true });
      const [restored] = await Promise.all([
        ap.waitForResponse(savedPreferences),
        switchOf(ap.getByTestId("pref-deposits-email")).click(),
      ]);
      assert(restored.ok(), "turning deposit emails back on failed");
    },
  );

  await check("staff preview the message templates in both languages, the HTML sandboxed", async () => {
    await adminIn();
    await ad.goto(`${base}/admin/templates`);
    const rows = ad.getByTestId("template-row");
    await rows.first().waitFor({ timeout: 15_000 });
    assert((await rows.count()) >= 10, `${await rows.count()} templates listed`);
    await ad.getByTestId("template-filter").fill("incident");
    const row = ad.locator("[data-testid=template-row][data-template^='status.']").first();
    await row.getByTestId("template-open").click();
    await ad.getByTestId("preview-lang-en").click();
    const subject = ad.getByTestId("preview-subject");
    await subject.waitFor({ timeout: 15_000 });
    const english = await subject.textContent();
    assert(english.trim().length > 0 && !/[\u4e00-\u9fff]/.test(english), `English subject: ${english}`);
    assert((await ad.getByTestId("preview-text").textContent()).trim().length > 20, "no plain-text part");
    const frame = ad.getByTestId("preview-html");
    assert((await frame.getAttribute("sandbox")) === "", "the HTML frame is not fully sandboxed");
    const html = ad.frameLocator("[data-testid=preview-html]").locator("body");
    assert((await html.textContent({ timeout: 15_000 })).trim().length > 20, "the HTML part is empty");
    await ad.screenshot({ path: join(shots, "admin-templates-en.png"), fullPage: true });
    await ad.getByTestId("preview-lang-zh-CN").click();
    await ad.waitForFunction(
      () =>
        /[\u4e00-\u9fff]/.test(document.querySelector("[data-testid=preview-subject]")?.textContent ?? ""),
      null,
      { timeout: 15_000 },
    );
    await ad.screenshot({ path: join(shots, "admin-templates-zh.png"), fullPage: true });
  });

  await check("the admin opens the outbox's dead letters", async () => {
    await adminIn();
    await ad.goto(`${base}/admin/outbox`);
    await ad.getByTestId("staff-status-outbox-page").waitFor({ timeout: 15_000 });
    const counts = ad.getByTestId("outbox-counts");
    await counts.waitFor({ timeout: 15_000 });
    const dead = Number((await counts.getByTestId("outbox-dead").textContent()).replace(/\D/g, ""));
    if (dead > 0) await ad.getByTestId("outbox-table").waitFor();
    else await ad.getByText("No dead letters").first().waitFor();
    await ad.getByTestId("outbox-tab-discarded").click();
    await ad.locator("[data-testid=outbox-tab-discarded][aria-pressed=true]").waitFor();
    await ad
      .getByTestId("outbox-table")
      .or(ad.getByText("Nothing discarded"))
      .first()
      .waitFor({ timeout: 15_000 });
    await ad.screenshot({ path: join(shots, "admin-outbox.png"), fullPage: true });
  });

  await check("the notification and template pages logged no errors in the browser console", async () => {
    assert(consoleErrors.length === 0, `console errors: ${consoleErrors.join(" | ")}`);
  });
  for (const { context } of [admin, alice, bob]) await context.close();
}

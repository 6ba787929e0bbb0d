import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { MemoryRouter } from "react-router";
import { beforeAll, describe, expect, it } from "vitest";
import { type NotificationPreferences, parsePreferences } from "../../api/notifications";
import i18n from "../../i18n";
import { PreferencesMatrix } from "./PreferencesMatrix";

// The server's answer for a customer with the defaults (security locked on in the app and by email).
const answer = (smsAvailable: boolean) => ({
  kinds: ["deposits", "withdrawals", "transfers", "security", "support", "maintenance"].map((kind) => ({
    kind,
    locked: kind === "security" ? ["in_app", "email"] : [],
    channels: { in_app: true, email: kind !== "maintenance", sms: false },
  })),
  smsAvailable,
});

/** The switch of one kind and channel, as markup attributes (no DOM in these tests). */
function switchOf(html: string, kind: string, channel: string): string {
  const match = html.match(new RegExp(`<input[^>]*data-testid="pref-${kind}-${channel}"[^>]*>`));
  if (!match) throw new Error(`no switch for ${kind} ${channel}`);
  return match[0];
}

function markup(prefs: NotificationPreferences): string {
  return renderToStaticMarkup(
    createElement(MemoryRouter, null, createElement(PreferencesMatrix, { prefs, onChange: () => undefined })),
  );
}

beforeAll(async () => {
  await i18n.changeLanguage("en");
});

describe("the preferences matrix", () => {
  it("shows security's in-app and email on, locked, with a lock and why", () => {
    const html = markup(parsePreferences(answer(true)));
    for (const channel of ["in_app", "email"]) {
      const input = switchOf(html, "security", channel);
      expect(input).toMatch(/ checked=""/);
      expect(input).toMatch(/disabled=""/);
      expect(input).toMatch(/data-locked="true"/);
    }
    expect(html).toContain("switch__lock");
    expect(html).toContain(i18n.t("notifications.settings.lockedWhy"));
    expect(html).toContain(i18n.t("notifications.settings.lockedNote"));
    // Security's SMS can still be turned on.
    expect(switchOf(html, "security", "sms")).not.toMatch(/disabled|data-locked/);
  });

  it("shows a locked channel on even if the answer says off", () => {
    const body = answer(true);
    const security = body.kinds.find((k) => k.kind === "security");
    if (security) security.channels.email = false;
    expect(switchOf(markup(parsePreferences(body)), "security", "email")).toMatch(/ checked=""/);
  });

  it("leaves other kinds free to change", () => {
    const html = markup(parsePreferences(answer(true)));
    expect(switchOf(html, "deposits", "email")).not.toMatch(/disabled/);
    expect(switchOf(html, "maintenance", "email")).not.toMatch(/ checked=""/);
    expect(html).not.toContain('data-testid="sms-unavailable"');
  });

  it("disables SMS with a link to verify a phone when there is no verified phone", () => {
    const html = markup(parsePreferences(answer(false)));
    for (const kind of ["deposits", "security"]) {
      expect(switchOf(html, kind, "sms")).toMatch(/disabled=""/);
    }
    expect(html).toContain('data-testid="sms-unavailable"');
    expect(html).toMatch(/href="\/app\/profile#phone"/);
  });

  it("lets a text that is still on be turned off after the phone went away", () => {
    const body = answer(false);
    const deposits = body.kinds.find((k) => k.kind === "deposits");
    if (deposits) deposits.channels.sms = true;
    const input = switchOf(markup(parsePreferences(body)), "deposits", "sms");
    expect(input).toMatch(/ checked=""/);
    expect(input).not.toMatch(/disabled/);
  });

  it("offers no SMS switch for maintenance (it is never texted): a dash, with why for screen readers", () => {
    for (const smsAvailable of [true, false]) {
      const html = markup(parsePreferences(answer(smsAvailable)));
      expect(() => switchOf(html, "maintenance", "sms")).toThrow();
      expect(html).toContain('data-testid="pref-maintenance-sms-none"');
      expect(html).toContain(`Maintenance: SMS (${i18n.t("notifications.settings.notOffered")})`);
      expect(switchOf(html, "maintenance", "in_app")).toMatch(/ checked=""/);
    }
  });

  it("labels every switch with its kind and channel", () => {
    const html = markup(parsePreferences(answer(true)));
    expect(html).toContain("Transfers received: Email");
    expect(html).toContain("Security: In the app (always on)");
  });
});

import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import type { ComponentUptime, UptimeDay } from "../../api/status";
import i18n from "../../i18n";
import { formatUptime, formatWindow, minutesOf, utcOffset } from "./format";
import { UptimeBars } from "./UptimeBars";
import { barClass, barTone, dayText, periodText } from "./uptime";

const t = i18n.getFixedT("en");
const tZh = i18n.getFixedT("zh-CN");

function day(date: string, over: Partial<UptimeDay> = {}): UptimeDay {
  return { date, uptime: 1, worst: "operational", outageSeconds: 0, partialSeconds: 0, ...over };
}

const cardDeposits: ComponentUptime = {
  id: "card_deposits",
  name: "Card deposits",
  uptime: 0.9987,
  days: [
    day("2026-11-22", { uptime: null, worst: null }),
    day("2026-11-23"),
    day("2026-11-24", { worst: "degraded_performance" }),
    day("2026-11-25", { uptime: 0.99375, worst: "partial_outage", partialSeconds: 1800 }),
    day("2026-11-26", { uptime: 0.98, worst: "major_outage", outageSeconds: 1700, partialSeconds: 30 }),
    day("2026-11-27", { worst: "under_maintenance" }),
  ],
};

function render(uptime: ComponentUptime | undefined) {
  return renderToStaticMarkup(
    createElement(UptimeBars, { uptime, name: "Card deposits", days: 90, pendingText: "Loading…" }),
  );
}

/** The bars of the rendered chart: class, date and tooltip, in order. */
function barsOf(html: string) {
  const doc = html.replace(/\n/g, " ");
  return [
    ...doc.matchAll(
      /<rect class="([^"]+)"(?: data-date="([^"]+)")?[^>]*?(?:\/>|>(?:<title>([^<]*)<\/title>)?<\/rect>)/g,
    ),
  ].map((m) => ({ className: m[1], date: m[2], title: m[3] }));
}

beforeAll(async () => {
  await i18n.changeLanguage("en");
});

describe("uptime bars", () => {
  it("colour each day by its worst state, grey for a day without data", () => {
    expect(cardDeposits.days.map(barTone)).toEqual([
      "no_data",
      "operational",
      "degraded_performance",
      "partial_outage",
      "major_outage",
      "under_maintenance",
    ]);
    expect(barClass(day("2026-11-27", { uptime: 1, worst: null }))).toBe(
      "uptime__bar uptime__bar--operational",
    );
    expect(barClass(day("2026-11-27"), true)).toBe(
      "uptime__bar uptime__bar--operational uptime__bar--active",
    );
  });

  it("draw one bar per day, oldest first, with the state class and the day's text as its title", () => {
    const bars = barsOf(render(cardDeposits));
    expect(bars.map((b) => b.date)).toEqual(cardDeposits.days.map((d) => d.date));
    expect(bars.map((b) => b.className)).toEqual([
      "uptime__bar uptime__bar--no_data",
      "uptime__bar uptime__bar--operational",
      "uptime__bar uptime__bar--degraded_performance",
      "uptime__bar uptime__bar--partial_outage",
      "uptime__bar uptime__bar--major_outage",
      "uptime__bar uptime__bar--under_maintenance",
    ]);
    expect(bars.map((b) => b.title)).toEqual([
      "Nov 22, 2026: no data",
      "Nov 23, 2026: 100% uptime, no outage",
      "Nov 24, 2026: 100% uptime, no outage",
      "Nov 25, 2026: 99.37% uptime, partial outage 30 min",
      "Nov 26, 2026: 98% uptime, major outage 29 min, partial outage 1 min",
      "Nov 27, 2026: 100% uptime, no outage",
    ]);
  });

  it("give the period's uptime under the bars and a labelled control that walks the days", () => {
    const html = render(cardDeposits);
    expect(html).toContain('data-testid="uptime-figure">99.87% uptime<');
    expect(html).toContain('aria-label="Card deposits: daily uptime over the last 6 days"');
    expect(html).toMatch(/type="range"[^>]*min="0"[^>]*max="5"/);
    // Before a day is picked the control stands on today, and says so.
    expect(html).toContain('aria-valuetext="Nov 27, 2026: 100% uptime, no outage"');
    // The drawing itself is hidden from assistive technology (the control speaks for it).
    expect(html).toMatch(/<svg[^>]*aria-hidden="true"/);
  });

  it("show grey placeholders and no control while the uptime is loading", () => {
    const html = render(undefined);
    const bars = barsOf(html);
    expect(bars).toHaveLength(90);
    expect(new Set(bars.map((b) => b.className))).toEqual(new Set(["uptime__bar uptime__bar--no_data"]));
    expect(bars.every((b) => b.title === undefined)).toBe(true);
    expect(html).not.toContain('type="range"');
    expect(html).toContain(">Loading…<");
  });

  it("say the day in Chinese too", () => {
    expect(dayText(cardDeposits.days[4] as UptimeDay, "zh-CN", tZh)).toBe(
      "2026年11月26日：可用率 98%，严重中断 29 分钟，部分中断 1 分钟",
    );
    expect(dayText(cardDeposits.days[0] as UptimeDay, "zh-CN", tZh)).toBe("2026年11月22日：无数据");
  });

  it("say when there is no uptime data at all", () => {
    expect(periodText(null, "en", t)).toBe("No uptime data yet");
    expect(periodText(1, "en", t)).toBe("100% uptime");
  });
});

describe("status page numbers and times", () => {
  it("round uptime down, so a short outage never reads 100%", () => {
    expect(formatUptime(0.99999, "en")).toBe("99.99%");
    expect(formatUptime(0.9987, "en")).toBe("99.87%");
    expect(formatUptime(1, "en")).toBe("100%");
    expect(formatUptime(0, "en")).toBe("0%");
  });

  it("count any outage as at least a minute", () => {
    expect(minutesOf(0)).toBe(0);
    expect(minutesOf(1)).toBe(1);
    expect(minutesOf(60)).toBe(1);
    expect(minutesOf(61)).toBe(2);
  });

  it("show windows in the reader's zone with the UTC offset", () => {
    const shanghai = { timeZone: "Asia/Shanghai" };
    expect(utcOffset(new Date("2026-11-27T06:00:00Z"), shanghai)).toBe("UTC+8");
    expect(utcOffset(new Date("2026-11-27T06:00:00Z"), { timeZone: "UTC" })).toBe("UTC");
    expect(formatWindow("2026-11-27T06:00:00Z", "2026-11-27T08:00:00Z", "en", shanghai)).toBe(
      "Nov 27, 2026, 02:00 PM – 04:00 PM (UTC+8)",
    );
    // Ending on another day in the reader's zone: the end's date is written out.
    expect(formatWindow("2026-11-27T15:00:00Z", "2026-11-27T17:00:00Z", "en", shanghai)).toBe(
      "Nov 27, 2026, 11:00 PM – Nov 28, 2026, 01:00 AM (UTC+8)",
    );
    expect(formatWindow("2026-11-27T06:00:00Z", "2026-11-27T08:00:00Z", "zh-CN", shanghai)).toBe(
      "2026年11月27日 14:00 – 16:00 (UTC+8)",
    );
    // A daylight-saving change inside the window: each end with its own offset.
    expect(
      formatWindow("2026-03-08T06:00:00Z", "2026-03-08T12:00:00Z", "en", { timeZone: "America/New_York" }),
    ).toBe("Mar 8, 2026, 01:00 AM (UTC-5) – 08:00 AM (UTC-4)");
  });
});

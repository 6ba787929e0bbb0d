import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { calendarDaysBetween, formatRelative } from "./time";

const savedTz = process.env.TZ;
beforeEach(() => {
  process.env.TZ = "Asia/Shanghai";
});
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

const HOUR = 3_600_000;
/** A moment given in Shanghai time (UTC+8, no daylight saving time). */
const at = (local: string) => new Date(`${local}+08:00`);
const rel = (date: Date, now: Date, lang = "en") => formatRelative(date, now.getTime(), lang, "just now");

describe("relative time", () => {
  it("counts seconds, minutes and hours under a day", () => {
    const now = at("2026-11-27T10:00:00");
    expect(rel(new Date(now.getTime() + 5_000), now)).toBe("just now");
    expect(rel(new Date(now.getTime() + 30_000), now)).toBe("in 30 seconds");
    expect(rel(new Date(now.getTime() - 3 * 60_000), now)).toBe("3 minutes ago");
    expect(rel(new Date(now.getTime() + 5 * HOUR), now)).toBe("in 5 hours");
    expect(rel(new Date(now.getTime() + 5 * HOUR), now, "zh-CN")).toBe("5小时后");
    // 20 hours from 23:00 is tomorrow's date, and still said in hours.
    const late = at("2026-11-27T23:00:00");
    expect(rel(new Date(late.getTime() + 20 * HOUR), late)).toBe("in 20 hours");
  });

  it("says tomorrow only for the next date, not for anything 24–47 hours away", () => {
    const evening = at("2026-11-27T23:00:00");
    // 30 hours from 23:00 on the 27th is 05:00 on the 29th: the day after tomorrow.
    expect(rel(new Date(evening.getTime() + 30 * HOUR), evening)).toBe("in 2 days");
    expect(rel(new Date(evening.getTime() + 30 * HOUR), evening, "zh-CN")).toBe("后天");
    // 25 hours from 00:30 on the 27th is 01:30 on the 28th: tomorrow.
    const night = at("2026-11-27T00:30:00");
    expect(rel(new Date(night.getTime() + 25 * HOUR), night)).toBe("tomorrow");
    expect(rel(new Date(night.getTime() + 25 * HOUR), night, "zh-CN")).toBe("明天");
    // And back: 40 hours before 08:00 on the 27th is 16:00 on the 25th.
    const morning = at("2026-11-27T08:00:00");
    expect(rel(new Date(morning.getTime() - 40 * HOUR), morning)).toBe("2 days ago");
    expect(rel(new Date(morning.getTime() - 40 * HOUR), morning, "zh-CN")).toBe("前天");
    expect(rel(at("2026-11-26T07:00:00"), morning)).toBe("yesterday");
  });

  it("counts weeks, months and years in numbers, never a calendar week", () => {
    const now = at("2026-11-27T12:00:00");
    expect(rel(at("2026-11-30T12:00:00"), now)).toBe("in 3 days");
    expect(rel(at("2026-12-06T12:00:00"), now)).toBe("in 1 week");
    expect(rel(at("2026-11-17T12:00:00"), now, "zh-CN")).toBe("1周前");
    expect(rel(at("2027-01-27T12:00:00"), now)).toBe("in 2 months");
    expect(rel(at("2024-11-01T12:00:00"), now)).toBe("2 years ago");
  });

  it("keeps hours on a day of 25 hours, when the clocks go back", () => {
    process.env.TZ = "America/New_York";
    // 00:30 on 1 November 2026 (EDT); 24 hours later it is 23:30 the same date (EST).
    const now = new Date("2026-11-01T04:30:00Z");
    expect(calendarDaysBetween(now, new Date(now.getTime() + 24 * HOUR))).toBe(0);
    expect(rel(new Date(now.getTime() + 24 * HOUR), now)).toBe("in 24 hours");
    expect(rel(new Date(now.getTime() + 25 * HOUR), now)).toBe("tomorrow");
  });
});

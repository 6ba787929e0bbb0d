import { describe, expect, it } from "vitest";
import {
  addBusinessMinutes,
  addTarget,
  type BusinessCalendar,
  businessMinutesBetween,
  clockText,
  isOpen,
  isValidTimeZone,
  localDay,
  minutesBetween,
  nextOpening,
  parseClockText,
} from "./business-time.js";

const NINE_TO_SIX = { open: 9 * 60, close: 18 * 60 };
const WEEKDAYS = [null, NINE_TO_SIX, NINE_TO_SIX, NINE_TO_SIX, NINE_TO_SIX, NINE_TO_SIX, null];

const calendar = (timeZone: string, holidays: string[] = [], hours = WEEKDAYS): BusinessCalendar => ({
  timeZone,
  hours,
  holidays: new Set(holidays),
});

const shanghai = calendar("Asia/Shanghai");
const at = (iso: string) => new Date(iso);

/** A small seeded generator, so a failing case can be replayed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

describe("business time on the calendar", () => {
  it("counts a working day from Friday 17:00 in Shanghai to Monday 17:00", () => {
    const friday = at("2027-01-08T17:00:00+08:00");
    expect(addBusinessMinutes(friday, 540, shanghai)).toEqual(at("2027-01-11T17:00:00+08:00"));
    expect(businessMinutesBetween(friday, at("2027-01-11T17:00:00+08:00"), shanghai)).toBe(540);
    // Ending exactly at closing time stays on Friday.
    expect(addBusinessMinutes(friday, 60, shanghai)).toEqual(at("2027-01-08T18:00:00+08:00"));
  });

  it("skips weekends and holidays, and starts counting at the next opening", () => {
    const saturday = at("2027-01-09T11:00:00+08:00");
    expect(addBusinessMinutes(saturday, 540, shanghai)).toEqual(at("2027-01-11T18:00:00+08:00"));
    expect(addBusinessMinutes(saturday, 1, shanghai)).toEqual(at("2027-01-11T09:01:00+08:00"));
    const withHoliday = calendar("Asia/Shanghai", ["2027-01-11"]);
    expect(addBusinessMinutes(at("2027-01-08T17:00:00+08:00"), 540, withHoliday)).toEqual(
      at("2027-01-12T17:00:00+08:00"),
    );
    // Spring festival week: closed from Friday 5 February to Thursday 11 February.
    const festival = calendar("Asia/Shanghai", [
      "2027-02-05",
      "2027-02-06",
      "2027-02-07",
      "2027-02-08",
      "2027-02-09",
      "2027-02-10",
      "2027-02-11",
    ]);
    expect(addBusinessMinutes(at("2027-02-04T17:30:00+08:00"), 60, festival)).toEqual(
      at("2027-02-12T09:30:00+08:00"),
    );
    expect(
      businessMinutesBetween(at("2027-02-04T18:00:00+08:00"), at("2027-02-12T09:00:00+08:00"), festival),
    ).toBe(0);
    // Before opening the same day: counting starts at 09:00.
    expect(addBusinessMinutes(at("2027-01-11T06:00:00+08:00"), 30, shanghai)).toEqual(
      at("2027-01-11T09:30:00+08:00"),
    );
  });

  it("knows when the desk is open and when it opens next", () => {
    expect(isOpen(at("2027-01-08T09:00:00+08:00"), shanghai)).toBe(true);
    expect(isOpen(at("2027-01-08T17:59:59+08:00"), shanghai)).toBe(true);
    expect(isOpen(at("2027-01-08T18:00:00+08:00"), shanghai)).toBe(false);
    expect(isOpen(at("2027-01-09T12:00:00+08:00"), shanghai)).toBe(false);
    expect(nextOpening(at("2027-01-08T18:00:00+08:00"), shanghai)).toEqual(at("2027-01-11T09:00:00+08:00"));
    expect(nextOpening(at("2027-01-08T10:00:00+08:00"), shanghai)).toEqual(at("2027-01-08T10:00:00+08:00"));
    const never = calendar("Asia/Shanghai", [], [null, null, null, null, null, null, null]);
    expect(nextOpening(at("2027-01-08T10:00:00+08:00"), never)).toBeNull();
  });

  it("counts around the clock for calendar-minute policies", () => {
    const saturdayNight = at("2027-01-09T23:30:00+08:00");
    expect(addTarget(saturdayNight, 60, false, shanghai)).toEqual(at("2027-01-10T00:30:00+08:00"));
    expect(minutesBetween(saturdayNight, at("2027-01-10T00:30:00+08:00"), false, shanghai)).toBe(60);
    expect(addTarget(saturdayNight, 60, true, shanghai)).toEqual(at("2027-01-11T10:00:00+08:00"));
  });

  it("follows daylight saving time in London and New York", () => {
    const london = calendar("Europe/London");
    // Friday 26 March 2027 17:00 GMT; the clocks go forward on Sunday 28 March.
    expect(addBusinessMinutes(at("2027-03-26T17:00:00Z"), 120, london)).toEqual(
      at("2027-03-29T10:00:00+01:00"),
    );
    // Back on Sunday 31 October 2027.
    expect(addBusinessMinutes(at("2027-10-29T17:00:00+01:00"), 120, london)).toEqual(
      at("2027-11-01T10:00:00Z"),
    );
    const newYork = calendar("America/New_York");
    expect(addBusinessMinutes(at("2027-03-12T17:00:00-05:00"), 120, newYork)).toEqual(
      at("2027-03-15T10:00:00-04:00"),
    );
    expect(addBusinessMinutes(at("2027-11-05T17:00:00-04:00"), 120, newYork)).toEqual(
      at("2027-11-08T10:00:00-05:00"),
    );
    // Open around the clock: the day the clocks go forward has 23 hours, the day they go back 25.
    const always = Array.from({ length: 7 }, () => ({ open: 0, close: 1440 }));
    const londonAlways = calendar("Europe/London", [], always);
    expect(
      businessMinutesBetween(at("2027-03-28T00:00:00Z"), at("2027-03-29T00:00:00+01:00"), londonAlways),
    ).toBe(23 * 60);
    expect(
      businessMinutesBetween(at("2027-10-31T00:00:00+01:00"), at("2027-11-01T00:00:00Z"), londonAlways),
    ).toBe(25 * 60);
    // Opening hours across the change: 00:00–06:00 on the short Sunday is five real hours.
    const earlySunday = calendar(
      "Europe/London",
      [],
      [{ open: 0, close: 360 }, null, null, null, null, null, null],
    );
    expect(businessMinutesBetween(at("2027-03-27T12:00:00Z"), at("2027-03-29T12:00:00Z"), earlySunday)).toBe(
      300,
    );
    expect(addBusinessMinutes(at("2027-03-27T12:00:00Z"), 300, earlySunday)).toEqual(
      at("2027-03-28T06:00:00+01:00"),
    );
  });

  it("gives back the minutes it added, for many random starts in several zones", () => {
    const random = seeded(20_270_101);
    const zones = [
      calendar("Asia/Shanghai", ["2027-01-01", "2027-05-03", "2027-10-04"]),
      calendar("Europe/London", ["2027-12-27"]),
      calendar("America/New_York", ["2027-07-05"]),
      calendar(
        "Asia/Kolkata",
        [],
        [null, { open: 570, close: 1050 }, NINE_TO_SIX, NINE_TO_SIX, null, NINE_TO_SIX, NINE_TO_SIX],
      ),
    ];
    const yearStart = Date.UTC(2027, 0, 1);
    const yearLength = 365 * 86_400_000;
    for (let i = 0; i < 1500; i += 1) {
      const cal = zones[i % zones.length] as BusinessCalendar;
      // Whole seconds, so the arithmetic stays exact.
      const start = new Date(Math.floor((yearStart + random() * yearLength) / 1000) * 1000);
      const minutes = 1 + Math.floor(random() * 6000);
      const due = addBusinessMinutes(start, minutes, cal);
      expect(
        businessMinutesBetween(start, due, cal),
        `${cal.timeZone} ${start.toISOString()} +${minutes}`,
      ).toBe(minutes);
      // The due time is never outside opening hours except exactly at closing.
      expect(isOpen(due, cal) || isOpen(new Date(due.getTime() - 1000), cal)).toBe(true);
      expect(localDay(due, cal.timeZone) >= localDay(start, cal.timeZone)).toBe(true);
      // More minutes never come earlier; splitting the minutes changes nothing.
      const part = Math.floor(minutes / 3) + 1;
      if (part < minutes) {
        const halfway = addBusinessMinutes(start, part, cal);
        expect(halfway.getTime()).toBeLessThanOrEqual(due.getTime());
        expect(addBusinessMinutes(halfway, minutes - part, cal)).toEqual(due);
      }
    }
  });

  it("never counts a holiday or a closed weekday", () => {
    const random = seeded(7);
    const cal = calendar("Asia/Shanghai", ["2027-06-09", "2027-09-15"]);
    for (let i = 0; i < 300; i += 1) {
      const start = new Date(Date.UTC(2027, 5, 1) + Math.floor(random() * 120 * 86_400) * 1000);
      const due = addBusinessMinutes(start, 1 + Math.floor(random() * 2000), cal);
      const day = localDay(due, "Asia/Shanghai");
      expect(["2027-06-09", "2027-09-15"]).not.toContain(day);
      const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
      expect([0, 6]).not.toContain(weekday);
    }
  });

  it("reads and writes opening times and knows real time zones", () => {
    expect(parseClockText("09:00")).toBe(540);
    expect(parseClockText("24:00")).toBe(1440);
    for (const bad of ["9:00", "24:01", "12:60", "ab:cd", ""]) expect(parseClockText(bad)).toBeNull();
    expect(clockText(1080)).toBe("18:00");
    expect(isValidTimeZone("Asia/Shanghai")).toBe(true);
    expect(isValidTimeZone("Europe/London")).toBe(true);
    expect(isValidTimeZone("Mars/Olympus")).toBe(false);
    expect(isValidTimeZone("")).toBe(false);
  });
});

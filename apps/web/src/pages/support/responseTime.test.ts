import { describe, expect, it } from "vitest";
import {
  dayRanges,
  formatDay,
  holidayRuns,
  isOpenNow,
  responseTime,
  weekdayName,
  workingDayMinutes,
  zonedDay,
} from "./responseTime";

const WEEK = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, open: "09:00", close: "18:00" }));
const HOURS = { timeZone: "Asia/Shanghai", days: WEEK };

describe("response time", () => {
  it("540 business minutes of a 09:00–18:00 calendar is one working day", () => {
    expect(responseTime({ firstResponse: { minutes: 540, businessHours: true }, hours: HOURS })).toEqual({
      unit: "workingDays",
      count: 1,
    });
    expect(responseTime({ firstResponse: { minutes: 2700, businessHours: true }, hours: HOURS })).toEqual({
      unit: "workingDays",
      count: 5,
    });
  });

  it("business minutes that are not whole days are working hours, rounded up", () => {
    expect(responseTime({ firstResponse: { minutes: 240, businessHours: true }, hours: HOURS })).toEqual({
      unit: "workingHours",
      count: 4,
    });
    expect(responseTime({ firstResponse: { minutes: 250, businessHours: true }, hours: null })).toEqual({
      unit: "workingHours",
      count: 5,
    });
  });

  it("around the clock: minutes, hours or days", () => {
    const at = (minutes: number) =>
      responseTime({ firstResponse: { minutes, businessHours: false }, hours: null });
    expect(at(30)).toEqual({ unit: "minutes", count: 30 });
    expect(at(60)).toEqual({ unit: "hours", count: 1 });
    expect(at(90)).toEqual({ unit: "hours", count: 2 });
    expect(at(2880)).toEqual({ unit: "days", count: 2 });
  });

  it("a working day is the calendar's usual day length", () => {
    expect(workingDayMinutes([...WEEK, { weekday: 6, open: "10:00", close: "14:00" }])).toBe(540);
    expect(workingDayMinutes([{ weekday: 1, open: "08:00", close: "16:00" }])).toBe(480);
    expect(workingDayMinutes([])).toBe(540);
  });
});

describe("opening hours", () => {
  it("groups days with the same hours, Monday first", () => {
    expect(
      dayRanges([
        { weekday: 6, open: "10:00", close: "14:00" },
        ...WEEK.slice().reverse(),
        { weekday: 0, open: "10:00", close: "14:00" },
      ]),
    ).toEqual([
      { from: 1, to: 5, open: "09:00", close: "18:00" },
      { from: 6, to: 0, open: "10:00", close: "14:00" },
    ]);
    expect(dayRanges([WEEK[0], WEEK[2]].filter((d) => d !== undefined))).toEqual([
      { from: 1, to: 1, open: "09:00", close: "18:00" },
      { from: 3, to: 3, open: "09:00", close: "18:00" },
    ]);
  });

  it("tells whether support is open now in the calendar's time zone", () => {
    // Monday 2027-03-01 02:00 UTC = 10:00 in Shanghai.
    expect(isOpenNow(HOURS, new Date("2027-03-01T02:00:00Z"))).toBe(true);
    // 11:00 UTC = 19:00 in Shanghai.
    expect(isOpenNow(HOURS, new Date("2027-03-01T11:00:00Z"))).toBe(false);
    // Saturday.
    expect(isOpenNow(HOURS, new Date("2027-03-06T02:00:00Z"))).toBe(false);
    // A holiday on a Monday (Qingming, 2027-04-05).
    expect(isOpenNow(HOURS, new Date("2027-04-05T02:00:00Z"), ["2027-04-05"])).toBe(false);
    expect(isOpenNow(null, new Date())).toBe(true);
    expect(isOpenNow({ timeZone: "Nowhere/Else", days: WEEK }, new Date())).toBeNull();
  });

  it("names days and dates in the interface language", () => {
    expect(weekdayName(1, "en")).toBe("Mon");
    expect(weekdayName(0, "en", "long")).toBe("Sunday");
    expect(zonedDay(new Date("2027-03-01T20:00:00Z"), "Asia/Shanghai")).toBe("2027-03-02");
    expect(formatDay("2027-04-05", "en")).toBe("Monday, April 5, 2027");
  });

  it("shows a run of holidays once", () => {
    expect(
      holidayRuns([
        { day: "2027-02-06", name: "Spring Festival" },
        { day: "2027-02-05", name: "Spring Festival" },
        { day: "2027-02-07", name: "Spring Festival" },
        { day: "2027-04-05", name: "Qingming" },
      ]),
    ).toEqual([
      { from: "2027-02-05", to: "2027-02-07", name: "Spring Festival" },
      { from: "2027-04-05", to: "2027-04-05", name: "Qingming" },
    ]);
  });
});

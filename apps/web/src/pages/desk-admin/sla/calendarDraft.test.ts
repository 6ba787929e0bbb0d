import { describe, expect, it } from "vitest";
import { calendarOf, dayProblem, daysOf, timeZones, weekdayName } from "./calendarDraft";

const calendar = {
  timeZone: "Asia/Shanghai",
  days: [
    { weekday: 0, closed: true, open: null, close: null },
    { weekday: 1, closed: false, open: "09:00", close: "18:00" },
    { weekday: 2, closed: false, open: "09:00", close: "24:00" },
  ],
};

describe("business calendar form", () => {
  it("lists the week from Monday to Sunday; closed days get default times to open them with", () => {
    const days = daysOf(calendar);
    expect(days.map((d) => d.weekday)).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(days[0]).toEqual({ weekday: 1, open: true, from: "09:00", to: "18:00" });
    expect(days[6]).toEqual({ weekday: 0, open: false, from: "09:00", to: "18:00" });
  });

  it("checks each open day's times", () => {
    expect(dayProblem({ weekday: 1, open: true, from: "9:00", to: "17:30" })).toBeNull();
    expect(dayProblem({ weekday: 1, open: true, from: "09:00", to: "24:00" })).toBeNull();
    expect(dayProblem({ weekday: 1, open: true, from: "18:00", to: "09:00" })).toBe("closeBeforeOpen");
    expect(dayProblem({ weekday: 1, open: true, from: "nine", to: "17:00" })).toBe("invalidTime");
    expect(dayProblem({ weekday: 1, open: true, from: "24:00", to: "24:00" })).toBe("invalidTime");
    expect(dayProblem({ weekday: 1, open: false, from: "nine", to: "" })).toBeNull();
  });

  it("builds what the server takes, times written as HH:MM", () => {
    const sent = calendarOf("Europe/Berlin", [
      { weekday: 1, open: true, from: "8:30", to: "17:00" },
      { weekday: 0, open: false, from: "09:00", to: "18:00" },
    ]);
    expect(sent).toEqual({
      timeZone: "Europe/Berlin",
      days: [
        { weekday: 1, closed: false, open: "08:30", close: "17:00" },
        { weekday: 0, closed: true, open: null, close: null },
      ],
    });
  });

  it("offers the browser's time zones, the current one included", () => {
    const zones = timeZones("Asia/Shanghai");
    expect(zones).toContain("Asia/Shanghai");
    expect(timeZones("Mars/Olympus_Mons")).toContain("Mars/Olympus_Mons");
  });

  it("names weekdays in both languages", () => {
    expect(weekdayName(0, "en")).toBe("Sunday");
    expect(weekdayName(1, "en")).toBe("Monday");
    expect(weekdayName(1, "zh-CN")).toBe("星期一");
  });
});

import { describe, expect, it } from "vitest";
import { fillDays, isoDay, lastDays, rangeFromParams, rangeLength, rangeProblem, ratio } from "./range";

describe("date ranges", () => {
  const today = new Date(Date.UTC(2026, 2, 10, 15, 30)); // 10 March 2026, 15:30 UTC

  it("writes the UTC day of a moment as YYYY-MM-DD, whatever the browser's time zone", () => {
    expect(isoDay(new Date(Date.UTC(2026, 0, 5, 23, 59)))).toBe("2026-01-05");
    // 00:30 on 6 January in UTC+8 is still 5 January in UTC: the server's day.
    expect(isoDay(new Date("2026-01-06T00:30:00+08:00"))).toBe("2026-01-05");
    // 23:30 on 5 January in UTC-5 is already 6 January in UTC.
    expect(lastDays(1, new Date("2026-01-05T23:30:00-05:00"))).toEqual({
      from: "2026-01-06",
      to: "2026-01-06",
    });
  });

  it("counts the last n days including today, across months", () => {
    expect(lastDays(30, today)).toEqual({ from: "2026-02-09", to: "2026-03-10" });
    expect(lastDays(1, today)).toEqual({ from: "2026-03-10", to: "2026-03-10" });
    expect(rangeLength(lastDays(30, today))).toBe(30);
  });

  it("refuses reversed, malformed and too long ranges", () => {
    expect(rangeProblem({ from: "2026-03-10", to: "2026-03-01" })).toBe("reversed");
    expect(rangeProblem({ from: "2026-3-1", to: "2026-03-10" })).toBe("invalid");
    expect(rangeProblem({ from: "2025-01-01", to: "2026-03-10" })).toBe("tooLong");
    expect(rangeProblem({ from: "2025-03-10", to: "2026-03-10" })).toBeNull(); // 366 days
  });

  it("reads the range from the address, or falls back to the last 30 days", () => {
    expect(rangeFromParams(new URLSearchParams("from=2026-01-01&to=2026-01-31"), today)).toEqual({
      from: "2026-01-01",
      to: "2026-01-31",
    });
    expect(rangeFromParams(new URLSearchParams("from=2026-02-01&to=2026-01-01"), today)).toEqual(
      lastDays(30, today),
    );
  });
});

describe("daily figures", () => {
  it("fills the days nothing happened with zeros, in order", () => {
    const row = {
      day: "2026-03-02",
      searches: 5,
      noResults: 1,
      clicks: 2,
      views: 9,
      deflected: 1,
      contacted: 0,
    };
    const days = fillDays([row], { from: "2026-03-01", to: "2026-03-03" });
    expect(days.map((d) => d.day)).toEqual(["2026-03-01", "2026-03-02", "2026-03-03"]);
    expect(days[1]).toBe(row);
    expect(days[0]).toMatchObject({ searches: 0, contacted: 0 });
  });

  it("gives no rate for nothing", () => {
    expect(ratio(3, 12)).toBe(0.25);
    expect(ratio(0, 0)).toBeNull();
  });
});

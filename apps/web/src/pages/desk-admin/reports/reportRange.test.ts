import { describe, expect, it } from "vitest";
import { fillDays, lastDays, presetOf, rangeFrom, spellMinutes, todayIn } from "./reportRange";

describe("report range", () => {
  it("counts today in the desk's time zone", () => {
    const lateUtc = new Date("2026-11-25T20:00:00Z");
    expect(todayIn("Asia/Shanghai", lateUtc)).toBe("2026-11-26");
    expect(todayIn("America/New_York", lateUtc)).toBe("2026-11-25");
    expect(todayIn("Not/AZone", lateUtc)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("builds presets and recognises them", () => {
    expect(lastDays(7, "2026-11-26")).toEqual({ from: "2026-11-20", to: "2026-11-26" });
    expect(lastDays(30, "2026-03-01")).toEqual({ from: "2026-01-31", to: "2026-03-01" });
    expect(presetOf({ from: "2026-11-20", to: "2026-11-26" }, "2026-11-26")).toBe(7);
    expect(presetOf({ from: "2026-11-21", to: "2026-11-26" }, "2026-11-26")).toBeNull();
  });

  it("reads the address, falling back to the last 30 days", () => {
    expect(rangeFrom(new URLSearchParams("from=2026-10-01&to=2026-10-31"), "2026-11-26")).toEqual({
      from: "2026-10-01",
      to: "2026-10-31",
    });
    expect(rangeFrom(new URLSearchParams("from=2026-10-31&to=2026-10-01"), "2026-11-26")).toEqual({
      from: "2026-10-28",
      to: "2026-11-26",
    });
    expect(rangeFrom(new URLSearchParams(""), "2026-11-26").to).toBe("2026-11-26");
  });

  it("fills the days the server left out", () => {
    expect(
      fillDays([{ day: "2026-11-02", created: 3, solved: 1 }], { from: "2026-11-01", to: "2026-11-03" }),
    ).toEqual([
      { day: "2026-11-01", created: 0, solved: 0 },
      { day: "2026-11-02", created: 3, solved: 1 },
      { day: "2026-11-03", created: 0, solved: 0 },
    ]);
  });

  it("spells durations", () => {
    const words = { d: (n: number) => `${n} d`, h: (n: number) => `${n} h`, min: (n: number) => `${n} min` };
    expect(spellMinutes(null, words)).toBe("—");
    expect(spellMinutes(42.4, words)).toBe("42 min");
    expect(spellMinutes(185, words)).toBe("3 h 5 min");
    expect(spellMinutes(120, words)).toBe("2 h");
    expect(spellMinutes(3120, words)).toBe("2 d 4 h");
    expect(spellMinutes(2880, words)).toBe("2 d");
  });
});

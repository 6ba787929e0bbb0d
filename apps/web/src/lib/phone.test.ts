import { describe, expect, it } from "vitest";
import { dayInZone, formatDuration, groupSlotsByDay, parseDuration, slotLabel, toE164 } from "./phone";

const slot = (start: string, end: string) => ({ start, end, remaining: 4 });

describe("callback slots", () => {
  it("are grouped by day in the support calendar's zone, in time order", () => {
    // 23:30 UTC on the 26th is already the 27th in Shanghai.
    const slots = [
      slot("2026-11-30T01:00:00.000Z", "2026-11-30T01:30:00.000Z"),
      slot("2026-11-27T01:30:00.000Z", "2026-11-27T02:00:00.000Z"),
      slot("2026-11-26T23:30:00.000Z", "2026-11-27T00:00:00.000Z"),
    ];
    const days = groupSlotsByDay(slots, "Asia/Shanghai", "en");
    expect(days.map((d) => d.day)).toEqual(["2026-11-27", "2026-11-30"]);
    expect(days[0]?.label).toBe("Fri 27 Nov");
    expect(days[0]?.slots.map((s) => s.time)).toEqual(["07:30", "09:30"]);
    expect(days[1]?.slots[0]).toMatchObject({ time: "09:00", remaining: 4 });
    expect(groupSlotsByDay(slots, "UTC", "en").map((d) => d.day)).toEqual([
      "2026-11-26",
      "2026-11-27",
      "2026-11-30",
    ]);
    expect(groupSlotsByDay([], "UTC", "en")).toEqual([]);
  });

  it("name their day in the reader's language", () => {
    const [day] = groupSlotsByDay(
      [slot("2026-11-27T01:00:00Z", "2026-11-27T01:30:00Z")],
      "Asia/Shanghai",
      "zh-CN",
    );
    expect(day?.label).toMatch(/11月27日/);
    expect(slotLabel(slot("2026-11-27T01:00:00Z", "2026-11-27T01:30:00Z"), "Asia/Shanghai", "en")).toBe(
      "Fri 27 Nov 09:00–09:30",
    );
    expect(dayInZone("2026-11-27T16:30:00Z", "America/New_York")).toBe("2026-11-27");
  });
});

describe("call lengths", () => {
  it("read as minutes and seconds, hours when long", () => {
    expect(formatDuration(0)).toBe("0:00");
    expect(formatDuration(45)).toBe("0:45");
    expect(formatDuration(312)).toBe("5:12");
    expect(formatDuration(3725)).toBe("1:02:05");
    expect(formatDuration(-3)).toBe("0:00");
    expect(formatDuration(Number.NaN)).toBe("0:00");
  });

  it("are typed as m:ss, h:mm:ss or minutes", () => {
    expect(parseDuration("5:12")).toBe(312);
    expect(parseDuration("1:02:05")).toBe(3725);
    expect(parseDuration("5")).toBe(300);
    expect(parseDuration("2.5")).toBe(150);
    expect(parseDuration("")).toBe(0);
    expect(parseDuration("5:75")).toBeNull();
    expect(parseDuration("five")).toBeNull();
    expect(parseDuration("1:2:3:4")).toBeNull();
  });
});

describe("phone numbers", () => {
  it("are sent in E.164, spaces and dashes dropped", () => {
    expect(toE164("+86 138-1234-5678")).toBe("+8613812345678");
    expect(toE164("(+1) 202 555 0123")).toBe("+12025550123"); // as the server reads it
    expect(toE164("+1 (202) 555-0123")).toBe("+12025550123");
    expect(toE164("13812345678")).toBeNull();
    expect(toE164("+0123456789")).toBeNull();
  });
});

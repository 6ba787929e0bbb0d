import { afterEach, describe, expect, it } from "vitest";
import { fromLocalInput, suggestedWindow, utcOffset, utcText, windowProblems, zoneLabel } from "./window";

const savedTz = process.env.TZ;
afterEach(() => {
  if (savedTz === undefined) delete process.env.TZ;
  else process.env.TZ = savedTz;
});

describe("local date-time → ISO", () => {
  it("reads the typed time in the browser's zone and sends it in UTC", () => {
    process.env.TZ = "Asia/Shanghai";
    expect(fromLocalInput("2026-11-27T09:15")).toBe("2026-11-27T01:15:00.000Z");
    process.env.TZ = "America/New_York";
    expect(fromLocalInput("2026-11-27T09:15")).toBe("2026-11-27T14:15:00.000Z");
    expect(fromLocalInput("2026-07-01T09:15")).toBe("2026-07-01T13:15:00.000Z");
  });

  it("gives nothing for an empty or broken input", () => {
    expect(fromLocalInput("")).toBeNull();
    expect(fromLocalInput("27/11/2026 09:15")).toBeNull();
  });

  it("suggests the next full hour, for one hour", () => {
    process.env.TZ = "Asia/Shanghai";
    const now = Date.parse("2026-11-27T01:40:00.000Z"); // 09:40 in Shanghai
    expect(suggestedWindow(now)).toEqual({ start: "2026-11-27T10:00", end: "2026-11-27T11:00" });
  });
});

describe("the time zone shown beside the inputs", () => {
  it("names the zone and its offset at that moment", () => {
    const winter = new Date("2026-01-15T12:00:00Z");
    const summer = new Date("2026-07-15T12:00:00Z");
    expect(zoneLabel(winter, "Asia/Shanghai")).toBe("Asia/Shanghai (UTC+08:00)");
    expect(utcOffset(winter, "America/New_York")).toBe("UTC-05:00");
    expect(utcOffset(summer, "America/New_York")).toBe("UTC-04:00");
    expect(utcOffset(winter, "UTC")).toBe("UTC+00:00");
  });

  it("shows what the server will get", () => {
    expect(utcText("2026-11-27T01:15:00.000Z")).toBe("2026-11-27 01:15 UTC");
  });
});

describe("window checks", () => {
  const now = Date.parse("2026-11-27T00:00:00.000Z");
  it("needs both ends, the end after the start and not already past", () => {
    expect(windowProblems(null, null, now)).toEqual({ start: "startRequired", end: "endRequired" });
    expect(windowProblems("2026-11-27T02:00:00.000Z", "2026-11-27T02:00:00.000Z", now)).toEqual({
      end: "endBeforeStart",
    });
    expect(windowProblems("2026-11-26T20:00:00.000Z", "2026-11-26T22:00:00.000Z", now)).toEqual({
      end: "endPassed",
    });
    expect(windowProblems("2026-11-26T20:00:00.000Z", "2026-11-27T02:00:00.000Z", now)).toEqual({});
  });
});

import { describe, expect, it } from "vitest";
import { clockMinutes, durationProblem, fromParts, normalClock, spell, toParts } from "./duration";

describe("SLA durations", () => {
  it("turns minutes into hours and minutes and back", () => {
    expect(toParts(540)).toEqual({ hours: "9", minutes: "0" });
    expect(toParts(1620)).toEqual({ hours: "27", minutes: "0" });
    expect(toParts(95)).toEqual({ hours: "1", minutes: "35" });
    expect(fromParts({ hours: "1", minutes: "35" })).toBe(95);
    expect(fromParts({ hours: "", minutes: "45" })).toBe(45);
    expect(fromParts({ hours: " 8 ", minutes: "" })).toBe(480);
    expect(fromParts({ hours: "1.5", minutes: "0" })).toBeNull();
    expect(fromParts({ hours: "-1", minutes: "0" })).toBeNull();
  });

  it("checks the server's range", () => {
    expect(durationProblem(null)).toBe("invalid");
    expect(durationProblem(0)).toBe("zero");
    expect(durationProblem(525_601)).toBe("tooLong");
    expect(durationProblem(60)).toBeNull();
  });

  it("spells a duration", () => {
    const words = { h: (n: number) => `${n} h`, min: (n: number) => `${n} min` };
    expect(spell(90, words)).toBe("1 h 30 min");
    expect(spell(45, words)).toBe("45 min");
    expect(spell(180, words)).toBe("3 h");
  });

  it("reads opening hours, 24:00 closing at midnight", () => {
    expect(clockMinutes("09:00")).toBe(540);
    expect(clockMinutes("24:00")).toBe(1440);
    expect(clockMinutes("24:30")).toBeNull();
    expect(clockMinutes("9:00")).toBeNull();
    expect(clockMinutes("")).toBeNull();
    expect(normalClock("9:00")).toBe("09:00");
    expect(normalClock(" 18:30 ")).toBe("18:30");
    expect(normalClock("noon")).toBe("noon");
  });
});

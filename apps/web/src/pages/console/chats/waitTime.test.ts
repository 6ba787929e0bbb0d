import { describe, expect, it } from "vitest";
import { formatWait, newcomers } from "./waitTime";

describe("wait times", () => {
  it("read like a clock", () => {
    expect(formatWait(0)).toBe("0:00");
    expect(formatWait(45_900)).toBe("0:45");
    expect(formatWait(185_000)).toBe("3:05");
    expect(formatWait(3_723_000)).toBe("1:02:03");
    expect(formatWait(-5_000)).toBe("0:00");
  });
});

describe("new waiting chats", () => {
  it("are the ones the previous list did not have, none on the first load", () => {
    expect(newcomers(null, [{ id: "a" }])).toEqual([]);
    expect(newcomers([{ id: "a" }], [{ id: "a" }, { id: "b" }])).toEqual([{ id: "b" }]);
    expect(newcomers([{ id: "a" }, { id: "b" }], [{ id: "b" }])).toEqual([]);
  });
});

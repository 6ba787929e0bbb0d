import { describe, expect, it } from "vitest";
import { splitText, xWeightedLength } from "./text.js";

describe("social text limits", () => {
  it("splits a long reply at paragraph, line or word breaks, never losing text", () => {
    const paragraph = "word ".repeat(300).trim();
    const text = `${paragraph}\n\n${paragraph}`;
    const chunks = splitText(text, 2000);
    expect(chunks).toHaveLength(2);
    expect(chunks.every((c) => c.length <= 2000)).toBe(true);
    expect(chunks.join("\n\n")).toBe(text);
    expect(splitText("short", 2000)).toEqual(["short"]);
    expect(splitText("   ", 2000)).toEqual([]);
  });

  it("cuts a text without breaks at the limit, counting characters rather than UTF-16 units", () => {
    const emoji = "😀".repeat(2500);
    const chunks = splitText(emoji, 2000);
    expect(chunks.map((c) => [...c].length)).toEqual([2000, 500]);
  });

  it("weighs text as X counts a post: CJK twice, a link as 23", () => {
    expect(xWeightedLength("Hello")).toBe(5);
    expect(xWeightedLength("维护")).toBe(4);
    expect(xWeightedLength(`Status: https://status.example.com/incidents/${"x".repeat(80)}`)).toBe(8 + 23);
  });
});

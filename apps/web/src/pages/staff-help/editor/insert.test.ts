import { describe, expect, it } from "vitest";
import { imageMarkdown, insertBlock, insertText } from "./insert";

describe("inserting at the cursor", () => {
  it("replaces the selection and puts the cursor after the insert", () => {
    expect(insertText("Lock after  tries", 11, 11, "{{lockout.threshold}}")).toEqual({
      value: "Lock after {{lockout.threshold}} tries",
      cursor: 32,
    });
    expect(insertText("abc", 1, 2, "X")).toEqual({ value: "aXc", cursor: 2 });
  });

  it("clamps a cursor outside the text", () => {
    expect(insertText("ab", 9, 12, "!")).toEqual({ value: "ab!", cursor: 3 });
  });

  it("puts a block on its own line", () => {
    expect(insertBlock("Intro text", 5, 5, "![x](u)")).toEqual({
      value: "Intro\n![x](u)\n text",
      cursor: 14,
    });
    expect(insertBlock("Intro\n", 6, 6, "![x](u)")).toEqual({ value: "Intro\n![x](u)", cursor: 13 });
    expect(insertBlock("", 0, 0, "![x](u)")).toEqual({ value: "![x](u)", cursor: 7 });
  });

  it("uses the file name as alt text", () => {
    expect(imageMarkdown("/api/v1/help/images/i1", "card-declined_screen.PNG")).toBe(
      "![card declined screen](/api/v1/help/images/i1)",
    );
    expect(imageMarkdown("/u", "[evil].jpg")).toBe("![evil](/u)");
  });
});

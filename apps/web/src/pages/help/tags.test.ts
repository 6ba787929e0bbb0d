import { describe, expect, it } from "vitest";
import { tagsInLanguage } from "./tags";
import { deflectionQuery } from "./useDeflection";

describe("article tags", () => {
  it("show each language's own search words", () => {
    const tags = ["locked", "2FA", "锁定", "账户冻结", "two-factor"];
    expect(tagsInLanguage(tags, "en")).toEqual(["locked", "2FA", "two-factor"]);
    expect(tagsInLanguage(tags, "zh-CN")).toEqual(["锁定", "账户冻结"]);
  });
});

describe("the contact page's deflection query", () => {
  it("is the description on one line, without control characters, at most 500 characters", () => {
    expect(deflectionQuery("  my deposit\r\nhas not\tarrived \u0000 yet ")).toBe(
      "my deposit has not arrived yet",
    );
    expect(deflectionQuery("充值".repeat(400))).toHaveLength(500);
  });
});

import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interpolate, negotiateLocale } from "./i18n.js";

describe("negotiateLocale", () => {
  it("picks Simplified Chinese for any Chinese tag and English otherwise", () => {
    expect(negotiateLocale("zh-CN,zh;q=0.9,en;q=0.8")).toBe("zh-CN");
    expect(negotiateLocale("zh")).toBe("zh-CN");
    expect(negotiateLocale("zh-Hans-CN")).toBe("zh-CN");
    expect(negotiateLocale("en-GB,en;q=0.9")).toBe("en");
    expect(negotiateLocale("fr-FR,zh;q=0.5")).toBe("zh-CN");
    expect(negotiateLocale("fr-FR")).toBe("en");
    expect(negotiateLocale(undefined)).toBe("en");
  });

  it("honours quality values", () => {
    expect(negotiateLocale("en;q=0.4, zh-CN;q=0.8")).toBe("zh-CN");
    expect(negotiateLocale("zh;q=0, en")).toBe("en");
  });

  it("never throws on garbage", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (header) => {
        expect(["en", "zh-CN"]).toContain(negotiateLocale(header));
      }),
      { numRuns: 2000 },
    );
    expect(negotiateLocale("x".repeat(5000))).toBe("en");
    expect(negotiateLocale(";;;,,,q=abc")).toBe("en");
  });
});

describe("interpolate", () => {
  it("fills known placeholders and keeps unknown ones visible", () => {
    expect(interpolate("Wait {n} seconds {x}", { n: 5 })).toBe("Wait 5 seconds {x}");
  });
});

import { describe, expect, it } from "vitest";
import { detectLanguage } from "./detect";

describe("detectLanguage", () => {
  it("prefers a saved choice", () => {
    expect(detectLanguage("zh-CN", ["en-US"])).toBe("zh-CN");
    expect(detectLanguage("en", ["zh-CN"])).toBe("en");
  });

  it("ignores a saved value that is not supported", () => {
    expect(detectLanguage("fr", ["zh-TW"])).toBe("zh-CN");
  });

  it("maps any Chinese browser language to zh-CN", () => {
    for (const tag of ["zh", "zh-CN", "zh-TW", "zh-Hans-CN", "ZH-hk"]) {
      expect(detectLanguage(null, [tag])).toBe("zh-CN");
    }
  });

  it("follows the order of the browser languages", () => {
    expect(detectLanguage(null, ["fr-FR", "zh-CN", "en"])).toBe("zh-CN");
    expect(detectLanguage(null, ["en-GB", "zh-CN"])).toBe("en");
  });

  it("falls back to English", () => {
    expect(detectLanguage(null, [])).toBe("en");
    expect(detectLanguage(undefined, ["de-DE", "ja"])).toBe("en");
    expect(detectLanguage(null, ["zhx"])).toBe("en");
  });
});

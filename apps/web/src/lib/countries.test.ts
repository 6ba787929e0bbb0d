import { describe, expect, it } from "vitest";
import { COUNTRY_CODES, countryName, countryOptions, isCountryCode, regionFromLanguages } from "./countries";

describe("countries", () => {
  it("lists each ISO 3166-1 alpha-2 code once", () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect(isCountryCode("CN")).toBe(true);
    expect(isCountryCode("EU")).toBe(false);
  });

  it("names and sorts them in the interface language", () => {
    const en = countryOptions("en");
    expect(en).toHaveLength(249);
    expect(en.find((c) => c.code === "DE")?.name).toBe("Germany");
    expect(countryName("CN", "zh-CN")).toBe("中国");
    const names = en.map((c) => c.name);
    expect(names).toEqual([...names].sort(new Intl.Collator("en").compare));
  });

  it("preselects the browser's region", () => {
    expect(regionFromLanguages(["en-GB", "en"])).toBe("GB");
    expect(regionFromLanguages(["zh", "en-US"])).toBe("US");
    expect(regionFromLanguages(["zh"])).toBe("CN");
    expect(regionFromLanguages(["zh-Hant-TW"])).toBe("TW");
    // A region that is not a country (419 = Latin America) preselects nothing rather than guess.
    expect(regionFromLanguages(["es-419"])).toBe("");
    expect(regionFromLanguages([])).toBe("");
    expect(regionFromLanguages(["not a tag"])).toBe("");
  });
});

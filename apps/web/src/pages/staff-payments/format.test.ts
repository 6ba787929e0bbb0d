import { describe, expect, it } from "vitest";
import { ApiError } from "../../api/client";
import { fromLocalInput, serverFieldError, splitCodes, toLocalInput } from "./format";
import { draftProblems, EMPTY_DRAFT, settingsOf } from "./methods/methodDraft";

describe("datetime-local conversion", () => {
  it("round-trips a UTC timestamp through the local input, to the minute", () => {
    const iso = "2026-11-27T02:30:00.000Z";
    const local = toLocalInput(iso);
    expect(local).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    expect(fromLocalInput(local)).toBe(iso);
  });

  it("reads the input as local time", () => {
    const expected = new Date(2026, 10, 27, 9, 15).toISOString();
    expect(fromLocalInput("2026-11-27T09:15")).toBe(expected);
  });

  it("refuses what is not a time", () => {
    expect(fromLocalInput("")).toBeNull();
    expect(fromLocalInput("tomorrow")).toBeNull();
    expect(toLocalInput(null)).toBe("");
    expect(toLocalInput("garbage")).toBe("");
  });
});

describe("code lists", () => {
  it("splits, upper-cases and de-duplicates", () => {
    expect(splitCodes(" us, cn ,US，gb *")).toEqual(["US", "CN", "GB", "*"]);
    expect(splitCodes("  ")).toEqual([]);
  });
});

describe("server field errors", () => {
  it("finds a field's message by path, nested paths included", () => {
    const error = new ApiError({
      status: 400,
      code: "validation_failed",
      title: "Invalid",
      errors: [
        { path: "/countries/2", message: "not a country" },
        { path: "/name/zh-CN", message: "required" },
      ],
    });
    expect(serverFieldError(error, "countries")).toBe("not a country");
    expect(serverFieldError(error, "name/zh-CN")).toBe("required");
    expect(serverFieldError(error, "name/en")).toBeNull();
    expect(serverFieldError(new Error("x"), "countries")).toBeNull();
  });
});

describe("method drafts", () => {
  it("accepts the defaults once named, and builds the API body", () => {
    const draft = {
      ...EMPTY_DRAFT,
      id: "card_eu",
      nameEn: "Card",
      nameZh: "银行卡",
      countries: "de, fr",
      currencies: "eur",
    };
    expect(draftProblems(draft, true)).toEqual({});
    expect(settingsOf(draft)).toMatchObject({
      countries: ["DE", "FR"],
      currencies: ["EUR"],
      name: { en: "Card", "zh-CN": "银行卡" },
    });
  });

  it("says what is wrong with each field", () => {
    const draft = {
      ...EMPTY_DRAFT,
      id: "Bad Id",
      countries: "USA",
      currencies: "",
      minAmount: "100",
      maxAmount: "10",
      feePercent: "150",
      feeFixed: "1.234",
    };
    expect(draftProblems(draft, true)).toEqual({
      id: "idFormat",
      "name/en": "required",
      "name/zh-CN": "required",
      countries: "countryFormat",
      currencies: "required",
      maxAmount: "maxBelowMin",
      feeFixed: "usdFormat",
      feePercent: "percentFormat",
    });
    expect(draftProblems({ ...draft, id: "" }, false).id).toBeUndefined();
    expect(draftProblems({ ...draft, id: "card" }, true, ["card"]).id).toBe("idTaken");
  });
});

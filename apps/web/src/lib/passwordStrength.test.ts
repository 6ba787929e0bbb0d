import { describe, expect, it } from "vitest";
import en from "../i18n/en.json";
import zhCN from "../i18n/zh-CN.json";
import {
  feedbackLines,
  reasonKey,
  strengthLevel,
  suggestionKey,
  weakPasswordReasons,
} from "./passwordStrength";

function lookup(catalog: unknown, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalog);
}

describe("reasonKey", () => {
  it("maps every documented reason to a message in both languages", () => {
    for (const code of ["too_short", "too_long", "too_weak", "common_password", "contains_personal_info"]) {
      const key = reasonKey(code);
      expect(key, code).toBe(`password.reasons.${code}`);
      expect(typeof lookup(en, key ?? "")).toBe("string");
      expect(typeof lookup(zhCN, key ?? "")).toBe("string");
    }
  });

  it("knows nothing of other codes", () => {
    expect(reasonKey("too_pretty")).toBeNull();
  });
});

describe("suggestionKey", () => {
  it("maps every suggestion code of the server to a message in both languages", () => {
    for (const code of [
      "add_length",
      "use_more_words",
      "avoid_common_words",
      "avoid_personal_info",
      "avoid_sequences",
      "avoid_repeats",
      "avoid_dates",
      "avoid_keyboard_patterns",
      "avoid_predictable_changes",
    ]) {
      const key = suggestionKey(code);
      expect(key, code).toBe(`password.suggestions.${code}`);
      expect(typeof lookup(en, key ?? "")).toBe("string");
      expect(typeof lookup(zhCN, key ?? "")).toBe("string");
    }
  });

  it("knows nothing of other codes", () => {
    expect(suggestionKey("useWords")).toBeNull();
    expect(suggestionKey("nonsense")).toBeNull();
  });
});

describe("feedbackLines", () => {
  it("turns known codes into keys, keeps server sentences and drops unknown codes, each once", () => {
    const lines = feedbackLines({
      reasons: ["too_short", "mystery_code", "too_short"],
      suggestions: ["add_length", "add_length", "Add another word or two.", "unknown_code"],
    });
    expect(lines.reasons).toEqual([{ kind: "key", key: "password.reasons.too_short" }]);
    expect(lines.suggestions).toEqual([
      { kind: "key", key: "password.suggestions.add_length" },
      { kind: "text", text: "Add another word or two." },
    ]);
  });
});

describe("strengthLevel", () => {
  it("names each score and clamps the rest", () => {
    expect([0, 1, 2, 3, 4].map(strengthLevel)).toEqual(["veryWeak", "weak", "fair", "good", "strong"]);
    expect(strengthLevel(-1)).toBe("veryWeak");
    expect(strengthLevel(9)).toBe("strong");
  });
});

describe("weakPasswordReasons", () => {
  it("reads the reasons a weak_password problem names", () => {
    expect(
      weakPasswordReasons([
        { code: "too_short", message: "Too short" },
        { message: "common_password" },
        { code: "other", message: "Other" },
      ]),
    ).toEqual(["too_short", "common_password"]);
  });
});

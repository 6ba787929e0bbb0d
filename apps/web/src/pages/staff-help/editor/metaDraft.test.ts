import { describe, expect, it } from "vitest";
import type { ArticleDetail } from "../../../api/staffHelp";
import {
  filledTranslations,
  metaChanges,
  metaProblems,
  slugFromTitle,
  slugProblem,
  splitList,
  translationProblem,
} from "./metaDraft";

const ARTICLE: ArticleDetail = {
  slug: "forgot-password",
  kind: "how_to",
  section: { slug: "signing-in", name: "Signing in" },
  tags: ["password", "重置密码"],
  related: [{ slug: "account-locked", title: null }],
  createdAt: "",
  updatedAt: "",
  translations: {},
};

describe("article meta", () => {
  it("splits lists on Latin and Chinese commas and drops repeats", () => {
    expect(splitList("password, 重置密码，reset、password\n  two  words ")).toEqual([
      "password",
      "重置密码",
      "reset",
      "two words",
    ]);
  });

  it("sends only what changed", () => {
    const draft = {
      section: "signing-in",
      kind: "troubleshooting" as const,
      tagsText: "password，重置密码",
      relatedText: "account-locked, Two-Factor",
    };
    expect(metaChanges(ARTICLE, draft)).toEqual({
      kind: "troubleshooting",
      related: ["account-locked", "two-factor"],
    });
  });

  it("names what is wrong: no section, a link to itself, a related slug that cannot exist", () => {
    expect(
      metaProblems(
        { section: "", kind: "faq", tagsText: "", relatedText: "forgot-password, not a slug" },
        "forgot-password",
      ),
    ).toEqual(["sectionMissing", "relatedSelf", "relatedInvalid"]);
    expect(metaProblems({ section: "s", kind: "faq", tagsText: "", relatedText: "" }, "x")).toEqual([]);
  });
});

describe("slugs", () => {
  it("checks the contract's pattern and length", () => {
    expect(slugProblem("")).toBe("required");
    expect(slugProblem("deposit-not-arrived")).toBeNull();
    expect(slugProblem("Deposit")).toBe("pattern");
    expect(slugProblem("a--b")).toBe("pattern");
    expect(slugProblem("a".repeat(81))).toBe("tooLong");
  });

  it("proposes a slug from an English title", () => {
    expect(slugFromTitle("Why was my card declined?")).toBe("why-was-my-card-declined");
    expect(slugFromTitle("Café & 2FA — setup")).toBe("cafe-2fa-setup");
    expect(slugFromTitle("忘记密码")).toBe("");
  });
});

describe("translations of a new article", () => {
  it("flags a half-filled language and leaves an empty one alone", () => {
    expect(translationProblem({ title: "", body: "" })).toBeNull();
    expect(translationProblem({ title: "T", body: " " })).toBe("bodyMissing");
    expect(translationProblem({ title: "", body: "B" })).toBe("titleMissing");
  });

  it("sends the languages with a title and a body", () => {
    expect(
      filledTranslations({ en: { title: " Fees ", body: "Text" }, "zh-CN": { title: "", body: "" } }),
    ).toEqual({ en: { title: "Fees", body: "Text" } });
  });
});

import { describe, expect, it } from "vitest";
import { draftOf, draftProblems, inputOf, splitTags, unknownVariables } from "./macroDraft";

describe("macro draft", () => {
  it("splits tags on commas of both languages, without repeats", () => {
    expect(splitTags(" billing, 存款，billing 、 refunds ;")).toEqual(["billing", "存款", "refunds"]);
    expect(splitTags("")).toEqual([]);
  });

  it("needs a title and a body in both languages", () => {
    const draft = draftOf(null);
    expect(draftProblems(draft)).toEqual({
      "title.en": "required",
      "title.zh-CN": "required",
      "body.en": "required",
      "body.zh-CN": "required",
    });
    const filled = {
      ...draft,
      title: { en: "Deposit delay", "zh-CN": "入账延迟" },
      body: { en: "Hi", "zh-CN": "您好" },
    };
    expect(draftProblems(filled)).toEqual({});
    expect(draftProblems({ ...filled, title: { ...filled.title, en: "x".repeat(101) } })).toEqual({
      "title.en": "tooLong",
    });
    expect(draftProblems({ ...filled, body: { ...filled.body, "zh-CN": "   " } })).toEqual({
      "body.zh-CN": "required",
    });
  });

  it("keeps tags within the server's limits", () => {
    const filled = {
      ...draftOf(null),
      title: { en: "a", "zh-CN": "b" },
      body: { en: "a", "zh-CN": "b" },
    };
    const eleven = Array.from({ length: 11 }, (_, i) => `t${i}`).join(",");
    expect(draftProblems({ ...filled, tags: eleven }).tags).toBe("tooManyTags");
    expect(draftProblems({ ...filled, tags: "x".repeat(41) }).tags).toBe("tagTooLong");
  });

  it("turns a draft into what the server takes, and back", () => {
    const macro = {
      id: "mac_1",
      title: { en: " Deposit delay ", "zh-CN": "入账延迟" },
      body: { en: "Hi {{customer.firstName}}\n", "zh-CN": "您好" },
      setStatus: "pending" as const,
      addTags: ["deposit", "delay"],
      usageCount: 3,
      updatedAt: null,
    };
    const draft = draftOf(macro);
    expect(draft.tags).toBe("deposit, delay");
    expect(inputOf(draft)).toEqual({
      title: { en: "Deposit delay", "zh-CN": "入账延迟" },
      body: { en: "Hi {{customer.firstName}}\n", "zh-CN": "您好" },
      setStatus: "pending",
      addTags: ["deposit", "delay"],
    });
    expect(inputOf({ ...draft, setStatus: "" }).setStatus).toBeNull();
  });

  it("points out variables the desk does not know", () => {
    expect(
      unknownVariables(
        "Hi {{customer.name}} {{ customer.firstName }}, see {{article:deposit-delays}} — {{customer.email}} {{article:Bad Slug}}",
      ),
    ).toEqual(["{{customer.email}}", "{{article:Bad Slug}}"]);
    expect(unknownVariables("no variables")).toEqual([]);
  });
});

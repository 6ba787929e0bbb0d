import { describe, expect, it } from "vitest";
import { shippedSynonyms } from "../content/synonyms.js";
import { boundedDamerauLevenshtein, FuzzyVocabulary } from "./fuzzy.js";
import { normalizeQuery, queryTokens } from "./normalize.js";
import { parseQuery } from "./query.js";
import { buildSnippet } from "./snippet.js";
import { SynonymTable } from "./synonyms.js";
import { analyze, isCjkTerm } from "./tokenize.js";

describe("normalizeQuery", () => {
  it("folds width and case, turns punctuation into spaces and trims", () => {
    expect(normalizeQuery("  ２ＦＡ　怎么开？？ ")).toBe("2fa 怎么开");
    expect(normalizeQuery("Withdrawal—REJECTED!!!")).toBe("withdrawal rejected");
    expect(normalizeQuery("don't   <b>panic</b>")).toBe("dont b panic b");
    expect(normalizeQuery("提现，被拒。")).toBe("提现 被拒");
  });

  it("keeps at most 200 characters without splitting a character in two", () => {
    expect(normalizeQuery("a".repeat(300))).toHaveLength(200);
    const cut = normalizeQuery(`${"a".repeat(199)}😀`);
    expect(cut).toBe("a".repeat(199));
  });
});

describe("queryTokens", () => {
  it("gives the same terms for the same question asked differently", () => {
    expect(queryTokens("Withdrawals rejected!")).toEqual(queryTokens("withdrawal REJECTED"));
    expect(queryTokens("Why was my withdrawal rejected?")).toEqual(["withdraw", "reject"]);
    expect(queryTokens("到帐")).toEqual(queryTokens("到账"));
  });

  it("splits Chinese into bigrams and keeps codes with digits", () => {
    expect(queryTokens("提现被拒")).toEqual(["提现", "现被", "被拒"]);
    expect(queryTokens("s1234 3DS 2FA")).toEqual(["s1234", "3ds", "2fa"]);
    expect(queryTokens("怎么 了")).toEqual([]);
  });
});

describe("analyze", () => {
  it("stems English words and folds irregular forms", () => {
    const terms = (text: string) => analyze(text).map((token) => token.term);
    expect(terms("locked locking lock")).toEqual(["lock", "lock", "lock"]);
    expect(terms("I forgot the password I paid with")).toEqual(["forget", "password", "pai"]);
    expect(terms("verification verify")).toEqual(["verifi", "verifi"]);
  });

  it("reports offsets into the original text, full-width letters included", () => {
    const text = "Ｈelp 提现申请";
    const tokens = analyze(text);
    expect(tokens.map((token) => text.slice(token.start, token.end))).toEqual([
      "Ｈelp",
      "提现",
      "现申",
      "申请",
    ]);
    expect(tokens[0]?.term).toBe("help");
  });

  it("keeps a lone Chinese character unless it is only grammar, and marks bigrams with particles weak", () => {
    expect(analyze("钱 了").map((token) => token.term)).toEqual(["钱"]);
    const weak = analyze("我的提现").filter((token) => token.weak);
    expect(weak.map((token) => token.term)).toEqual(["的提"]);
  });

  it("folds variant characters, but not 帐 meaning a tent", () => {
    expect(analyze("到帐 帐户 帳號").map((token) => token.term)).toEqual(["到账", "账户", "账号"]);
    expect(analyze("帐篷").map((token) => token.term)).toEqual(["帐篷"]);
    expect(isCjkTerm("提现")).toBe(true);
    expect(isCjkTerm("2fa")).toBe(false);
  });
});

describe("typo tolerance", () => {
  it("measures Damerau-Levenshtein distance with a bound", () => {
    expect(boundedDamerauLevenshtein("withdrawl", "withdrawal", 2)).toBe(1);
    expect(boundedDamerauLevenshtein("recieve", "receive", 2)).toBe(1);
    expect(boundedDamerauLevenshtein("kitten", "sitting", 2)).toBe(3);
    expect(boundedDamerauLevenshtein("abc", "abc", 1)).toBe(0);
  });

  it("corrects long words further than short ones, and never words with digits", () => {
    const vocabulary = new FuzzyVocabulary();
    for (const word of ["password", "passport", "withdrawal", "lock", "card", "2fa"])
      vocabulary.add(word, word);
    const live = () => true;
    expect(vocabulary.candidates("pasword", "pasword", live).map((c) => c.term)).toEqual(["password"]);
    expect(vocabulary.candidates("withdrwl", "withdrwl", live).map((c) => c.term)).toEqual(["withdrawal"]);
    expect(vocabulary.candidates("lok", "lok", live)).toEqual([]);
    expect(vocabulary.candidates("3fa", "3fa", live)).toEqual([]);
    expect(vocabulary.candidates("pasword", "pasword", () => false)).toEqual([]);
  });
});

describe("synonyms", () => {
  const table = new SynonymTable(shippedSynonyms);

  it("expands a Chinese term found inside a question without spaces", () => {
    const query = parseQuery("取款失败", table);
    const withdraw = query.clauses.find((clause) => clause.term === "取款");
    expect(withdraw?.alternatives.map((alternative) => alternative.tokens.join(" "))).toContain("提现");
    expect(withdraw?.alternatives.map((alternative) => alternative.tokens.join(" "))).toContain("withdraw");
    // 款失 spans two recognised words: it still counts, but less.
    const straddling = query.clauses.find((clause) => clause.term === "款失");
    expect(straddling?.coordinationWeight).toBeLessThan(1);
  });

  it("expands English phrases as word sequences", () => {
    const query = parseQuery("how do I cash out", table);
    expect(query.clauses.map((clause) => clause.term)).toEqual(["cash", "out"]);
    const alternatives = query.clauses[0]?.alternatives.map((alternative) => alternative.tokens.join(" "));
    expect(alternatives).toEqual(expect.arrayContaining(["提现", "withdraw", "payout"]));
    expect(parseQuery("cash", table).clauses[0]?.alternatives).toEqual([]);
  });

  it("ships at least 40 groups within the limits of the staff API", () => {
    expect(shippedSynonyms.length).toBeGreaterThanOrEqual(40);
    for (const group of shippedSynonyms) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(group.length).toBeLessThanOrEqual(20);
      expect(new Set(group).size, group.join("/")).toBe(group.length);
      for (const term of group) {
        expect(term.length).toBeGreaterThanOrEqual(1);
        expect(term.length).toBeLessThanOrEqual(40);
        // A single Chinese character would fire inside unrelated words.
        expect(/^\p{Script=Han}$/u.test(term), term).toBe(false);
      }
    }
    expect(table.groupCount).toBe(shippedSynonyms.length);
  });
});

describe("buildSnippet", () => {
  it("escapes everything but its own marks", () => {
    const snippet = buildSnippet('Say "hi" & <img src=x onerror=alert(1)> to support', new Set(["support"]));
    expect(snippet).toBe(
      "Say &quot;hi&quot; &amp; &lt;img src=x onerror=alert(1)&gt; to <mark>support</mark>",
    );
  });

  it("merges neighbouring Chinese bigrams into one mark and does not cut English words", () => {
    expect(buildSnippet("请联系客服处理。", new Set(["联系", "客服"]))).toBe("请<mark>联系客服</mark>处理。");
    const body = `${"word ".repeat(60)}target ${"tail ".repeat(60)}`;
    const snippet = buildSnippet(body, new Set(["target"]));
    expect(snippet).toMatch(/^…word .*<mark>target<\/mark> tail.* tail…$/);
  });
});

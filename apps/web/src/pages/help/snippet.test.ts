import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { HelpSnippet } from "./HelpSnippet";
import { snippetParts, unescapeHtml } from "./snippet";

const render = (snippet: string) => renderToStaticMarkup(createElement(HelpSnippet, { snippet }));

describe("search snippets", () => {
  it("split on <mark> and decode the escaped text", () => {
    expect(
      snippetParts("Your &lt;b&gt; <mark>withdrawal</mark> was &quot;rejected&quot; &amp; held"),
    ).toEqual([
      { text: "Your <b> ", marked: false },
      { text: "withdrawal", marked: true },
      { text: ' was "rejected" & held', marked: false },
    ]);
  });

  it("decode in one pass (an escaped entity stays an entity's text)", () => {
    expect(unescapeHtml("&amp;lt;script&amp;gt; &#39;x&#x27; &#20013; &unknown;")).toBe(
      "&lt;script&gt; 'x' 中 &unknown;",
    );
  });

  it("render only <mark> as markup, whatever the snippet contains", () => {
    const html = render(
      '<mark>提现</mark>被拒 <script>alert(1)</script> &lt;img src=x onerror=alert(1)&gt; <b onclick="x()">bold</b>',
    );
    expect(html).not.toMatch(/<script|<img|<b[ >]/i);
    expect(html).toContain("<mark>提现</mark>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    const tags = [...html.matchAll(/<\/?([a-z]+)/gi)].map((m) => m[1]?.toLowerCase());
    expect(new Set(tags)).toEqual(new Set(["span", "mark"]));
  });

  it("keep a <mark> that is never closed to the end, and ignore a stray </mark>", () => {
    expect(snippetParts("a</mark>b<mark>c")).toEqual([
      { text: "ab", marked: false },
      { text: "c", marked: true },
    ]);
  });
});

import { describe, expect, it } from "vitest";
import { markdownToPlainText, renderMarkdown, renderMarkdownReport } from "./render/markdown.js";

describe("article markdown", () => {
  it("renders headings, lists, tables, code and quotes with stable heading ids", () => {
    const html = renderMarkdown(
      "# Reset your password\n\n## Reset your password\n\n## 重置密码\n\n- one\n- **two**\n\n| a | b |\n|--:|:--|\n| 1 | 2 |\n\n> quoted\n\n```\ncode & more\n```\n",
    );
    expect(html).toContain('<h1 id="h-reset-your-password">Reset your password</h1>');
    expect(html).toContain('<h2 id="h-reset-your-password-2">');
    expect(html).toContain('<h2 id="h-重置密码">');
    expect(html).toContain("<li><strong>two</strong></li>");
    expect(html).toContain("<table>");
    // Alignment comes as a style attribute from the renderer; styles are not allowed.
    expect(html).not.toContain("style=");
    expect(html).toContain("<blockquote>");
    expect(html).toContain("<pre><code>code &amp; more");
  });

  it("renders raw HTML, scripts, event handlers and javascript: links inert", () => {
    const html = renderMarkdown(
      [
        "<script>alert(1)</script>",
        "",
        "<img src=x onerror=alert(1)>",
        "",
        "[x](javascript:alert(1)) and [y](JAVASCRIPT:alert(1)) and [d](data:text/html;base64,PHNjcmlwdD4=)",
        "",
        '<a onclick="alert(1)" href="https://example.com">hi</a>',
        "",
        '<iframe src="https://evil.example"></iframe><div style="position:fixed">x</div>',
        "",
        "![pic](javascript:alert(1)) ![pic2](http://insecure.example/a.png) ![pic3](/elsewhere.png)",
      ].join("\n"),
    );
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img[^>]*onerror/i);
    expect(html).not.toMatch(/<a[^>]*onclick/i);
    expect(html).not.toMatch(/<iframe/i);
    expect(html).not.toMatch(/<div/i);
    expect(html).not.toMatch(/href="(javascript|data):/i);
    expect(html).not.toMatch(/src="(javascript|http:|\/elsewhere)/i);
    // What was written is shown as text, escaped.
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain("&lt;img src=x onerror=alert(1)&gt;");
    expect(html).toContain("[x](javascript:alert(1))");
  });

  it("gives every link rel=noopener noreferrer and opens only external ones in a new tab", () => {
    const html = renderMarkdown(
      '[out](https://example.com "T") [in](/help/other) [mail](mailto:help@example.com) [proto](//evil.example) www.example.org',
    );
    expect(html).toContain(
      '<a rel="noopener noreferrer" href="https://example.com" title="T" target="_blank">out</a>',
    );
    expect(html).toContain('<a rel="noopener noreferrer" href="/help/other">in</a>');
    expect(html).toContain('<a rel="noopener noreferrer" href="mailto:help@example.com">mail</a>');
    // Protocol-relative addresses lose their href.
    expect(html).toContain('<a rel="noopener noreferrer">proto</a>');
    expect(html).toContain('href="http://www.example.org" target="_blank"');
  });

  it("keeps images only from the help center's own image store", () => {
    const html = renderMarkdown("![a](https://cdn.example.com/a.png) ![b](/api/v1/help/images/abc_123)");
    expect(html).not.toContain("cdn.example.com");
    expect(html).toContain('<img src="/api/v1/help/images/abc_123" alt="b" />');
    expect(renderMarkdown("![c](/api/v1/help/images/../../admin)")).not.toContain("<img");
    expect(renderMarkdown("![d](//cdn.example.com/d.png)")).not.toContain("<img");
    expect(renderMarkdown("![e](data:image/png;base64,iVBORw0KGgo=)")).not.toContain("<img");
  });

  it("tells the preview which images were left out", () => {
    const report = renderMarkdownReport(
      "![a](https://cdn.example.com/a.png) ![a again](https://cdn.example.com/a.png) ![b](/api/v1/help/images/abc) ![c](/elsewhere.png)",
    );
    expect(report.html).toContain('<img src="/api/v1/help/images/abc" alt="b" />');
    expect(report.droppedImages).toEqual(["https://cdn.example.com/a.png", "/elsewhere.png"]);
    expect(renderMarkdownReport("![b](/api/v1/help/images/abc)").droppedImages).toEqual([]);
  });

  it("turns markdown into plain words for the index", () => {
    const text = markdownToPlainText(
      "# Title\n\nSome **bold** and [a link](https://x.example) text.\n\n- item one\n- 第二项\n\n```\nsome code\n```\n\n| h | i |\n|---|---|\n| c | d |\n",
    );
    expect(text).toBe("Title Some bold and a link text. item one 第二项 some code h i c d");
  });
});

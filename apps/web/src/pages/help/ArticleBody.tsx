import type { MouseEvent } from "react";
import { useNavigate } from "react-router";
import type { Article } from "../../api/help";

/**
 * An article's text. The one place the web app renders HTML: the server renders the markdown
 * without raw HTML and passes it through an allow-list sanitizer (no scripts, event handlers,
 * styles or unsafe URLs), so this markup is the server's, never an author's. Links to other
 * pages of this app move inside it (no full reload); the others behave as links do.
 */
export function ArticleBody({ article }: { article: Pick<Article, "html" | "lang"> }) {
  const navigate = useNavigate();

  function followInternalLink(event: MouseEvent<HTMLDivElement>) {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey)
      return;
    const anchor = event.target instanceof Element ? event.target.closest("a") : null;
    const href = anchor?.getAttribute("href");
    if (!href?.startsWith("/") || href.startsWith("//") || href.startsWith("/api/")) return;
    event.preventDefault();
    void navigate(href);
  }

  return (
    // biome-ignore lint/a11y/noStaticElementInteractions lint/a11y/useKeyWithClickEvents: the clicks are the links' inside (Enter on a link fires the same click)
    <div
      className="article-body"
      lang={article.lang}
      data-testid="article-body"
      onClick={followInternalLink}
      // biome-ignore lint/security/noDangerouslySetInnerHtml: sanitized on the server, see above
      dangerouslySetInnerHTML={{ __html: article.html }}
    />
  );
}

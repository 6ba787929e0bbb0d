import { useQuery } from "@tanstack/react-query";
import { useId, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { getArticle } from "../api/help";
import { helpArticlePath } from "../lib/support";
import { HELP_STALE_MS, helpKeys, useHelpLanguage } from "../pages/help/queries";
import { Icon } from "./Icon";
import "../styles/help.css";

/** Enough to explain; the rest is one click away. */
const EXCERPT_CHARS = 420;

/**
 * The opening paragraphs of the article's sanitized HTML, as plain text. DOMParser builds an
 * inert document (no scripts run, nothing loads) and only `textContent` is read from it.
 */
export function articleExcerpt(html: string, maxChars = EXCERPT_CHARS): string[] {
  if (typeof DOMParser === "undefined" || html === "") return [];
  const doc = new DOMParser().parseFromString(html, "text/html");
  const paragraphs: string[] = [];
  let length = 0;
  for (const p of doc.querySelectorAll("body > p")) {
    const text = (p.textContent ?? "").replace(/\s+/g, " ").trim();
    if (text === "") continue;
    if (paragraphs.length > 0 && length + text.length > maxChars) break;
    paragraphs.push(text.length > maxChars ? `${text.slice(0, maxChars - 1).trimEnd()}…` : text);
    length += text.length;
    if (length >= maxChars / 2) break;
  }
  return paragraphs;
}

/**
 * A help article shown in place (failed transactions, a locked account, a declined card, a
 * rejected withdrawal): its title and first paragraph(s), and a link to the whole article.
 * The link is there from the start, so it works even before (or without) the excerpt.
 */
export function InlineArticle({ slug, linkTestId }: { slug: string; linkTestId?: string }) {
  const { t } = useTranslation();
  const lang = useHelpLanguage();
  const titleId = useId();
  const query = useQuery({
    // Its own cache entry: an excerpt is not a view, and the article page must still count one.
    queryKey: [...helpKeys.article(lang, slug), "excerpt"],
    queryFn: ({ signal }) => getArticle(slug, lang, signal, { countView: false }),
    staleTime: HELP_STALE_MS,
    retry: false,
  });
  const excerpt = useMemo(() => articleExcerpt(query.data?.html ?? ""), [query.data?.html]);
  const article = query.data;

  return (
    <aside
      className="inline-article"
      aria-labelledby={article ? titleId : undefined}
      aria-label={article ? undefined : t("helpCenter.inline.label")}
      aria-busy={query.isPending}
      data-testid="inline-article"
      data-slug={slug}
    >
      <p className="inline-article__eyebrow">
        <Icon name="book" size={16} />
        {t("helpCenter.inline.eyebrow")}
      </p>
      {article && (
        <>
          <h3 id={titleId} className="inline-article__title">
            {article.title}
          </h3>
          {excerpt.map((text) => (
            <p key={text} className="inline-article__text" lang={article.lang}>
              {text}
            </p>
          ))}
        </>
      )}
      {query.isPending && <p className="muted small">{t("common.loading")}</p>}
      <Link to={helpArticlePath(slug)} className="inline-article__more" data-testid={linkTestId}>
        {article ? t("helpCenter.inline.readMore") : t("helpCenter.inline.readArticle")}
        <Icon name="arrow" size={16} />
      </Link>
    </aside>
  );
}

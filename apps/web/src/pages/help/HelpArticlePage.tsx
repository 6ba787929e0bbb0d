import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { type Article, getArticle } from "../../api/help";
import { EmptyState } from "../../components/EmptyState";
import { Alert } from "../../components/Form";
import { HelpSearchBox } from "../../components/HelpSearchBox";
import { Icon } from "../../components/Icon";
import { OfficialChannelCheck } from "../../components/OfficialChannelCheck";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { formatDateTime, parseDate } from "../../lib/time";
import { ArticleBody } from "./ArticleBody";
import { ArticleFeedback } from "./ArticleFeedback";
import { ArticleLinks, Breadcrumbs, ContactSupportCard, categoryPath, KindBadge } from "./parts";
import { HELP_STALE_MS, helpKeys, useHelpLanguage } from "./queries";
import { TranslationNotice } from "./TranslationNotice";
import { tagsInLanguage } from "./tags";

/** /help/:article — one article, in the interface language when it exists in it. */
/** Articles about telling real messages from fake ones carry the checker itself. */
const CHANNEL_CHECK_ARTICLES = new Set(["official-channels", "anti-phishing-code"]);

export function HelpArticlePage() {
  const { t } = useTranslation();
  const { article: slug = "" } = useParams();
  const lang = useHelpLanguage();
  const query = useQuery({
    queryKey: helpKeys.article(lang, slug),
    queryFn: ({ signal }) => getArticle(slug, lang, signal),
    staleTime: HELP_STALE_MS,
  });
  useDocumentTitle(query.data?.title ?? t("helpCenter.title"));

  return (
    <div className="container page help-page" data-testid="help-article-page">
      <div className="help-page__search help-page__search--top">
        <HelpSearchBox variant="large" />
      </div>
      {query.isPending && <p className="muted">{t("common.loading")}</p>}
      {query.isError &&
        (query.error instanceof ApiError && query.error.status === 404 ? (
          <EmptyState icon="compass" title={t("helpCenter.article.notFound")}>
            <p>{t("helpCenter.article.notFoundBody")}</p>
            <Link to="/help" className="button button--primary">
              <Icon name="book" size={16} />
              {t("helpCenter.backHome")}
            </Link>
          </EmptyState>
        ) : (
          <Alert tone="danger" title={t("helpCenter.article.loadError")}>
            {errorMessage(query.error, t)}
          </Alert>
        ))}
      {query.data && <ArticleView article={query.data} />}
    </div>
  );
}

function ArticleView({ article }: { article: Article }) {
  const { t } = useTranslation();
  const lang = useHelpLanguage();
  const updated = parseDate(article.updatedAt);
  const tags = tagsInLanguage(article.tags, article.lang);
  const crumbs = [
    ...(article.category ? [{ label: article.category.name, to: categoryPath(article.category.slug) }] : []),
    ...(article.section && article.category
      ? [
          {
            label: article.section.name,
            to: `${categoryPath(article.category.slug)}#${article.section.slug}`,
          },
        ]
      : []),
    { label: article.title },
  ];

  return (
    <>
      <Breadcrumbs items={crumbs} />
      <TranslationNotice article={article} />
      <div className="help-layout">
        <article className="card help-article" lang={article.lang} data-testid="help-article">
          <header className="help-article__header">
            <KindBadge kind={article.kind} />
            <h1 className="help-article__title">{article.title}</h1>
            <p className="help-article__meta muted small">
              {updated &&
                t("helpCenter.article.updated", {
                  date: formatDateTime(updated, lang, { dateStyle: "long" }),
                })}{" "}
              · {t("helpCenter.article.by", { author: article.author ?? t("helpCenter.article.satchel") })}
            </p>
          </header>
          <ArticleBody article={article} />
          {CHANNEL_CHECK_ARTICLES.has(article.slug) && <OfficialChannelCheck />}
          {tags.length > 0 && (
            <ul className="help-tags" aria-label={t("helpCenter.article.tags")}>
              {tags.map((tag) => (
                <li key={tag}>
                  <Link to={`/help/search?q=${encodeURIComponent(tag)}`} className="help-chip">
                    {tag}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <ArticleFeedback key={`${article.slug}-${article.lang}`} article={article} />
        </article>
        <aside className="help-layout__side">
          {article.related.length > 0 && (
            <section className="card help-side-card" aria-labelledby="help-related-title">
              <h2 id="help-related-title" className="help-section-title">
                {t("helpCenter.article.related")}
              </h2>
              <ArticleLinks articles={article.related} testId="article-related" />
            </section>
          )}
          <ContactSupportCard from={article.slug} />
        </aside>
      </div>
    </>
  );
}

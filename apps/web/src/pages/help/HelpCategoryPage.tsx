import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { getCategory, type HelpCategory } from "../../api/help";
import { EmptyState } from "../../components/EmptyState";
import { Alert } from "../../components/Form";
import { HelpSearchBox } from "../../components/HelpSearchBox";
import { Icon } from "../../components/Icon";
import { PageHeader } from "../../components/PageHeader";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { ArticleLinks, Breadcrumbs, ContactSupportCard, categoryIcon } from "./parts";
import { HELP_STALE_MS, helpKeys, useHelpLanguage } from "./queries";

/** /help/categories/:slug — a topic's sections and their articles. */
export function HelpCategoryPage() {
  const { t } = useTranslation();
  const { slug = "" } = useParams();
  const lang = useHelpLanguage();
  const query = useQuery({
    queryKey: helpKeys.category(lang, slug),
    queryFn: ({ signal }) => getCategory(slug, lang, signal),
    staleTime: HELP_STALE_MS,
  });
  useDocumentTitle(query.data?.name ?? t("helpCenter.title"));

  return (
    <div className="container page help-page" data-testid="help-category-page">
      {query.isPending && <p className="muted">{t("common.loading")}</p>}
      {query.isError &&
        (query.error instanceof ApiError && query.error.status === 404 ? (
          <NotFound />
        ) : (
          <Alert tone="danger" title={t("helpCenter.category.loadError")}>
            {errorMessage(query.error, t)}
          </Alert>
        ))}
      {query.data && <CategoryView category={query.data} />}
    </div>
  );
}

function CategoryView({ category }: { category: HelpCategory }) {
  const { t } = useTranslation();
  const sections = category.sections.filter((section) => section.articles.length > 0);
  return (
    <>
      <Breadcrumbs items={[{ label: category.name }]} />
      <PageHeader
        icon={categoryIcon(category.icon)}
        title={category.name}
        description={category.description}
      />
      <div className="help-layout">
        <div className="help-layout__main">
          {sections.length === 0 && <p className="muted">{t("helpCenter.category.empty")}</p>}
          {sections.map((section) => (
            <section
              key={section.slug}
              id={section.slug}
              className="card help-section"
              aria-labelledby={`section-${section.slug}`}
            >
              <h2 id={`section-${section.slug}`} className="help-section-title">
                {section.name}
              </h2>
              <ArticleLinks articles={section.articles} testId="help-section-articles" />
            </section>
          ))}
        </div>
        <aside className="help-layout__side">
          <HelpSearchBox variant="large" />
          <ContactSupportCard />
        </aside>
      </div>
    </>
  );
}

function NotFound() {
  const { t } = useTranslation();
  return (
    <EmptyState icon="compass" title={t("helpCenter.category.notFound")}>
      <p>{t("helpCenter.category.notFoundBody")}</p>
      <Link to="/help" className="button button--primary">
        <Icon name="book" size={16} />
        {t("helpCenter.backHome")}
      </Link>
    </EmptyState>
  );
}

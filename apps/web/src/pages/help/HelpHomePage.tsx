import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type HelpCategory, listCategories } from "../../api/help";
import { Alert } from "../../components/Form";
import { HelpSearchBox } from "../../components/HelpSearchBox";
import { Icon } from "../../components/Icon";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle } from "../../lib/hooks";
import { ContactSupportCard, categoryIcon, categoryPath, PopularArticles } from "./parts";
import { HELP_STALE_MS, helpKeys, useHelpLanguage } from "./queries";

/** The help center's front page: the search box, the topics, the most read articles and the way to support. */
export function HelpHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t("helpCenter.title"));
  const lang = useHelpLanguage();
  const categories = useQuery({
    queryKey: helpKeys.categories(lang),
    queryFn: ({ signal }) => listCategories(lang, signal),
    staleTime: HELP_STALE_MS,
  });

  return (
    <div className="help-home" data-testid="help-home">
      <section className="help-hero">
        <div className="container">
          <h1 className="help-hero__title">{t("helpCenter.home.heading")}</h1>
          <p className="help-hero__lead">{t("helpCenter.home.lead")}</p>
          <HelpSearchBox variant="large" />
          <p className="help-hero__examples">
            <span>{t("helpCenter.home.examplesLabel")}</span>{" "}
            {EXAMPLES.map((key) => (
              <Link key={key} to={`/help/search?q=${encodeURIComponent(t(key))}`} className="help-chip">
                {t(key)}
              </Link>
            ))}
          </p>
        </div>
      </section>
      <div className="container page">
        <section aria-labelledby="help-topics-title">
          <h2 id="help-topics-title" className="help-section-title">
            {t("helpCenter.home.topics")}
          </h2>
          {categories.isPending && <p className="muted">{t("common.loading")}</p>}
          {categories.isError && (
            <Alert tone="danger" title={t("helpCenter.home.loadError")}>
              {errorMessage(categories.error, t)}
            </Alert>
          )}
          {categories.data && <CategoryGrid categories={categories.data} />}
        </section>
        <div className="help-home__columns">
          <PopularArticles />
          <ContactSupportCard />
        </div>
      </div>
    </div>
  );
}

/** Questions customers really ask, as one-click searches. */
const EXAMPLES = [
  "helpCenter.home.examples.locked",
  "helpCenter.home.examples.deposit",
  "helpCenter.home.examples.withdrawal",
  "helpCenter.home.examples.twoFactor",
] as const;

function CategoryGrid({ categories }: { categories: HelpCategory[] }) {
  const { t } = useTranslation();
  if (categories.length === 0) return <p className="muted">{t("helpCenter.home.noTopics")}</p>;
  return (
    <ul className="help-categories" data-testid="help-categories">
      {categories.map((category) => (
        <li key={category.slug}>
          <Link to={categoryPath(category.slug)} className="card help-category" data-testid="help-category">
            <span className="help-category__icon" aria-hidden="true">
              <Icon name={categoryIcon(category.icon)} size={24} />
            </span>
            <span className="help-category__name">{category.name}</span>
            {category.description && <span className="help-category__text">{category.description}</span>}
            <span className="help-category__count">
              {t("helpCenter.articleCount", { count: category.articleCount })}
            </span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

import { useQuery } from "@tanstack/react-query";
import { type ComponentProps, type ReactNode, useId } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type ArticleKind, type ArticleLink, listCategories, listPopular } from "../../api/help";
import { Icon, type IconName } from "../../components/Icon";
import { contactPath, helpArticlePath } from "../../lib/support";
import { TextAreaField as SharedTextAreaField } from "../staff-payments/TextAreaField";
import { HELP_STALE_MS, helpKeys, useHelpLanguage } from "./queries";

// Small pieces the help pages share: breadcrumbs, category icons, kind badges, article lists,
// popular articles, the "contact support" card and a text area laid out like the other fields.

/** The icons categories may name (the server stores a name from the web app's icon set). */
const CATEGORY_ICONS: readonly IconName[] = [
  "user",
  "shield",
  "lock",
  "key",
  "deposit",
  "moneyIn",
  "moneyOut",
  "wallet",
  "send",
  "transfer",
  "scale",
  "headset",
  "book",
  "info",
  "mail",
  "phone",
  "store",
  "pulse",
  "compass",
];

export function categoryIcon(name: string): IconName {
  return CATEGORY_ICONS.find((icon) => icon === name) ?? "book";
}

export function categoryPath(slug: string): string {
  return `/help/categories/${encodeURIComponent(slug)}`;
}

export function Breadcrumbs({ items }: { items: { label: string; to?: string }[] }) {
  const { t } = useTranslation();
  return (
    <nav className="help-breadcrumbs" aria-label={t("helpCenter.breadcrumbs")}>
      <ol>
        <li>
          <Link to="/help">{t("helpCenter.title")}</Link>
        </li>
        {items.map((item, index) => (
          <li key={`${item.label} ${item.to ?? ""}`}>
            {item.to && index < items.length - 1 ? (
              <Link to={item.to}>{item.label}</Link>
            ) : (
              <span aria-current={index === items.length - 1 ? "page" : undefined}>{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

export function KindBadge({ kind }: { kind: ArticleKind | null }) {
  const { t } = useTranslation();
  if (!kind) return null;
  return (
    <span className={`badge help-kind help-kind--${kind}`} data-testid="article-kind">
      {t(`helpCenter.kinds.${kind}`)}
    </span>
  );
}

export function ArticleLinks({ articles, testId }: { articles: ArticleLink[]; testId?: string }) {
  return (
    <ul className="help-links" data-testid={testId}>
      {articles.map((article) => (
        <li key={article.slug}>
          <Link to={helpArticlePath(article.slug)}>
            <Icon name="book" size={16} />
            <span>{article.title}</span>
          </Link>
        </li>
      ))}
    </ul>
  );
}

/**
 * The most read articles of the last 30 days. A new installation has no readers yet: then the
 * first article of each category is offered instead, under a heading that says so.
 */
export function PopularArticles({ headingLevel = 2 }: { headingLevel?: 2 | 3 }) {
  const { t } = useTranslation();
  const lang = useHelpLanguage();
  const headingId = useId();
  const popular = useQuery({
    queryKey: helpKeys.popular(lang),
    queryFn: ({ signal }) => listPopular(lang, 8, signal),
    staleTime: HELP_STALE_MS,
  });
  const categories = useQuery({
    queryKey: helpKeys.categories(lang),
    queryFn: ({ signal }) => listCategories(lang, signal),
    staleTime: HELP_STALE_MS,
    enabled: popular.isSuccess && !popular.data.some((article) => article.views > 0),
  });
  // Articles nobody read in the last 30 days are not "popular", whatever order they come in.
  const read = (popular.data ?? []).filter((article) => article.views > 0);
  const starters: ArticleLink[] =
    read.length === 0
      ? (categories.data ?? []).flatMap((category) => category.sections[0]?.articles.slice(0, 1) ?? [])
      : [];
  const articles: ArticleLink[] = read.length > 0 ? read : starters;
  if (popular.isError || articles.length === 0) return null;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className="help-popular" aria-labelledby={headingId} data-testid="help-popular">
      <Heading id={headingId} className="help-section-title">
        {read.length > 0 ? t("helpCenter.popular.title") : t("helpCenter.popular.starters")}
      </Heading>
      <ArticleLinks articles={articles} />
    </section>
  );
}

/** "Still need help?" with the way to the contact page (and the status page, for outages). */
export function ContactSupportCard({ from, children }: { from?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <section className="card help-contact-card" data-testid="help-contact-card">
      <span className="help-contact-card__icon" aria-hidden="true">
        <Icon name="headset" size={24} />
      </span>
      <div>
        <h2 className="help-section-title">{t("helpCenter.contactCard.title")}</h2>
        <p className="muted">{children ?? t("helpCenter.contactCard.body")}</p>
        <div className="button-row">
          <Link to={contactPath(from)} className="button button--primary" data-testid="help-contact-link">
            {t("helpCenter.contactCard.contact")}
          </Link>
          <Link to="/status" className="button">
            {t("helpCenter.contactCard.status")}
          </Link>
        </div>
      </div>
    </section>
  );
}

/** A multi-line field in the help center's style (the staff pages' field, restyled). */
export function TextAreaField(props: ComponentProps<typeof SharedTextAreaField>) {
  return <SharedTextAreaField className="help-textarea" {...props} />;
}

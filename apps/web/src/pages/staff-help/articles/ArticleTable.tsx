import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type ArticleSummary, HELP_LANGS } from "../../../api/staffHelp";
import { currentLanguage } from "../../../i18n";
import { dateTime } from "../../staff-payments/format";
import { editorPath } from "../helpPages";
import { TranslationStatusBadges } from "../StatusBadges";

/** The title in the interface language, else the other language's, else the slug. */
function displayTitle(article: ArticleSummary): string {
  const mine = currentLanguage();
  const other = mine === "en" ? "zh-CN" : "en";
  return article.translations[mine]?.title || article.translations[other]?.title || article.slug;
}

/** Articles with their section, kind, and each language's status side by side. */
export function ArticleTable({ articles }: { articles: ArticleSummary[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="data-table article-table" data-testid="article-table">
        <thead>
          <tr>
            <th scope="col">{t("staffHelp.articles.cols.article")}</th>
            <th scope="col">{t("staffHelp.articles.cols.section")}</th>
            {HELP_LANGS.map((lang) => (
              <th key={lang} scope="col">
                {t(`staffHelp.langs.${lang}`)}
              </th>
            ))}
            <th scope="col">{t("staffHelp.articles.cols.updated")}</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr key={a.slug} data-article={a.slug}>
              <th scope="row">
                <Link to={editorPath(a.slug)} className="article-table__title">
                  {displayTitle(a)}
                </Link>
                <span className="small muted article-table__sub">
                  <span className="mono">{a.slug}</span> · {t(`staffHelp.kinds.${a.kind}`)}
                </span>
              </th>
              <td>{a.section.name || a.section.slug}</td>
              {HELP_LANGS.map((lang) => {
                const translation = a.translations[lang];
                return (
                  <td key={lang}>
                    <TranslationStatusBadges translation={translation} testId={`status-${a.slug}-${lang}`} />
                    {translation && (
                      <span className="small muted article-table__sub">
                        {translation.publishedVersion === translation.draftVersion
                          ? t("staffHelp.articles.liveVersion", { published: translation.publishedVersion })
                          : translation.publishedVersion
                            ? t("staffHelp.articles.versions", {
                                draft: translation.draftVersion,
                                published: translation.publishedVersion,
                              })
                            : t("staffHelp.articles.draftVersion", { draft: translation.draftVersion })}
                      </span>
                    )}
                  </td>
                );
              })}
              <td className="small">{dateTime(a.updatedAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

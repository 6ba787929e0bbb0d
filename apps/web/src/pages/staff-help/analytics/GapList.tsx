import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { ArticleGap } from "../../../api/staffHelpInsights";
import { dateTime } from "../../staff-payments/format";
import { guessLang, newArticlePath } from "../helpPages";

/**
 * What customers looked for and did not find, grouped (similar queries merged), most asked
 * first: each is a candidate article, one click from the editor with the query as its title.
 */
export function GapList({ gaps }: { gaps: ArticleGap[] }) {
  const { t } = useTranslation();
  return (
    <section className="card report" aria-labelledby="gaps-title" data-testid="report-gaps">
      <header className="report__head">
        <div>
          <h2 id="gaps-title">{t("staffHelp.analytics.gaps.title")}</h2>
          <p className="small muted">{t("staffHelp.analytics.gaps.lead")}</p>
        </div>
      </header>
      {gaps.length === 0 ? (
        <p className="muted">{t("staffHelp.analytics.gaps.empty")}</p>
      ) : (
        <ol className="staff-list gap-list">
          {gaps.map((gap) => (
            <li key={gap.query} className="staff-item gap-item">
              <div className="gap-item__head">
                <strong className="query-text">{gap.query}</strong>
                <span className="badge badge--warning">
                  {t("staffHelp.analytics.gaps.times", { count: gap.count })}
                </span>
                {gap.lastAt && (
                  <span className="small muted">
                    {t("staffHelp.analytics.gaps.last", { when: dateTime(gap.lastAt) })}
                  </span>
                )}
                <Link
                  to={newArticlePath({ title: gap.query, lang: guessLang(gap.query) })}
                  className="button button--small button--primary gap-item__write"
                  data-testid="write-article"
                >
                  {t("staffHelp.analytics.gaps.write")}
                </Link>
              </div>
              {gap.examples.length > 0 && (
                <p className="small muted gap-item__examples">
                  {t("staffHelp.analytics.gaps.examples")}{" "}
                  {gap.examples.map((e, i) => (
                    <span key={e} className="query-text">
                      {i > 0 && " · "}
                      {e}
                    </span>
                  ))}
                </p>
              )}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

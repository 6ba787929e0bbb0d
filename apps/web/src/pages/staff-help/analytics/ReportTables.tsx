import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { HelpAnalytics } from "../../../api/staffHelpInsights";
import { dateTime } from "../../staff-payments/format";
import { editorPath } from "../helpPages";
import { count, percent } from "./numbers";

/** A titled table of one report, or a line saying there is nothing in it. */
export function ReportTable({
  id,
  title,
  lead,
  empty,
  headers,
  rows,
  actions,
}: {
  id: string;
  title: string;
  lead?: string;
  empty: string;
  /** Column headers; a header starting with "#" is a number column (the "#" is not shown). */
  headers: string[];
  rows: { key: string; cells: ReactNode[] }[];
  actions?: ReactNode;
}) {
  return (
    <section className="card report" aria-labelledby={`${id}-title`} data-testid={`report-${id}`}>
      <header className="report__head">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          {lead && <p className="small muted">{lead}</p>}
        </div>
        {actions}
      </header>
      {rows.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <div className="table-wrap">
          <table className="data-table">
            <thead>
              <tr>
                {headers.map((h) => (
                  <th key={h} scope="col" className={h.startsWith("#") ? "num" : undefined}>
                    {h.replace(/^#/, "")}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key}>
                  {row.cells.map((cell, i) => {
                    const numeric = headers[i]?.startsWith("#") ?? false;
                    return i === 0 ? (
                      <th key={headers[i]} scope="row">
                        {cell}
                      </th>
                    ) : (
                      <td key={headers[i]} className={numeric ? "num" : undefined}>
                        {cell}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Search reports: the most frequent queries, those without results, those nobody clicked. */
export function SearchReports({
  analytics,
  exportLink,
}: {
  analytics: HelpAnalytics;
  exportLink: (report: "searches" | "no-results") => ReactNode;
}) {
  const { t } = useTranslation();
  const q = (text: string) => <span className="query-text">{text}</span>;
  return (
    <div className="report-grid">
      <ReportTable
        id="top-searches"
        title={t("staffHelp.analytics.top.title")}
        empty={t("staffHelp.analytics.top.empty")}
        headers={[
          t("staffHelp.analytics.cols.query"),
          `#${t("staffHelp.analytics.cols.count")}`,
          `#${t("staffHelp.analytics.cols.ctr")}`,
        ]}
        rows={analytics.topSearches.map((r) => ({
          key: r.query,
          cells: [q(r.query), count(r.count), percent(r.clickThroughRate)],
        }))}
        actions={exportLink("searches")}
      />
      <ReportTable
        id="no-results"
        title={t("staffHelp.analytics.noResults.title")}
        lead={t("staffHelp.analytics.noResults.lead")}
        empty={t("staffHelp.analytics.noResults.empty")}
        headers={[
          t("staffHelp.analytics.cols.query"),
          `#${t("staffHelp.analytics.cols.count")}`,
          t("staffHelp.analytics.cols.last"),
        ]}
        rows={analytics.noResults.map((r) => ({
          key: r.query,
          cells: [q(r.query), count(r.count), dateTime(r.lastAt)],
        }))}
        actions={exportLink("no-results")}
      />
      <ReportTable
        id="no-click"
        title={t("staffHelp.analytics.noClick.title")}
        lead={t("staffHelp.analytics.noClick.lead")}
        empty={t("staffHelp.analytics.noClick.empty")}
        headers={[t("staffHelp.analytics.cols.query"), `#${t("staffHelp.analytics.cols.count")}`]}
        rows={analytics.noClick.map((r) => ({ key: r.query, cells: [q(r.query), count(r.count)] }))}
      />
    </div>
  );
}

/** Per article: views, clicks from search results, and what readers answered to "Was this helpful?". */
export function ArticleReport({
  analytics,
  exportLink,
}: {
  analytics: HelpAnalytics;
  exportLink: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <ReportTable
      id="articles"
      title={t("staffHelp.analytics.articles.title")}
      lead={t("staffHelp.analytics.articles.lead")}
      empty={t("staffHelp.analytics.articles.empty")}
      headers={[
        t("staffHelp.analytics.cols.article"),
        `#${t("staffHelp.analytics.cols.views")}`,
        `#${t("staffHelp.analytics.cols.clicks")}`,
        `#${t("staffHelp.analytics.cols.yes")}`,
        `#${t("staffHelp.analytics.cols.no")}`,
        `#${t("staffHelp.analytics.cols.helpfulness")}`,
      ]}
      rows={analytics.articles.map((a) => ({
        key: a.slug,
        cells: [
          <Link key="a" to={editorPath(a.slug)}>
            {a.title}
          </Link>,
          count(a.views),
          count(a.clicks),
          count(a.helpfulYes),
          count(a.helpfulNo),
          percent(
            a.helpfulness ??
              (a.helpfulYes + a.helpfulNo > 0 ? a.helpfulYes / (a.helpfulYes + a.helpfulNo) : null),
          ),
        ],
      }))}
      actions={exportLink}
    />
  );
}

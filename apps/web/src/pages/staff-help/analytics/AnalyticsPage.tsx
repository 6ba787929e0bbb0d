import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { type DateRange, type ExportReport, exportUrl, getAnalytics } from "../../../api/staffHelpInsights";
import { DownloadLink } from "../../../components/DownloadLink";
import { Icon } from "../../../components/Icon";
import { LoadFailed, Loading } from "../../staff-payments/Feedback";
import { calendarDate } from "../../staff-payments/format";
import { HelpStaffFrame } from "../HelpStaffFrame";
import { helpKeys } from "../queries";
import { FeedbackList } from "./FeedbackList";
import { GapList } from "./GapList";
import { KpiTiles } from "./KpiTiles";
import { RangePicker } from "./RangePicker";
import { ArticleReport, SearchReports } from "./ReportTables";
import { fillDays, rangeFromParams } from "./range";
import { TrendCharts } from "./TrendCharts";

/** What customers search, find, read and rate, and how often the help center spares them a contact. */
export function AnalyticsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const range = rangeFromParams(params, new Date());
  const query = useQuery({
    queryKey: helpKeys.analytics(range),
    queryFn: ({ signal }) => getAnalytics(range, signal),
    placeholderData: keepPreviousData,
  });
  const setRange = (next: DateRange) => setParams({ from: next.from, to: next.to }, { replace: true });
  const exportLink = (report: ExportReport) => (
    <DownloadLink
      href={exportUrl(report, range)}
      filename={`help-${report}-${range.from}-${range.to}.csv`}
      className="button button--small"
      testId={`export-${report}`}
    >
      <Icon name="download" size={16} />
      {t("staffHelp.analytics.export")}
    </DownloadLink>
  );
  const data = query.data;
  return (
    <HelpStaffFrame page="analytics" wide>
      <div className="stack stack--sections">
        <div className="analytics-bar">
          <RangePicker range={range} onChange={setRange} />
          <div className="analytics-bar__exports">
            <span className="small muted">{t("staffHelp.analytics.exports")}</span>
            <div className="button-row">
              {(["daily", "searches", "no-results", "articles"] as const).map((report) => (
                <DownloadLink
                  key={report}
                  href={exportUrl(report, range)}
                  filename={`help-${report}-${range.from}-${range.to}.csv`}
                  className="button button--small"
                  testId={`export-all-${report}`}
                >
                  <Icon name="download" size={16} />
                  {t(`staffHelp.analytics.reports.${report}`)}
                </DownloadLink>
              ))}
            </div>
          </div>
        </div>
        <p className="small muted" aria-live="polite">
          {t("staffHelp.analytics.covering", { from: calendarDate(range.from), to: calendarDate(range.to) })}
          {query.isFetching && data ? ` ${t("staffHelp.analytics.refreshing")}` : ""}
        </p>
        {query.isPending && <Loading />}
        {query.isError && !data && (
          <LoadFailed
            title={t("staffHelp.analytics.loadError")}
            error={query.error}
            onRetry={() => void query.refetch()}
          />
        )}
        {data && (
          <>
            <KpiTiles totals={data.totals} />
            <TrendCharts days={fillDays(data.daily, range)} />
            <GapList gaps={data.gaps} />
            <SearchReports analytics={data} exportLink={exportLink} />
            <ArticleReport analytics={data} exportLink={exportLink("articles")} />
          </>
        )}
        <FeedbackList />
      </div>
    </HelpStaffFrame>
  );
}

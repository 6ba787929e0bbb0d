import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { getCalendar } from "../../../api/deskAdmin";
import { getReport, type ReportRange, reportCsvUrl } from "../../../api/deskAdminReports";
import { DownloadLink } from "../../../components/DownloadLink";
import { Icon } from "../../../components/Icon";
import { LoadFailed, Loading } from "../../staff-payments/Feedback";
import { calendarDate } from "../../staff-payments/format";
import { DeskAdminFrame } from "../DeskAdminFrame";
import { deskAdminKeys } from "../queries";
import { AgentTable } from "./AgentTable";
import { KpiTiles } from "./KpiTiles";
import { RangeBar } from "./RangeBar";
import { ReportCharts } from "./ReportCharts";
import { rangeFrom, todayIn } from "./reportRange";

/** Supervisors' view of the desk over a range of days: volume, speed, SLA, satisfaction, backlog, agents. */
export function ReportsPage() {
  const calendar = useQuery({
    queryKey: deskAdminKeys.calendar,
    queryFn: ({ signal }) => getCalendar(signal),
  });
  // The desk's days are in its calendar's time zone; the browser's zone stands in if that cannot be read.
  const timeZone =
    calendar.data?.timeZone ?? (calendar.isError ? Intl.DateTimeFormat().resolvedOptions().timeZone : null);
  return (
    <DeskAdminFrame page="reports">
      {timeZone === null ? <Loading /> : <Report timeZone={timeZone} />}
    </DeskAdminFrame>
  );
}

/** The report for the range in the address, its days counted in `timeZone`. */
function Report({ timeZone }: { timeZone: string }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const today = todayIn(timeZone, new Date());
  const range = rangeFrom(params, today);
  const query = useQuery({
    queryKey: deskAdminKeys.report(range.from, range.to),
    queryFn: ({ signal }) => getReport(range, signal),
    placeholderData: keepPreviousData,
  });
  const setRange = (next: ReportRange) => setParams({ from: next.from, to: next.to }, { replace: true });
  const report = query.data;
  return (
    <div className="stack stack--sections">
      <div className="analytics-bar">
        <RangeBar range={range} today={today} onChange={setRange} />
        <DownloadLink
          href={reportCsvUrl(range)}
          filename={`satchel-support-${range.from}-${range.to}.csv`}
          className="button"
          testId="report-csv"
        >
          <Icon name="download" size={18} />
          {t("deskAdmin.reports.csv")}
        </DownloadLink>
      </div>
      <p className="small muted" aria-live="polite">
        {t("deskAdmin.reports.covering", {
          from: calendarDate(range.from),
          to: calendarDate(range.to),
          timeZone: report?.timeZone ?? timeZone,
        })}
        {query.isFetching && report ? ` ${t("deskAdmin.reports.refreshing")}` : ""}
      </p>
      {query.isPending && <Loading />}
      {query.isError && !report && (
        <LoadFailed
          title={t("deskAdmin.reports.loadError")}
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      )}
      {report && (
        <>
          <KpiTiles report={report} />
          <ReportCharts report={report} range={range} />
          <AgentTable agents={report.agents} />
        </>
      )}
    </div>
  );
}

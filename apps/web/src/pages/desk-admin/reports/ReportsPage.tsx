import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { TICKET_CHANNELS, type TicketChannel } from "../../../api/console";
import { getCalendar } from "../../../api/deskAdmin";
import { getReport, type ReportRange, reportCsvUrl } from "../../../api/deskAdminReports";
import { DownloadLink } from "../../../components/DownloadLink";
import { Icon } from "../../../components/Icon";
import { useTicketLabels } from "../../console/labels";
import { LoadFailed, Loading } from "../../staff-payments/Feedback";
import { calendarDate } from "../../staff-payments/format";
import { DeskAdminFrame } from "../DeskAdminFrame";
import { deskAdminKeys } from "../queries";
import { AgentTable } from "./AgentTable";
import { ChannelBreakdown } from "./ChannelBreakdown";
import { channelFrom } from "./channelSplit";
import { KpiTiles } from "./KpiTiles";
import { RangeBar } from "./RangeBar";
import { ReportCharts } from "./ReportCharts";
import { rangeFrom, todayIn } from "./reportRange";
import "./reports.css";

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
  const labels = useTicketLabels();
  const range = rangeFrom(params, today);
  const channel = channelFrom(params, TICKET_CHANNELS);
  const query = useQuery({
    queryKey: [...deskAdminKeys.report(range.from, range.to), channel ?? "all"],
    queryFn: ({ signal }) => getReport(range, signal, channel),
    placeholderData: keepPreviousData,
  });
  const show = (next: ReportRange, nextChannel: TicketChannel | null) =>
    setParams(
      { from: next.from, to: next.to, ...(nextChannel ? { channel: nextChannel } : {}) },
      { replace: true },
    );
  const setRange = (next: ReportRange) => show(next, channel);
  const report = query.data;
  return (
    <div className="stack stack--sections">
      <div className="analytics-bar">
        <RangeBar range={range} today={today} onChange={setRange} />
        <label className="report-channel-filter">
          <span className="field__label">{t("channelsAdmin.reports.filter")}</span>
          <select
            className="desk-input"
            value={channel ?? ""}
            onChange={(e) => show(range, TICKET_CHANNELS.find((c) => c === e.target.value) ?? null)}
            data-testid="report-channel"
          >
            <option value="">{t("channelsAdmin.reports.all")}</option>
            {TICKET_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {labels.channel(c)}
              </option>
            ))}
          </select>
        </label>
        <DownloadLink
          href={reportCsvUrl(range, channel)}
          filename={`satchel-support-${range.from}-${range.to}${channel ? `-${channel}` : ""}.csv`}
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
        {channel ? ` ${t("channelsAdmin.reports.only", { channel: labels.channel(channel) })}` : ""}
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
          <ChannelBreakdown report={report} />
          <AgentTable agents={report.agents} />
        </>
      )}
    </div>
  );
}

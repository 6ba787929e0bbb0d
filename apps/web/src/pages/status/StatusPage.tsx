import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { checkReadiness, isOperational, type Readiness } from "../../api/health";
import { statusFeedUrl } from "../../api/status";
import { Alert } from "../../components/Form";
import { Icon } from "../../components/Icon";
import { PageHeader } from "../../components/PageHeader";
import { useDocumentTitle } from "../../lib/hooks";
import { ActiveIncidents } from "./ActiveIncidents";
import { ComponentsSection } from "./ComponentsSection";
import { formatWhen } from "./format";
import { IncidentHistory } from "./IncidentHistory";
import { MaintenanceList } from "./MaintenanceList";
import { OverallBanner } from "./OverallBanner";
import { PAGE_REFRESH_MS, useStatusLanguage, useStatusSummary } from "./queries";
import { SubscribeForm } from "./SubscribeForm";

/**
 * The public status page (/status): no login, part of the main bundle (it must open when the rest
 * of the app struggles), read from the server's in-memory snapshot and refreshed every minute.
 */
export function StatusPage() {
  const { t } = useTranslation();
  const lang = useStatusLanguage();
  const title = t("statusPage.title");
  useDocumentTitle(title);
  const summary = useStatusSummary({ refetchMs: PAGE_REFRESH_MS, retry: true });
  const data = summary.data;

  return (
    <div className="container page status-page">
      {/* Feed readers find the feed from the page (React places the <link> in <head>). */}
      <link
        rel="alternate"
        type="application/atom+xml"
        href={statusFeedUrl(lang)}
        title={t("statusPage.feed.link")}
      />
      <PageHeader icon="pulse" title={title} description={t("statusPage.lead")} />
      <OverallBanner summary={data} failed={summary.isError} />
      <div className="status-meta">
        <span className="status-meta__facts">
          {data?.page.updatedAt && (
            <time dateTime={data.page.updatedAt} data-testid="status-updated">
              {t("statusPage.meta.updated", { time: formatWhen(data.page.updatedAt, lang) })}
            </time>
          )}
          <ReadinessLine />
        </span>
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => void summary.refetch()}
          disabled={summary.isFetching}
        >
          <Icon name="refresh" size={16} className={summary.isFetching ? "spin" : undefined} />
          {summary.isFetching ? t("statusPage.meta.refreshing") : t("statusPage.meta.refresh")}
        </button>
      </div>
      {data && summary.isRefetchError && (
        <Alert tone="warning" testId="status-stale">
          {t("statusPage.overall.stale", {
            time: formatWhen(new Date(summary.dataUpdatedAt).toISOString(), lang),
          })}
        </Alert>
      )}
      {data && (
        <>
          <ActiveIncidents incidents={data.incidents} />
          <MaintenanceList maintenances={data.maintenances} />
          <ComponentsSection components={data.components} />
        </>
      )}
      <IncidentHistory />
      <SubscribeForm components={data?.components ?? []} />
    </div>
  );
}

/**
 * The server's own readiness (/readyz), in one line: when even the summary cannot be read, it
 * tells "the server is down" apart from "the status service is".
 */
function ReadinessLine() {
  const { t } = useTranslation();
  const query = useQuery({
    queryKey: ["readyz"],
    queryFn: ({ signal }) => checkReadiness(signal),
    refetchInterval: PAGE_REFRESH_MS,
    retry: false,
  });
  if (!query.data) return null;
  const key = readinessKey(query.data);
  return (
    <span className={`status-readiness status-readiness--${key}`} data-testid="status-readiness">
      {t(`statusPage.meta.readiness.${key}`)}
    </span>
  );
}

function readinessKey(readiness: Readiness): "ok" | "down" | "unreachable" {
  if (isOperational(readiness)) return "ok";
  return readiness.kind === "unreachable" ? "unreachable" : "down";
}

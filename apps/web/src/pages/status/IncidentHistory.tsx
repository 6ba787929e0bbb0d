import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { listIncidents } from "../../api/status";
import { ProblemAlert } from "../../components/ProblemAlert";
import { currentLanguage } from "../../i18n";
import { formatWhen } from "./format";
import { ComponentChips, ImpactBadge, IncidentStatusLabel } from "./parts";
import { statusKeys, useStatusLanguage } from "./queries";

const PAGE_SIZE = 10;

/** Past and present incidents, newest first, a page at a time. */
export function IncidentHistory() {
  const { t } = useTranslation();
  const lang = useStatusLanguage();
  const query = useInfiniteQuery({
    queryKey: statusKeys.history(lang),
    queryFn: ({ pageParam, signal }) => listIncidents({ cursor: pageParam, limit: PAGE_SIZE, lang }, signal),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
    staleTime: 60_000,
  });
  const incidents = query.data?.pages.flatMap((page) => page.data) ?? [];

  return (
    <section className="status-section" aria-labelledby="history-title" data-testid="incident-history">
      <h2 id="history-title">{t("statusPage.history.title")}</h2>
      {query.isPending && <p className="muted">{t("statusPage.history.loading")}</p>}
      {query.isError && incidents.length === 0 && (
        <ProblemAlert error={query.error}>
          <p>{t("statusPage.history.loadFailed")}</p>
        </ProblemAlert>
      )}
      {query.isSuccess && incidents.length === 0 && <p className="muted">{t("statusPage.history.empty")}</p>}
      {incidents.length > 0 && (
        <ul className="card status-history">
          {incidents.map((incident) => (
            <li key={incident.id} className="status-history__item" data-incident={incident.id}>
              <div className="status-history__head">
                <Link to={`/status/incidents/${encodeURIComponent(incident.id)}`}>{incident.name}</Link>
                <ImpactBadge impact={incident.impact} />
              </div>
              <p className="status-history__meta">
                <IncidentStatusLabel status={incident.resolvedAt ? "resolved" : incident.status} />
                <HistoryTimes startedAt={incident.startedAt} resolvedAt={incident.resolvedAt} />
              </p>
              <ComponentChips components={incident.components} />
            </li>
          ))}
        </ul>
      )}
      {query.isFetchNextPageError && <ProblemAlert error={query.error} />}
      {query.hasNextPage && (
        <button
          type="button"
          className="button button--secondary status-history__more"
          onClick={() => void query.fetchNextPage()}
          disabled={query.isFetchingNextPage}
          data-testid="history-load-more"
        >
          {query.isFetchingNextPage ? t("statusPage.history.loading") : t("statusPage.history.loadMore")}
        </button>
      )}
    </section>
  );
}

function HistoryTimes({ startedAt, resolvedAt }: { startedAt: string; resolvedAt: string | null }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  return (
    <>
      <time dateTime={startedAt}>
        {t("statusPage.incidents.started", { time: formatWhen(startedAt, lang) })}
      </time>
      {resolvedAt ? (
        <time dateTime={resolvedAt}>
          {t("statusPage.incidents.resolvedAt", { time: formatWhen(resolvedAt, lang) })}
        </time>
      ) : (
        <span className="badge badge--warning">{t("statusPage.history.ongoing")}</span>
      )}
    </>
  );
}

import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useParams } from "react-router";
import { ApiError } from "../../api/client";
import { getIncident } from "../../api/status";
import { EmptyState } from "../../components/EmptyState";
import { ProblemAlert } from "../../components/ProblemAlert";
import { useDocumentTitle } from "../../lib/hooks";
import { formatWhen } from "./format";
import { IncidentTimeline } from "./IncidentTimeline";
import { ImpactBadge, IncidentStatusLabel, StateBadge } from "./parts";
import { PAGE_REFRESH_MS, statusKeys, useStatusLanguage } from "./queries";

/** One incident (/status/incidents/:id): its full timeline and the components it touches. */
export function IncidentPage() {
  const { t } = useTranslation();
  const lang = useStatusLanguage();
  const id = useParams().id ?? "";
  const query = useQuery({
    queryKey: statusKeys.incident(lang, id),
    queryFn: ({ signal }) => getIncident(id, lang, signal),
    // An open incident changes as staff post updates; a resolved one no longer does.
    refetchInterval: (q) => (q.state.data?.resolvedAt ? false : PAGE_REFRESH_MS),
  });
  const incident = query.data;
  useDocumentTitle(incident?.name || t("statusPage.title"));

  const back = (
    <p className="status-back">
      <Link to="/status">← {t("statusPage.incidentPage.back")}</Link>
    </p>
  );

  if (query.isPending) {
    return (
      <div className="container page status-page">
        {back}
        <p className="muted">{t("statusPage.history.loading")}</p>
      </div>
    );
  }
  if (!incident) {
    const notFound = query.error instanceof ApiError && query.error.status === 404;
    return (
      <div className="container page status-page">
        {back}
        {notFound ? (
          <EmptyState icon="compass" title={t("statusPage.incidentPage.notFoundTitle")}>
            <p>{t("statusPage.incidentPage.notFoundBody")}</p>
          </EmptyState>
        ) : (
          <ProblemAlert error={query.error}>
            <p>{t("statusPage.incidentPage.loadFailed")}</p>
          </ProblemAlert>
        )}
      </div>
    );
  }

  return (
    <div className="container page status-page" data-testid="incident-page" data-incident={incident.id}>
      {back}
      <header className="incident-page__head">
        <h1>{incident.name}</h1>
        <div className="incident-page__badges">
          <ImpactBadge impact={incident.impact} />
          <IncidentStatusLabel status={incident.status} />
        </div>
        <p className="status-card__meta">
          <time dateTime={incident.startedAt}>
            {t("statusPage.incidents.started", { time: formatWhen(incident.startedAt, lang) })}
          </time>
          {incident.resolvedAt && (
            <time dateTime={incident.resolvedAt}>
              {t("statusPage.incidents.resolvedAt", { time: formatWhen(incident.resolvedAt, lang) })}
            </time>
          )}
        </p>
      </header>
      {incident.components.length > 0 && (
        <section className="status-section" aria-labelledby="incident-components-title">
          <h2 id="incident-components-title">{t("statusPage.incidentPage.affected")}</h2>
          <ul className="card status-components">
            {incident.components.map((component) => (
              <li key={component.id} className="status-component" data-component={component.id}>
                <div className="status-component__head">
                  <span className="status-component__name">{component.name}</span>
                  <StateBadge state={component.status} />
                </div>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="status-section" aria-labelledby="incident-timeline-title">
        <h2 id="incident-timeline-title">{t("statusPage.incidentPage.timeline")}</h2>
        <div className="card status-card">
          <IncidentTimeline updates={incident.updates} />
        </div>
      </section>
    </div>
  );
}

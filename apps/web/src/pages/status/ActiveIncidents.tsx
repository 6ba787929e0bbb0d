import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { Incident } from "../../api/status";
import { currentLanguage } from "../../i18n";
import { formatWhen } from "./format";
import { IncidentTimeline } from "./IncidentTimeline";
import { ComponentChips, ImpactBadge, IncidentStatusLabel } from "./parts";

/** Open incidents, each with its latest update in full and the rest of the timeline on demand. */
export function ActiveIncidents({ incidents }: { incidents: Incident[] }) {
  const { t } = useTranslation();
  if (incidents.length === 0) return null;
  return (
    <section
      className="status-section"
      aria-labelledby="active-incidents-title"
      data-testid="active-incidents"
    >
      <h2 id="active-incidents-title">{t("statusPage.incidents.activeTitle")}</h2>
      <ul className="status-cards">
        {incidents.map((incident) => (
          <li key={incident.id}>
            <IncidentCard incident={incident} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function IncidentCard({ incident }: { incident: Incident }) {
  const { t } = useTranslation();
  const [latest, ...earlier] = incident.updates;
  const link = `/status/incidents/${encodeURIComponent(incident.id)}`;
  return (
    <article className={`card status-card status-card--${incident.impact}`} data-incident={incident.id}>
      <header className="status-card__head">
        <h3>
          <Link to={link}>{incident.name}</Link>
        </h3>
        <ImpactBadge impact={incident.impact} />
      </header>
      <p className="status-card__meta">
        <IncidentStatusLabel status={incident.status} />
        <time dateTime={incident.startedAt}>
          {t("statusPage.incidents.started", { time: formatWhen(incident.startedAt, currentLanguage()) })}
        </time>
      </p>
      {incident.components.length > 0 && (
        <div className="status-card__components">
          <span className="muted">{t("statusPage.incidents.affected")}</span>
          <ComponentChips components={incident.components} />
        </div>
      )}
      {latest && (
        <div className="status-card__latest">
          <IncidentTimeline updates={[latest]} />
        </div>
      )}
      {earlier.length > 0 && (
        <details className="status-card__timeline">
          <summary>{t("statusPage.incidents.showTimeline", { count: incident.updates.length })}</summary>
          <IncidentTimeline updates={incident.updates} />
        </details>
      )}
      <p className="status-card__link">
        <Link to={link}>{t("statusPage.incidents.details")}</Link>
      </p>
    </article>
  );
}

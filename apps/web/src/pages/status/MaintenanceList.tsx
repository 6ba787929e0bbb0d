import { useTranslation } from "react-i18next";
import type { Maintenance } from "../../api/status";
import { Icon } from "../../components/Icon";
import { ComponentChips, WindowTime } from "./parts";

/** Maintenance in progress first, then upcoming windows by start. */
export function MaintenanceList({ maintenances }: { maintenances: Maintenance[] }) {
  const { t } = useTranslation();
  if (maintenances.length === 0) return null;
  const ordered = [...maintenances].sort(
    (a, b) =>
      Number(b.status === "in_progress") - Number(a.status === "in_progress") ||
      a.scheduledFor.localeCompare(b.scheduledFor),
  );
  return (
    <section className="status-section" aria-labelledby="maintenance-title" data-testid="maintenance-list">
      <h2 id="maintenance-title">{t("statusPage.maintenance.title")}</h2>
      <ul className="status-cards">
        {ordered.map((window) => (
          <li key={window.id}>
            <MaintenanceCard window={window} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function MaintenanceCard({ window }: { window: Maintenance }) {
  const { t } = useTranslation();
  const inProgress = window.status === "in_progress";
  return (
    <article
      className={`card status-card status-card--maintenance${inProgress ? " status-card--now" : ""}`}
      data-maintenance={window.id}
      data-status={window.status ?? "unknown"}
    >
      <header className="status-card__head">
        <h3>{window.name}</h3>
        <span className={`state-badge state-badge--${inProgress ? "under_maintenance" : "unknown"}`}>
          <Icon name="clock" size={16} />
          {t(`statusPage.maintenanceStatus.${window.status ?? "unknown"}`)}
        </span>
      </header>
      <p className="status-card__meta">
        <span className="muted">{t("statusPage.maintenance.when")}</span>{" "}
        <WindowTime start={window.scheduledFor} end={window.scheduledUntil} />
      </p>
      {window.components.length > 0 && (
        <div className="status-card__components">
          <span className="muted">{t("statusPage.maintenance.componentsLabel")}</span>
          <ComponentChips components={window.components} />
        </div>
      )}
      {window.description && <p className="status-card__body">{window.description}</p>}
      {window.methodIds.length > 0 && <p className="muted">{t("statusPage.maintenance.someMethods")}</p>}
    </article>
  );
}

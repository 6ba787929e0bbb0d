import { useTranslation } from "react-i18next";
import type { IncidentUpdate } from "../../api/status";
import { IncidentStatusLabel, When } from "./parts";

/** An incident's updates, newest first, each with its status, time and text. */
export function IncidentTimeline({ updates }: { updates: IncidentUpdate[] }) {
  const { t } = useTranslation();
  if (updates.length === 0) return <p className="muted">{t("statusPage.incidents.noUpdates")}</p>;
  return (
    <ol className="incident-timeline" data-testid="incident-timeline">
      {updates.map((update) => (
        <li key={update.id} className="incident-timeline__item" data-status={update.status ?? "unknown"}>
          <div className="incident-timeline__head">
            <IncidentStatusLabel status={update.status} />
            <When iso={update.displayAt} />
          </div>
          <p className="incident-timeline__body">{update.body}</p>
        </li>
      ))}
    </ol>
  );
}

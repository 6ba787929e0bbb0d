import { useTranslation } from "react-i18next";
import type { AdminMethod } from "../../../api/staffPayments";
import { dateTime } from "../format";

const TONES = { active: "pill--ok", paused: "pill--unknown", maintenance: "pill--down" } as const;

/** The state customers meet now ("In maintenance until …"), and a window still to come. */
export function StateBadge({ method, now = Date.now() }: { method: AdminMethod; now?: number }) {
  const { t } = useTranslation();
  // The status page's window over the method, its own or its whole service's.
  const slot = method.currentWindow;
  const upcoming = slot && Date.parse(slot.startsAt) > now;
  return (
    <div className="state-badge" data-testid={`state-${method.id}`}>
      <span className={`pill ${TONES[method.currentState]}`}>
        <span className="pill__dot" aria-hidden="true" />
        {t(`staffPayments.states.${method.currentState}`)}
      </span>
      {method.currentState === "maintenance" && slot && (
        <span className="small">
          {t("staffPayments.methods.maintenanceUntil", { time: dateTime(slot.endsAt) })}
        </span>
      )}
      {upcoming && (
        <span className="small muted">
          {t("staffPayments.methods.maintenanceScheduled", {
            start: dateTime(slot.startsAt),
            end: dateTime(slot.endsAt),
          })}
        </span>
      )}
    </div>
  );
}

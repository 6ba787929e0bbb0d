import { useTranslation } from "react-i18next";
import type { Bilingual } from "../../api/deskAdmin";
import type {
  ComponentKey,
  ComponentState,
  IncidentImpact,
  IncidentStatus,
  MaintenanceState,
  StaffComponent,
} from "../../api/staff-status";
import { currentLanguage } from "../../i18n";

// Small labels the status pages share: a component's state, an incident's impact and status, a
// window's state, each as a badge whose colour says how bad it is.

const STATE_TONES: Record<ComponentState, string> = {
  operational: "ok",
  degraded_performance: "warning",
  partial_outage: "warning",
  major_outage: "danger",
  under_maintenance: "neutral",
};

export function StateBadge({ state, testId }: { state: ComponentState; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge badge--${STATE_TONES[state]} state-${state}`}
      data-state={state}
      data-testid={testId}
    >
      {t(`staffStatus.states.${state}`)}
    </span>
  );
}

const IMPACT_TONES: Record<IncidentImpact, string> = {
  none: "neutral",
  minor: "warning",
  major: "warning",
  critical: "danger",
};

export function ImpactBadge({ impact }: { impact: IncidentImpact }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${IMPACT_TONES[impact]}`} data-impact={impact}>
      {t(`staffStatus.impacts.${impact}`)}
    </span>
  );
}

export function IncidentStatusBadge({ status }: { status: IncidentStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge ${status === "resolved" ? "badge--ok" : "badge--neutral"}`} data-status={status}>
      {t(`staffStatus.incidentStatuses.${status}`)}
    </span>
  );
}

const MAINTENANCE_TONES: Record<MaintenanceState, string> = {
  scheduled: "neutral",
  in_progress: "warning",
  completed: "ok",
  canceled: "neutral",
};

export function MaintenanceStateBadge({ state }: { state: MaintenanceState }) {
  const { t } = useTranslation();
  return (
    <span className={`badge badge--${MAINTENANCE_TONES[state]}`} data-state={state}>
      {t(`staffStatus.maintenanceStates.${state}`)}
    </span>
  );
}

/** A text in the interface language (English when that one is empty). */
export function localized(text: Bilingual): string {
  return text[currentLanguage()] || text.en;
}

/** Component names in the interface language, from the overview the server sent; the key when unknown. */
export function componentNamer(components: readonly StaffComponent[]): (key: ComponentKey) => string {
  const names = new Map(components.map((c) => [c.key, localized(c.name)]));
  return (key) => names.get(key) ?? key;
}

import type { ComponentState, IncidentImpact, Indicator } from "../../api/status";
import type { IconName } from "../../components/Icon";

// How each state looks: a colour (the CSS modifier), an icon and words — never the colour alone,
// so the page reads the same without colour vision and in high-contrast modes.

/** The CSS modifier of a state; "unknown" for a state the app does not know and for "no data". */
export type StateTone = ComponentState | "unknown";

export const STATE_ICONS: Record<StateTone, IconName> = {
  operational: "check",
  degraded_performance: "pulse",
  partial_outage: "alert",
  major_outage: "close",
  under_maintenance: "clock",
  unknown: "info",
};

/** The overall banner takes the look of the component state it stands for. */
export const INDICATOR_TONES: Record<Indicator, StateTone> = {
  none: "operational",
  minor: "degraded_performance",
  major: "partial_outage",
  critical: "major_outage",
  maintenance: "under_maintenance",
};

export const IMPACT_TONES: Record<IncidentImpact, StateTone> = {
  none: "unknown",
  minor: "degraded_performance",
  major: "partial_outage",
  critical: "major_outage",
};

export function stateTone(state: ComponentState | null): StateTone {
  return state ?? "unknown";
}

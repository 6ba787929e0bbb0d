import { useTranslation } from "react-i18next";
import type { ComponentState, IncidentImpact, IncidentStatus, StatusComponent } from "../../api/status";
import { Icon } from "../../components/Icon";
import { currentLanguage } from "../../i18n";
import { formatWhen, formatWindow } from "./format";
import { IMPACT_TONES, STATE_ICONS, stateTone } from "./presentation";

/** A component's state: colour, icon and words together. */
export function StateBadge({ state, testId }: { state: ComponentState | null; testId?: string }) {
  const { t } = useTranslation();
  const tone = stateTone(state);
  return (
    <span className={`state-badge state-badge--${tone}`} data-state={tone} data-testid={testId}>
      <Icon name={STATE_ICONS[tone]} size={16} />
      {t(`statusPage.state.${tone}`)}
    </span>
  );
}

export function ImpactBadge({ impact }: { impact: IncidentImpact }) {
  const { t } = useTranslation();
  const tone = IMPACT_TONES[impact];
  return (
    <span className={`state-badge state-badge--${tone}`} data-impact={impact}>
      <Icon name={STATE_ICONS[tone]} size={16} />
      {t("statusPage.impact.label", { impact: t(`statusPage.impact.${impact}`) })}
    </span>
  );
}

export function IncidentStatusLabel({ status }: { status: IncidentStatus | null }) {
  const { t } = useTranslation();
  return (
    <span className="incident-status" data-status={status ?? "unknown"}>
      {t(`statusPage.incidentStatus.${status ?? "unknown"}`)}
    </span>
  );
}

/** A moment in the reader's zone, with its UTC offset; the exact instant in `dateTime`. */
export function When({ iso }: { iso: string }) {
  useTranslation(); // re-render on a language switch
  const text = formatWhen(iso, currentLanguage());
  if (!text) return null;
  return <time dateTime={iso}>{text}</time>;
}

/** A window from `start` to `end` in the reader's zone. */
export function WindowTime({ start, end }: { start: string; end: string }) {
  useTranslation();
  const text = formatWindow(start, end, currentLanguage());
  if (!text) return null;
  return <time dateTime={start}>{text}</time>;
}

/** "Card deposits, Withdrawals" as a list of chips; nothing for none. */
export function ComponentChips({ components }: { components: StatusComponent[] }) {
  if (components.length === 0) return null;
  return (
    <ul className="component-chips">
      {components.map((component) => (
        <li key={component.id}>{component.name}</li>
      ))}
    </ul>
  );
}

/**
 * Component keys of a subscription as names ("All services" for none), taking names from the
 * summary when it is at hand.
 */
export function componentNames(keys: string[], known: StatusComponent[] | undefined, all: string): string {
  if (keys.length === 0) return all;
  const names = new Map((known ?? []).map((c) => [c.id, c.name]));
  return keys.map((key) => names.get(key) ?? key).join(currentLanguage() === "zh-CN" ? "、" : ", ");
}

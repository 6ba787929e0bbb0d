import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { getUptime, type StatusComponent } from "../../api/status";
import { Icon } from "../../components/Icon";
import { StateBadge } from "./parts";
import { STATE_ICONS, type StateTone } from "./presentation";
import { statusKeys, UPTIME_DAYS, useStatusLanguage } from "./queries";
import { UptimeBars } from "./UptimeBars";

/** Uptime changes by the minute at most: asked every 5 minutes, not with every summary refresh. */
const UPTIME_REFRESH_MS = 5 * 60_000;

const LEGEND: StateTone[] = [
  "operational",
  "degraded_performance",
  "partial_outage",
  "major_outage",
  "under_maintenance",
];

/** Every component with its state now and its daily uptime over the last 90 days. */
export function ComponentsSection({ components }: { components: StatusComponent[] }) {
  const { t } = useTranslation();
  const lang = useStatusLanguage();
  const uptime = useQuery({
    queryKey: statusKeys.uptime(lang, UPTIME_DAYS),
    queryFn: ({ signal }) => getUptime(UPTIME_DAYS, lang, signal),
    refetchInterval: UPTIME_REFRESH_MS,
    staleTime: 60_000,
  });
  const byId = new Map((uptime.data?.components ?? []).map((c) => [c.id, c]));
  const days = uptime.data?.days || UPTIME_DAYS;
  const pendingText = uptime.isError ? t("statusPage.components.noUptime") : t("statusPage.history.loading");

  return (
    <section className="status-section" aria-labelledby="components-title">
      <div className="status-section__head">
        <h2 id="components-title">{t("statusPage.components.title")}</h2>
        <span className="muted">{t("statusPage.components.uptimeTitle", { days })}</span>
      </div>
      <ul className="card status-components" data-testid="status-components">
        {components.map((component) => (
          <li key={component.id} className="status-component" data-component={component.id}>
            <div className="status-component__head">
              <div className="status-component__text">
                <span className="status-component__name">{component.name}</span>
                {component.description && (
                  <span className="status-component__description">{component.description}</span>
                )}
              </div>
              <StateBadge state={component.status} testId={`component-state-${component.id}`} />
            </div>
            <UptimeBars
              uptime={byId.get(component.id)}
              name={component.name}
              days={days}
              pendingText={pendingText}
            />
          </li>
        ))}
      </ul>
      <UptimeLegend />
    </section>
  );
}

function UptimeLegend() {
  const { t } = useTranslation();
  return (
    <ul className="uptime-legend" aria-label={t("statusPage.components.legend")}>
      {LEGEND.map((tone) => (
        <li key={tone}>
          <span className={`uptime-legend__swatch uptime__bar--${tone}`} aria-hidden="true" />
          <Icon name={STATE_ICONS[tone]} size={14} />
          {t(`statusPage.state.${tone}`)}
        </li>
      ))}
      <li>
        <span className="uptime-legend__swatch uptime__bar--no_data" aria-hidden="true" />
        {t("statusPage.components.noData")}
      </li>
    </ul>
  );
}

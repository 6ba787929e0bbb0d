import { useTranslation } from "react-i18next";
import type { StatusSummary } from "../../api/status";
import { Icon } from "../../components/Icon";
import { INDICATOR_TONES, STATE_ICONS } from "./presentation";

/**
 * The page's headline: the overall indicator in the server's words (localized by `lang`), our own
 * words when it sends none; a neutral "loading" or "could not load" before there is any summary.
 */
export function OverallBanner({ summary, failed }: { summary: StatusSummary | undefined; failed: boolean }) {
  const { t } = useTranslation();
  if (!summary) {
    return (
      <section
        className={`status-banner ${failed ? "status-banner--down" : "status-banner--pending"}`}
        aria-live="polite"
        data-testid="status-banner"
        data-status={failed ? "unavailable" : "pending"}
      >
        <span className="status-banner__icon">
          <Icon name={failed ? "alert" : "pulse"} size={28} />
        </span>
        <div>
          <h2>{failed ? t("statusPage.overall.loadFailed") : t("statusPage.overall.loading")}</h2>
          {failed && <p>{t("statusPage.overall.loadFailedBody")}</p>}
        </div>
      </section>
    );
  }
  const { indicator, description } = summary.status;
  const tone = INDICATOR_TONES[indicator];
  return (
    <section
      className={`status-banner status-banner--${tone}`}
      aria-live="polite"
      data-testid="status-banner"
      data-status={indicator}
    >
      <span className="status-banner__icon">
        <Icon name={STATE_ICONS[tone]} size={28} />
      </span>
      <div>
        <h2>{description || t(`statusPage.overall.${indicator}`)}</h2>
      </div>
    </section>
  );
}

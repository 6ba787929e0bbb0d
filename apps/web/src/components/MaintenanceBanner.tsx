import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useMatch } from "react-router";
import { currentLanguage } from "../i18n";
import { useNow } from "../lib/hooks";
import {
  addDismissed,
  type BannerNotice,
  bannerNotices,
  browserStorage,
  DISMISSED_STORAGE_KEY,
  readDismissed,
} from "../pages/status/bannerRules";
import { formatWhen, formatWindow } from "../pages/status/format";
import { BANNER_REFRESH_MS, useStatusSummary } from "../pages/status/queries";
import { Icon } from "./Icon";

/** At most this many lines: more would push the page down; the status page has them all. */
const MAX_NOTICES = 3;

/**
 * The app-wide banner: maintenance under way or starting within 72 hours, and open incidents of
 * major or critical impact, one line each, from the status summary (every 5 minutes, no retries:
 * when the server struggles, every open tab must not ask again and again). Not on the status
 * pages, which say it all already. Each notice can be dismissed (remembered in this browser).
 */
export function MaintenanceBanner() {
  const onStatusPages = useMatch("/status/*");
  const embedded = useMatch("/chat/embed");
  if (onStatusPages || embedded) return null;
  return <Notices />;
}

function Notices() {
  const { t } = useTranslation();
  const summary = useStatusSummary({ refetchMs: BANNER_REFRESH_MS, retry: false });
  // Windows enter the 72-hour span and start as time passes, between two fetches too.
  const now = useNow(60_000);
  const [dismissed, setDismissed] = useState(() => readDismissed(browserStorage()));

  // A notice dismissed in another tab goes away here too.
  useEffect(() => {
    const onStorage = (event: StorageEvent) => {
      if (event.key === DISMISSED_STORAGE_KEY) setDismissed(readDismissed(browserStorage()));
    };
    window.addEventListener("storage", onStorage);
    return () => window.removeEventListener("storage", onStorage);
  }, []);

  const notices = summary.data ? bannerNotices(summary.data, now, dismissed).slice(0, MAX_NOTICES) : [];
  const dismiss = (key: string) => setDismissed((current) => addDismissed(browserStorage(), current, key));

  // The live region stays in the page so that a notice appearing later is announced.
  return (
    <section
      className="maintenance-banner"
      aria-label={t("statusPage.banner.label")}
      aria-live="polite"
      data-testid="maintenance-banner"
    >
      {notices.map((notice) => (
        <NoticeLine key={notice.dismissKey} notice={notice} onDismiss={() => dismiss(notice.dismissKey)} />
      ))}
    </section>
  );
}

function NoticeLine({ notice, onDismiss }: { notice: BannerNotice; onDismiss: () => void }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  let label: string;
  let when: string;
  if (notice.kind === "incident") {
    label = t("statusPage.banner.incident");
    when = t("statusPage.incidents.started", { time: formatWhen(notice.startedAt, lang) });
  } else if (notice.kind === "maintenance_now") {
    label = t("statusPage.banner.maintenanceNow");
    when = t("statusPage.banner.until", { time: formatWhen(notice.endsAt, lang) });
  } else {
    label = t("statusPage.banner.maintenanceUpcoming");
    when = formatWindow(notice.startsAt, notice.endsAt, lang);
  }
  const tone = notice.kind === "incident" ? `incident-${notice.impact}` : notice.kind;
  return (
    <div className={`maintenance-banner__line maintenance-banner__line--${tone}`} data-notice={notice.id}>
      <div className="container maintenance-banner__inner">
        <Icon name={notice.kind === "incident" ? "alert" : "clock"} size={18} />
        <p className="maintenance-banner__text">
          <strong>{label}</strong> <span>{notice.title}</span>
          {when && <span className="maintenance-banner__when"> · {when}</span>}
          {notice.components.length > 0 && (
            <span className="maintenance-banner__components">
              {" "}
              · {notice.components.join(lang === "zh-CN" ? "、" : ", ")}
            </span>
          )}{" "}
          <Link to={notice.link} className="maintenance-banner__link">
            {notice.kind === "incident" ? t("statusPage.incidents.details") : t("statusPage.banner.details")}
          </Link>
        </p>
        <button
          type="button"
          className="maintenance-banner__dismiss"
          onClick={onDismiss}
          aria-label={t("statusPage.banner.dismiss")}
          title={t("statusPage.banner.dismiss")}
          data-testid="maintenance-banner-dismiss"
        >
          <Icon name="close" size={16} />
        </button>
      </div>
    </div>
  );
}

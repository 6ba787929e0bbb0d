import type { UseQueryResult } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AppNotification, NotificationPage } from "../../api/notifications";
import { errorMessage } from "../../lib/errors";
import { useNow } from "../../lib/hooks";
import { BANNER_REFRESH_MS, useStatusSummary } from "../status/queries";
import { MaintenanceEntry, NotificationEntry } from "./bits";
import { BELL_BODY_WIDTH, maintenanceToAnnounce } from "./feed";
import { useMarkRead, usePreferences } from "./queries";

/**
 * The bell's dropdown: maintenance under way or within 72 hours (when the customer wants it in
 * the app), the latest notifications, "Mark all as read", "See all" and the settings.
 */
export function BellPanel({
  latest,
  onClose,
}: {
  latest: UseQueryResult<NotificationPage>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const now = useNow(60_000);
  const markRead = useMarkRead();
  const prefs = usePreferences();
  // Maintenance in the app is on unless the customer turned it off (the default is on).
  const maintenancePref = prefs.data?.kinds.find((k) => k.kind === "maintenance");
  const wantsMaintenance = !prefs.isPending && (maintenancePref?.channels.in_app ?? true);
  // The banner's summary (one cache entry): asking here costs no request of its own.
  const summary = useStatusSummary({ refetchMs: BANNER_REFRESH_MS, retry: false });
  const announcements = wantsMaintenance ? maintenanceToAnnounce(summary.data?.maintenances ?? [], now) : [];
  const items = latest.data?.data ?? [];
  const unread = latest.data?.unread ?? 0;

  const choose = (notification: AppNotification) => {
    if (!notification.readAt) markRead.mutate({ ids: [notification.id] });
    onClose();
  };

  return (
    <div className="bell-panel" data-testid="notification-panel">
      <div className="bell-panel__head">
        <h2 className="bell-panel__title">{t("notifications.title")}</h2>
        <button
          type="button"
          className="link-button"
          onClick={() => markRead.mutate({ all: true })}
          disabled={unread === 0 || markRead.isPending}
          data-testid="notifications-mark-all"
        >
          {t("notifications.markAllRead")}
        </button>
      </div>
      {markRead.isError && (
        <p className="bell-panel__error" role="alert">
          {errorMessage(markRead.error, t)}
        </p>
      )}
      {(announcements.length > 0 || items.length > 0) && (
        <ul className="bell-panel__list">
          {announcements.map((notice) => (
            <li key={`maintenance-${notice.id}`}>
              <MaintenanceEntry notice={notice} now={now} className="bell-panel__item" />
            </li>
          ))}
          {items.map((notification) => (
            <li key={notification.id}>
              <NotificationEntry
                notification={notification}
                now={now}
                onChoose={choose}
                className="bell-panel__item"
                bodyWidth={BELL_BODY_WIDTH}
              />
            </li>
          ))}
        </ul>
      )}
      {latest.isPending && <p className="bell-panel__state muted">{t("common.loading")}</p>}
      {latest.isError && (
        <div className="bell-panel__state">
          <p role="alert">{errorMessage(latest.error, t)}</p>
          <button type="button" className="button button--small" onClick={() => void latest.refetch()}>
            {t("common.tryAgain")}
          </button>
        </div>
      )}
      {latest.isSuccess && items.length === 0 && announcements.length === 0 && (
        <p className="bell-panel__state muted" data-testid="notifications-empty">
          {t("notifications.empty.bell")}
        </p>
      )}
      <div className="bell-panel__foot">
        <Link to="/notifications" className="bell-panel__all" data-testid="notifications-see-all">
          {t("notifications.seeAll")}
        </Link>
        <Link
          to="/settings/notifications"
          className="bell-panel__settings"
          data-testid="notifications-settings-link"
        >
          {t("notifications.settings.title")}
        </Link>
      </div>
    </div>
  );
}

import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import type { AppNotification, NotificationKind } from "../../api/notifications";
import type { Maintenance } from "../../api/status";
import { Icon, type IconName } from "../../components/Icon";
import { currentLanguage } from "../../i18n";
import { excerpt } from "../../lib/excerpt";
import { formatDateTime, formatRelative, parseDate } from "../../lib/time";
import { internalPath } from "./feed";

// Pieces the bell's dropdown and the /notifications page share.

export const KIND_ICONS: Record<NotificationKind, IconName> = {
  deposits: "moneyIn",
  withdrawals: "moneyOut",
  transfers: "transfer",
  security: "shield",
  support: "headset",
  maintenance: "pulse",
};

export function When({ iso, now }: { iso: string; now: number }) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const date = parseDate(iso);
  if (!date) return null;
  return (
    <time dateTime={iso} title={formatDateTime(date, lang)}>
      {formatRelative(date, now, lang, t("time.justNow"))}
    </time>
  );
}

/** The path a notification leads to inside the app, or null. */
export function notificationPath(notification: AppNotification): string | null {
  return internalPath(notification.link, window.location.origin);
}

/**
 * One notification: kind icon, title, body, time, and a dot while unread. Choosing it marks it
 * read and follows its link (when it has one of ours); without a link it is a button. With
 * `bodyWidth` (the bell) the body is an excerpt of about that many columns, whole on hover.
 */
export function NotificationEntry({
  notification,
  now,
  onChoose,
  className,
  bodyWidth,
}: {
  notification: AppNotification;
  now: number;
  onChoose: (notification: AppNotification) => void;
  className: string;
  bodyWidth?: number;
}) {
  const { t } = useTranslation();
  const unread = !notification.readAt;
  const path = notificationPath(notification);
  const body = bodyWidth ? excerpt(notification.body, bodyWidth) : notification.body;
  const content = (
    <>
      <span className={`notice__icon notice__icon--${notification.kind}`}>
        <Icon name={KIND_ICONS[notification.kind]} size={18} />
      </span>
      <span className="notice__text">
        <span className="notice__title">{notification.title}</span>
        {body && (
          <span className="notice__body" title={body !== notification.body ? notification.body : undefined}>
            {body}
          </span>
        )}
        <span className="notice__meta">
          <span>{t(`notifications.kinds.${notification.kind}.label`)}</span>
          <When iso={notification.createdAt} now={now} />
        </span>
      </span>
      {unread && (
        <span className="notice__dot" data-testid="notification-unread">
          <span className="visually-hidden">{t("notifications.unread")}</span>
        </span>
      )}
    </>
  );
  const classes = `${className} notice${unread ? " notice--unread" : ""}`;
  return path ? (
    <Link to={path} className={classes} onClick={() => onChoose(notification)} data-testid="notification">
      {content}
    </Link>
  ) : (
    <button
      type="button"
      className={classes}
      onClick={() => onChoose(notification)}
      data-testid="notification"
    >
      {content}
    </button>
  );
}

/** Maintenance under way or coming, as an announcement leading to the status page. */
export function MaintenanceEntry({
  notice,
  now,
  className,
}: {
  notice: Maintenance;
  now: number;
  className: string;
}) {
  const { t } = useTranslation();
  const lang = currentLanguage();
  const start = parseDate(notice.scheduledFor);
  const end = parseDate(notice.scheduledUntil);
  const short: Intl.DateTimeFormatOptions = { dateStyle: "medium", timeStyle: "short" };
  const until = end ? formatDateTime(end, lang, short) : "";
  const meta =
    notice.status === "in_progress" || (start && start.getTime() <= now)
      ? t("notifications.maintenance.underWay", { until })
      : t("notifications.maintenance.upcoming", {
          when: start ? formatRelative(start, now, lang, t("time.justNow")) : "",
          start: start ? formatDateTime(start, lang, short) : "",
          until,
        });
  return (
    <Link
      to="/status"
      className={`${className} notice notice--announcement`}
      data-testid="maintenance-notice"
    >
      <span className="notice__icon notice__icon--maintenance">
        <Icon name="clock" size={18} />
      </span>
      <span className="notice__text">
        <span className="notice__title">{notice.name}</span>
        <span className="notice__body">{meta}</span>
        <span className="notice__meta">
          <span>{t("notifications.maintenance.title")}</span>
          <span>{t("notifications.maintenance.seeStatus")}</span>
        </span>
      </span>
    </Link>
  );
}

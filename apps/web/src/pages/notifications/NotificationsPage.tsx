import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { Link, useSearchParams } from "react-router";
import { type AppNotification, listNotifications } from "../../api/notifications";
import { EmptyState } from "../../components/EmptyState";
import { Alert } from "../../components/Form";
import { PageHeader } from "../../components/PageHeader";
import { ProblemAlert } from "../../components/ProblemAlert";
import { errorMessage } from "../../lib/errors";
import { useDocumentTitle, useNow } from "../../lib/hooks";
import { NotificationEntry } from "./bits";
import { notificationKeys, useLatestNotifications, useMarkRead } from "./queries";
import "./notifications.css";

const PAGE = 20;
const FILTERS = ["all", "unread"] as const;
type Filter = (typeof FILTERS)[number];

/** /notifications: every notification, newest first, page by page; all or only the unread. */
export function NotificationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t("notifications.title"));
  const [params, setParams] = useSearchParams();
  const filter: Filter = params.get("filter") === "unread" ? "unread" : "all";
  const now = useNow(60_000);
  const query = useInfiniteQuery({
    queryKey: notificationKeys.list(filter),
    queryFn: ({ pageParam, signal }) =>
      listNotifications({ cursor: pageParam, limit: PAGE, unreadOnly: filter === "unread", signal }),
    initialPageParam: null as string | null,
    getNextPageParam: (last) => last.nextCursor,
  });
  // The unread count is the bell's (kept live by the stream).
  const latest = useLatestNotifications(true);
  const unread = latest.data?.unread ?? query.data?.pages[0]?.unread ?? 0;
  const markRead = useMarkRead();
  const items = query.data?.pages.flatMap((p) => p.data) ?? [];
  const show = (value: Filter) => setParams(value === "all" ? {} : { filter: value }, { replace: true });
  const choose = (notification: AppNotification) => {
    if (!notification.readAt) markRead.mutate({ ids: [notification.id] });
  };

  return (
    <div className="container page notifications-page" data-testid="notifications-page">
      <PageHeader icon="bell" title={t("notifications.title")} description={t("notifications.page.lead")}>
        <div className="quick-actions">
          <button
            type="button"
            className="button"
            onClick={() => markRead.mutate({ all: true })}
            disabled={unread === 0 || markRead.isPending}
            data-testid="notifications-mark-all"
          >
            {t("notifications.markAllRead")}
          </button>
          <Link to="/settings/notifications" className="button">
            {t("notifications.settings.title")}
          </Link>
        </div>
      </PageHeader>
      <div className="tabs" role="tablist" aria-label={t("notifications.page.filterLabel")}>
        {FILTERS.map((value) => (
          <button
            key={value}
            type="button"
            role="tab"
            id={`notifications-tab-${value}`}
            aria-selected={filter === value}
            aria-controls="notifications-panel"
            tabIndex={filter === value ? 0 : -1}
            onClick={() => show(value)}
            onKeyDown={(event) => {
              if (event.key !== "ArrowRight" && event.key !== "ArrowLeft") return;
              const other = value === "all" ? "unread" : "all";
              show(other);
              document.getElementById(`notifications-tab-${other}`)?.focus();
            }}
            data-testid={`notifications-tab-${value}`}
          >
            {value === "unread"
              ? t("notifications.page.unreadTab", { count: unread })
              : t("notifications.page.allTab")}
          </button>
        ))}
      </div>
      <div id="notifications-panel" role="tabpanel" aria-labelledby={`notifications-tab-${filter}`}>
        <ProblemAlert error={markRead.error} />
        {query.isPending && <p className="muted">{t("common.loading")}</p>}
        {query.isError && (
          <Alert tone="danger" title={t("notifications.page.error")}>
            {errorMessage(query.error, t)}
          </Alert>
        )}
        {query.isSuccess && items.length === 0 && (
          <EmptyState
            icon="bell"
            title={
              filter === "unread" ? t("notifications.empty.unreadTitle") : t("notifications.empty.allTitle")
            }
          >
            <p className="muted">{t("notifications.empty.body")}</p>
          </EmptyState>
        )}
        {items.length > 0 && (
          <ul className="card notification-list" data-testid="notification-list">
            {items.map((notification) => (
              <li
                key={notification.id}
                className={`notification-list__row${notification.readAt ? "" : " notification-list__row--unread"}`}
              >
                <NotificationEntry
                  notification={notification}
                  now={now}
                  onChoose={choose}
                  className="notification-list__entry"
                />
                {!notification.readAt && (
                  <button
                    type="button"
                    className="link-button notification-list__read"
                    onClick={() => markRead.mutate({ ids: [notification.id] })}
                    data-testid="notification-mark-read"
                  >
                    {t("notifications.markRead")}
                    <span className="visually-hidden">: {notification.title}</span>
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
        {query.hasNextPage && (
          <div className="button-row">
            <button
              type="button"
              className="button"
              onClick={() => void query.fetchNextPage()}
              disabled={query.isFetchingNextPage}
              data-testid="notifications-more"
            >
              {query.isFetchingNextPage ? t("common.loading") : t("notifications.page.more")}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}

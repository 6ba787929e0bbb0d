import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback, useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  fetchUnreadCount,
  NOTIFICATION_STREAM_URL,
  type NotificationPage,
  parseStreamEvent,
  STREAM_EVENT_TYPES,
  type StreamEvent,
} from "../../api/notifications";
import { currentLanguage } from "../../i18n";
import { applyStreamEvent, POLL_MS, reconnectDelayMs, STREAM_ERRORS_BEFORE_POLLING } from "./feed";
import { notificationKeys } from "./queries";

/**
 * Keeps the bell live while someone is signed in: the event stream updates the latest
 * notifications and the unread count, and refreshes the full list. EventSource reconnects by
 * itself after a dropped connection; one the server refused (closed for good) is opened again
 * after a growing delay. After a few errors in a row the unread count is polled every minute
 * until the stream opens again. Answers whether the bell is polling.
 */
export function useNotificationStream(enabled: boolean): { polling: boolean } {
  const queryClient = useQueryClient();
  const [polling, setPolling] = useState(false);
  useTranslation(); // a new interface language opens the stream again, in that language
  const lang = currentLanguage();

  const onEvent = useCallback(
    (event: StreamEvent) => {
      const now = new Date().toISOString();
      const cached = queryClient.getQueryData<NotificationPage>(notificationKeys.latest);
      if (cached) {
        queryClient.setQueryData<NotificationPage>(
          notificationKeys.latest,
          applyStreamEvent(cached, event, now),
        );
      } else {
        void queryClient.invalidateQueries({ queryKey: notificationKeys.latest });
      }
      // The full list (when open) asks again: its pages and filters are not the bell's to patch.
      void queryClient.invalidateQueries({ queryKey: notificationKeys.lists });
      // Read elsewhere, not all: which ones is not said, so the bell's items are fetched again.
      if (event.type === "unread" && event.unread > 0) {
        void queryClient.invalidateQueries({ queryKey: notificationKeys.latest });
      }
    },
    [queryClient],
  );

  useEffect(() => {
    if (!enabled || typeof EventSource === "undefined") {
      setPolling(enabled);
      return;
    }
    let source: EventSource | null = null;
    let retry: number | undefined;
    let stopped = false;
    let errorsInARow = 0;
    let openedBefore = false;
    const open = () => {
      // EventSource cannot send Accept-Language: the interface language goes in the address.
      source = new EventSource(`${NOTIFICATION_STREAM_URL}?lang=${encodeURIComponent(lang)}`, {
        withCredentials: true,
      });
      source.onopen = () => {
        errorsInARow = 0;
        setPolling(false);
        // Whatever arrived while the stream was down (nothing is replayed on reconnection).
        if (openedBefore) {
          void queryClient.invalidateQueries({ queryKey: notificationKeys.latest });
          void queryClient.invalidateQueries({ queryKey: notificationKeys.lists });
        }
        openedBefore = true;
      };
      source.onerror = () => {
        errorsInARow += 1;
        if (errorsInARow >= STREAM_ERRORS_BEFORE_POLLING) setPolling(true);
        if (source?.readyState === EventSource.CLOSED && !stopped) {
          retry = window.setTimeout(open, reconnectDelayMs(errorsInARow));
        }
      };
      for (const type of STREAM_EVENT_TYPES) {
        source.addEventListener(type, (message) => {
          const event = parseStreamEvent(type, (message as MessageEvent<string>).data);
          if (event) onEvent(event);
        });
      }
    };
    open();
    return () => {
      stopped = true;
      window.clearTimeout(retry);
      source?.close();
    };
  }, [enabled, lang, onEvent, queryClient]);

  // The fallback: the unread count every minute; a change brings the latest notifications again.
  const poll = useQuery({
    queryKey: notificationKeys.unreadCount,
    queryFn: ({ signal }) => fetchUnreadCount(signal),
    enabled: enabled && polling,
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
  useEffect(() => {
    if (poll.data === undefined) return;
    const cached = queryClient.getQueryData<NotificationPage>(notificationKeys.latest);
    if (cached && cached.unread !== poll.data) {
      queryClient.setQueryData<NotificationPage>(notificationKeys.latest, { ...cached, unread: poll.data });
      void queryClient.invalidateQueries({ queryKey: notificationKeys.latest });
    }
  }, [poll.data, queryClient]);

  return { polling };
}

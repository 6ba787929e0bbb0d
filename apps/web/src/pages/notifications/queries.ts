import { type InfiniteData, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import {
  fetchPreferences,
  listNotifications,
  markRead,
  type NotificationPage,
} from "../../api/notifications";
import { BELL_LIMIT, markReadInPage } from "./feed";

/**
 * Query keys. The signed-in customer's notifications and preferences live under "account" (dropped
 * when who is signed in changes).
 */
export const notificationKeys = {
  all: ["account", "notifications"] as const,
  latest: ["account", "notifications", "latest"] as const,
  lists: ["account", "notifications", "list"] as const,
  list: (filter: "all" | "unread") => ["account", "notifications", "list", filter] as const,
  unreadCount: ["account", "notifications", "unread-count"] as const,
  preferences: ["account", "notifications", "preferences"] as const,
};

/** The bell's latest notifications and the unread count (kept current by the stream). */
export function useLatestNotifications(enabled: boolean) {
  return useQuery({
    queryKey: notificationKeys.latest,
    queryFn: ({ signal }) => listNotifications({ limit: BELL_LIMIT, signal }),
    enabled,
    staleTime: 30_000,
  });
}

export function usePreferences(enabled = true) {
  return useQuery({
    queryKey: notificationKeys.preferences,
    queryFn: ({ signal }) => fetchPreferences(signal),
    enabled,
    staleTime: 5 * 60_000,
  });
}

type Target = { ids: string[] } | { all: true };

/**
 * Marks notifications read, at once on screen (the bell and every list), then as the server
 * says: its unread count wins. On failure the lists are fetched again.
 */
export function useMarkRead() {
  const queryClient = useQueryClient();
  const setUnread = (unread: number) =>
    queryClient.setQueryData<NotificationPage>(notificationKeys.latest, (feed) =>
      feed ? { ...feed, unread } : feed,
    );
  return useMutation({
    mutationFn: (target: Target) => markRead(target),
    onMutate: async (target) => {
      await queryClient.cancelQueries({ queryKey: notificationKeys.all });
      const now = new Date().toISOString();
      queryClient.setQueryData<NotificationPage>(notificationKeys.latest, (feed) =>
        feed ? markReadInPage(feed, target, now) : feed,
      );
      queryClient.setQueriesData<InfiniteData<NotificationPage>>(
        { queryKey: notificationKeys.lists },
        (data) =>
          data ? { ...data, pages: data.pages.map((page) => markReadInPage(page, target, now)) } : data,
      );
    },
    onSuccess: (unread) => setUnread(unread),
    onError: () => void queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}

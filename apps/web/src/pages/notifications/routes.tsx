import { lazy } from "react";
import type { RouteObject } from "react-router";

// The pages are loaded on first use (Layout shows "Loading…" meanwhile), like the other areas.
const NotificationsPage = lazy(() =>
  import("./NotificationsPage").then((m) => ({ default: m.NotificationsPage })),
);
const NotificationSettingsPage = lazy(() =>
  import("./NotificationSettingsPage").then((m) => ({ default: m.NotificationSettingsPage })),
);

/** Signed in: the notification list and the preferences per kind and channel. */
export const notificationRoutes: RouteObject[] = [
  { path: "notifications", element: <NotificationsPage /> },
  { path: "settings/notifications", element: <NotificationSettingsPage /> },
];

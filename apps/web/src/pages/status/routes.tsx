import { lazy } from "react";
import type { RouteObject } from "react-router";
import { IncidentPage } from "./IncidentPage";
import { StatusPage } from "./StatusPage";

// The targets of the subscription emails are opened rarely: loaded on first use.
const ConfirmSubscriptionPage = lazy(() =>
  import("./ConfirmSubscriptionPage").then((m) => ({ default: m.ConfirmSubscriptionPage })),
);
const UnsubscribePage = lazy(() => import("./UnsubscribePage").then((m) => ({ default: m.UnsubscribePage })));

/**
 * Public, no login: the status page and an incident's timeline (loaded with the app, not lazily:
 * they must open when the rest of the app struggles), and the targets of the subscription emails.
 */
export const publicStatusRoutes: RouteObject[] = [
  { path: "status", element: <StatusPage /> },
  { path: "status/incidents/:id", element: <IncidentPage /> },
  { path: "status/subscriptions/confirm", element: <ConfirmSubscriptionPage /> },
  { path: "status/unsubscribe", element: <UnsubscribePage /> },
];

import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireRole } from "../../auth/RequireRole";

// Opened by staff only, so each page is loaded on first use (Layout shows "Loading…").
const StatusAdminPage = lazy(() =>
  import("./status/StatusAdminPage").then((m) => ({ default: m.StatusAdminPage })),
);
const TemplatesPage = lazy(() =>
  import("./templates/TemplatesPage").then((m) => ({ default: m.TemplatesPage })),
);
const OutboxPage = lazy(() => import("./outbox/OutboxPage").then((m) => ({ default: m.OutboxPage })));

/**
 * Staff: components, incidents and maintenance; message templates; the outbox's dead letters.
 * Mounted inside RequireAuth; each page asks for the level the server's guards ask for (see
 * staffStatusPages.ts), and the server checks every call anyway.
 */
export const staffStatusRoutes: RouteObject[] = [
  {
    element: <RequireRole allow="supervisor" />,
    children: [{ path: "admin/status", element: <StatusAdminPage /> }],
  },
  {
    element: <RequireRole allow="agent" />,
    children: [{ path: "admin/templates", element: <TemplatesPage /> }],
  },
  {
    element: <RequireRole allow="admin" />,
    children: [{ path: "admin/outbox", element: <OutboxPage /> }],
  },
];

import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireRole } from "../../auth/RequireRole";
import { Redirect } from "../../components/Redirect";

// Opened by staff only, so each page is loaded on first use (Layout shows "Loading…").
const MacrosPage = lazy(() => import("./macros/MacrosPage").then((m) => ({ default: m.MacrosPage })));
const SlaPage = lazy(() => import("./sla/SlaPage").then((m) => ({ default: m.SlaPage })));
const StaffPage = lazy(() => import("./staff/StaffPage").then((m) => ({ default: m.StaffPage })));
const ChannelsPage = lazy(() => import("./channels/ChannelsPage").then((m) => ({ default: m.ChannelsPage })));
const ReportsPage = lazy(() => import("./reports/ReportsPage").then((m) => ({ default: m.ReportsPage })));

/**
 * Support desk settings and reports under /admin/support, mounted inside RequireAuth. Each page
 * asks for the level the server's guards ask for (see deskAdminPages.ts); the server checks
 * every call anyway.
 */
export const deskAdminRoutes: RouteObject[] = [
  {
    path: "admin/support",
    children: [
      { index: true, element: <Redirect to={() => "/admin/support/macros"} /> },
      {
        element: <RequireRole allow="support" />,
        children: [{ path: "macros", element: <MacrosPage /> }],
      },
      {
        element: <RequireRole allow="supervisor" />,
        children: [
          { path: "sla", element: <SlaPage /> },
          { path: "reports", element: <ReportsPage /> },
        ],
      },
      {
        element: <RequireRole allow="admin" />,
        children: [
          { path: "staff", element: <StaffPage /> },
          { path: "channels", element: <ChannelsPage /> },
        ],
      },
    ],
  },
];

import type { RouteObject } from "react-router";

// PLACEHOLDER (owner: web desk-admin helper).
/** Support desk settings and reports (macros, SLA and calendar, staff, reports), mounted inside RequireAuth. */
export const deskAdminRoutes: RouteObject[] = [];

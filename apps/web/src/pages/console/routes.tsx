import type { RouteObject } from "react-router";

// PLACEHOLDER (owner: web console helper).
/** The agent console under /agent, mounted inside RequireAuth. */
export const consoleRoutes: RouteObject[] = [];

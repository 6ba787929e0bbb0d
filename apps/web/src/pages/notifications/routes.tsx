import type { RouteObject } from "react-router";

/** Signed in: the notification list and the preferences per kind and channel. */
export const notificationRoutes: RouteObject[] = [];

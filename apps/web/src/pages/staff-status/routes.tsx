import type { RouteObject } from "react-router";

/** Staff: components, incidents and maintenance; message templates; the outbox's dead letters. */
export const staffStatusRoutes: RouteObject[] = [];

import type { RouteObject } from "react-router";
import { StatusPage } from "../StatusPage";

/**
 * Public, no login: the status page (loaded with the app, not lazily: it must open when the
 * rest of the app struggles), an incident's timeline, and the targets of the subscription emails.
 */
export const publicStatusRoutes: RouteObject[] = [{ path: "status", element: <StatusPage /> }];

import type { SatchelApp } from "../../../app.js";
import type { StatusModule } from "../index.js";
import { statusIncidentRoutes } from "./admin-incident-routes.js";
import { statusAdminRoutes } from "./admin-routes.js";
import { statusFeedRoutes } from "./feed-routes.js";
import { statusPublicRoutes } from "./public-routes.js";
import { statusSubscriptionRoutes } from "./subscription-routes.js";

/** The status module's routes: the public summary and feed, subscriptions, the staff API. */
export async function registerStatus(app: SatchelApp, status: StatusModule): Promise<void> {
  await app.register(statusPublicRoutes, { deps: status.deps, snapshot: status.snapshot });
  await app.register(statusFeedRoutes, { deps: status.deps, snapshot: status.snapshot });
  await app.register(statusAdminRoutes, { deps: status.deps });
  await app.register(statusSubscriptionRoutes, { deps: status.deps });
  await app.register(statusIncidentRoutes, { deps: status.deps });
}

import type { SatchelApp } from "../../../app.js";
import type { StatusModule } from "../index.js";
import { statusAdminRoutes } from "./admin-routes.js";

/** The status module's routes: the public summary and feed, subscriptions, the staff API. */
export async function registerStatus(app: SatchelApp, status: StatusModule): Promise<void> {
  await app.register(statusAdminRoutes, { deps: status.deps });
}

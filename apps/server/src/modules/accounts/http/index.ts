import type { FastifyInstance } from "fastify";
import type { AccountsDeps } from "../deps.js";
import { adminRoutes } from "./admin-routes.js";
import { authPlugin } from "./auth-plugin.js";
import { authRoutes } from "./auth-routes.js";
import { meRoutes } from "./me-routes.js";
import { staffAdminRoutes } from "./staff-admin-routes.js";
import { staffRoutes } from "./staff-routes.js";

/** Registers authentication (for every module) and the accounts routes. */
export async function registerAccounts(app: FastifyInstance, deps: AccountsDeps): Promise<void> {
  await app.register(authPlugin, { deps });
  await app.register(authRoutes, { deps });
  await app.register(meRoutes, { deps });
  await app.register(staffRoutes, { deps });
  await app.register(adminRoutes, { deps });
  await app.register(staffAdminRoutes, { deps });
}

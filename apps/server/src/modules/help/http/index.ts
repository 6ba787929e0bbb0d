import type { SatchelApp } from "../../../app.js";
import type { HelpModule } from "../index.js";
import { adminHelpAnalyticsRoutes } from "./admin-analytics-routes.js";
import { adminHelpContentRoutes } from "./admin-content-routes.js";
import { adminHelpTaxonomyRoutes } from "./admin-taxonomy-routes.js";
import { insightsHelpRoutes } from "./insights-routes.js";
import { publicHelpRoutes } from "./public-routes.js";

/**
 * The help center's routes: reading and searching (public), feedback, clicks, deflection and
 * contact (public, tied to the caller when signed in), and the staff editor, taxonomy,
 * synonyms and analytics.
 */
export async function registerHelp(app: SatchelApp, help: HelpModule): Promise<void> {
  await app.register(publicHelpRoutes, { help });
  await app.register(insightsHelpRoutes, { help });
  await app.register(adminHelpContentRoutes, { help });
  await app.register(adminHelpTaxonomyRoutes, { help });
  await app.register(adminHelpAnalyticsRoutes, { help });
}

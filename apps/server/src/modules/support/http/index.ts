import type { SatchelApp } from "../../../app.js";
import type { SupportModule } from "../index.js";
import { agentTicketRoutes } from "./agent-routes.js";
import { customerTicketRoutes } from "./customer-routes.js";
import { guestTicketRoutes } from "./guest-routes.js";
import { liveRoutes } from "./live-routes.js";
import { macroRoutes } from "./macro-routes.js";
import { panelRoutes } from "./panel-routes.js";
import { reportRoutes } from "./report-routes.js";
import { settingsRoutes } from "./settings-routes.js";

/**
 * The support desk's routes: customers' tickets (signed in or verified guests), the agent
 * console (queues, tickets, replies, live events, macros, saved views, the customer panel),
 * SLA and calendar settings, reports.
 */
export async function registerSupport(app: SatchelApp, support: SupportModule): Promise<void> {
  const { deps } = support;
  await app.register(customerTicketRoutes, { deps });
  await app.register(guestTicketRoutes, { deps });
  await app.register(agentTicketRoutes, { deps });
  await app.register(liveRoutes, { deps });
  await app.register(macroRoutes, { deps });
  await app.register(settingsRoutes, { deps });
  await app.register(panelRoutes, { deps });
  await app.register(reportRoutes, { deps });
}

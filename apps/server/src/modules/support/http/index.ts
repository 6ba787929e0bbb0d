import type { SatchelApp } from "../../../app.js";
import type { SupportModule } from "../index.js";
import { agentTicketRoutes } from "./agent-routes.js";
import { channelsAdminRoutes } from "./channels-admin-routes.js";
import { chatRoutes } from "./chat-routes.js";
import { contactRoutes } from "./contact-routes.js";
import { customerTicketRoutes } from "./customer-routes.js";
import { emailInboundRoutes } from "./email-inbound-routes.js";
import { guestTicketRoutes } from "./guest-routes.js";
import { liveRoutes } from "./live-routes.js";
import { macroRoutes } from "./macro-routes.js";
import { panelRoutes } from "./panel-routes.js";
import { phoneRoutes } from "./phone-routes.js";
import { reportRoutes } from "./report-routes.js";
import { settingsRoutes } from "./settings-routes.js";
import { socialRoutes } from "./social-routes.js";

/**
 * The support desk's routes: customers' tickets (signed in or verified guests), the agent
 * console (queues, tickets, replies, live events, macros, saved views, the customer panel),
 * SLA and calendar settings, reports; the channels (email, chat, phone, Messenger, X).
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
  // Channels: every way a customer writes lands in the same ticket threads.
  await app.register(emailInboundRoutes, { deps });
  await app.register(socialRoutes, { deps });
  await app.register(chatRoutes, { deps });
  await app.register(phoneRoutes, { deps });
  await app.register(channelsAdminRoutes, { deps });
  await app.register(contactRoutes, { deps });
}

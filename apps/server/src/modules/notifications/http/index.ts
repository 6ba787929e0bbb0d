import type { SatchelApp } from "../../../app.js";
import type { NotificationsModule } from "../index.js";
import { notificationRoutes } from "./notification-routes.js";
import { outboxRoutes } from "./outbox-routes.js";
import { preferenceRoutes } from "./preference-routes.js";
import { templateRoutes } from "./template-routes.js";

/** The notification center's routes: the customer's notifications and preferences, staff previews and dead letters. */
export async function registerNotifications(
  app: SatchelApp,
  notifications: NotificationsModule,
): Promise<void> {
  const { deps } = notifications;
  await app.register(notificationRoutes, { deps });
  await app.register(preferenceRoutes, { deps });
  // The live side stops hearing other nodes when the server closes (after the streams ended).
  app.addHook("onClose", async () => {
    await notifications.close();
  });
  await app.register(outboxRoutes, { platform: app.platform, audit: app.services.audit });
  await app.register(templateRoutes, { config: app.platform.config });
}

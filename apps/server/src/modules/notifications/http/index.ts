import type { SatchelApp } from "../../../app.js";
import type { NotificationsModule } from "../index.js";

/** The notification center's routes: the customer's notifications and preferences, staff previews and dead letters. */
export async function registerNotifications(
  _app: SatchelApp,
  _notifications: NotificationsModule,
): Promise<void> {}

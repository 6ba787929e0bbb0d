import { type AuditService, createAuditService } from "./modules/audit/index.js";
import { createMessagingService, type MessagingService } from "./modules/messaging/index.js";
import { createUsersService, type UsersService } from "./modules/users/index.js";
import type { Platform } from "./platform/platform.js";

/**
 * Every module's service, wired once. The HTTP app, the CLI and the seeders all use the
 * same set, so a command-line action follows the same rules as an API call.
 */
export interface Services {
  audit: AuditService;
  messaging: MessagingService;
  users: UsersService;
}

export function createServices(platform: Platform): Services {
  const audit = createAuditService(platform);
  const messaging = createMessagingService(platform);
  const users = createUsersService(platform, audit);
  return { audit, messaging, users };
}

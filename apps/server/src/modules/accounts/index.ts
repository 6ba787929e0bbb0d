import type { Platform } from "../../platform/platform.js";
import type { AuditService } from "../audit/index.js";
import type { MessagingService } from "../messaging/index.js";
import type { NotificationsModule } from "../notifications/index.js";
import { seedOfficialChannels } from "./channels.js";
import { type AccountsDeps, createAccountsDeps, notificationRecipientOf } from "./deps.js";
import { createUsersService, type UsersService } from "./users.js";
import { findUserById } from "./users-repository.js";

export type { RequestContext } from "./context.js";
export { requestContext } from "./context.js";
export { authOf, claimsSession, identifyCaller } from "./http/auth-plugin.js";
/** How long withdrawals pause after a password reset (the help center quotes it). */
export { WITHDRAWAL_HOLD_AFTER_RESET_MS } from "./password-reset.js";
export {
  accountHolder,
  accountHolders,
  countRecipientMiss,
  customerForStaff,
  findPayee,
  findPayeeAndPayer,
  maskName,
  type Payee,
  payeesByIds,
  type SenderStatus,
  senderStatuses,
} from "./payees.js";
export type { Session } from "./sessions.js";
/** Database fixed-window counters (the help center caps acknowledgements per address with them). */
export { hitThrottle } from "./throttle.js";
export { type NewUser, USER_ROLES, type User, type UsersService } from "./users.js";

/**
 * The accounts module: registration, sign-in, sessions, lockout, password reset, two-factor
 * authentication and the security center. Its routes live in ./routes; other modules use
 * `users` (look-ups) and `authenticate` (through the auth plugin).
 */
export interface AccountsModule {
  deps: AccountsDeps;
  users: UsersService;
  seedOfficialChannels(): Promise<void>;
}

export function createAccountsModule(
  platform: Platform,
  audit: AuditService,
  messaging: MessagingService,
  gate: AccountsDeps["gate"],
  notifications: NotificationsModule,
): AccountsModule {
  const deps = createAccountsDeps(platform, audit, messaging, gate, notifications);
  // The notification center addresses accounts it cannot read: users are this module's.
  notifications.useRecipients(async (executor, userId) => {
    const user = await findUserById(executor, userId);
    return user && notificationRecipientOf(user);
  });
  return {
    deps,
    users: createUsersService(deps),
    seedOfficialChannels: () => seedOfficialChannels(platform),
  };
}

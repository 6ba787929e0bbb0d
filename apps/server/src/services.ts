import { createCustomerDirectory } from "./modules/accounts/customers.js";
import { type AccountsModule, createAccountsModule, type UsersService } from "./modules/accounts/index.js";
import { type AuditService, createAuditService } from "./modules/audit/index.js";
import { createHelpModule, type HelpModule } from "./modules/help/index.js";
import { createKycModule, type KycModule } from "./modules/kyc/index.js";
import { Ledger } from "./modules/ledger/index.js";
import { createMessagingService, type MessagingService } from "./modules/messaging/index.js";
import { createNotificationsModule, type NotificationsModule } from "./modules/notifications/index.js";
import { createPaymentsModule, type PaymentsModule } from "./modules/payments/index.js";
import { createStatusModule, type StatusGate, type StatusModule } from "./modules/status/index.js";
import { createMethodWindows } from "./modules/status/method-windows.js";
import { subscribeAccount } from "./modules/status/subscriptions.js";
import { channelRow } from "./modules/support/channels/settings.js";
import { SOCIAL_CHANNELS, type SocialChannel } from "./modules/support/channels/social/access.js";
import { queueAnnouncement } from "./modules/support/channels/social/announcements.js";
import { createSupportModule, type SupportModule } from "./modules/support/index.js";
import { createWalletsModule, type WalletsModule } from "./modules/wallets/index.js";
import type { Platform } from "./platform/platform.js";

/**
 * Every module's service, wired once. The HTTP app, the CLI and the seeders all use the
 * same set, so a command-line action follows the same rules as an API call.
 */
export interface Services {
  accounts: AccountsModule;
  audit: AuditService;
  ledger: Ledger;
  messaging: MessagingService;
  users: UsersService;
  wallets: WalletsModule;
  payments: PaymentsModule;
  kyc: KycModule;
  help: HelpModule;
  support: SupportModule;
  notifications: NotificationsModule;
  status: StatusModule;
}

export function createServices(platform: Platform): Services {
  const audit = createAuditService(platform);
  const messaging = createMessagingService(platform);
  const notifications = createNotificationsModule({ platform, audit, messaging });
  // Customers' sign-in passes the status gate, but accounts comes before the status module
  // (which needs the customer directory): the gate is looked up when a sign-in asks.
  const loginGate: Pick<StatusGate, "assertAvailable"> = {
    assertAvailable: (component, options) => status.gate.assertAvailable(component, options),
  };
  const accounts = createAccountsModule(platform, audit, messaging, loginGate, notifications);
  const ledger = new Ledger(platform);
  const customers = createCustomerDirectory(accounts.deps);
  const status = createStatusModule({ platform, audit, messaging, customers });
  const wallets = createWalletsModule(platform, ledger, audit, status.gate, customers);
  const payments = createPaymentsModule({
    platform,
    ledger,
    wallets,
    audit,
    customers,
    gate: status.gate,
    signals: status.signals,
    methodWindows: createMethodWindows(status.deps),
  });
  const kyc = createKycModule({ platform, audit, customers });
  const help = createHelpModule({ platform, audit, messaging, customers, policies: payments.policies });
  const support = createSupportModule({
    platform,
    audit,
    messaging,
    customers,
    accounts,
    wallets,
    payments,
    kyc,
    help,
    gate: status.gate,
  });
  // Maintenance announcements go out on the support desk's social accounts that are turned on
  // (read in the announcing transaction); with none on, nothing is posted and the maintenance goes on.
  // "Maintenance by email" in the notification center makes the account's address a status subscriber.
  notifications.setMaintenanceSubscriber((executor, account, subscribed) =>
    subscribeAccount(status.deps, executor, account, subscribed),
  );
  status.setAnnouncer(async (executor, body, createdBy) => {
    const channels: SocialChannel[] = [];
    for (const channel of SOCIAL_CHANNELS)
      if ((await channelRow(executor, channel))?.enabled ?? true) channels.push(channel);
    if (channels.length > 0) await queueAnnouncement(support.deps, executor, { channels, body, createdBy });
  });
  return {
    accounts,
    audit,
    ledger,
    messaging,
    users: accounts.users,
    wallets,
    payments,
    kyc,
    help,
    support,
    notifications,
    status,
  };
}

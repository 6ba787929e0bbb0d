import type { Platform } from "../../platform/platform.js";
import type { DocumentStore } from "../../platform/storage/document-store.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AccountsModule } from "../accounts/index.js";
import type { AuditService } from "../audit/index.js";
import type { HelpModule } from "../help/index.js";
import type { KycModule } from "../kyc/index.js";
import type { MessagingService } from "../messaging/index.js";
import type { PaymentsModule } from "../payments/index.js";
import type { StatusGate } from "../status/index.js";
import type { WalletsModule } from "../wallets/index.js";
import type { SupportAssignment } from "./assignment/index.js";
import type { SupportChannels } from "./channels/index.js";
import type { SupportLive } from "./live/index.js";
import type { SupportSla } from "./sla/index.js";

/**
 * What the support desk's parts share; built once in index.ts. The desk reads other modules
 * only through what they export (the customer directory, the accounts module's support
 * actions, wallets' and payments' read views), never their tables.
 */
export interface SupportDeps {
  platform: Platform;
  audit: AuditService;
  messaging: MessagingService;
  /** Names, emails, languages, verification levels; emails in the customer's language with their anti-phishing code. */
  customers: CustomerDirectory;
  /** Lock state, sessions and the support actions (unlock, 2FA reset, freeze) that already exist there. */
  accounts: AccountsModule;
  wallets: WalletsModule;
  payments: PaymentsModule;
  kyc: KycModule;
  /** Deflections (a ticket sent after suggestions counts as "contacted") and article links in macros. */
  help: HelpModule;
  /** Where screenshots live (the same store as KYC documents and help images). */
  store: DocumentStore;
  /** First-response and resolution targets on the business calendar; pauses while pending. */
  sla: SupportSla;
  /** Round-robin among online agents of the ticket's group; agent presence. */
  assignment: SupportAssignment;
  /** Live updates to the console (new tickets, replies, who is viewing or typing), across nodes. */
  live: SupportLive;
  /** Email, chat, phone, Messenger and X: secrets, health and the senders of agents' replies. */
  channels: SupportChannels;
  /**
   * The status page's gate: no new live chat while `live_chat` is under maintenance or in major
   * outage; the widget's availability says so beforehand.
   */
  gate: Pick<StatusGate, "assertAvailable" | "availability">;
}

import type { Platform } from "../../platform/platform.js";
import { createDocumentStore, type DocumentStore } from "../../platform/storage/document-store.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AccountsModule } from "../accounts/index.js";
import type { AuditService } from "../audit/index.js";
import type { HelpModule } from "../help/index.js";
import type { KycModule } from "../kyc/index.js";
import type { MessagingService } from "../messaging/index.js";
import type { Chore, PaymentsModule } from "../payments/index.js";
import type { WalletsModule } from "../wallets/index.js";
import { createSupportAssignment } from "./assignment/create.js";
import { releaseUnattendedChats } from "./channels/chat/unattended.js";
import { createSupportChannels } from "./channels/index.js";
import { registerChannelSenders, startChannels, stopChannels } from "./channels/runtime.js";
import type { SupportDeps } from "./deps.js";
import { createSupportFacts } from "./facts.js";
import { createSupportLive } from "./live/create.js";
import { seedSupport } from "./seed.js";
import { createSupportSla } from "./sla/create.js";
import { ticketChores } from "./tickets/chores.js";

/**
 * The support desk: tickets opened by customers (signed in, or guests verified by a link)
 * with their account and transactions attached; the agent console with queues, the
 * customer's whole picture and the actions that fix things; SLAs on a business calendar;
 * macros; satisfaction surveys; live updates; supervisor reports.
 */
export interface SupportModule {
  deps: SupportDeps;
  /** Groups, SLA policies, calendar and starter macros that are not in the database yet. */
  seed(): Promise<void>;
  /** Starts listening for live events from other nodes, and the channels' listeners (inbound SMTP). */
  warm(): Promise<void>;
  /** Background work for the housekeeping loop (SLA warnings, closing solved tickets, expired guest links, chats nobody came to). */
  chores(): Chore[];
  close(): Promise<void>;
}

export function createSupportModule(input: {
  platform: Platform;
  audit: AuditService;
  messaging: MessagingService;
  customers: CustomerDirectory;
  accounts: AccountsModule;
  wallets: WalletsModule;
  payments: PaymentsModule;
  kyc: KycModule;
  help: HelpModule;
  gate: SupportDeps["gate"];
  store?: DocumentStore;
}): SupportModule {
  const { platform } = input;
  const deps: SupportDeps = {
    ...input,
    store: input.store ?? createDocumentStore(platform.config.dataDir, platform.random),
    // The SLA chores announce warnings and auto-closes to open consoles; live is made below.
    sla: createSupportSla(platform, { live: () => deps.live }),
    assignment: createSupportAssignment(platform),
    live: createSupportLive(platform),
    channels: createSupportChannels(platform, input.customers, () => deps),
  };
  registerChannelSenders(deps);
  // Articles quote the desk's hours and response times as facts, always as configured.
  input.help.deps.facts.addSource(createSupportFacts(deps));
  return {
    deps,
    seed: () => seedSupport(deps),
    warm: async () => {
      await deps.live.start();
      await startChannels(deps);
    },
    chores: () => [
      ...deps.sla.chores(),
      ...ticketChores(deps),
      ["support chats waiting with nobody online turned into tickets", () => releaseUnattendedChats(deps)],
    ],
    close: async () => {
      await stopChannels(deps);
      await deps.live.close();
    },
  };
}

import type { Platform } from "../../platform/platform.js";
import type { DocumentStore } from "../../platform/storage/document-store.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AuditService } from "../audit/index.js";
import type { MessagingService } from "../messaging/index.js";
import type { Policies } from "../payments/policies/index.js";
import type { HelpFacts } from "./render/facts.js";
import type { HelpIndex } from "./search/help-index.js";

/** What the help module's parts share; built once in index.ts. */
export interface HelpDeps {
  platform: Platform;
  audit: AuditService;
  messaging: MessagingService;
  /** Names, emails and wallet numbers of the people behind searches, feedback and contact requests. */
  customers: CustomerDirectory;
  /** The live fees, limits and processing times that articles quote (payments' generated policies). */
  policies: Policies;
  /** Where uploaded article images live. */
  store: DocumentStore;
  /** Fills `{{fact}}` placeholders from configuration when an article is rendered. */
  facts: HelpFacts;
  /** The search index of published articles (in-process by default). */
  index: HelpIndex;
}

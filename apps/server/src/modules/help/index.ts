import type { Platform } from "../../platform/platform.js";
import { createDocumentStore, type DocumentStore } from "../../platform/storage/document-store.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AuditService } from "../audit/index.js";
import type { MessagingService } from "../messaging/index.js";
import type { Chore } from "../payments/index.js";
import type { Policies } from "../payments/policies/index.js";
import type { HelpDeps } from "./deps.js";
import { createHelpContent, type HelpContent } from "./editing/index.js";
import { createHelpInsights, type HelpInsights } from "./insights/index.js";
import { createHelpReader, type HelpReader } from "./reading.js";
import { createHelpFacts } from "./render/facts.js";
import { createHelpIndex, type HelpIndex } from "./search/help-index.js";
import { seedHelpContent } from "./seed.js";

/**
 * The help center: a bilingual knowledge base (categories, sections, articles in zh-CN and
 * en as linked translations), written by agents and published by admins with a version
 * history; search that understands Chinese without spaces, typos and the synonyms customers
 * use; "was this helpful?"; the contact-page deflection; and the analytics staff improve the
 * content with. Numbers in articles (limits, fees, lockout) are filled from configuration
 * when they are rendered, so they are always true.
 */
export interface HelpModule {
  deps: HelpDeps;
  /** Staff: articles, drafts, versions, publishing, categories, sections, synonyms, images, preview. */
  content: HelpContent;
  /** Customers: published articles, categories, popular articles. */
  reader: HelpReader;
  /** Search and suggestions over published articles. */
  index: HelpIndex;
  /** Searches and clicks, feedback, deflections, contact requests and the staff analytics. */
  insights: HelpInsights;
  /** First start (and each start): the articles shipped with Satchel that are not in the database yet. */
  seed(): Promise<void>;
  /** Builds the search index and starts listening for changes made on other nodes. */
  warm(): Promise<void>;
  /** Background work for the housekeeping loop. */
  chores(): Chore[];
  /** Stops listening (server shutdown). */
  close(): Promise<void>;
}

export function createHelpModule(input: {
  platform: Platform;
  audit: AuditService;
  messaging: MessagingService;
  customers: CustomerDirectory;
  policies: Policies;
  store?: DocumentStore;
}): HelpModule {
  const partial: Omit<HelpDeps, "facts" | "index"> = {
    ...input,
    store: input.store ?? createDocumentStore(input.platform.config.dataDir, input.platform.random),
  };
  const deps = partial as HelpDeps;
  deps.facts = createHelpFacts(deps);
  deps.index = createHelpIndex(deps);
  const content = createHelpContent(deps);
  const reader = createHelpReader(deps);
  const insights = createHelpInsights(deps);
  return {
    deps,
    content,
    reader,
    index: deps.index,
    insights,
    seed: () => seedHelpContent(deps),
    warm: () => deps.index.warm(),
    chores: () => [...insights.chores],
    close: () => deps.index.close(),
  };
}

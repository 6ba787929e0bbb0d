import type { Platform } from "../../platform/platform.js";
import type { DocumentStore } from "../../platform/storage/document-store.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AuditService } from "../audit/index.js";

/** What the kyc module's parts share; built once in index.ts. */
export interface KycDeps {
  platform: Platform;
  audit: AuditService;
  /** Profile, email, phone verification and the one way to change users.verification_level. */
  customers: CustomerDirectory;
  /** Where document bytes live (files under the data directory by default). */
  store: DocumentStore;
}

/** A document id (`kyd_…`), prefixed and time-sortable like every Satchel id. */
export function newDocumentId(platform: Platform): string {
  return platform.ids.next("kycDocument");
}

import type { KycDocumentKind } from "../../platform/db/schema-payments.js";
import type { Platform } from "../../platform/platform.js";
import { createDocumentStore, type DocumentStore } from "../../platform/storage/document-store.js";
import type { DocumentContentType } from "../../platform/storage/file-type.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { Actor, AuditService } from "../audit/index.js";
import type { KycDeps } from "./deps.js";
import type { ReviewStatus } from "./kyc-repository.js";
import { approve, caseOf, listCases, openDocument, reject } from "./review.js";
import {
  type ProfileInput,
  saveProfile,
  submit,
  uploadDocument,
  verificationStatus,
} from "./verification.js";

export type { VerificationStatus } from "./verification.js";

/**
 * Identity verification (KYC). Level 0: unverified (small deposits, no withdrawals). Level 1
 * (basic): legal name, an adult date of birth, address and a verified phone, granted
 * automatically once all are there. Level 2 (full): identity document, selfie and proof of
 * address, reviewed by a compliance officer. The level itself lives on the user and changes
 * only through CustomerDirectory.setVerificationLevel (audited).
 */
export interface KycModule {
  deps: KycDeps;
  status(userId: string): ReturnType<typeof verificationStatus>;
  saveProfile(userId: string, input: ProfileInput): ReturnType<typeof saveProfile>;
  upload(
    userId: string,
    kind: KycDocumentKind,
    bytes: Buffer,
    contentType: DocumentContentType,
  ): ReturnType<typeof uploadDocument>;
  submit(userId: string, level: 1 | 2): ReturnType<typeof submit>;
  review: {
    list(input: {
      status: Exclude<ReviewStatus, "none">;
      limit: number;
      cursor?: string | undefined;
    }): ReturnType<typeof listCases>;
    get(userId: string): ReturnType<typeof caseOf>;
    document(actor: Actor, documentId: string): ReturnType<typeof openDocument>;
    approve(actor: Actor, userId: string): Promise<void>;
    reject(
      actor: Actor,
      userId: string,
      input: { reason: string; documents: { id: string; reason: string }[] },
    ): Promise<void>;
  };
}

export function createKycModule(input: {
  platform: Platform;
  audit: AuditService;
  customers: CustomerDirectory;
  /** Defaults to files under the data directory (in memory for `memory://`). */
  store?: DocumentStore;
}): KycModule {
  const deps: KycDeps = {
    ...input,
    store: input.store ?? createDocumentStore(input.platform.config.dataDir, input.platform.random),
  };
  return {
    deps,
    status: (userId) => verificationStatus(deps, deps.platform.db, userId),
    saveProfile: (userId, profile) => saveProfile(deps, userId, profile),
    upload: (userId, kind, bytes, contentType) => uploadDocument(deps, userId, kind, bytes, contentType),
    submit: (userId, level) => submit(deps, userId, level),
    review: {
      list: (query) => listCases(deps, query),
      get: (userId) => caseOf(deps, userId),
      document: (actor, documentId) => openDocument(deps, actor, documentId),
      approve: (actor, userId) => approve(deps, actor, userId),
      reject: (actor, userId, body) => reject(deps, actor, userId, body),
    },
  };
}

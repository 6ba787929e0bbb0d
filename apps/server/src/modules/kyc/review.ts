import { DomainError } from "../../platform/errors/domain-error.js";
import type { StoredDocument } from "../../platform/storage/document-store.js";
import type { Actor } from "../audit/index.js";
import type { KycDeps } from "./deps.js";
import { approvedEmail, rejectedEmail, VERIFICATION_PATH } from "./emails.js";
import {
  acceptUploaded,
  type DocumentRow,
  documentsOf,
  findDocument,
  findProfile,
  lockProfile,
  type QueueCursor,
  type ReviewStatus,
  reviewQueue,
  setDocumentStatus,
  updateProfile,
} from "./kyc-repository.js";
import { limitsOfLevel } from "./limits.js";
import { isoOrNull, presentDocument, presentProfile } from "./present.js";

/** A cursor is opaque to clients: the last row's submission time and user id. */
export function encodeCursor(c: QueueCursor): string {
  return Buffer.from(JSON.stringify([c.submittedAt.toISOString(), c.userId])).toString("base64url");
}

export function decodeCursor(text: string): QueueCursor {
  try {
    const [at, userId] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as [unknown, unknown];
    const submittedAt = new Date(String(at));
    if (typeof userId !== "string" || Number.isNaN(submittedAt.getTime())) throw new Error("shape");
    return { submittedAt, userId };
  } catch {
    throw new DomainError("validation_failed", {}, [
      { in: "query", path: "/cursor", code: "invalid", message: "a nextCursor from a previous page" },
    ]);
  }
}

/** The compliance queue: customers whose verification is in one state, oldest submission first. */
export async function listCases(
  deps: KycDeps,
  input: { status: Exclude<ReviewStatus, "none">; limit: number; cursor?: string | undefined },
) {
  const { db } = deps.platform;
  const rows = await reviewQueue(db, {
    status: input.status,
    limit: input.limit + 1,
    after: input.cursor ? decodeCursor(input.cursor) : undefined,
  });
  const page = rows.slice(0, input.limit);
  const customers = await deps.customers.profiles(
    db,
    page.map((p) => p.user_id),
  );
  const data = page.map((p) => {
    const customer = customers.get(p.user_id);
    return {
      userId: p.user_id,
      email: customer?.email ?? null,
      walletNumber: customer?.walletNumber ?? null,
      country: customer?.country ?? null,
      legalName: p.legal_name,
      level: customer?.verificationLevel ?? 0,
      status: p.status,
      requestedLevel: p.requested_level,
      submittedAt: isoOrNull(p.submitted_at),
      reviewedAt: isoOrNull(p.reviewed_at),
    };
  });
  const last = page.at(-1);
  return {
    data,
    nextCursor:
      rows.length > input.limit && last?.submitted_at
        ? encodeCursor({ submittedAt: last.submitted_at, userId: last.user_id })
        : null,
  };
}

/** One customer's case as a reviewer sees it: who they are, what they declared, every document ever uploaded. */
export async function caseOf(deps: KycDeps, userId: string) {
  const { db } = deps.platform;
  const customer = await deps.customers.profile(db, userId);
  if (!customer) throw new DomainError("not_found");
  const profile = await findProfile(db, userId);
  const documents = await documentsOf(db, userId, { includeReplaced: true });
  return {
    userId,
    email: customer.email,
    name: customer.name,
    walletNumber: customer.walletNumber,
    country: customer.country,
    phone: customer.phone,
    phoneVerified: customer.phoneVerified,
    level: customer.verificationLevel,
    status: profile?.status ?? "none",
    requestedLevel: profile?.requested_level ?? 0,
    profile: presentProfile(profile),
    documents: documents.map((d) => ({ ...presentDocument(d), sha256: d.sha256 })),
    rejectionReason: profile?.rejection_reason ?? null,
    submittedAt: isoOrNull(profile?.submitted_at),
    reviewedAt: isoOrNull(profile?.reviewed_at),
    reviewedBy: profile?.reviewed_by ?? null,
  };
}

/**
 * A document's bytes for a reviewer. Every view is audited (who looked at whose identity
 * papers, and when) before the bytes leave.
 */
export async function openDocument(
  deps: KycDeps,
  actor: Actor,
  documentId: string,
): Promise<{ document: DocumentRow; file: StoredDocument }> {
  const { platform } = deps;
  const document = await findDocument(platform.db, documentId);
  if (!document) throw new DomainError("not_found");
  const file = await deps.store.get(document.storage_key);
  if (!file) {
    platform.log.error({ documentId }, "kyc document missing from the document store");
    throw new DomainError("not_found");
  }
  await deps.audit.record(
    platform.db,
    actor,
    "kyc.document_viewed",
    { type: "kyc_document", id: document.id },
    { userId: document.user_id, kind: document.kind },
  );
  return { document, file };
}

/** Locks the case and checks that it waits for a review by someone other than its owner. */
async function lockPendingCase(
  deps: KycDeps,
  trx: Parameters<typeof lockProfile>[0],
  actor: Actor,
  userId: string,
) {
  if (actor.id === userId) throw new DomainError("forbidden");
  const customer = await deps.customers.profile(trx, userId);
  if (!customer) throw new DomainError("not_found");
  const profile = await lockProfile(trx, userId, deps.platform.clock.now());
  if (profile.status !== "pending")
    throw new DomainError("kyc_not_pending", { status: profile.status }, [], {
      reviewStatus: profile.status,
    });
  return { customer, profile };
}

/** Approves full verification: level 2, documents accepted, audited, the customer emailed. */
export async function approve(deps: KycDeps, actor: Actor, userId: string): Promise<void> {
  const { platform, customers } = deps;
  await platform.db.transaction().execute(async (trx) => {
    await lockPendingCase(deps, trx, actor, userId);
    const now = platform.clock.now();
    await acceptUploaded(trx, userId);
    await updateProfile(trx, userId, {
      status: "approved",
      rejection_reason: null,
      reviewed_by: actor.id,
      reviewed_at: now,
      updated_at: now,
    });
    await customers.setVerificationLevel(trx, userId, 2, actor);
    await deps.audit.record(trx, actor, "kyc.approved", { type: "user", id: userId }, { level: 2 });
    await customers.notify(trx, userId, {
      kind: "security",
      copies: approvedEmail(limitsOfLevel(platform.config, 2), customers.url(VERIFICATION_PATH)),
      link: VERIFICATION_PATH,
      dedupeKey: `kyc:${userId}:approved:${platform.ids.next("notification")}`,
    });
  });
}

/**
 * Refuses the submission with a reason the customer reads, and optionally names documents
 * and what is wrong with each; those must be uploaded again. Audited, the customer emailed.
 */
export async function reject(
  deps: KycDeps,
  actor: Actor,
  userId: string,
  input: { reason: string; documents: { id: string; reason: string }[] },
): Promise<void> {
  const { platform, customers } = deps;
  await platform.db.transaction().execute(async (trx) => {
    await lockPendingCase(deps, trx, actor, userId);
    const current = new Map((await documentsOf(trx, userId)).map((d) => [d.id, d]));
    const named = input.documents.map((entry, i) => {
      const doc = current.get(entry.id);
      if (!doc)
        throw new DomainError("validation_failed", {}, [
          {
            in: "body",
            path: `/documents/${i}/id`,
            code: "unknown_document",
            message: "one of this customer's current documents",
          },
        ]);
      return { doc, reason: entry.reason };
    });
    for (const { doc, reason } of named) await setDocumentStatus(trx, doc.id, "rejected", reason);
    const now = platform.clock.now();
    await updateProfile(trx, userId, {
      status: "rejected",
      rejection_reason: input.reason,
      reviewed_by: actor.id,
      reviewed_at: now,
      updated_at: now,
    });
    await deps.audit.record(
      trx,
      actor,
      "kyc.rejected",
      { type: "user", id: userId },
      {
        reason: input.reason,
        documents: named.map((n) => ({ id: n.doc.id, kind: n.doc.kind, reason: n.reason })),
      },
    );
    await customers.notify(trx, userId, {
      kind: "security",
      copies: rejectedEmail(
        input.reason,
        named.map((n) => ({ kind: n.doc.kind, reason: n.reason })),
        customers.url(VERIFICATION_PATH),
      ),
      link: VERIFICATION_PATH,
      dedupeKey: `kyc:${userId}:rejected:${platform.ids.next("notification")}`,
    });
  });
}

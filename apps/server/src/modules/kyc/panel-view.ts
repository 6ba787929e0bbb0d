import type { KycDeps } from "./deps.js";
import { verificationStatus } from "./verification.js";

/**
 * The support desk's customer panel, verification side: the level, whether a review is
 * waiting (and since when), why the last one was refused, and what is still missing for the
 * next level. The legal name and date of birth are there because "date of birth" is one of
 * the identity checks an agent records before unlocking an account: they compare what the
 * caller says with what is on file. Documents appear as kind and status only; reviewing them
 * stays with compliance.
 */
export async function kycPanelView(deps: KycDeps, userId: string) {
  const status = await verificationStatus(deps, deps.platform.db, userId);
  return {
    level: status.level,
    status: status.status,
    pendingReview: status.status === "pending",
    requestedLevel: status.requestedLevel,
    submittedAt: status.submittedAt,
    reviewedAt: status.reviewedAt,
    rejectionReason: status.rejectionReason,
    missing: status.missing,
    legalName: status.profile.legalName,
    dateOfBirth: status.profile.dateOfBirth,
    documents: status.documents.map((d) => ({ kind: d.kind, status: d.status, createdAt: d.createdAt })),
  };
}

export type KycPanelView = Awaited<ReturnType<typeof kycPanelView>>;

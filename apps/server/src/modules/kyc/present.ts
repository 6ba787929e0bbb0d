import type { KycAddress } from "../../platform/db/schema-payments.js";
import type { DocumentRow, ProfileRow } from "./kyc-repository.js";

/** A document as its owner and reviewers see it (never its storage key or hash for customers). */
export function presentDocument(d: DocumentRow) {
  return {
    id: d.id,
    kind: d.kind,
    status: d.status,
    contentType: d.content_type,
    size: d.size,
    createdAt: d.created_at.toISOString(),
    rejectionReason: d.rejection_reason,
  };
}

export type DocumentView = ReturnType<typeof presentDocument>;

export function presentProfile(p: ProfileRow | undefined): {
  legalName: string | null;
  dateOfBirth: string | null;
  address: KycAddress | null;
} {
  return {
    legalName: p?.legal_name ?? null,
    dateOfBirth: p?.date_of_birth ?? null,
    address: p?.address ?? null,
  };
}

export const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null);

import type { KycDocumentKind } from "../../platform/db/schema-payments.js";
import type { DocumentRow, ProfileRow } from "./kyc-repository.js";

/** Everything verification can ask for, in the order the wizard asks for it. */
export const REQUIREMENTS = [
  "legal_name",
  "date_of_birth",
  "address",
  "verified_phone",
  "id_document",
  "selfie",
  "proof_of_address",
] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

export const DOCUMENT_KINDS: readonly KycDocumentKind[] = ["id_document", "selfie", "proof_of_address"];

/** Level 1 (basic) is granted automatically; level 2 (full) adds documents a compliance officer reviews. */
export const LEVEL_REQUIREMENTS: Record<1 | 2, readonly Requirement[]> = {
  1: ["legal_name", "date_of_birth", "address", "verified_phone"],
  2: REQUIREMENTS,
};

export const HIGHEST_LEVEL = 2;
export const MINIMUM_AGE = 18;

export interface VerificationFacts {
  profile: ProfileRow | undefined;
  phoneVerified: boolean;
  /** Current (not replaced) documents. */
  documents: DocumentRow[];
}

/** What is present: profile fields, a verified phone, and each document that is uploaded or accepted (a rejected one must be uploaded again). */
function present(facts: VerificationFacts): Set<Requirement> {
  const done = new Set<Requirement>();
  if (facts.profile?.legal_name) done.add("legal_name");
  if (facts.profile?.date_of_birth) done.add("date_of_birth");
  if (facts.profile?.address) done.add("address");
  if (facts.phoneVerified) done.add("verified_phone");
  for (const doc of facts.documents)
    if (doc.status === "uploaded" || doc.status === "accepted") done.add(doc.kind);
  return done;
}

/** What level `level` still needs, in wizard order. */
export function missingFor(level: 1 | 2, facts: VerificationFacts): Requirement[] {
  const done = present(facts);
  return LEVEL_REQUIREMENTS[level].filter((r) => !done.has(r));
}

/** Whole years between a YYYY-MM-DD birth date and a moment (in UTC). */
export function ageOn(dateOfBirth: string, at: Date): number {
  const [year, month, day] = dateOfBirth.split("-").map(Number) as [number, number, number];
  const today = { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
  const hadBirthday = today.month > month || (today.month === month && today.day >= day);
  return today.year - year - (hadBirthday ? 0 : 1);
}

/** A YYYY-MM-DD string that names a real calendar day (no 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

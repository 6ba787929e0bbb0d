import { createHash } from "node:crypto";
import type { KycAddress, KycDocumentKind } from "../../platform/db/schema-payments.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { DocumentContentType } from "../../platform/storage/file-type.js";
import type { CustomerProfile } from "../accounts/customers.js";
import { SYSTEM_ACTOR } from "../audit/index.js";
import { type KycDeps, newDocumentId } from "./deps.js";
import {
  type DocumentRow,
  documentsOf,
  findProfile,
  insertDocument,
  lockProfile,
  type ProfileRow,
  replaceDocuments,
  updateProfile,
} from "./kyc-repository.js";
import { limitsOfLevel } from "./limits.js";
import { isoOrNull, presentDocument, presentProfile } from "./present.js";
import {
  ageOn,
  HIGHEST_LEVEL,
  isCalendarDate,
  MINIMUM_AGE,
  missingFor,
  type VerificationFacts,
} from "./requirements.js";

export interface ProfileInput {
  legalName: string;
  dateOfBirth: string;
  address: KycAddress;
}

async function customerOf(deps: KycDeps, executor: Executor, userId: string): Promise<CustomerProfile> {
  const customer = await deps.customers.profile(executor, userId);
  if (!customer) throw new DomainError("not_found");
  return customer;
}

/** A customer's verification as they see it: level, review, what is missing, and the limits now and at the next level. */
export async function verificationStatus(deps: KycDeps, executor: Executor, userId: string) {
  const customer = await customerOf(deps, executor, userId);
  const profile = await findProfile(executor, userId);
  const documents = await documentsOf(executor, userId);
  const facts: VerificationFacts = { profile, phoneVerified: customer.phoneVerified, documents };
  const level = customer.verificationLevel;
  const levels = ([1, 2] as const).map((l) => ({
    level: l,
    missing: l <= level ? [] : missingFor(l, facts),
  }));
  const { config } = deps.platform;
  return {
    level,
    status: profile?.status ?? "none",
    requestedLevel: profile?.requested_level ?? 0,
    profile: presentProfile(profile),
    documents: documents.map(presentDocument),
    missing: level >= HIGHEST_LEVEL ? [] : missingFor(2, facts),
    levels,
    rejectionReason: profile?.status === "rejected" ? profile.rejection_reason : null,
    submittedAt: isoOrNull(profile?.submitted_at),
    reviewedAt: isoOrNull(profile?.reviewed_at),
    limits: {
      current: limitsOfLevel(config, level),
      next: level >= HIGHEST_LEVEL ? null : limitsOfLevel(config, level + 1),
    },
  };
}

export type VerificationStatus = Awaited<ReturnType<typeof verificationStatus>>;

/** Nothing may change while a reviewer looks at it, nor once full verification is granted. */
function assertEditable(profile: ProfileRow, level: number): void {
  if (profile.status === "pending") throw new DomainError("kyc_already_pending");
  if (level >= HIGHEST_LEVEL) throw new DomainError("kyc_locked");
}

/**
 * Level 1 is granted by rule, not by a person: as soon as the legal name, an adult date of
 * birth, the address and a verified phone are all there. Returns whether it was granted now.
 */
async function grantBasicIfComplete(
  deps: KycDeps,
  trx: Executor,
  customer: CustomerProfile,
  profile: ProfileRow,
  documents: DocumentRow[],
): Promise<boolean> {
  if (customer.verificationLevel >= 1) return false;
  if (missingFor(1, { profile, phoneVerified: customer.phoneVerified, documents }).length > 0) return false;
  await deps.customers.setVerificationLevel(trx, customer.id, 1, SYSTEM_ACTOR);
  if (profile.requested_level < 1)
    await updateProfile(trx, customer.id, { requested_level: 1, updated_at: deps.platform.clock.now() });
  return true;
}

function assertAdult(dateOfBirth: string, now: Date): void {
  const field = (code: string, message: string) => [{ in: "body", path: "/dateOfBirth", code, message }];
  if (!isCalendarDate(dateOfBirth))
    throw new DomainError("validation_failed", {}, field("invalid_date", "a real date as YYYY-MM-DD"));
  if (dateOfBirth > now.toISOString().slice(0, 10) || dateOfBirth < "1900-01-01")
    throw new DomainError(
      "validation_failed",
      {},
      field("out_of_range", "a date between 1900-01-01 and today"),
    );
  if (ageOn(dateOfBirth, now) < MINIMUM_AGE)
    throw new DomainError(
      "kyc_underage",
      { minimumAge: MINIMUM_AGE },
      field("underage", `at least ${MINIMUM_AGE} years ago`),
      { minimumAge: MINIMUM_AGE },
    );
}

/** Saves the basic details (level 1 follows at once when everything for it is there). */
export async function saveProfile(
  deps: KycDeps,
  userId: string,
  input: ProfileInput,
): Promise<VerificationStatus> {
  const { platform } = deps;
  const now = platform.clock.now();
  assertAdult(input.dateOfBirth, now);
  return platform.db.transaction().execute(async (trx) => {
    const customer = await customerOf(deps, trx, userId);
    const locked = await lockProfile(trx, userId, now);
    assertEditable(locked, customer.verificationLevel);
    const address: KycAddress = {
      line1: input.address.line1,
      ...(input.address.line2 ? { line2: input.address.line2 } : {}),
      city: input.address.city,
      postalCode: input.address.postalCode,
      country: input.address.country,
    };
    await updateProfile(trx, userId, {
      legal_name: input.legalName,
      date_of_birth: input.dateOfBirth,
      address,
      updated_at: now,
    });
    const profile = { ...locked, legal_name: input.legalName, date_of_birth: input.dateOfBirth, address };
    await grantBasicIfComplete(deps, trx, customer, profile, await documentsOf(trx, userId));
    return verificationStatus(deps, trx, userId);
  });
}

/**
 * Stores a document (its type already decided by its bytes) and makes it the customer's
 * current one of its kind; the previous one stays on file as `replaced`. The bytes are
 * written first and removed again if the database refuses, so no row points at nothing.
 */
export async function uploadDocument(
  deps: KycDeps,
  userId: string,
  kind: KycDocumentKind,
  bytes: Buffer,
  contentType: DocumentContentType,
) {
  const { platform, store } = deps;
  const key = store.newKey();
  await store.put(key, bytes, contentType);
  try {
    return await platform.db.transaction().execute(async (trx) => {
      const now = platform.clock.now();
      const customer = await customerOf(deps, trx, userId);
      assertEditable(await lockProfile(trx, userId, now), customer.verificationLevel);
      await replaceDocuments(trx, userId, kind);
      const row: DocumentRow = {
        id: newDocumentId(platform),
        user_id: userId,
        kind,
        content_type: contentType,
        size: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        storage_key: key,
        status: "uploaded",
        rejection_reason: null,
        created_at: now,
      };
      await insertDocument(trx, row);
      return presentDocument(row);
    });
  } catch (error) {
    await store.delete(key);
    throw error;
  }
}

/**
 * Asks for a level: 1 is granted at once when complete; 2 goes to the compliance queue.
 * Refused with `kyc_incomplete` (and the missing list) when something is not there yet.
 */
export async function submit(deps: KycDeps, userId: string, level: 1 | 2): Promise<VerificationStatus> {
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    const now = platform.clock.now();
    const customer = await customerOf(deps, trx, userId);
    const profile = await lockProfile(trx, userId, now);
    if (customer.verificationLevel >= level)
      throw new DomainError("kyc_already_verified", { level: customer.verificationLevel }, [], {
        level: customer.verificationLevel,
      });
    if (profile.status === "pending") throw new DomainError("kyc_already_pending");
    const documents = await documentsOf(trx, userId);
    const missing = missingFor(level, { profile, phoneVerified: customer.phoneVerified, documents });
    if (missing.length > 0) throw new DomainError("kyc_incomplete", { level }, [], { level, missing });
    await grantBasicIfComplete(deps, trx, customer, profile, documents);
    if (level === 2)
      await updateProfile(trx, userId, {
        status: "pending",
        requested_level: 2,
        submitted_at: now,
        rejection_reason: null,
        reviewed_by: null,
        reviewed_at: null,
        updated_at: now,
      });
    return verificationStatus(deps, trx, userId);
  });
}

import { type Selectable, sql } from "kysely";
import type {
  KycAddress,
  KycDocumentKind,
  KycDocumentsTable,
  KycProfilesTable,
} from "../../platform/db/schema-payments.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/** A kyc_profiles row with the date of birth as YYYY-MM-DD text (drivers would turn `date` into a local-time Date). */
export type ProfileRow = Omit<Selectable<KycProfilesTable>, "date_of_birth"> & {
  date_of_birth: string | null;
};
export type DocumentRow = Selectable<KycDocumentsTable>;
export type ReviewStatus = KycProfilesTable["status"];

const profileColumns = [
  "user_id",
  "legal_name",
  sql<string | null>`date_of_birth::text`.as("date_of_birth"),
  "address",
  "status",
  "requested_level",
  "rejection_reason",
  "reviewed_by",
  "reviewed_at",
  "submitted_at",
  "updated_at",
] as const;

export function findProfile(executor: Executor, userId: string): Promise<ProfileRow | undefined> {
  return executor
    .selectFrom("kyc_profiles")
    .select(profileColumns)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}

/**
 * The customer's profile row, created empty if needed and locked for the rest of the
 * transaction: every change to a customer's verification (profile, uploads, submission,
 * review) passes here, so two of them never interleave.
 */
export async function lockProfile(executor: Executor, userId: string, now: Date): Promise<ProfileRow> {
  await executor
    .insertInto("kyc_profiles")
    .values({ user_id: userId, status: "none", requested_level: 0, updated_at: now })
    .onConflict((oc) => oc.column("user_id").doNothing())
    .execute();
  return executor
    .selectFrom("kyc_profiles")
    .select(profileColumns)
    .where("user_id", "=", userId)
    .forUpdate()
    .executeTakeFirstOrThrow();
}

export interface ProfilePatch {
  legal_name?: string;
  date_of_birth?: string;
  address?: KycAddress;
  status?: ReviewStatus;
  requested_level?: number;
  rejection_reason?: string | null;
  reviewed_by?: string | null;
  reviewed_at?: Date | null;
  submitted_at?: Date | null;
  updated_at: Date;
}

export async function updateProfile(executor: Executor, userId: string, patch: ProfilePatch): Promise<void> {
  const { address, ...rest } = patch;
  await executor
    .updateTable("kyc_profiles")
    .set({ ...rest, ...(address ? { address: JSON.stringify(address) } : {}) })
    .where("user_id", "=", userId)
    .execute();
}

/**
 * The customer's documents, oldest first: by default those that count (not replaced by a
 * later upload); with `includeReplaced`, every one ever uploaded (what a reviewer may need).
 */
export function documentsOf(
  executor: Executor,
  userId: string,
  options: { includeReplaced?: boolean } = {},
): Promise<DocumentRow[]> {
  let query = executor.selectFrom("kyc_documents").selectAll().where("user_id", "=", userId);
  if (!options.includeReplaced) query = query.where("status", "!=", "replaced");
  return query.orderBy("created_at").orderBy("id").execute();
}

export function findDocument(executor: Executor, id: string): Promise<DocumentRow | undefined> {
  return executor.selectFrom("kyc_documents").selectAll().where("id", "=", id).executeTakeFirst();
}

/** Marks the current document of a kind replaced (a new upload of that kind follows). */
export async function replaceDocuments(
  executor: Executor,
  userId: string,
  kind: KycDocumentKind,
): Promise<void> {
  await executor
    .updateTable("kyc_documents")
    .set({ status: "replaced" })
    .where("user_id", "=", userId)
    .where("kind", "=", kind)
    .where("status", "!=", "replaced")
    .execute();
}

export async function insertDocument(executor: Executor, row: DocumentRow): Promise<void> {
  await executor.insertInto("kyc_documents").values(row).execute();
}

export async function setDocumentStatus(
  executor: Executor,
  id: string,
  status: DocumentRow["status"],
  rejectionReason: string | null,
): Promise<void> {
  await executor
    .updateTable("kyc_documents")
    .set({ status, rejection_reason: rejectionReason })
    .where("id", "=", id)
    .execute();
}

/** Accepts the customer's current uploaded documents (an approved review). */
export async function acceptUploaded(executor: Executor, userId: string): Promise<void> {
  await executor
    .updateTable("kyc_documents")
    .set({ status: "accepted", rejection_reason: null })
    .where("user_id", "=", userId)
    .where("status", "=", "uploaded")
    .execute();
}

export interface QueueCursor {
  submittedAt: Date;
  userId: string;
}

/** Profiles in one review status, oldest submission first, after the cursor. */
export function reviewQueue(
  executor: Executor,
  input: { status: Exclude<ReviewStatus, "none">; limit: number; after?: QueueCursor | undefined },
): Promise<ProfileRow[]> {
  let query = executor
    .selectFrom("kyc_profiles")
    .select(profileColumns)
    .where("status", "=", input.status)
    .where("submitted_at", "is not", null)
    .orderBy("submitted_at")
    .orderBy("user_id")
    .limit(input.limit);
  const after = input.after;
  if (after)
    query = query.where((eb) =>
      eb.or([
        eb("submitted_at", ">", after.submittedAt),
        eb.and([eb("submitted_at", "=", after.submittedAt), eb("user_id", ">", after.userId)]),
      ]),
    );
  return query.execute();
}

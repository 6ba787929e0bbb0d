import { api } from "./client";
import { invalid, isRecord, signal, str, strOrNull } from "./parse";
import { parseWithdrawal, type Withdrawal } from "./payments";
import {
  type CustomerRef,
  id,
  numOrNull,
  type Page,
  parseCustomerRef,
  rawFetch,
  readPage,
} from "./staffPayments";

// The compliance review queues: withdrawals waiting for a person, and identity verifications
// (profile and documents). Admins may work them too.

// --- withdrawal review -------------------------------------------------------------------------------

export interface ReviewCustomer extends CustomerRef {
  verificationLevel: number | null;
}

/** A withdrawal as the customer sees it (read by the customer pages' reader), with who asked for it. */
export interface ReviewWithdrawal extends Withdrawal {
  customer: ReviewCustomer | null;
}

export function parseReviewWithdrawal(value: unknown): ReviewWithdrawal | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const customer = parseCustomerRef(value.customer);
  const c = isRecord(value.customer) ? value.customer : {};
  return {
    ...parseWithdrawal(value),
    customer: customer ? { ...customer, verificationLevel: numOrNull(c.verificationLevel) } : null,
  };
}

export async function listWithdrawalReviews(
  options: { status?: string; cursor?: string | null; signal?: AbortSignal } = {},
): Promise<Page<ReviewWithdrawal>> {
  const body = await api.get<unknown>("/api/v1/admin/withdrawals", {
    query: { status: options.status ?? "in_review", cursor: options.cursor },
    ...signal(options.signal),
  });
  return readPage(body, parseReviewWithdrawal);
}

export async function approveWithdrawal(withdrawalId: string): Promise<ReviewWithdrawal | null> {
  return parseReviewWithdrawal(
    await api.post<unknown>(`/api/v1/admin/withdrawals/${id(withdrawalId)}/approve`, {}),
  );
}

/** Refuses a withdrawal; the note is shown to the customer and the held money is released. */
export async function rejectWithdrawal(withdrawalId: string, note: string): Promise<ReviewWithdrawal | null> {
  return parseReviewWithdrawal(
    await api.post<unknown>(`/api/v1/admin/withdrawals/${id(withdrawalId)}/reject`, {
      reasonCode: "compliance_rejected",
      note,
    }),
  );
}

// --- KYC review ----------------------------------------------------------------------------------------

export interface KycAddress {
  line1: string;
  line2: string | null;
  city: string;
  postalCode: string;
  country: string;
}

export interface KycDocument {
  id: string;
  /** id_document, selfie or proof_of_address. */
  kind: string;
  contentType: string;
  size: number | null;
  status: string;
  rejectionReason: string | null;
  createdAt: string;
}

export interface KycReview {
  userId: string;
  /** State of the full (level 2) review: none, pending, approved, rejected. */
  status: string;
  requestedLevel: number | null;
  /** The level the customer has now. */
  currentLevel: number | null;
  customer: CustomerRef | null;
  country: string | null;
  phone: string | null;
  phoneVerified: boolean | null;
  legalName: string | null;
  dateOfBirth: string | null;
  address: KycAddress | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  reviewedBy: string | null;
  rejectionReason: string | null;
  /** Every document ever uploaded, replaced ones included (the queue's summaries have none). */
  documents: KycDocument[];
}

function parseAddress(value: unknown): KycAddress | null {
  if (!isRecord(value)) return null;
  return {
    line1: str(value.line1),
    line2: strOrNull(value.line2),
    city: str(value.city),
    postalCode: str(value.postalCode),
    country: str(value.country),
  };
}

export function parseKycDocument(value: unknown): KycDocument | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  return {
    id: value.id,
    kind: str(value.kind),
    contentType: str(value.contentType),
    size: numOrNull(value.size),
    status: str(value.status),
    rejectionReason: strOrNull(value.rejectionReason),
    createdAt: str(value.createdAt),
  };
}

/**
 * A verification case: the queue's summary or the full case. The declared details may come at
 * the top level or inside `profile`; both are read.
 */
export function parseKycReview(value: unknown): KycReview | null {
  if (!isRecord(value) || typeof value.userId !== "string") return null;
  const profile = isRecord(value.profile) ? value.profile : value;
  const docs = Array.isArray(value.documents) ? value.documents : [];
  return {
    userId: value.userId,
    status: str(value.status),
    requestedLevel: numOrNull(value.requestedLevel),
    currentLevel: numOrNull(value.level),
    customer: parseCustomerRef({ email: value.email, walletNumber: value.walletNumber, name: value.name }),
    country: strOrNull(value.country),
    phone: strOrNull(value.phone),
    phoneVerified: typeof value.phoneVerified === "boolean" ? value.phoneVerified : null,
    legalName: strOrNull(profile.legalName),
    dateOfBirth: strOrNull(profile.dateOfBirth),
    address: parseAddress(profile.address),
    submittedAt: strOrNull(value.submittedAt),
    reviewedAt: strOrNull(value.reviewedAt),
    reviewedBy: strOrNull(value.reviewedBy),
    rejectionReason: strOrNull(value.rejectionReason),
    documents: docs.map(parseKycDocument).filter((d): d is KycDocument => d !== null),
  };
}

export async function listKycReviews(
  options: { status?: string; cursor?: string | null; signal?: AbortSignal } = {},
): Promise<Page<KycReview>> {
  const body = await api.get<unknown>("/api/v1/admin/kyc", {
    query: { status: options.status ?? "pending", cursor: options.cursor },
    ...signal(options.signal),
  });
  return readPage(body, parseKycReview);
}

export async function getKycReview(userId: string, abort?: AbortSignal): Promise<KycReview> {
  const review = parseKycReview(await api.get<unknown>(`/api/v1/admin/kyc/${id(userId)}`, signal(abort)));
  if (!review) throw invalid();
  return review;
}

export async function approveKyc(userId: string): Promise<void> {
  await api.post<unknown>(`/api/v1/admin/kyc/${id(userId)}/approve`, {});
}

/** Refuses the verification; the reason (and each document's) is what the customer is told. */
export async function rejectKyc(
  userId: string,
  input: { reason: string; documents: { id: string; reason: string }[] },
): Promise<void> {
  await api.post<unknown>(`/api/v1/admin/kyc/${id(userId)}/reject`, input);
}

/** The address of a document's file; same origin, so opening it in a tab sends the session cookie. */
export function kycDocumentUrl(documentId: string): string {
  return `/api/v1/admin/kyc/documents/${id(documentId)}`;
}

/**
 * A document's file, fetched with the session (as the API client does), so the page can show
 * loading and error states with the server's reason. Every fetch is audited as a view.
 */
export async function fetchKycDocument(documentId: string, abort?: AbortSignal): Promise<Blob> {
  const response = await rawFetch(kycDocumentUrl(documentId), {
    method: "GET",
    headers: { Accept: "image/*, application/pdf, application/problem+json" },
    ...(abort ? { signal: abort } : {}),
  });
  return response.blob();
}

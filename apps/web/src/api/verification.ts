import i18n, { currentLanguage } from "../i18n";
import { ApiError, api, csrfHeader, parseRetryAfter, problemToError } from "./client";
import { invalid, isRecord, num, signal, str, strOrNull } from "./parse";

// Identity verification (KYC) and the public deposit/withdrawal policies. Documents are sent
// as the raw file (PUT /api/v1/me/verification/documents/{kind}); the server decides the
// type by the file's content, the browser only checks type and size first to save an upload.

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

export const DOCUMENT_KINDS = ["id_document", "selfie", "proof_of_address"] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

export type ReviewStatus = "none" | "pending" | "approved" | "rejected";

export interface KycDocument {
  id: string;
  kind: DocumentKind;
  status: "uploaded" | "accepted" | "rejected" | "replaced" | "unknown";
  contentType: string;
  size: number;
  createdAt: string;
  rejectionReason: string | null;
}

export interface Address {
  line1: string;
  line2?: string;
  city: string;
  postalCode: string;
  country: string;
}

export interface KycProfile {
  legalName: string | null;
  dateOfBirth: string | null;
  address: Address | null;
}

export interface LimitTriple {
  perTransaction: string;
  daily: string;
  monthly: string;
}

export interface LevelLimits {
  level: number;
  /** Every amount of the level is in this currency (USD). */
  currency: string;
  deposit: LimitTriple;
  withdrawal: LimitTriple;
  transfer: LimitTriple;
}

export interface Verification {
  level: number;
  /** State of the full (level 2) review. */
  status: ReviewStatus;
  requestedLevel: number;
  profile: KycProfile;
  documents: KycDocument[];
  /** Everything still needed for full verification, in wizard order. */
  missing: Requirement[];
  levels: { level: number; missing: Requirement[] }[];
  rejectionReason: string | null;
  submittedAt: string | null;
  reviewedAt: string | null;
  limits: { current: LevelLimits | null; next: LevelLimits | null };
}

export interface ProfileInput {
  legalName: string;
  /** YYYY-MM-DD. */
  dateOfBirth: string;
  address: Address;
}

// --- parsing --------------------------------------------------------------------------------------

function requirements(value: unknown): Requirement[] {
  return Array.isArray(value)
    ? value.filter((r): r is Requirement => (REQUIREMENTS as readonly string[]).includes(String(r)))
    : [];
}

export function parseDocument(value: unknown): KycDocument | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  if (!(DOCUMENT_KINDS as readonly string[]).includes(String(value.kind))) return null;
  const status = ["uploaded", "accepted", "rejected", "replaced"].includes(String(value.status))
    ? (value.status as KycDocument["status"])
    : "unknown";
  return {
    id: value.id,
    kind: value.kind as DocumentKind,
    status,
    contentType: str(value.contentType),
    size: num(value.size),
    createdAt: str(value.createdAt),
    rejectionReason: strOrNull(value.rejectionReason),
  };
}

function parseTriple(value: unknown): LimitTriple {
  const v = isRecord(value) ? value : {};
  return { perTransaction: str(v.perTransaction), daily: str(v.daily), monthly: str(v.monthly) };
}

export function parseLevelLimits(value: unknown): LevelLimits | null {
  if (!isRecord(value)) return null;
  return {
    level: num(value.level),
    currency: str(value.currency, "USD"),
    deposit: parseTriple(value.deposit),
    withdrawal: parseTriple(value.withdrawal),
    transfer: parseTriple(value.transfer),
  };
}

function parseAddress(value: unknown): Address | null {
  if (!isRecord(value)) return null;
  const line2 = strOrNull(value.line2);
  return {
    line1: str(value.line1),
    ...(line2 ? { line2 } : {}),
    city: str(value.city),
    postalCode: str(value.postalCode),
    country: str(value.country),
  };
}

export function parseVerification(value: unknown): Verification {
  if (!isRecord(value) || typeof value.level !== "number") throw invalid();
  const profile = isRecord(value.profile) ? value.profile : {};
  const limits = isRecord(value.limits) ? value.limits : {};
  const status = ["none", "pending", "approved", "rejected"].includes(String(value.status))
    ? (value.status as ReviewStatus)
    : "none";
  return {
    level: value.level,
    status,
    requestedLevel: num(value.requestedLevel),
    profile: {
      legalName: strOrNull(profile.legalName),
      dateOfBirth: strOrNull(profile.dateOfBirth),
      address: parseAddress(profile.address),
    },
    documents: Array.isArray(value.documents)
      ? value.documents.map(parseDocument).filter((d): d is KycDocument => d !== null)
      : [],
    missing: requirements(value.missing),
    levels: Array.isArray(value.levels)
      ? value.levels.flatMap((l) =>
          isRecord(l) && typeof l.level === "number"
            ? [{ level: l.level, missing: requirements(l.missing) }]
            : [],
        )
      : [],
    rejectionReason: strOrNull(value.rejectionReason),
    submittedAt: strOrNull(value.submittedAt),
    reviewedAt: strOrNull(value.reviewedAt),
    limits: { current: parseLevelLimits(limits.current), next: parseLevelLimits(limits.next) },
  };
}

// --- documents: checks before sending ------------------------------------------------------------

export const DOCUMENT_TYPES = ["image/jpeg", "image/png", "application/pdf"] as const;
/** The server's default (KYC_MAX_UPLOAD_MB = 8); an installation with another limit answers 413 itself. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

export type FileProblem = "type" | "size" | "empty";

/** What is wrong with a chosen file before it is sent, or null (the server checks the content). */
export function fileProblem(file: { type: string; size: number; name: string }): FileProblem | null {
  if (file.size === 0) return "empty";
  const byName = /\.(jpe?g|png|pdf)$/i.test(file.name);
  if (!(DOCUMENT_TYPES as readonly string[]).includes(file.type) && !byName) return "type";
  if (file.size > MAX_DOCUMENT_BYTES) return "size";
  return null;
}

/** The Content-Type to send: the browser's when it is one of the three, else from the name. */
export function documentContentType(file: { type: string; name: string }): string {
  if ((DOCUMENT_TYPES as readonly string[]).includes(file.type)) return file.type;
  if (/\.pdf$/i.test(file.name)) return "application/pdf";
  if (/\.png$/i.test(file.name)) return "image/png";
  return "image/jpeg";
}

// --- calls -----------------------------------------------------------------------------------------

export async function fetchVerification(abort?: AbortSignal): Promise<Verification> {
  return parseVerification(await api.get<unknown>("/api/v1/me/verification", signal(abort)));
}

export async function saveProfile(input: ProfileInput): Promise<Verification> {
  return parseVerification(await api.put<unknown>("/api/v1/me/verification/profile", input));
}

export async function submitVerification(level: 1 | 2): Promise<Verification> {
  return parseVerification(await api.post<unknown>("/api/v1/me/verification/submit", { level }));
}

/**
 * Uploads a document with XMLHttpRequest (fetch cannot report upload progress). `onProgress`
 * gets 0..1. Rejects with an ApiError like every other call.
 */
export function uploadDocument(
  kind: DocumentKind,
  file: Blob & { name: string },
  onProgress?: (fraction: number) => void,
): Promise<KycDocument> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("PUT", `/api/v1/me/verification/documents/${encodeURIComponent(kind)}`);
    xhr.withCredentials = true;
    const headers: Record<string, string> = {
      Accept: "application/json, application/problem+json",
      "Accept-Language": currentLanguage(),
      "Content-Type": documentContentType(file),
      ...csrfHeader("PUT"),
    };
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && onProgress) onProgress(event.loaded / event.total);
    };
    xhr.onerror = () =>
      reject(new ApiError({ status: 0, code: "network_error", title: i18n.t("errors.network") }));
    xhr.onload = () => {
      let body: unknown;
      try {
        body = xhr.responseText ? (JSON.parse(xhr.responseText) as unknown) : undefined;
      } catch {
        body = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) {
        const document = isRecord(body) ? parseDocument(body.document) : null;
        if (document) resolve(document);
        else reject(invalid());
        return;
      }
      reject(problemToError(xhr.status, body, parseRetryAfter(xhr.getResponseHeader("retry-after"))));
    };
    xhr.send(file);
  });
}

// --- policies (public) ---------------------------------------------------------------------------

export interface PolicyChange {
  path: string;
  before: string | number | null;
  after: string | number | null;
  /** The change in a sentence, in the reader's language. */
  description: string;
}

export interface PolicyVersion {
  version: number;
  effectiveFrom: string;
  changes: PolicyChange[];
}

export interface PolicyMethod {
  id: string;
  kind: string;
  name: string;
  directions: ("deposit" | "withdrawal")[];
  /** ISO 3166 codes; "*" means everywhere. */
  countries: string[];
  currencies: string[];
  minAmount: string;
  maxAmount: string;
  fee: { fixed: string; percent: string };
  processingTime: { key: string; text: string };
  verificationLevel: { deposit: number | null; withdrawal: number | null };
  state: "active" | "paused" | "maintenance";
  maintenance: { startsAt: string; endsAt: string } | null;
}

export interface LimitRow extends LimitTriple {
  level: number;
}

export interface Policies extends PolicyVersion {
  /** Every amount is in this currency (USD). */
  currency: string;
  methods: PolicyMethod[];
  limits: { deposit: LimitRow[]; withdrawal: LimitRow[]; transfer: LimitRow[] };
  withdrawalReviewOver: string;
  payoutDestinationHoldHours: number;
  bankDepositExpiryDays: number;
}

function scalar(value: unknown): string | number | null {
  return typeof value === "string" || typeof value === "number" ? value : null;
}

function levelOrNull(value: unknown): number | null {
  return typeof value === "number" ? value : null;
}

export function parsePolicyVersion(value: unknown): PolicyVersion | null {
  if (!isRecord(value) || typeof value.version !== "number") return null;
  return {
    version: value.version,
    effectiveFrom: str(value.effectiveFrom),
    changes: Array.isArray(value.changes)
      ? value.changes.flatMap((c) =>
          isRecord(c)
            ? [
                {
                  path: str(c.path),
                  before: scalar(c.before),
                  after: scalar(c.after),
                  description: str(c.description),
                },
              ]
            : [],
        )
      : [],
  };
}

function parsePolicyMethod(value: unknown): PolicyMethod | null {
  if (!isRecord(value) || typeof value.id !== "string") return null;
  const fee = isRecord(value.fee) ? value.fee : {};
  const time = isRecord(value.processingTime) ? value.processingTime : {};
  const level = isRecord(value.verificationLevel) ? value.verificationLevel : {};
  const m = isRecord(value.maintenance) ? value.maintenance : null;
  const strings = (v: unknown) =>
    Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  return {
    id: value.id,
    kind: str(value.kind),
    name: str(value.name, value.id),
    directions: strings(value.directions).filter(
      (d): d is "deposit" | "withdrawal" => d === "deposit" || d === "withdrawal",
    ),
    countries: strings(value.countries),
    currencies: strings(value.currencies),
    minAmount: str(value.minAmount),
    maxAmount: str(value.maxAmount),
    fee: { fixed: str(fee.fixed, "0"), percent: str(fee.percent, "0") },
    processingTime: { key: str(time.key), text: str(time.text) },
    verificationLevel: { deposit: levelOrNull(level.deposit), withdrawal: levelOrNull(level.withdrawal) },
    state: value.state === "paused" || value.state === "maintenance" ? value.state : "active",
    maintenance: m && typeof m.endsAt === "string" ? { startsAt: str(m.startsAt), endsAt: m.endsAt } : null,
  };
}

function limitRows(value: unknown): LimitRow[] {
  return Array.isArray(value)
    ? value.flatMap((r) =>
        isRecord(r) && typeof r.level === "number" ? [{ level: r.level, ...parseTriple(r) }] : [],
      )
    : [];
}

export function parsePolicies(value: unknown): Policies {
  const version = parsePolicyVersion(value);
  if (!version || !isRecord(value)) throw invalid();
  const limits = isRecord(value.limits) ? value.limits : {};
  return {
    ...version,
    currency: str(value.currency, "USD"),
    methods: Array.isArray(value.methods)
      ? value.methods.map(parsePolicyMethod).filter((m): m is PolicyMethod => m !== null)
      : [],
    limits: {
      deposit: limitRows(limits.deposit),
      withdrawal: limitRows(limits.withdrawal),
      transfer: limitRows(limits.transfer),
    },
    withdrawalReviewOver: str(value.withdrawalReviewOver),
    payoutDestinationHoldHours: num(value.payoutDestinationHoldHours),
    bankDepositExpiryDays: num(value.bankDepositExpiryDays),
  };
}

export async function fetchPolicies(abort?: AbortSignal): Promise<Policies> {
  return parsePolicies(await api.get<unknown>("/api/v1/policies", signal(abort)));
}

export async function fetchPolicyVersions(abort?: AbortSignal): Promise<PolicyVersion[]> {
  const body = await api.get<unknown>("/api/v1/policies/versions", {
    query: { limit: 50 },
    ...signal(abort),
  });
  const data = isRecord(body) && Array.isArray(body.data) ? body.data : [];
  return data.map(parsePolicyVersion).filter((v): v is PolicyVersion => v !== null);
}

import type { TFunction } from "i18next";
import { humanize } from "../../../lib/transactions";

const DOCUMENT_KINDS = ["id_document", "selfie", "proof_of_address"] as const;
const DOCUMENT_STATUSES = ["uploaded", "accepted", "rejected", "replaced"] as const;
const REVIEW_STATUSES = ["none", "pending", "approved", "rejected"] as const;

function pick<T extends string>(list: readonly T[], value: string): T | undefined {
  return list.find((v) => v === value);
}

export function documentKindLabel(kind: string, t: TFunction): string {
  const known = pick(DOCUMENT_KINDS, kind);
  return known ? t(`staffPayments.kyc.kinds.${known}`) : humanize(kind);
}

export function documentStatusLabel(status: string, t: TFunction): string {
  const known = pick(DOCUMENT_STATUSES, status);
  return known ? t(`staffPayments.kyc.docStatus.${known}`) : humanize(status);
}

export function reviewStatusLabel(status: string, t: TFunction): string {
  const known = pick(REVIEW_STATUSES, status);
  return known ? t(`staffPayments.kyc.status.${known}`) : humanize(status);
}

/** "1.2 MB" / "340 KB". */
export function fileSize(bytes: number | null, lang: string): string {
  if (bytes === null) return "";
  const format = (n: number, unit: string) =>
    `${new Intl.NumberFormat(lang, { maximumFractionDigits: 1 }).format(n)} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / (1024 * 1024), "MB");
  return format(Math.max(1, bytes / 1024), "KB");
}

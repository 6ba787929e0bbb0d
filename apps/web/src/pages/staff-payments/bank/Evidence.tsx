import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import { isRecord } from "../../../api/parse";
import { Money } from "../../../components/Money";
import { humanize } from "../../../lib/transactions";
import { calendarDate, dateTime } from "../format";

/** Evidence keys the page has its own words for; any other key is shown humanized ("payer_name" → "Payer name"). */
const KNOWN = [
  "amount",
  "currency",
  "reference",
  "payerName",
  "valueDate",
  "approxTime",
  "methodId",
  "providerReference",
  "email",
  "statementLineId",
  "depositId",
  "finding",
  "candidates",
  "receivedAt",
  "reason",
  "referenceText",
  "externalId",
  "told",
  "line",
  "deposit",
  "bankReference",
  "status",
  "id",
  "createdAt",
  "customer",
  "walletNumber",
  "why",
] as const;
const UNMATCHED_REASONS = [
  "reference_missing",
  "reference_not_found",
  "method_mismatch",
  "ambiguous",
  "deposit_closed",
  "currency_mismatch",
  "amount_mismatch",
] as const;
const CANDIDATE_WHY = ["reference", "amount"] as const;

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;

/**
 * What the platform collected about a case (the statement line, what the customer told the
 * tracer, candidate deposits…), as labelled facts instead of raw JSON. Amount and currency
 * side by side are shown as one sum.
 */
export function Evidence({ evidence, depth = 0 }: { evidence: Record<string, unknown>; depth?: number }) {
  const { t } = useTranslation();
  const entries = Object.entries(evidence).filter(([, v]) => v !== null && v !== undefined && v !== "");
  if (entries.length === 0) return <p className="muted small">{t("staffPayments.cases.noEvidence")}</p>;
  const sum =
    typeof evidence.currency === "string" &&
    (typeof evidence.amount === "string" || typeof evidence.amount === "number");
  const label = (key: string) => {
    const known = KNOWN.find((k) => k === key);
    return known
      ? t(`staffPayments.cases.evidenceKeys.${known}`)
      : humanize(key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase());
  };
  return (
    <dl className={`evidence${depth > 0 ? " evidence--nested" : ""}`}>
      {entries.map(([key, value]) => {
        if (sum && key === "currency") return null;
        return (
          <div key={key} className="evidence__row">
            <dt>{label(key)}</dt>
            <dd>
              {sum && key === "amount" ? (
                <Money amount={String(value)} currency={String(evidence.currency)} />
              ) : (
                <EvidenceValue value={coded(key, value, t)} depth={depth} />
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}

/** Codes the page has words for (why a line was not credited, why a deposit is a candidate), in words. */
function coded(key: string, value: unknown, t: TFunction): unknown {
  if (typeof value !== "string") return value;
  if (key === "reason") {
    const known = UNMATCHED_REASONS.find((r) => r === value);
    return known ? t(`staffPayments.cases.reasons.${known}`) : value;
  }
  if (key === "why") {
    const known = CANDIDATE_WHY.find((w) => w === value);
    return known ? t(`staffPayments.cases.why.${known}`) : value;
  }
  return value;
}

function EvidenceValue({ value, depth }: { value: unknown; depth: number }) {
  const { t } = useTranslation();
  if (typeof value === "boolean") return <>{value ? t("staffPayments.yes") : t("staffPayments.no")}</>;
  if (typeof value === "number") return <>{String(value)}</>;
  if (typeof value === "string") {
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return <>{calendarDate(value)}</>;
    return ISO_TIME.test(value) ? (
      <time dateTime={value}>{dateTime(value)}</time>
    ) : (
      <span className="evidence__text">{value}</span>
    );
  }
  if (depth >= 3) return <code className="small">{JSON.stringify(value)}</code>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">—</span>;
    return (
      <ol className="evidence__list">
        {value.map((item, i) => (
          // Evidence arrays are fixed once recorded: the position is a stable key.
          // biome-ignore lint/suspicious/noArrayIndexKey: see above
          <li key={i}>
            {isRecord(item) ? (
              <Evidence evidence={item} depth={depth + 1} />
            ) : (
              <EvidenceValue value={item} depth={depth + 1} />
            )}
          </li>
        ))}
      </ol>
    );
  }
  if (isRecord(value)) return <Evidence evidence={value} depth={depth + 1} />;
  return <span className="muted">—</span>;
}

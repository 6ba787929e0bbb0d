import type { Locale } from "../../../platform/i18n.js";
import { formatAmount } from "../../../platform/money/money.js";
import { explainReason, isReasonCode } from "../../../platform/reasons/catalog.js";
import type { DepositRow } from "../deposits/deposits-repository.js";
import type { MethodRow } from "../methods/catalogue.js";

/**
 * A deposit as the tracer shows it to its owner, in the fields of the deposit view of the
 * payments contract. The timeline has the deposit's own moments (made, and finished when it
 * is); the full one is on GET /api/v1/deposits/{id}.
 */
export function presentTracedDeposit(
  deposit: DepositRow,
  method: MethodRow,
  historyReference: string | undefined,
  locale: Locale,
) {
  const reason =
    deposit.reason_code && isReasonCode(deposit.reason_code)
      ? explainReason(deposit.reason_code, locale)
      : null;
  return {
    id: deposit.id,
    methodId: deposit.method_id,
    methodName: method.name[locale],
    kind: method.kind,
    status: deposit.status,
    providerStatus: deposit.provider_status,
    amount: formatAmount(deposit.amount, deposit.currency),
    fee: formatAmount(deposit.fee, deposit.currency),
    netAmount: formatAmount(deposit.amount - deposit.fee, deposit.currency),
    currency: deposit.currency,
    card: deposit.card,
    nextAction: deposit.next_action,
    reason,
    transactionId: deposit.transaction_id,
    reference: historyReference ?? null,
    timeline: [
      { status: "created", at: deposit.created_at.toISOString(), reasonCode: null },
      ...(deposit.completed_at
        ? [
            {
              status: deposit.status,
              at: deposit.completed_at.toISOString(),
              reasonCode: deposit.reason_code,
            },
          ]
        : []),
    ],
    createdAt: deposit.created_at.toISOString(),
    updatedAt: deposit.updated_at.toISOString(),
    completedAt: deposit.completed_at?.toISOString() ?? null,
    expiresAt: deposit.expires_at?.toISOString() ?? null,
  };
}

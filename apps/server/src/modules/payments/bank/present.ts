import type { Locale } from "../../../platform/i18n.js";
import { formatAmount } from "../../../platform/money/money.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { accountHolders } from "../../accounts/index.js";
import { type CaseRow, depositOwners, type LineRow, lineCases } from "./bank-repository.js";
import { resolutionText } from "./cases.js";
import { isUnmatchedReason, UNMATCHED_REASONS } from "./unmatched-reasons.js";

/** Account holders by user id, all in one query however many rows name them. */
function holdersOf(executor: Executor, userIds: (string | null)[]) {
  return accountHolders(
    executor,
    userIds.filter((id): id is string => id !== null),
  );
}

/** What a line says by itself (the bank's side of it), as shown and as kept in evidence. */
export function lineFacts(line: LineRow) {
  return {
    id: line.id,
    externalId: line.external_id,
    methodId: line.method_id,
    amount: formatAmount(line.amount, line.currency),
    currency: line.currency,
    reference: line.reference_text,
    payerName: line.payer_name,
    valueDate: line.value_date,
  };
}

/** Statement lines as the staff pages show them: whose money it became, who matched it, its case. */
export async function presentLines(executor: Executor, rows: LineRow[], locale: Locale) {
  const owners = await depositOwners(
    executor,
    rows.flatMap((r) => (r.deposit_id ? [r.deposit_id] : [])),
  );
  const cases = await lineCases(
    executor,
    rows.map((r) => r.id),
  );
  const holders = await holdersOf(executor, [...owners.values(), ...rows.map((r) => r.matched_by)]);
  return rows.map((line) => {
    const owner = line.deposit_id ? holders.get(owners.get(line.deposit_id) ?? "") : undefined;
    const lineCase = cases.get(line.id);
    const reason =
      line.status === "unmatched" && isUnmatchedReason(lineCase?.reason) ? lineCase.reason : null;
    return {
      ...lineFacts(line),
      status: line.status,
      depositId: line.deposit_id,
      customer: owner ? { walletNumber: owner.walletNumber, email: owner.email } : null,
      matchedBy: line.matched_by ? (holders.get(line.matched_by)?.email ?? line.matched_by) : null,
      matchedAt: line.matched_at?.toISOString() ?? null,
      createdAt: line.created_at.toISOString(),
      caseId: lineCase?.id ?? null,
      unmatchedReason: reason ? { code: reason, text: UNMATCHED_REASONS[reason][locale] } : null,
    };
  });
}

export async function presentLine(executor: Executor, row: LineRow, locale: Locale) {
  const [view] = await presentLines(executor, [row], locale);
  return view as NonNullable<typeof view>;
}

/** Cases as the staff queue shows them, with the customer they concern when known. */
export async function presentCases(executor: Executor, rows: CaseRow[], locale: Locale) {
  const holders = await holdersOf(executor, [
    ...rows.map((r) => r.user_id),
    ...rows.map((r) => r.resolved_by),
  ]);
  return rows.map((c) => {
    const holder = c.user_id ? holders.get(c.user_id) : undefined;
    return {
      id: c.id,
      kind: c.kind,
      status: c.status,
      customer: holder ? { walletNumber: holder.walletNumber, email: holder.email, name: holder.name } : null,
      email: c.email,
      statementLineId: c.statement_line_id,
      depositId: c.deposit_id,
      evidence: c.evidence,
      createdAt: c.created_at.toISOString(),
      resolution: resolutionText(c.resolution, locale),
      resolvedAt: c.resolved_at?.toISOString() ?? null,
      resolvedBy: c.resolved_by ? (holders.get(c.resolved_by)?.email ?? c.resolved_by) : null,
    };
  });
}

import { transactionWithRetry } from "../../../platform/db/retry.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import type { Actor } from "../../audit/index.js";
import type { PaymentsDeps } from "../deps.js";
import { type CaseRow, lockCase, updateCase } from "./bank-repository.js";

/**
 * Payment cases: money nobody could match (`unmatched_line`) and customers' "my deposit has
 * not arrived" traces (`deposit_trace`), worked by staff until the support desk exists.
 */

const MATCHED = /^matched:([^:]+):([^:]+)$/;

/** The resolution written when a line is matched, stored language-neutral and worded when shown. */
export function matchedResolution(walletNumber: string, depositId: string): string {
  return `matched:${walletNumber}:${depositId}`;
}

/** A case's resolution as a person reads it: staff's own words, or the matching worded in their language. */
export function resolutionText(resolution: string | null, locale: Locale): string | null {
  const matched = resolution ? MATCHED.exec(resolution) : null;
  if (!matched) return resolution;
  const [, walletNumber, depositId] = matched;
  return locale === "zh-CN"
    ? `已匹配给客户 ${walletNumber}，入账充值单 ${depositId}。`
    : `Matched to customer ${walletNumber} as deposit ${depositId}.`;
}

/** Closes an open case with what staff did about it (audited). */
export async function resolveCase(
  deps: PaymentsDeps,
  actor: Actor & { id: string },
  caseId: string,
  resolution: string,
): Promise<CaseRow> {
  const { platform } = deps;
  return transactionWithRetry(platform.db, async (trx) => {
    const found = await lockCase(trx, caseId);
    if (!found) throw new DomainError("not_found");
    if (found.status === "resolved")
      throw new DomainError("payment_case_resolved", { resolvedAt: found.resolved_at ?? found.created_at });
    const now = platform.clock.now();
    const patch = {
      status: "resolved" as const,
      resolution,
      resolved_by: actor.id,
      resolved_at: now,
    };
    await updateCase(trx, caseId, patch);
    await deps.audit.record(
      trx,
      actor,
      "payment_case.resolved",
      { type: "payment_case", id: caseId },
      {
        kind: found.kind,
        statementLineId: found.statement_line_id,
        depositId: found.deposit_id,
        resolution,
      },
    );
    return { ...found, ...patch };
  });
}

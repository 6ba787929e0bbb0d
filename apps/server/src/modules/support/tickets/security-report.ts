import { DomainError } from "../../../platform/errors/domain-error.js";
import type { RequestContext } from "../../accounts/context.js";
import { SELF_FREEZE_REASON, selfFreeze } from "../../accounts/self-freeze.js";
import { ownTransactionSnapshots } from "../../wallets/support-view.js";
import type { SupportDeps } from "../deps.js";
import { type Created, openCustomerTicket } from "./create.js";
import { addEvent, addMessage, updateTicket } from "./repository.js";

/**
 * "I don't recognise this payment": an urgent security ticket about that transaction, and
 * (when the customer asks) payments out of the account frozen at once, in the same
 * transaction. The customer cannot lift the freeze; support does, after identity checks.
 */
export async function reportUnrecognizedTransaction(
  deps: SupportDeps,
  userId: string,
  input: { transactionId: string; freeze: boolean; note?: string | undefined },
  ctx: RequestContext,
): Promise<{ ticket: Created; frozen: boolean }> {
  const { platform } = deps;
  const at = platform.clock.now();
  const result = await platform.db.transaction().execute(async (trx) => {
    const found = await ownTransactionSnapshots(trx, userId, [input.transactionId]);
    const snapshot = found?.[0]?.snapshot;
    if (!snapshot) throw new DomainError("ticket_transaction_not_found");
    const profile = await deps.customers.profile(trx, userId);
    const language = profile?.language ?? ctx.locale;
    const what = `${snapshot.reference} (${snapshot.amount} ${snapshot.currency}, ${snapshot.at.slice(0, 10)})`;
    const subject =
      language === "zh-CN"
        ? `无法识别的交易 ${snapshot.reference}`
        : `Unrecognized transaction ${snapshot.reference}`;
    const said =
      language === "zh-CN" ? `我不认识这笔交易：${what}。` : `I do not recognize this transaction: ${what}.`;
    const ticket = await openCustomerTicket(
      deps,
      trx,
      userId,
      {
        category: "security",
        priority: "urgent",
        subject,
        description: input.note ? `${said}\n\n${input.note}` : said,
        transactionIds: [input.transactionId],
        language,
      },
      at,
    );
    // Frozen before the ticket's context is final, so the agent sees the account as it now is.
    const frozen = input.freeze
      ? await selfFreeze(
          deps.accounts.deps,
          trx,
          userId,
          { reason: SELF_FREEZE_REASON, ticketId: ticket.id },
          ctx,
        )
      : false;
    if (frozen) {
      await updateTicket(trx, ticket.id, { context: JSON.stringify({ ...ticket.context, frozen: true }) });
      await addEvent(trx, platform, {
        ticketId: ticket.id,
        actorId: userId,
        kind: "account_frozen",
        detail: { by: "customer", reason: SELF_FREEZE_REASON },
        at,
      });
      await addMessage(trx, platform, {
        ticketId: ticket.id,
        authorType: "system",
        authorId: null,
        authorName: null,
        body: "The customer froze payments out of their account when reporting this transaction. / 客户在报告此交易时冻结了账户转出。",
        internal: true,
        at,
      });
    }
    const alreadyFrozen =
      !frozen && input.freeze && (await deps.customers.profile(trx, userId))?.frozen === true;
    return { ticket, frozen: frozen || alreadyFrozen };
  });
  await deps.live.publish({
    type: "ticket.created",
    ticketId: result.ticket.id,
    number: String(result.ticket.number),
    groupKey: result.ticket.group_key,
  });
  return result;
}

import { transactionWithRetry } from "../../../platform/db/retry.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { PaymentsDeps } from "../deps.js";
import type { ProviderEvent } from "../providers/provider.js";
import type { WebhookCall } from "../providers/registry.js";
import { findDeposit } from "./deposits-repository.js";
import { PROCESSING_POLL_MS } from "./provider-call.js";
import { type DepositOutcome, settleDeposit } from "./settle.js";

/** Where payout events go: the withdrawals part, inside the webhook's transaction. */
export interface PayoutEventSink {
  /** `providerKey`: whose signature the event carried; a payout is settled only by its own provider. */
  onPayoutEvent(executor: Executor, event: ProviderEvent, providerKey: string): Promise<void>;
}

/**
 * POST /api/v1/providers/{provider}/webhooks, and the built-in providers' deliveries: the
 * provider verifies the call (signature over the raw body, five-minute window); then, in
 * one transaction, each event is recorded by its id, and only an event seen for the first
 * time is acted on. A deposit's final state is final, so duplicates, replays and events out
 * of order change nothing. Throws (and records nothing) when acting fails, so the provider
 * sends it again.
 */
export async function receiveWebhook(
  deps: PaymentsDeps,
  payouts: () => PayoutEventSink | undefined,
  call: WebhookCall,
): Promise<{ duplicate: boolean }> {
  const { platform } = deps;
  const provider = deps.providers.get(call.provider);
  const events = provider.parseWebhook({ headers: call.headers, rawBody: call.rawBody });
  return transactionWithRetry(platform.db, async (trx) => {
    let duplicate = true;
    for (const event of events) {
      const fresh = await trx
        .insertInto("provider_events")
        .values({
          provider: provider.key,
          event_id: event.id,
          type: event.type,
          reference: event.reference,
          received_at: platform.clock.now(),
        })
        .onConflict((oc) => oc.columns(["provider", "event_id"]).doNothing())
        .returning("event_id")
        .executeTakeFirst();
      if (!fresh) continue;
      duplicate = false;
      if (event.kind === "payment") await onPaymentEvent(deps, trx, provider.key, event);
      else {
        const sink = payouts();
        if (!sink) throw new Error("payout events have no receiver connected");
        await sink.onPayoutEvent(trx, event, provider.key);
      }
    }
    return { duplicate };
  });
}

async function onPaymentEvent(deps: PaymentsDeps, trx: Executor, providerKey: string, event: ProviderEvent) {
  const { log } = deps.platform;
  const deposit = await findDeposit(trx, event.reference);
  // A verified event about something else (another provider's deposit, one we never made) is noted and left.
  if (!deposit || deposit.provider !== providerKey) {
    log.warn({ provider: providerKey, eventId: event.id }, "provider event for an unknown deposit ignored");
    return;
  }
  if (
    (event.amount !== undefined && event.amount !== deposit.amount) ||
    (event.currency !== undefined && event.currency !== deposit.currency)
  ) {
    log.error(
      { provider: providerKey, eventId: event.id, depositId: deposit.id },
      "provider event amount differs from the deposit: not applied, needs a person",
    );
    return;
  }
  // The provider's id for the payment was set by its first answer; an event does not change it.
  const outcome = outcomeOfEvent(deps, {
    ...event,
    providerReference: deposit.provider_reference ?? event.providerReference,
  });
  if (outcome) await settleDeposit(deps, trx, deposit.id, outcome);
}

function outcomeOfEvent(deps: PaymentsDeps, event: ProviderEvent): DepositOutcome | undefined {
  const providerReference = event.providerReference;
  switch (event.status) {
    case "succeeded":
      return { status: "succeeded", providerReference };
    case "failed":
      return { status: "failed", reasonCode: event.reasonCode ?? "processing_error", providerReference };
    case "canceled":
      return { status: "failed", reasonCode: event.reasonCode ?? "payment_canceled", providerReference };
    case "pending":
      return {
        status: "pending",
        providerStatus: "processing",
        providerReference,
        nextAction: null,
        nextCheckAt: new Date(deps.platform.clock.now().getTime() + PROCESSING_POLL_MS),
      };
    case "requires_action":
      return { status: "pending", providerStatus: "requires_action", providerReference };
    case "returned":
      return undefined;
  }
}

import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { PaymentsDeps } from "../deps.js";
import { SIGNATURE_HEADER, signPayload } from "../providers/signing.js";
import { BankSimulator } from "./bank.js";
import { CardSimulator } from "./card.js";
import { wireEventSchema } from "./events.js";
import { EwalletSimulator } from "./ewallet.js";
import {
  ADVANCE_TOPIC,
  type AdvanceJob,
  SimulatedProvider,
  signingSecretOf,
  WEBHOOK_TOPIC,
} from "./simulated-provider.js";
import { findById } from "./store.js";

export { SimulatedProvider } from "./simulated-provider.js";

const advanceJob = z.object({
  provider: z.string(),
  id: z.string(),
  from: z.array(z.string()),
  to: z.string(),
  reasonCode: z.string().nullable().optional(),
  afterwards: z
    .object({ to: z.string(), reasonCode: z.string().nullable().optional(), delayMs: z.number() })
    .optional(),
});

const webhookJob = z.object({ provider: z.string(), event: wireEventSchema });

/** A built-in simulator by key; provider_not_found for anything else (a real provider has no modes or pages). */
export function simulatorOf(deps: PaymentsDeps, key: string): SimulatedProvider {
  const provider = deps.providers.has(key) ? deps.providers.get(key) : undefined;
  if (!(provider instanceof SimulatedProvider)) throw new DomainError("provider_not_found");
  return provider;
}

export function simulatorKeys(deps: PaymentsDeps): string[] {
  return deps.providers.keys().filter((key) => deps.providers.get(key) instanceof SimulatedProvider);
}

/**
 * Registers the built-in provider simulators (card, bank transfer, e-wallet) with the
 * registry, and their background work on the outbox: the later steps a provider takes on
 * its own (`simulator.advance`) and its webhooks (`simulator.webhook`), signed at delivery
 * and handed to the same function as POST /api/v1/providers/{provider}/webhooks.
 */
export function registerSimulators(deps: PaymentsDeps): void {
  const { platform } = deps;
  for (const simulator of [new CardSimulator(deps), new BankSimulator(deps), new EwalletSimulator(deps)])
    deps.providers.register(simulator);

  platform.outbox.register(ADVANCE_TOPIC, async (payload) => {
    const job: AdvanceJob = advanceJob.parse(payload);
    const simulator = simulatorOf(deps, job.provider);
    await platform.db.transaction().execute(async (trx) => {
      const row = await findById(trx, job.id, { lock: true });
      if (row) await simulator.advance(trx, row, job);
    });
  });

  platform.outbox.register(WEBHOOK_TOPIC, async (payload) => {
    const { provider, event } = webhookJob.parse(payload);
    const rawBody = JSON.stringify(event);
    const signature = signPayload(signingSecretOf(deps, provider), rawBody, platform.clock.now());
    await deps.providers.deliverWebhook({
      provider,
      headers: { [SIGNATURE_HEADER]: signature, "content-type": "application/json" },
      rawBody,
    });
  });
}

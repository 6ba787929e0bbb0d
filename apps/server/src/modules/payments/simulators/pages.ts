import { DomainError } from "../../../platform/errors/domain-error.js";
import { formatAmount } from "../../../platform/money/money.js";
import type { Actor } from "../../audit/index.js";
import type { PaymentsDeps } from "../deps.js";
import { simulatorKeys, simulatorOf } from "./index.js";
import {
  allSettings,
  findById,
  modeOf,
  type SimulatorMode,
  type SimulatorRow,
  saveMode,
  scenarioOf,
} from "./store.js";

/** A 3-D Secure challenge or an e-wallet approval expires after an hour, as real ones do. */
export const CHALLENGE_TTL_MS = 60 * 60_000;

export type PageOutcome = "approve" | "decline" | "cancel";

/** A payment the customer can act on at the provider's page; anything else reads as missing. */
function pageOf(row: SimulatorRow | undefined) {
  if (row?.kind !== "payment") return undefined;
  const scenario = scenarioOf(row);
  return scenario.page ? { row, scenario, page: scenario.page } : undefined;
}

/** What the provider's page shows: the merchant, the amount, where the customer goes back to. */
export async function simulatorPayment(deps: PaymentsDeps, id: string) {
  const found = pageOf(await findById(deps.platform.db, id));
  if (!found) throw new DomainError("not_found");
  const { row, scenario, page } = found;
  return {
    id: row.id,
    provider: row.provider,
    kind: page,
    amount: formatAmount(row.amount, row.currency),
    currency: row.currency,
    merchant: "Satchel",
    status: row.status,
    returnUrl: scenario.returnUrl ?? deps.customers.url("/"),
  };
}

/**
 * The customer's answer on the provider's page. 3-D Secure: approve succeeds; decline or
 * cancel fails the payment as `authentication_failed` (Stripe does the same when the
 * challenge is refused or closed). E-wallet: approve succeeds; decline or cancel cancels it
 * (`payment_canceled`). Only the webhook that follows tells Satchel; the browser going back
 * to returnUrl changes nothing.
 */
export async function completeSimulatorPayment(deps: PaymentsDeps, id: string, outcome: PageOutcome) {
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    const found = pageOf(await findById(trx, id, { lock: true }));
    if (!found) throw new DomainError("not_found");
    const { row, scenario, page } = found;
    const expired = platform.clock.now().getTime() - row.created_at.getTime() > CHALLENGE_TTL_MS;
    if (row.status !== "requires_action" || expired) throw new DomainError("simulator_payment_closed");
    const simulator = simulatorOf(deps, row.provider);
    if (outcome === "approve") await simulator.transition(trx, row, "succeeded");
    else if (page === "3ds") await simulator.transition(trx, row, "failed", "authentication_failed");
    else await simulator.transition(trx, row, "canceled", "payment_canceled");
    return { returnUrl: scenario.returnUrl ?? deps.customers.url("/") };
  });
}

export interface SimulatorSetting {
  provider: string;
  kind: string;
  mode: SimulatorMode;
  updatedAt: string | null;
}

/** Every built-in simulator with its outage mode. */
export async function simulatorSettings(deps: PaymentsDeps): Promise<SimulatorSetting[]> {
  const saved = new Map((await allSettings(deps.platform.db)).map((s) => [s.provider, s]));
  return simulatorKeys(deps).map((key) => {
    const setting = saved.get(key);
    return {
      provider: key,
      kind: simulatorOf(deps, key).kind,
      mode: setting?.mode ?? "normal",
      updatedAt: setting?.updated_at.toISOString() ?? null,
    };
  });
}

export async function simulatorSetting(deps: PaymentsDeps, key: string): Promise<SimulatorSetting> {
  simulatorOf(deps, key);
  const found = (await simulatorSettings(deps)).find((s) => s.provider === key);
  if (!found) throw new DomainError("provider_not_found");
  return found;
}

/** An admin puts a simulator into an outage mode (or back to normal) to rehearse; audited. */
export async function setSimulatorMode(deps: PaymentsDeps, actor: Actor, key: string, mode: SimulatorMode) {
  simulatorOf(deps, key);
  await deps.platform.db.transaction().execute(async (trx) => {
    const before = await modeOf(trx, key);
    await saveMode(trx, key, mode, deps.platform.clock.now());
    await deps.audit.record(
      trx,
      actor,
      "simulator.mode_changed",
      { type: "provider", id: key },
      {
        from: before,
        to: mode,
      },
    );
  });
  return simulatorSetting(deps, key);
}

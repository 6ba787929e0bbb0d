import type { PaymentMethodKind } from "../../../platform/db/schema-payments.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { randomToken } from "../../../platform/random.js";
import type { PaymentsDeps } from "../deps.js";
import {
  type CreatePaymentInput,
  type CreatePayoutInput,
  type PaymentProvider,
  type ProviderEvent,
  ProviderPaymentNotFoundError,
  type ProviderPaymentResult,
  ProviderUnavailableError,
} from "../providers/provider.js";
import { SIGNATURE_HEADER, simulatorSecret, verifySignature } from "../providers/signing.js";
import { interfaceStatusOf, providerEventOf, wireEventOf, wireEventSchema } from "./events.js";
import { PAYOUT_RETURN_DELAY_MS, type PayoutScenario } from "./scenarios.js";
import {
  findById,
  findByReference,
  modeOf,
  recordRequest,
  type Scenario,
  type SimulatorKind,
  type SimulatorRow,
  scenarioOf,
  setStatus,
} from "./store.js";

export const ADVANCE_TOPIC = "simulator.advance";
export const WEBHOOK_TOPIC = "simulator.webhook";

/** A later step the provider takes on its own (processing finishes, a bank sends money back). */
export interface AdvanceJob {
  provider: string;
  id: string;
  /** Only from these statuses: a payout canceled meanwhile is not paid after all. */
  from: string[];
  to: string;
  reasonCode?: string | null;
  afterwards?: { to: string; reasonCode?: string | null; delayMs: number };
}

/** How a new payment starts: its scenario, first status, and the step the provider takes next. */
export interface PaymentPlan {
  scenario: Scenario;
  status: string;
  declineCode?: string | null;
  next?: Omit<AdvanceJob, "provider" | "id" | "from">;
}

/** Statuses a payment or payout can still be canceled from. */
const CANCELABLE = new Set(["requires_action", "processing", "awaiting_funds"]);

/** The signing secret of a built-in provider. */
export function signingSecretOf(deps: PaymentsDeps, provider: string): string {
  const { config } = deps.platform;
  return simulatorSecret(config.payments.providerWebhookSecret, config.secret, provider);
}

/**
 * What the three simulators share: their own records (simulator_payments), idempotency per
 * our reference, outage modes, asynchronous outcomes through delayed steps, and signed
 * webhooks sent through the outbox in the same transaction as each change of state.
 */
export abstract class SimulatedProvider implements PaymentProvider {
  abstract readonly key: string;
  abstract readonly kind: PaymentMethodKind;

  constructor(protected readonly deps: PaymentsDeps) {}

  abstract createPayment(input: CreatePaymentInput): Promise<ProviderPaymentResult>;

  /** Which outcome a payout to these details will have. */
  protected abstract payoutScenario(
    executor: Executor,
    destination: Record<string, string>,
  ): Promise<PayoutScenario>;

  /**
   * Runs one API call as the provider would in its current mode. `error`: refused before
   * anything is recorded (a 5xx). `timeout`: the work is done and recorded (its webhook will
   * follow) but the answer never reaches the caller.
   */
  protected async call<T>(work: (trx: Executor) => Promise<T>): Promise<T> {
    const { db } = this.deps.platform;
    const mode = await modeOf(db, this.key);
    if (mode === "error") throw new ProviderUnavailableError(this.key, "error");
    const result = await db.transaction().execute(work);
    if (mode === "timeout") throw new ProviderUnavailableError(this.key, "timeout");
    return result;
  }

  protected newId(prefix: string): string {
    return `${prefix}_${randomToken(this.deps.platform.random, 16)}`;
  }

  /**
   * Records a payment or payout for our reference, or finds the one recorded before (calls
   * are idempotent per reference). Only a new record sends its webhook or schedules its
   * next step.
   */
  protected async record(
    trx: Executor,
    input: {
      kind: SimulatorKind;
      reference: string;
      amount: bigint;
      currency: string;
    } & PaymentPlan,
  ): Promise<SimulatorRow> {
    const now = this.deps.platform.clock.now();
    const { row, created } = await recordRequest(trx, {
      id: this.newId(input.kind === "payment" ? "sim" : "spo"),
      provider: this.key,
      kind: input.kind,
      merchant_reference: input.reference,
      amount: input.amount,
      currency: input.currency,
      scenario: input.scenario,
      status: input.status,
      decline_code: input.declineCode ?? null,
      created_at: now,
      updated_at: now,
    });
    if (!created) return row;
    if (input.status === "failed") await this.sendEvent(trx, row);
    if (input.next)
      await this.schedule(trx, { ...input.next, provider: this.key, id: row.id, from: [row.status] });
    return row;
  }

  /**
   * createPayment's common path: records the payment for our reference (once) as `plan`
   * says, and answers with its state (a repeated call answers with the state it has now).
   */
  protected createRemotePayment(
    input: CreatePaymentInput,
    plan: (trx: Executor) => Promise<PaymentPlan> | PaymentPlan,
  ): Promise<ProviderPaymentResult> {
    return this.call(async (trx) => {
      const { reference, amount, currency } = input;
      const row = await this.record(trx, {
        kind: "payment",
        reference,
        amount,
        currency,
        ...(await plan(trx)),
      });
      return this.resultOf(row);
    });
  }

  protected async schedule(trx: Executor, job: AdvanceJob, delayMs = 0): Promise<void> {
    await this.deps.platform.outbox.enqueue(trx, ADVANCE_TOPIC, { ...job }, delayMs ? { delayMs } : {});
  }

  /** Queues the signed webhook for the row's current state (signed when it is delivered). */
  protected async sendEvent(trx: Executor, row: SimulatorRow): Promise<void> {
    const event = wireEventOf(row, this.newId("evt"), this.deps.platform.clock.now());
    await this.deps.platform.outbox.enqueue(trx, WEBHOOK_TOPIC, { provider: this.key, event });
  }

  /** Moves a record to a new status and tells the merchant by webhook. */
  async transition(trx: Executor, row: SimulatorRow, to: string, reasonCode: string | null = null) {
    const at = this.deps.platform.clock.now();
    await setStatus(trx, row.id, { status: to, declineCode: reasonCode, at });
    const moved = { ...row, status: to, decline_code: reasonCode, updated_at: at };
    await this.sendEvent(trx, moved);
    return moved;
  }

  /** The scheduled step: applies it unless the record moved on meanwhile. */
  async advance(trx: Executor, row: SimulatorRow, job: AdvanceJob): Promise<void> {
    if (!job.from.includes(row.status)) return;
    await this.transition(trx, row, job.to, job.reasonCode ?? null);
    if (job.afterwards) {
      const { delayMs, ...next } = job.afterwards;
      await this.schedule(trx, { ...next, provider: this.key, id: row.id, from: [job.to] }, delayMs);
    }
  }

  /** How a record looks through the provider interface. */
  protected resultOf(row: SimulatorRow): ProviderPaymentResult {
    const status = interfaceStatusOf(row.status);
    return {
      status,
      providerReference: row.id,
      ...(row.decline_code ? { reasonCode: row.decline_code } : {}),
      ...(status === "requires_action" ? { redirectUrl: this.redirectUrlOf(row) } : {}),
    };
  }

  /** The provider's page for a payment waiting on the customer (3-D Secure, e-wallet approval). */
  protected redirectUrlOf(row: SimulatorRow): string {
    const scenario = scenarioOf(row);
    const returnTo = scenario.returnUrl ? `?return=${encodeURIComponent(scenario.returnUrl)}` : "";
    return `${this.deps.platform.config.publicUrl}/simulator/${scenario.page ?? "3ds"}/${row.id}${returnTo}`;
  }

  async getStatus(input: { reference: string; kind: "payment" | "payout" }): Promise<ProviderPaymentResult> {
    return this.call(async (trx) => {
      const row = await findByReference(trx, this.key, input.kind, input.reference);
      if (!row) throw new ProviderPaymentNotFoundError(this.key, input.reference);
      return this.resultOf(row);
    });
  }

  async cancel(input: { reference: string; kind: "payment" | "payout" }): Promise<ProviderPaymentResult> {
    return this.call(async (trx) => {
      const found = await findByReference(trx, this.key, input.kind, input.reference);
      if (!found) throw new ProviderPaymentNotFoundError(this.key, input.reference);
      const row = (await findById(trx, found.id, { lock: true })) ?? found;
      if (!CANCELABLE.has(row.status)) return this.resultOf(row);
      return this.resultOf(
        await this.transition(trx, row, "canceled", input.kind === "payment" ? "payment_canceled" : null),
      );
    });
  }

  async createPayout(input: CreatePayoutInput): Promise<ProviderPaymentResult> {
    return this.call(async (trx) => {
      const scenario = await this.payoutScenario(trx, input.destination);
      const next =
        scenario === "payout_fails"
          ? { to: "failed", reasonCode: "destination_invalid" }
          : scenario === "payout_returned"
            ? {
                to: "paid",
                afterwards: {
                  to: "returned",
                  reasonCode: "returned_by_bank",
                  delayMs: PAYOUT_RETURN_DELAY_MS,
                },
              }
            : { to: "paid" };
      const row = await this.record(trx, {
        kind: "payout",
        reference: input.reference,
        amount: input.amount,
        currency: input.currency,
        scenario: { name: scenario },
        status: "processing",
        next,
      });
      return this.resultOf(row);
    });
  }

  /** Verifies the signature (timestamp within five minutes, constant-time compare) and reads the event. */
  parseWebhook(input: {
    headers: Record<string, string | string[] | undefined>;
    rawBody: string;
  }): ProviderEvent[] {
    verifySignature(
      signingSecretOf(this.deps, this.key),
      input.headers[SIGNATURE_HEADER],
      input.rawBody,
      this.deps.platform.clock.now(),
    );
    let body: unknown;
    try {
      body = JSON.parse(input.rawBody);
    } catch {
      throw new DomainError("webhook_payload_invalid");
    }
    const parsed = wireEventSchema.safeParse(body);
    if (!parsed.success) throw new DomainError("webhook_payload_invalid");
    return [providerEventOf(parsed.data)];
  }
}

import type { PaymentDirection } from "../../../platform/db/schema-payments.js";
import type { ComponentKey } from "../../../platform/db/schema-status.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Locale } from "../../../platform/i18n.js";
import { formatAmount } from "../../../platform/money/money.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { CustomerProfile } from "../../accounts/customers.js";
import type { Actor } from "../../audit/index.js";
import type { MethodWindow } from "../../status/index.js";
import type { PaymentsDeps } from "../deps.js";
import { DEFAULT_METHODS } from "./defaults.js";
import {
  allMethods,
  findMethod,
  insertMethods,
  type MethodRow,
  type NewMethodRow,
  updateMethod,
} from "./methods-repository.js";

export type { MethodRow } from "./methods-repository.js";

export const PROCESSING_TIMES = {
  instant: { en: "Instant", "zh-CN": "即时到账" },
  minutes: { en: "Within minutes", "zh-CN": "几分钟内" },
  same_day: { en: "Same business day", "zh-CN": "当个工作日" },
  "1_3_days": { en: "1 to 3 business days", "zh-CN": "1 至 3 个工作日" },
  "3_5_days": { en: "3 to 5 business days", "zh-CN": "3 至 5 个工作日" },
} as const;
export type ProcessingTime = keyof typeof PROCESSING_TIMES;

export type MethodState = "active" | "paused" | "maintenance";

export const supportsDirection = (m: MethodRow, direction: PaymentDirection) =>
  m.direction === "both" || m.direction === direction;

export const servesCountry = (m: MethodRow, country: string | null) =>
  m.countries.includes("*") || (country !== null && m.countries.includes(country));

/**
 * The status-page component an operation with the method belongs to (API.md's keys): every
 * withdrawal is `withdrawals`; a deposit is its kind's.
 */
export function componentOf(m: Pick<MethodRow, "kind">, direction: PaymentDirection): ComponentKey {
  if (direction === "withdrawal") return "withdrawals";
  return m.kind === "card"
    ? "card_deposits"
    : m.kind === "bank_transfer"
      ? "bank_deposits"
      : "ewallet_deposits";
}

/** Every component the method's operations belong to (a method used both ways has two). */
export function componentsOf(m: Pick<MethodRow, "kind" | "direction">): ComponentKey[] {
  return [
    ...(m.direction !== "withdrawal" ? [componentOf(m, "deposit")] : []),
    ...(m.direction !== "deposit" ? [componentOf(m, "withdrawal")] : []),
  ];
}

/**
 * The method's state now: paused by staff, or in maintenance while a status-page window over
 * its component, or naming it, is going on (see MethodCatalogue.windows); active otherwise.
 */
export function stateAt(m: MethodRow, window: MethodWindow | undefined): MethodState {
  if (m.state === "paused") return "paused";
  if (window?.open) return "maintenance";
  return "active";
}

/** The `maintenance` a method shows: the window going on, else the next one; null without one. */
export const maintenanceView = (window: MethodWindow | undefined) =>
  window ? { startsAt: window.startsAt.toISOString(), endsAt: window.endsAt.toISOString() } : null;

/** A fee in the operation's currency: the percentage of the amount plus the fixed USD part, each rounded up. */
export async function feeFor(
  deps: PaymentsDeps,
  m: MethodRow,
  amount: bigint,
  currency: string,
): Promise<bigint> {
  const percent = (amount * m.fee_ppm + 999_999n) / 1_000_000n;
  const fixed = m.fee_fixed > 0n ? await deps.fx.convert(m.fee_fixed, "USD", currency, { round: "up" }) : 0n;
  return percent + fixed;
}

/**
 * The payment-method catalogue: which methods exist, where and in which currencies they
 * work, their limits, fees, times and state. Customers see only what they can use; every
 * deposit and withdrawal passes `check` before anything else happens, so a method in
 * maintenance or out of region refuses at once and leaves nothing half done.
 */
export class MethodCatalogue {
  constructor(private readonly deps: PaymentsDeps) {}

  /** Fills an empty catalogue with the defaults (first start). */
  async seed(): Promise<void> {
    const existing = await allMethods(this.deps.platform.db);
    if (existing.length > 0) return;
    const now = this.deps.platform.clock.now();
    await insertMethods(
      this.deps.platform.db,
      DEFAULT_METHODS.map((m, i) => ({
        ...m,
        state: "active",
        position: i,
        updated_at: now,
        updated_by: null,
      })),
    );
  }

  all(executor: Executor = this.deps.platform.db): Promise<MethodRow[]> {
    return allMethods(executor);
  }

  async get(id: string, executor: Executor = this.deps.platform.db): Promise<MethodRow> {
    const method = await findMethod(executor, id);
    if (!method) throw new DomainError("not_found");
    return method;
  }

  /**
   * The maintenance windows of these methods, from the status page (one source of truth):
   * for one direction, the windows of that direction's component; without one, of all the
   * method's components.
   */
  windows(methods: MethodRow[], direction?: PaymentDirection): Promise<Map<string, MethodWindow>> {
    return this.deps.gate.methodWindows(
      methods.map((m) => ({
        id: m.id,
        components: direction ? [componentOf(m, direction)] : componentsOf(m),
      })),
    );
  }

  /** The methods a customer may pick for a direction (and currency), maintenance and paused ones included so they can see when. */
  async availableTo(
    profile: Pick<CustomerProfile, "country">,
    direction: PaymentDirection,
    currency?: string,
  ): Promise<MethodRow[]> {
    const methods = await this.all();
    return methods.filter(
      (m) =>
        supportsDirection(m, direction) &&
        servesCountry(m, profile.country) &&
        (currency === undefined || m.currencies.includes(currency)),
    );
  }

  /**
   * Refuses an operation the method cannot take, before anything is written. Order: does
   * the method exist and serve this direction, region and currency; is it open; is the
   * customer verified enough; is the amount within the method's bounds. Returns the fee.
   */
  async check(input: {
    methodId: string;
    direction: PaymentDirection;
    profile: Pick<CustomerProfile, "country" | "verificationLevel">;
    amount: bigint;
    currency: string;
  }): Promise<{ method: MethodRow; fee: bigint }> {
    const { deps } = this;
    const method = await findMethod(deps.platform.db, input.methodId);
    const fits =
      method &&
      supportsDirection(method, input.direction) &&
      servesCountry(method, input.profile.country) &&
      method.currencies.includes(input.currency);
    if (!method || !fits) {
      const candidates = await this.availableTo(input.profile, input.direction, input.currency);
      const windows = await this.windows(candidates, input.direction);
      const usable = candidates.filter((m) => stateAt(m, windows.get(m.id)) === "active");
      throw new DomainError("method_unavailable_in_region", {}, [], {
        methods: usable.map((m) => ({ id: m.id, kind: m.kind, name: m.name })),
      });
    }
    if (method.state === "paused") throw new DomainError("method_paused");
    // Maintenance (of the component, or naming this method) and major outage: the status page decides.
    await deps.gate.assertAvailable(componentOf(method, input.direction), { methodId: method.id });
    const needed = input.direction === "deposit" ? method.deposit_level : method.withdrawal_level;
    if (input.profile.verificationLevel < needed)
      throw new DomainError("kyc_required", { level: needed, current: input.profile.verificationLevel }, [], {
        requiredLevel: needed,
        currentLevel: input.profile.verificationLevel,
      });
    const minimum = await deps.fx.convert(method.min_amount, "USD", input.currency, { round: "up" });
    const maximum = await deps.fx.convert(method.max_amount, "USD", input.currency, { round: "down" });
    if (input.amount < minimum) {
      const text = formatAmount(minimum, input.currency);
      throw new DomainError("amount_below_minimum", { minimum: text, currency: input.currency }, [], {
        minimum: text,
      });
    }
    if (input.amount > maximum) {
      const text = formatAmount(maximum, input.currency);
      throw new DomainError("amount_above_maximum", { maximum: text, currency: input.currency }, [], {
        maximum: text,
      });
    }
    return { method, fee: await feeFor(deps, method, input.amount, input.currency) };
  }

  async create(executor: Executor, actor: Actor, row: Omit<NewMethodRow, "updated_at" | "updated_by">) {
    if (await findMethod(executor, row.id))
      throw new DomainError("payment_method_exists", {}, [], { id: row.id });
    await insertMethods(executor, [
      { ...row, updated_at: this.deps.platform.clock.now(), updated_by: actor.id ?? null },
    ]);
    await this.deps.audit.record(
      executor,
      actor,
      "payment_method.created",
      { type: "payment_method", id: row.id },
      {
        after: auditable(row),
      },
    );
    return this.get(row.id, executor);
  }

  async update(
    executor: Executor,
    actor: Actor,
    id: string,
    patch: Partial<Omit<NewMethodRow, "id" | "updated_at" | "updated_by">>,
  ) {
    const before = await this.get(id, executor);
    await updateMethod(executor, id, {
      ...patch,
      updated_at: this.deps.platform.clock.now(),
      updated_by: actor.id ?? null,
    });
    const after = await this.get(id, executor);
    await this.deps.audit.record(
      executor,
      actor,
      "payment_method.updated",
      { type: "payment_method", id },
      {
        before: auditable(before),
        after: auditable(after),
      },
    );
    return after;
  }
}

function auditable(row: Partial<NewMethodRow> | MethodRow): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(row).map(([k, v]) => [
      k,
      typeof v === "bigint" ? v.toString() : v instanceof Date ? v.toISOString() : v,
    ]),
  );
}

/**
 * A method as the customer API shows it: limits and fixed fee in the asked currency (USD
 * otherwise); its state and maintenance from its window (MethodCatalogue.windows for the direction).
 */
export async function presentMethod(
  deps: PaymentsDeps,
  m: MethodRow,
  direction: PaymentDirection,
  locale: Locale,
  window: MethodWindow | undefined,
  currency = "USD",
) {
  const [minimum, maximum, fixedFee] = await Promise.all([
    deps.fx.convert(m.min_amount, "USD", currency, { round: "up" }),
    deps.fx.convert(m.max_amount, "USD", currency, { round: "down" }),
    deps.fx.convert(m.fee_fixed, "USD", currency, { round: "up" }),
  ]);
  const time = PROCESSING_TIMES[m.processing_time as ProcessingTime] ?? PROCESSING_TIMES["1_3_days"];
  return {
    id: m.id,
    kind: m.kind,
    name: m.name[locale],
    direction: m.direction,
    currencies: m.currencies,
    countries: m.countries,
    currency,
    minAmount: formatAmount(minimum, currency),
    maxAmount: formatAmount(maximum, currency),
    fee: { fixed: formatAmount(fixedFee, currency), percent: ppmToPercent(m.fee_ppm) },
    processingTime: { key: m.processing_time, text: time[locale] },
    verificationLevel: direction === "deposit" ? m.deposit_level : m.withdrawal_level,
    state: stateAt(m, window),
    maintenance: maintenanceView(window),
  };
}

export function ppmToPercent(ppm: bigint): string {
  const whole = ppm / 10_000n;
  const fraction = (ppm % 10_000n).toString().padStart(4, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

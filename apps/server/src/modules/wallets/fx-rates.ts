import { DomainError } from "../../platform/errors/domain-error.js";
import { currency as currencyOf } from "../../platform/money/money.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import type { Actor, AuditService } from "../audit/index.js";

/**
 * Exchange rates set by the operator: for each currency, how many units buy 1 USD. Cross
 * rates go through USD. Rates are decimal strings with up to 8 decimals, held here as
 * integers scaled by 10^8 so no float touches money. The starting rates below are only
 * there so a fresh install works; the operator sets real ones (admin page or API).
 */
const RATE_SCALE = 100_000_000n;
const RATE_PATTERN = /^\d{1,9}(\.\d{1,8})?$/;
const CACHE_MS = 5_000;

export const STARTING_RATES: Record<string, string> = {
  USD: "1",
  EUR: "0.95",
  GBP: "0.79",
  CNY: "7.25",
  HKD: "7.78",
  SGD: "1.35",
  JPY: "155",
  AUD: "1.55",
  CAD: "1.4",
  CHF: "0.88",
};

export function parseRate(text: string): bigint {
  if (!RATE_PATTERN.test(text)) throw new DomainError("invalid_amount", { amount: text.slice(0, 20) });
  const [whole = "0", fraction = ""] = text.split(".");
  const scaled = BigInt(whole) * RATE_SCALE + BigInt(fraction.padEnd(8, "0"));
  if (scaled === 0n) throw new DomainError("amount_must_be_positive");
  return scaled;
}

/** A ratio as a decimal string with `decimals` places, rounded down, trailing zeros trimmed. */
export function ratioText(numerator: bigint, denominator: bigint, decimals = 6): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = (numerator * scale) / denominator;
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(decimals, "0").replace(/0+$/, "");
  return fraction ? `${whole}.${fraction}` : `${whole}`;
}

export interface RateRow {
  currency: string;
  rate: string;
  updatedAt: Date;
  updatedBy: string | null;
}

export class FxRates {
  private cache: { at: number; rates: Map<string, bigint> } | undefined;
  private seeded = false;

  constructor(
    private readonly platform: Platform,
    private readonly audit: AuditService,
  ) {}

  /** The configured currencies that have no rate yet get their starting rate, once. */
  private async seed(executor: Executor = this.platform.db): Promise<void> {
    if (this.seeded) return;
    const now = this.platform.clock.now();
    const rows = this.platform.config.wallets.currencies
      .filter((code) => STARTING_RATES[code])
      .map((code) => ({
        currency: code,
        rate: STARTING_RATES[code] as string,
        updated_at: now,
        updated_by: null,
      }));
    if (rows.length > 0)
      await executor
        .insertInto("fx_rates")
        .values(rows)
        .onConflict((oc) => oc.column("currency").doNothing())
        .execute();
    // Within a caller's transaction the rows may still roll back: only a committed seed counts.
    if (executor === this.platform.db) this.seeded = true;
  }

  async list(): Promise<RateRow[]> {
    await this.seed();
    const rows = await this.platform.db.selectFrom("fx_rates").selectAll().orderBy("currency").execute();
    return rows.map((r) => ({
      currency: r.currency,
      rate: r.rate,
      updatedAt: r.updated_at,
      updatedBy: r.updated_by,
    }));
  }

  /** Rates scaled by 10^8, cached for a few seconds (another node's change shows within that). */
  async rates(): Promise<Map<string, bigint>> {
    const now = Date.now();
    if (this.cache && now - this.cache.at < CACHE_MS) return this.cache.rates;
    const rows = await this.list();
    const rates = new Map(rows.map((r) => [r.currency, parseRate(r.rate)]));
    this.cache = { at: now, rates };
    return rates;
  }

  private async rateOf(code: string): Promise<bigint> {
    const rate = (await this.rates()).get(code);
    if (rate === undefined) throw new DomainError("rate_unavailable", { currency: code });
    return rate;
  }

  /**
   * Converts minor units of one currency into another at the mid rate, less `spreadPpm`
   * parts per million; rounds down (what a customer receives) or up (what counts against
   * a limit, or a fee that must cover its cost).
   */
  async convert(
    amount: bigint,
    from: string,
    to: string,
    options: { spreadPpm?: bigint; round: "down" | "up" },
  ): Promise<bigint> {
    if (from === to && !options.spreadPpm) return amount;
    const [rateFrom, rateTo] = [await this.rateOf(from), await this.rateOf(to)];
    const keep = 1_000_000n - (options.spreadPpm ?? 0n);
    const numerator = amount * rateTo * 10n ** BigInt(currencyOf(to).exponent) * keep;
    const denominator = rateFrom * 10n ** BigInt(currencyOf(from).exponent) * 1_000_000n;
    const quotient = numerator / denominator;
    return options.round === "up" && quotient * denominator < numerator ? quotient + 1n : quotient;
  }

  /** How many units of `to` one unit of `from` buys, as text, at the mid rate less the spread. */
  async rateText(from: string, to: string, spreadPpm = 0n): Promise<string> {
    const [rateFrom, rateTo] = [await this.rateOf(from), await this.rateOf(to)];
    return ratioText(rateTo * (1_000_000n - spreadPpm), rateFrom * 1_000_000n, 8);
  }

  /** Forgets quotes that expired more than a day ago (used ones live on in their transaction). */
  async purgeQuotes(): Promise<number> {
    const result = await this.platform.db
      .deleteFrom("fx_quotes")
      .where("expires_at", "<=", new Date(this.platform.clock.now().getTime() - 86_400_000))
      .executeTakeFirst();
    return Number(result.numDeletedRows);
  }

  async setRate(executor: Executor, actor: Actor, code: string, rateText: string): Promise<RateRow> {
    if (!this.platform.config.wallets.currencies.includes(code))
      throw new DomainError("unsupported_currency", { currency: code.slice(0, 16) });
    if (code === "USD" && parseRate(rateText) !== RATE_SCALE)
      throw new DomainError("validation_failed", {}, [
        {
          in: "body",
          path: "/rate",
          code: "invalid_value",
          message: "USD is the base currency: its rate is 1",
        },
      ]);
    const rate = ratioText(parseRate(rateText), RATE_SCALE, 8);
    const now = this.platform.clock.now();
    // Inside the caller's transaction: the embedded database has a single connection.
    await this.seed(executor);
    const before = await executor
      .selectFrom("fx_rates")
      .select("rate")
      .where("currency", "=", code)
      .executeTakeFirst();
    await executor
      .insertInto("fx_rates")
      .values({ currency: code, rate, updated_at: now, updated_by: actor.label })
      .onConflict((oc) =>
        oc.column("currency").doUpdateSet({ rate, updated_at: now, updated_by: actor.label }),
      )
      .execute();
    await this.audit.record(
      executor,
      actor,
      "fx.rate_set",
      { type: "currency", id: code },
      {
        from: before?.rate ?? null,
        to: rate,
      },
    );
    // A quote at the old rate must not outlive it: that would let anyone watching the rates
    // hold a quote and cash it in after a move.
    await executor
      .updateTable("fx_quotes")
      .set({ expires_at: now })
      .where("used_at", "is", null)
      .where("expires_at", ">", now)
      .where((eb) => eb.or([eb("sell_currency", "=", code), eb("buy_currency", "=", code)]))
      .execute();
    this.cache = undefined;
    return { currency: code, rate, updatedAt: now, updatedBy: actor.label };
  }
}

import { z } from "zod";

/**
 * The status page's automatic signals: provider calls are counted per component and minute,
 * and over the last few minutes an error rate at or above the thresholds marks the component
 * degraded (or in partial outage) and opens a draft incident for staff to confirm. Operators
 * tune them to their providers' normal noise.
 */
export interface StatusSettings {
  /** Minutes of provider calls the signal looks at (whole minutes, the current one included). */
  signalWindowMinutes: number;
  /** Fewer calls than this in the window say nothing (one failure out of two is no outage). */
  signalMinCalls: number;
  /** Failures and timeouts per call from which the component is degraded. */
  signalErrorRate: number;
  /** From this rate on it is a partial outage. */
  signalOutageRate: number;
}

const whole = (min: number, max: number, fallback: number) =>
  z.coerce
    .number({ error: `a whole number from ${min} to ${max}` })
    .int(`a whole number from ${min} to ${max}`)
    .min(min, `a whole number from ${min} to ${max}`)
    .max(max, `a whole number from ${min} to ${max}`)
    .default(fallback);

const rate = (fallback: number) =>
  z.coerce
    .number({ error: "a fraction from 0.01 to 1 (for example 0.25)" })
    .min(0.01, "a fraction from 0.01 to 1 (for example 0.25)")
    .max(1, "a fraction from 0.01 to 1 (for example 0.25)")
    .default(fallback);

export const statusEnvShape = {
  STATUS_SIGNAL_WINDOW_MINUTES: whole(1, 60, 5),
  STATUS_SIGNAL_MIN_CALLS: whole(1, 100_000, 10),
  STATUS_SIGNAL_ERROR_RATE: rate(0.25),
  STATUS_SIGNAL_OUTAGE_RATE: rate(0.75),
};

type StatusEnv = z.output<z.ZodObject<typeof statusEnvShape>>;

export function statusSettings(e: StatusEnv): StatusSettings {
  return {
    signalWindowMinutes: e.STATUS_SIGNAL_WINDOW_MINUTES,
    signalMinCalls: e.STATUS_SIGNAL_MIN_CALLS,
    signalErrorRate: e.STATUS_SIGNAL_ERROR_RATE,
    // An outage rate below the error rate would skip "degraded"; the higher of the two wins.
    signalOutageRate: Math.max(e.STATUS_SIGNAL_OUTAGE_RATE, e.STATUS_SIGNAL_ERROR_RATE),
  };
}

import { useQuery } from "@tanstack/react-query";
import { type Direction, listDestinations, listMethods } from "../../../api/payments";
import { fetchVerification } from "../../../api/verification";

/** Query keys of the money-in-and-out pages; under "account" so they are dropped when who is signed in changes. */
export const paymentKeys = {
  all: ["account", "payments"],
  methods: (direction: Direction, currency: string) => [
    "account",
    "payments",
    "methods",
    direction,
    currency,
  ],
  deposit: (id: string) => ["account", "payments", "deposit", id],
  withdrawal: (id: string) => ["account", "payments", "withdrawal", id],
  destinations: ["account", "payments", "destinations"],
  verification: ["account", "payments", "verification"],
} as const;

/** Public data (policies, the simulated provider's pages): nothing of an account in them. */
export const publicPaymentKeys = {
  policies: ["public", "policies"],
  policyVersions: ["public", "policies", "versions"],
  simulator: (id: string) => ["public", "simulator", id],
} as const;

/**
 * The methods the customer may use for `direction` in `currency` ("" for every currency),
 * maintenance and paused ones included, to show when. `enabled` false for guests.
 */
export function useMethods(direction: Direction, currency: string, enabled = true) {
  return useQuery({
    queryKey: paymentKeys.methods(direction, currency),
    queryFn: ({ signal }) => listMethods(direction, currency || undefined, signal),
    enabled,
  });
}

export function useDestinations() {
  return useQuery({ queryKey: paymentKeys.destinations, queryFn: ({ signal }) => listDestinations(signal) });
}

/** Deposits and withdrawals in these states no longer change: stop asking. */
export const FINAL_DEPOSIT = new Set(["succeeded", "failed", "expired"]);
export const FINAL_WITHDRAWAL = new Set(["paid", "rejected", "canceled", "failed", "returned"]);

/** Every 2 seconds while the status may still change. */
export const POLL_MS = 2000;

/** The customer's verification (level, what is missing, limits). Staff have none: the query fails with 403. */
export function useVerification() {
  return useQuery({ queryKey: paymentKeys.verification, queryFn: ({ signal }) => fetchVerification(signal) });
}

/** The customer's verification level, or null while unknown (methods then do not say "verify first"). */
export function useVerificationLevel(): number | null {
  return useVerification().data?.level ?? null;
}

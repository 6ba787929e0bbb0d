import { z } from "zod";
import type { ProviderEvent, ProviderPaymentStatus } from "../providers/provider.js";
import type { SimulatorKind, SimulatorRow } from "./store.js";

/**
 * The simulators' webhook body, in the shape most providers use (Stripe's, roughly):
 * `{ id, type, created, data: { object, id, reference, status, amount, currency, reasonCode } }`.
 * `amount` is in minor units, as a string; `created` in Unix seconds.
 */
export const wireEventSchema = z.object({
  id: z.string().min(1).max(100),
  type: z.string().min(1).max(100),
  created: z.number().int().nonnegative(),
  data: z.object({
    object: z.enum(["payment", "payout"]),
    id: z.string().min(1).max(100),
    reference: z.string().min(1).max(100),
    status: z.enum(["pending", "requires_action", "succeeded", "failed", "canceled", "returned"]),
    amount: z.string().regex(/^\d{1,19}$/),
    currency: z.string().regex(/^[A-Z]{3}$/),
    reasonCode: z.string().max(64).nullable().optional(),
  }),
});
export type WireEvent = z.infer<typeof wireEventSchema>;

/**
 * A simulator's own statuses. Payments: requires_action (waiting for the customer's page),
 * processing, awaiting_funds (bank transfer instructions given), succeeded, failed,
 * canceled. Payouts: processing, paid, failed, returned, canceled. Card tokens: token.
 */
export const REMOTE_STATUSES = {
  payment: ["requires_action", "processing", "awaiting_funds", "succeeded", "failed", "canceled"],
  payout: ["processing", "paid", "failed", "returned", "canceled"],
} as const;

/** What a simulator's own status means in the provider interface. */
export function interfaceStatusOf(remote: string): ProviderPaymentStatus {
  switch (remote) {
    case "requires_action":
      return "requires_action";
    case "succeeded":
    case "paid":
      return "succeeded";
    case "failed":
      return "failed";
    case "canceled":
      return "canceled";
    case "returned":
      return "returned";
    default:
      return "pending";
  }
}

/** `payment.succeeded`, `payout.paid`, `payout.returned`… */
export function eventTypeOf(kind: SimulatorKind, remote: string): string {
  if (kind === "payout") return `payout.${remote}`;
  const status = interfaceStatusOf(remote);
  return `payment.${status}`;
}

export function wireEventOf(row: SimulatorRow, eventId: string, at: Date): WireEvent {
  return {
    id: eventId,
    type: eventTypeOf(row.kind, row.status),
    created: Math.floor(at.getTime() / 1000),
    data: {
      object: row.kind,
      id: row.id,
      reference: row.merchant_reference,
      status: interfaceStatusOf(row.status),
      amount: row.amount.toString(),
      currency: row.currency,
      reasonCode: row.decline_code,
    },
  };
}

export function providerEventOf(wire: WireEvent): ProviderEvent {
  return {
    id: wire.id,
    type: wire.type,
    kind: wire.data.object,
    reference: wire.data.reference,
    providerReference: wire.data.id,
    status: wire.data.status,
    ...(wire.data.reasonCode ? { reasonCode: wire.data.reasonCode } : {}),
    amount: BigInt(wire.data.amount),
    currency: wire.data.currency,
    occurredAt: new Date(wire.created * 1000),
  };
}

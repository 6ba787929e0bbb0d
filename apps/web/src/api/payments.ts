import { api } from "./client";
import { invalid, isRecord, list, signal } from "./parse";
import type {
  Deposit,
  DepositInput,
  DestinationInput,
  Direction,
  PaymentMethod,
  PayoutDestination,
  SimulatorOutcome,
  SimulatorPayment,
  TraceInput,
  TraceResult,
  Withdrawal,
  WithdrawalInput,
} from "./paymentsModel";
import {
  parseDeposit,
  parseDestination,
  parseMethod,
  parseSimulatorPayment,
  parseTrace,
  parseWithdrawal,
} from "./paymentsParse";

// Money in and out: payment methods, deposits, the deposit tracer, payout destinations,
// withdrawals and the simulated providers' pages (API.md "Money in and out"). The shapes are
// in paymentsModel.ts, the reading of answers in paymentsParse.ts; both are re-exported here.

export * from "./paymentsModel";
export {
  type PaymentProblem,
  parseDeposit,
  parseDestination,
  parseMethod,
  parseNextAction,
  parseSimulatorPayment,
  parseSteps,
  parseTrace,
  parseWithdrawal,
  paymentProblem,
} from "./paymentsParse";

// --- calls -----------------------------------------------------------------------------------------

const path = (...parts: string[]) => parts.map(encodeURIComponent).join("/");

function idempotent(key: string) {
  return { headers: { "Idempotency-Key": key } };
}

export async function listMethods(
  direction: Direction,
  currency: string | undefined,
  abort?: AbortSignal,
): Promise<PaymentMethod[]> {
  const body = await api.get<unknown>("/api/v1/payment-methods", {
    query: { direction, currency },
    ...signal(abort),
  });
  return list(body, parseMethod);
}

/** Starts a deposit. A card decline is an answer (status failed with a reason), not an error. */
export async function createDeposit(input: DepositInput, idempotencyKey: string): Promise<Deposit> {
  return parseDeposit(await api.post<unknown>("/api/v1/deposits", input, idempotent(idempotencyKey)));
}

export async function getDeposit(id: string, abort?: AbortSignal): Promise<Deposit> {
  return parseDeposit(await api.get<unknown>(`/api/v1/deposits/${path(id)}`, signal(abort)));
}

export async function traceDeposit(input: TraceInput): Promise<TraceResult> {
  return parseTrace(await api.post<unknown>("/api/v1/deposits/trace", input));
}

export async function listDestinations(abort?: AbortSignal): Promise<PayoutDestination[]> {
  return list(await api.get<unknown>("/api/v1/payout-destinations", signal(abort)), parseDestination);
}

export async function addDestination(input: DestinationInput): Promise<PayoutDestination> {
  const destination = parseDestination(await api.post<unknown>("/api/v1/payout-destinations", input));
  if (!destination) throw invalid();
  return destination;
}

export async function removeDestination(id: string): Promise<void> {
  await api.delete<unknown>(`/api/v1/payout-destinations/${path(id)}`);
}

/** Asks to send money out. The same key and body, retried, return the first answer. */
export async function createWithdrawal(input: WithdrawalInput, idempotencyKey: string): Promise<Withdrawal> {
  return parseWithdrawal(await api.post<unknown>("/api/v1/withdrawals", input, idempotent(idempotencyKey)));
}

export async function getWithdrawal(id: string, abort?: AbortSignal): Promise<Withdrawal> {
  return parseWithdrawal(await api.get<unknown>(`/api/v1/withdrawals/${path(id)}`, signal(abort)));
}

export async function cancelWithdrawal(id: string): Promise<Withdrawal> {
  return parseWithdrawal(await api.post<unknown>(`/api/v1/withdrawals/${path(id)}/cancel`));
}

export async function getSimulatorPayment(id: string, abort?: AbortSignal): Promise<SimulatorPayment> {
  return parseSimulatorPayment(
    await api.get<unknown>(`/api/v1/simulator/payments/${path(id)}`, signal(abort)),
  );
}

/** The simulated provider's answer to its own page; resolves with where to send the browser back. */
export async function completeSimulatorPayment(id: string, outcome: SimulatorOutcome): Promise<string> {
  const body = await api.post<unknown>(`/api/v1/simulator/payments/${path(id)}/complete`, { outcome });
  if (!isRecord(body) || typeof body.returnUrl !== "string") throw invalid();
  return body.returnUrl;
}

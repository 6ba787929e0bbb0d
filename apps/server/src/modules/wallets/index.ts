import { Batcher } from "../../platform/batching/batcher.js";
import { requestHash } from "../../platform/idempotency/idempotency.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AuditService } from "../audit/index.js";
import type { Ledger } from "../ledger/index.js";
import type { StatusGate } from "../status/index.js";
import type { WalletsDeps } from "./deps.js";
import {
  type ExternalMovement,
  movementReference,
  movementReferences,
  recordExternalMovement,
  updateExternalMovement,
} from "./external.js";
import { FxRates } from "./fx-rates.js";
import {
  type BatchAnswer,
  runTransferBatch,
  type TransferCommand,
  type TransferResult,
} from "./transfer-batch.js";
import { prepareTransfer, type TransferInput } from "./transfers.js";

export type { ExternalMovement } from "./external.js";
export type { FxRates } from "./fx-rates.js";
export { breachedLimit, dayOf } from "./limits.js";
export type { TransferResult } from "./transfer-batch.js";
export { limitExceeded } from "./transfers.js";

/**
 * Wallets, transfers between customers, currency exchange and the transaction history, on
 * top of the ledger. Transfers go through a batcher: those that arrive together are written
 * in one database transaction (see transfer-batch.ts).
 */
export interface WalletsModule {
  deps: WalletsDeps;
  fx: FxRates;
  /** History rows of deposits and withdrawals, kept in step by the payments module. */
  movements: {
    record(executor: Executor, movement: ExternalMovement): Promise<void>;
    update(
      executor: Executor,
      id: string,
      change: Parameters<typeof updateExternalMovement>[2],
    ): Promise<void>;
    reference(executor: Executor, id: string): Promise<string | undefined>;
    references(executor: Executor, ids: string[]): Promise<Map<string, string>>;
  };
  transfer(
    senderId: string,
    input: TransferInput,
    idempotencyKey: string | undefined,
    arrival?: () => void,
  ): Promise<TransferResult>;
  /**
   * Announces a transfer request as soon as it arrives (before sign-in checks), so the
   * batcher can wait for it; the returned function withdraws the announcement (idempotent).
   */
  announce(): () => void;
  /** Called after each transfer batch with its size and duration (for /metrics). */
  onBatch(listener: (size: number, seconds: number) => void): void;
  /** Transfers waiting for the next batch. */
  waiting(): number;
}

export function createWalletsModule(
  platform: Platform,
  ledger: Ledger,
  audit: AuditService,
  gate: Pick<StatusGate, "assertAvailable">,
  customers: Pick<CustomerDirectory, "notifyMany">,
): WalletsModule {
  const fx = new FxRates(platform, audit);
  const deps: WalletsDeps = { platform, ledger, fx, audit, lookupBlocks: new Map(), gate, customers };
  const listeners: ((size: number, seconds: number) => void)[] = [];
  // Transfer requests between arrival and the batcher (being signed in, checked, looked up).
  let announced = 0;
  const runBatch = async (commands: TransferCommand[]) => {
    const started = performance.now();
    const results = await runTransferBatch(deps, commands);
    for (const listener of listeners) listener(commands.length, (performance.now() - started) / 1000);
    return results;
  };
  // The embedded database has one connection: a second batch would only queue behind it.
  const batcher = new Batcher<TransferCommand, BatchAnswer>(runBatch, {
    maxBatch: platform.config.wallets.transferBatchMax,
    maxConcurrent: platform.config.databaseUrl ? 2 : 1,
    moreComing: () => announced > 0,
    // On the single-connection embedded database, requests reach the batcher one query at a time.
    maxLingerMs: platform.config.databaseUrl ? 3 : 25,
  });
  return {
    deps,
    fx,
    movements: {
      record: (executor, movement) => recordExternalMovement(executor, platform.random, movement),
      update: updateExternalMovement,
      reference: movementReference,
      references: movementReferences,
    },
    onBatch: (listener) => {
      listeners.push(listener);
    },
    waiting: () => batcher.waiting,
    announce() {
      announced += 1;
      let done = false;
      return () => {
        if (!done) announced -= 1;
        done = true;
      };
    },
    async transfer(senderId, input, idempotencyKey, arrival) {
      const idempotency = idempotencyKey
        ? { key: idempotencyKey, hash: requestHash("POST", "/api/v1/transfers", input) }
        : undefined;
      let prepared: Awaited<ReturnType<typeof prepareTransfer>>;
      try {
        // A retry replays first; the batch checks the key again, for retries that overtake.
        const earlier =
          idempotency &&
          (await platform.idempotency.peek(`transfer:${senderId}`, idempotency.key, idempotency.hash));
        if (earlier) return earlier;
        // Under maintenance or in major outage: refused before anything is looked up or written.
        await deps.gate.assertAvailable("transfers");
        prepared = await prepareTransfer(deps, senderId, input);
      } finally {
        arrival?.();
      }
      const answer = await batcher.submit({ prepared, ...(idempotency ? { idempotency } : {}) });
      if ("thrown" in answer) throw answer.thrown;
      return answer;
    },
  };
}

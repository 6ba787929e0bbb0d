import { Batcher } from "../../platform/batching/batcher.js";
import { requestHash } from "../../platform/idempotency/idempotency.js";
import type { Platform } from "../../platform/platform.js";
import type { AuditService } from "../audit/index.js";
import type { Ledger } from "../ledger/index.js";
import type { WalletsDeps } from "./deps.js";
import { FxRates } from "./fx-rates.js";
import { runTransferBatch, type TransferCommand, type TransferResult } from "./transfer-batch.js";
import { prepareTransfer, type TransferInput } from "./transfers.js";

export type { TransferResult } from "./transfer-batch.js";

/**
 * Wallets, transfers between customers, currency exchange and the transaction history, on
 * top of the ledger. Transfers go through a batcher: those that arrive together are written
 * in one database transaction (see transfer-batch.ts).
 */
export interface WalletsModule {
  deps: WalletsDeps;
  fx: FxRates;
  transfer(
    senderId: string,
    input: TransferInput,
    idempotencyKey: string | undefined,
  ): Promise<TransferResult>;
}

export function createWalletsModule(platform: Platform, ledger: Ledger, audit: AuditService): WalletsModule {
  const fx = new FxRates(platform, audit);
  const deps: WalletsDeps = { platform, ledger, fx, audit };
  // The embedded database has one connection: a second batch would only queue behind it.
  const batcher = new Batcher<TransferCommand, TransferResult>(
    (commands) => runTransferBatch(deps, commands),
    {
      maxBatch: platform.config.wallets.transferBatchMax,
      maxConcurrent: platform.config.databaseUrl ? 2 : 1,
    },
  );
  return {
    deps,
    fx,
    async transfer(senderId, input, idempotencyKey) {
      const prepared = await prepareTransfer(deps, senderId, input);
      return batcher.submit({
        prepared,
        ...(idempotencyKey
          ? { idempotency: { key: idempotencyKey, hash: requestHash("POST", "/api/v1/transfers", input) } }
          : {}),
      });
    },
  };
}

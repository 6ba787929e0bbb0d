import type { FastifyInstance } from "fastify";
import { Gauge, Histogram } from "prom-client";
import type { WalletsModule } from "../index.js";
import { ledgerAdminRoutes } from "./admin-routes.js";
import { transactionRoutes } from "./transaction-routes.js";
import { transferRoutes } from "./transfer-routes.js";
import { walletRoutes } from "./wallet-routes.js";

export async function registerWallets(app: FastifyInstance, wallets: WalletsModule): Promise<void> {
  const deps = wallets.deps;
  registerBatchMetrics(app, wallets);
  await app.register(walletRoutes, { deps });
  await app.register(transferRoutes, { deps, wallets });
  await app.register(transactionRoutes, { deps });
  await app.register(ledgerAdminRoutes, { deps });
}

/** How well group commit works in production: batch sizes, batch durations, the queue. */
function registerBatchMetrics(app: FastifyInstance, wallets: WalletsModule): void {
  if (!app.hasDecorator("metricsRegistry")) return;
  const registers = [app.metricsRegistry];
  const size = new Histogram({
    name: "satchel_transfer_batch_size",
    help: "Transfers written per database transaction (group commit)",
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512],
    registers,
  });
  const duration = new Histogram({
    name: "satchel_transfer_batch_duration_seconds",
    help: "Time to write one batch of transfers",
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1],
    registers,
  });
  new Gauge({
    name: "satchel_transfer_batch_waiting",
    help: "Transfers waiting for the next batch",
    registers,
    collect() {
      this.set(wallets.waiting());
    },
  });
  wallets.onBatch((n, seconds) => {
    size.observe(n);
    duration.observe(seconds);
  });
}

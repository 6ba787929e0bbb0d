import type { FastifyInstance } from "fastify";
import type { WalletsModule } from "../index.js";
import { ledgerAdminRoutes } from "./admin-routes.js";
import { transactionRoutes } from "./transaction-routes.js";
import { transferRoutes } from "./transfer-routes.js";
import { walletRoutes } from "./wallet-routes.js";

export async function registerWallets(app: FastifyInstance, wallets: WalletsModule): Promise<void> {
  const deps = wallets.deps;
  await app.register(walletRoutes, { deps });
  await app.register(transferRoutes, { deps, wallets });
  await app.register(transactionRoutes, { deps });
  await app.register(ledgerAdminRoutes, { deps });
}

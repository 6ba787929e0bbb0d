import type { Platform } from "../../platform/platform.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AuditService } from "../audit/index.js";
import type { Ledger } from "../ledger/index.js";
import type { StatusGate } from "../status/index.js";
import type { FxRates } from "./fx-rates.js";

/** What the wallets module's functions need; built once in index.ts. */
export interface WalletsDeps {
  platform: Platform;
  ledger: Ledger;
  fx: FxRates;
  audit: AuditService;
  /** Payers who looked up too many unknown recipients, until when (epoch ms); see transfers.ts. */
  lookupBlocks: Map<string, number>;
  /** Tells recipients of transfers (the notification center, through the customer directory). */
  customers: Pick<CustomerDirectory, "notifyMany">;
  /** The status page's gate: transfers and exchanges are refused while their component is closed. */
  gate: Pick<StatusGate, "assertAvailable">;
}

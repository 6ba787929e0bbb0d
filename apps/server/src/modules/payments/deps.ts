import type { Platform } from "../../platform/platform.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AuditService } from "../audit/index.js";
import type { Ledger } from "../ledger/index.js";
import type { FxRates, WalletsModule } from "../wallets/index.js";
import type { MethodCatalogue } from "./methods/catalogue.js";
import type { ProviderRegistry } from "./providers/registry.js";

/** What the payments module's parts share; built once in index.ts. */
export interface PaymentsDeps {
  platform: Platform;
  ledger: Ledger;
  /** History rows (movements) and FX conversion. */
  wallets: WalletsModule;
  fx: FxRates;
  audit: AuditService;
  customers: CustomerDirectory;
  providers: ProviderRegistry;
  /** The payment-method catalogue: every deposit and withdrawal passes its check first. */
  methods: MethodCatalogue;
}

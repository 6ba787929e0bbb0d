import type { Platform } from "../../platform/platform.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AuditService } from "../audit/index.js";
import type { Ledger } from "../ledger/index.js";
import type { WalletsModule } from "../wallets/index.js";
import { type Bank, createBank } from "./bank/index.js";
import type { Chore } from "./chores.js";
import { createDeposits, type Deposits } from "./deposits/index.js";
import type { PaymentsDeps } from "./deps.js";
import { MethodCatalogue } from "./methods/catalogue.js";
import { createPolicies, type Policies } from "./policies/index.js";
import { ProviderRegistry } from "./providers/registry.js";
import { registerSimulators } from "./simulators/index.js";
import { createWithdrawals, type Withdrawals } from "./withdrawals/index.js";

export type { Chore } from "./chores.js";

/**
 * Money in and out: the payment-method catalogue, deposits through providers (card, bank
 * transfer, e-wallet), bank statements and the suspense queue, the deposit tracer, payout
 * destinations and withdrawals with their review queue, and the public policies generated
 * from the live configuration. Providers sit behind one interface (providers/provider.ts);
 * the built-in simulators behave like real ones (asynchronous, signed webhooks, declines).
 */
export interface PaymentsModule {
  deps: PaymentsDeps;
  methods: MethodCatalogue;
  deposits: Deposits;
  bank: Bank;
  withdrawals: Withdrawals;
  policies: Policies;
  /** First start: the default catalogue. */
  seed(): Promise<void>;
  /** Background work for the housekeeping loop. */
  chores(): Chore[];
}

export function createPaymentsModule(input: {
  platform: Platform;
  ledger: Ledger;
  wallets: WalletsModule;
  audit: AuditService;
  customers: CustomerDirectory;
  gate: PaymentsDeps["gate"];
  signals: PaymentsDeps["signals"];
  methodWindows: PaymentsDeps["methodWindows"];
}): PaymentsModule {
  const partial: Omit<PaymentsDeps, "methods"> = {
    ...input,
    fx: input.wallets.fx,
    providers: new ProviderRegistry(),
  };
  const deps = partial as PaymentsDeps;
  const methods = new MethodCatalogue(deps);
  deps.methods = methods;
  registerSimulators(deps);
  const deposits = createDeposits(deps);
  const bank = createBank(deps, deposits);
  const withdrawals = createWithdrawals(deps);
  // Payout events arrive through the deposits' webhook pipeline; every role needs the link.
  deposits.connectPayouts(withdrawals);
  const policies = createPolicies(deps);
  return {
    deps,
    methods,
    deposits,
    bank,
    withdrawals,
    policies,
    seed: () => methods.seed(),
    chores: () => [...deposits.chores, ...bank.chores, ...withdrawals.chores, ...policies.chores],
  };
}

import type { ComponentKey, Localized } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Platform } from "../../platform/platform.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { Actor, AuditService } from "../audit/index.js";
import type { Ledger } from "../ledger/index.js";
import type { SignalRecorder, StatusGate } from "../status/index.js";
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
  /**
   * The status page's gate: deposits and withdrawals are refused while their component (or
   * their method) is under maintenance or in major outage, and the methods' state and
   * `maintenance` come from the same windows.
   */
  gate: StatusGate;
  /** Counts every provider call's outcome for the status page's automatic signals. */
  signals: SignalRecorder;
  /** The method editor's own maintenance window, kept by the status module (wired in services.ts). */
  methodWindows: MethodWindowEditor;
}

/**
 * A method's own maintenance window is a status-page maintenance naming only that method;
 * the staff method editor shows, moves and removes it through this.
 */
export interface MethodWindowEditor {
  /** Each method's own window not over yet. */
  own(executor: Executor, methodIds: string[]): Promise<Map<string, { startsAt: Date; endsAt: Date }>>;
  /**
   * Creates or moves the window, or takes it away (null); `undefined` keeps its times and only
   * follows the method's components. Audited, in the caller's transaction; true when
   * something changed, and then `changed()` is due after the commit.
   */
  set(
    executor: Executor,
    actor: Actor,
    method: { id: string; name: Localized; components: ComponentKey[] },
    window: { startsAt: Date; endsAt: Date } | null | undefined,
  ): Promise<boolean>;
  changed(): Promise<void>;
}

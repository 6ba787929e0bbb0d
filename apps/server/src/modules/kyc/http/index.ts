import type { SatchelApp } from "../../../app.js";
import type { KycModule } from "../index.js";

/** The KYC module's routes (customer wizard, compliance review). */
export async function registerKyc(_app: SatchelApp, _kyc: KycModule): Promise<void> {}

import type { Platform } from "../../platform/platform.js";
import type { CustomerDirectory } from "../accounts/customers.js";
import type { AuditService } from "../audit/index.js";

/**
 * Identity verification (KYC): levels 0 (unverified), 1 (basic: name, date of birth,
 * address, verified phone) and 2 (full: ID document, selfie, proof of address). Placeholder
 * while the module is built.
 */
export interface KycModule {
  deps: { platform: Platform; audit: AuditService; customers: CustomerDirectory };
}

export function createKycModule(deps: KycModule["deps"]): KycModule {
  return { deps };
}

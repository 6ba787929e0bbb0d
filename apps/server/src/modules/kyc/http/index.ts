import type { SatchelApp } from "../../../app.js";
import type { KycModule } from "../index.js";
import { adminKycRoutes } from "./admin-routes.js";
import { customerKycRoutes } from "./customer-routes.js";
import { uploadKycRoutes } from "./upload-routes.js";

/** The KYC module's routes: the customer's verification, document upload, the compliance review. */
export async function registerKyc(app: SatchelApp, kyc: KycModule): Promise<void> {
  await app.register(customerKycRoutes, { kyc });
  await app.register(uploadKycRoutes, { kyc });
  await app.register(adminKycRoutes, { kyc });
}

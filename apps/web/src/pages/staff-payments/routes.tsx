import type { RouteObject } from "react-router";

/** Staff pages of money in and out (payment methods, bank statements and suspense, withdrawal review, KYC review). Mounted inside RequireAuth. */
export const staffPaymentRoutes: RouteObject[] = [];

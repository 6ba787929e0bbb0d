import type { RouteObject } from "react-router";

/**
 * Customer pages of money in and out (deposit, deposit status, tracer, withdraw, payout
 * destinations, withdrawal status, verification, policies). Mounted inside RequireAuth;
 * public ones (policies, tracer for guests) go in publicPaymentRoutes.
 */
export const paymentRoutes: RouteObject[] = [];
export const publicPaymentRoutes: RouteObject[] = [];

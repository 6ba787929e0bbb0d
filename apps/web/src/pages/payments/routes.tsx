import { lazy } from "react";
import type { RouteObject } from "react-router";

// The pages are loaded on first use (Layout shows "Loading…" meanwhile), like the other money pages.
const DepositPage = lazy(() => import("./DepositPage").then((m) => ({ default: m.DepositPage })));
const DepositStatusPage = lazy(() =>
  import("./DepositStatusPage").then((m) => ({ default: m.DepositStatusPage })),
);
const TracePage = lazy(() => import("./TracePage").then((m) => ({ default: m.TracePage })));
const WithdrawPage = lazy(() => import("./WithdrawPage").then((m) => ({ default: m.WithdrawPage })));
const WithdrawalStatusPage = lazy(() =>
  import("./WithdrawalStatusPage").then((m) => ({ default: m.WithdrawalStatusPage })),
);
const PayoutDestinationsPage = lazy(() =>
  import("./PayoutDestinationsPage").then((m) => ({ default: m.PayoutDestinationsPage })),
);
const VerificationPage = lazy(() =>
  import("./VerificationPage").then((m) => ({ default: m.VerificationPage })),
);
const PoliciesPage = lazy(() => import("./PoliciesPage").then((m) => ({ default: m.PoliciesPage })));
const SimulatorPage = lazy(() => import("./SimulatorPage").then((m) => ({ default: m.SimulatorPage })));

/**
 * Customer pages of money in and out (deposit, deposit status, withdraw, payout destinations,
 * withdrawal status, verification). Mounted inside RequireAuth. The addresses are the ones
 * emails link to (see the payments API contract, "Web routes").
 */
export const paymentRoutes: RouteObject[] = [
  { path: "deposit", element: <DepositPage /> },
  { path: "deposits/:id", element: <DepositStatusPage /> },
  { path: "withdraw", element: <WithdrawPage /> },
  { path: "withdrawals/:id", element: <WithdrawalStatusPage /> },
  { path: "payout-destinations", element: <PayoutDestinationsPage /> },
  { path: "verification", element: <VerificationPage /> },
];

/**
 * Public ones: the tracer (signed in, or a guest with an email; "deposits/trace" outranks
 * "deposits/:id" because a fixed segment beats a parameter), the policies, and the simulated
 * providers' pages (3-D Secure, e-wallet), which stand for a bank's or e-wallet's own site.
 */
export const publicPaymentRoutes: RouteObject[] = [
  { path: "deposits/trace", element: <TracePage /> },
  { path: "policies", element: <PoliciesPage /> },
  { path: "simulator/3ds/:id", element: <SimulatorPage key="3ds" kind="3ds" /> },
  { path: "simulator/ewallet/:id", element: <SimulatorPage key="ewallet" kind="ewallet" /> },
];

import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireRole } from "../../auth/RequireRole";

// Staff pages are opened by few people, so each is loaded on first use (Layout shows "Loading…").
const PaymentMethodsPage = lazy(() =>
  import("./methods/PaymentMethodsPage").then((m) => ({ default: m.PaymentMethodsPage })),
);
const BankPage = lazy(() => import("./bank/BankPage").then((m) => ({ default: m.BankPage })));
const WithdrawalReviewPage = lazy(() =>
  import("./withdrawals/WithdrawalReviewPage").then((m) => ({ default: m.WithdrawalReviewPage })),
);
const KycReviewPage = lazy(() => import("./kyc/KycReviewPage").then((m) => ({ default: m.KycReviewPage })));
const SimulatorsPage = lazy(() => import("./SimulatorsPage").then((m) => ({ default: m.SimulatorsPage })));

/** Staff pages of money in and out (payment methods, bank statements and suspense, withdrawal review, KYC review). Mounted inside RequireAuth. */
export const staffPaymentRoutes: RouteObject[] = [
  {
    path: "admin/payment-methods",
    element: <RequireRole allow="admin" />,
    children: [{ index: true, element: <PaymentMethodsPage /> }],
  },
  {
    // Agents work the suspense queue and the cases; posting and importing statements is for admins (checked inside).
    path: "admin/bank",
    element: <RequireRole allow="agent" />,
    children: [{ index: true, element: <BankPage /> }],
  },
  {
    path: "admin/withdrawals",
    element: <RequireRole allow="compliance" />,
    children: [{ index: true, element: <WithdrawalReviewPage /> }],
  },
  {
    path: "admin/kyc",
    element: <RequireRole allow="compliance" />,
    children: [{ index: true, element: <KycReviewPage /> }],
  },
  {
    path: "admin/simulators",
    element: <RequireRole allow="admin" />,
    children: [{ index: true, element: <SimulatorsPage /> }],
  },
];

import { lazy } from "react";
import { createBrowserRouter } from "react-router";
import { RequireAuth } from "./auth/RequireAuth";
import { RequireRole } from "./auth/RequireRole";
import { Layout } from "./components/Layout";
import { Redirect } from "./components/Redirect";
import { AreaPage } from "./pages/AreaPage";
import { CrashPage } from "./pages/CrashPage";
import { publicChatRoutes } from "./pages/chat/routes";
import { consoleRoutes } from "./pages/console/routes";
import { DevMailboxPage } from "./pages/DevMailboxPage";
import { deskAdminRoutes } from "./pages/desk-admin/routes";
import { HomePage } from "./pages/HomePage";
import { helpRoutes } from "./pages/help/routes";
import { LoginPage } from "./pages/LoginPage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { notificationRoutes } from "./pages/notifications/routes";
import { paymentRoutes, publicPaymentRoutes } from "./pages/payments/routes";
import { staffHelpRoutes } from "./pages/staff-help/routes";
import { staffPaymentRoutes } from "./pages/staff-payments/routes";
import { staffStatusRoutes } from "./pages/staff-status/routes";
import { publicStatusRoutes } from "./pages/status/routes";
import { publicSupportRoutes, supportRoutes } from "./pages/support/routes";

// Pages that most visits never open are loaded on first use (Layout shows "Loading…" meanwhile).
const SignupPage = lazy(() => import("./pages/SignupPage").then((m) => ({ default: m.SignupPage })));
const VerifyEmailPage = lazy(() =>
  import("./pages/VerifyEmailPage").then((m) => ({ default: m.VerifyEmailPage })),
);
const ForgotPasswordPage = lazy(() =>
  import("./pages/ForgotPasswordPage").then((m) => ({ default: m.ForgotPasswordPage })),
);
const ResetPasswordPage = lazy(() =>
  import("./pages/ResetPasswordPage").then((m) => ({ default: m.ResetPasswordPage })),
);
const UnlockPage = lazy(() => import("./pages/UnlockPage").then((m) => ({ default: m.UnlockPage })));
const DashboardPage = lazy(() => import("./pages/DashboardPage").then((m) => ({ default: m.DashboardPage })));
const SecurityPage = lazy(() => import("./pages/SecurityPage").then((m) => ({ default: m.SecurityPage })));
const ProfilePage = lazy(() => import("./pages/ProfilePage").then((m) => ({ default: m.ProfilePage })));
const SendPage = lazy(() => import("./pages/SendPage").then((m) => ({ default: m.SendPage })));
const ExchangePage = lazy(() => import("./pages/ExchangePage").then((m) => ({ default: m.ExchangePage })));
const TransactionsPage = lazy(() =>
  import("./pages/TransactionsPage").then((m) => ({ default: m.TransactionsPage })),
);
const TransactionDetailPage = lazy(() =>
  import("./pages/TransactionDetailPage").then((m) => ({ default: m.TransactionDetailPage })),
);
const LedgerPage = lazy(() => import("./pages/admin/LedgerPage").then((m) => ({ default: m.LedgerPage })));

/** Routes of the web app. No loaders/actions: data is fetched with TanStack Query inside the pages. */
export const router = createBrowserRouter([
  {
    path: "/",
    element: <Layout />,
    errorElement: <CrashPage />,
    children: [
      {
        // A page that throws renders CrashPage inside the layout, so the header and footer stay.
        errorElement: <CrashPage />,
        children: [
          { index: true, element: <HomePage /> },
          // Accounts: public pages, including the targets of emailed links (?token=).
          { path: "signup", element: <SignupPage /> },
          { path: "login", element: <LoginPage /> },
          { path: "verify-email", element: <VerifyEmailPage /> },
          { path: "forgot-password", element: <ForgotPasswordPage /> },
          { path: "reset-password", element: <ResetPasswordPage /> },
          { path: "unlock", element: <UnlockPage /> },
          // The signed-in customer area.
          {
            path: "app",
            element: <RequireAuth />,
            children: [
              { index: true, element: <DashboardPage /> },
              { path: "security", element: <SecurityPage /> },
              { path: "profile", element: <ProfilePage /> },
              // The guides also name the money pages under /app; both addresses lead to the same page.
              { path: "send", element: <Redirect to={() => "/send"} /> },
              { path: "exchange", element: <Redirect to={() => "/exchange"} /> },
              { path: "transactions", element: <Redirect to={() => "/transactions"} /> },
              {
                path: "transactions/:id",
                element: <Redirect to={(p) => `/transactions/${encodeURIComponent(p.id ?? "")}`} />,
              },
              { path: "admin/ledger", element: <Redirect to={() => "/admin/ledger"} /> },
            ],
          },
          // Money: wallets are on the dashboard (/app); sending, exchange and the history have their own pages.
          {
            element: <RequireAuth />,
            children: [
              { path: "send", element: <SendPage /> },
              { path: "exchange", element: <ExchangePage /> },
              { path: "transactions", element: <TransactionsPage /> },
              { path: "transactions/:id", element: <TransactionDetailPage /> },
              {
                path: "admin/ledger",
                element: <RequireRole allow="admin" />,
                children: [{ index: true, element: <LedgerPage /> }],
              },
              ...paymentRoutes,
              ...staffPaymentRoutes,
              ...staffHelpRoutes,
              ...supportRoutes,
              ...consoleRoutes,
              ...deskAdminRoutes,
              ...staffStatusRoutes,
              ...notificationRoutes,
            ],
          },
          ...publicPaymentRoutes,
          { path: "admin", element: <AreaPage key="admin" area="admin" /> },
          ...helpRoutes,
          ...publicSupportRoutes,
          ...publicChatRoutes,
          ...publicStatusRoutes,
          { path: "dev/mailbox", element: <DevMailboxPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

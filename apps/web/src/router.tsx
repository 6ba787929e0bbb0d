import { createBrowserRouter } from "react-router";
import { Layout } from "./components/Layout";
import { AreaPage } from "./pages/AreaPage";
import { CrashPage } from "./pages/CrashPage";
import { DevMailboxPage } from "./pages/DevMailboxPage";
import { HelpPage } from "./pages/HelpPage";
import { HomePage } from "./pages/HomePage";
import { NotFoundPage } from "./pages/NotFoundPage";
import { StatusPage } from "./pages/StatusPage";

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
          { path: "app", element: <AreaPage key="app" area="app" /> },
          { path: "agent", element: <AreaPage key="agent" area="agent" /> },
          { path: "admin", element: <AreaPage key="admin" area="admin" /> },
          { path: "help", element: <HelpPage /> },
          { path: "status", element: <StatusPage /> },
          { path: "dev/mailbox", element: <DevMailboxPage /> },
          { path: "*", element: <NotFoundPage /> },
        ],
      },
    ],
  },
]);

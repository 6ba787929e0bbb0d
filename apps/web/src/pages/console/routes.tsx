import { lazy } from "react";
import type { RouteObject } from "react-router";
import { RequireRole } from "../../auth/RequireRole";

// The console is opened by staff only, so it is loaded on first use (Layout shows "Loading…").
const ConsoleShell = lazy(() => import("./ConsoleShell").then((m) => ({ default: m.ConsoleShell })));
const QueuePage = lazy(() => import("./queue/QueuePage").then((m) => ({ default: m.QueuePage })));
const TicketPage = lazy(() => import("./ticket/TicketPage").then((m) => ({ default: m.TicketPage })));
const ChatsPage = lazy(() => import("./chats/ChatsPage").then((m) => ({ default: m.ChatsPage })));
const CallbacksPage = lazy(() =>
  import("./callbacks/CallbacksPage").then((m) => ({ default: m.CallbacksPage })),
);

/** The agent console under /agent (queue, one ticket), for everyone who works tickets. Mounted inside RequireAuth. */
export const consoleRoutes: RouteObject[] = [
  {
    path: "agent",
    element: <RequireRole allow="support" />,
    children: [
      {
        element: <ConsoleShell />,
        children: [
          { index: true, element: <QueuePage /> },
          { path: "tickets/:id", element: <TicketPage /> },
          { path: "chats", element: <ChatsPage /> },
          { path: "callbacks", element: <CallbacksPage /> },
        ],
      },
    ],
  },
];

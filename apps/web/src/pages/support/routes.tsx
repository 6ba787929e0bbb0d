import { lazy } from "react";
import type { RouteObject } from "react-router";
import { Redirect } from "../../components/Redirect";

// The pages are loaded on first use (Layout shows "Loading…" meanwhile), like the other areas.
const NewTicketPage = lazy(() => import("./NewTicketPage").then((m) => ({ default: m.NewTicketPage })));
const MyTicketsPage = lazy(() => import("./MyTicketsPage").then((m) => ({ default: m.MyTicketsPage })));
const TicketPage = lazy(() => import("./TicketPage").then((m) => ({ default: m.TicketPage })));
const UnrecognizedPage = lazy(() =>
  import("./UnrecognizedPage").then((m) => ({ default: m.UnrecognizedPage })),
);
const GuestTicketPage = lazy(() => import("./GuestTicketPage").then((m) => ({ default: m.GuestTicketPage })));

/**
 * Customers' support pages, mounted inside RequireAuth: their tickets, one ticket, the ticket
 * form (prefilled by "Get help with this transaction"), "I don't recognize this transaction".
 * The contact page (/contact, open to guests too) is among the help center's routes.
 */
export const supportRoutes: RouteObject[] = [
  { path: "support", element: <Redirect to={() => "/support/tickets"} /> },
  { path: "support/new", element: <NewTicketPage /> },
  { path: "support/tickets", element: <MyTicketsPage /> },
  { path: "support/tickets/:id", element: <TicketPage /> },
  { path: "support/unrecognized/:transactionId", element: <UnrecognizedPage /> },
];

/** Support pages open to guests, mounted outside RequireAuth: the emailed ticket link. */
export const publicSupportRoutes: RouteObject[] = [{ path: "support/verify", element: <GuestTicketPage /> }];

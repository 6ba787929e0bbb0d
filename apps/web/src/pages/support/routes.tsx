import type { RouteObject } from "react-router";

// PLACEHOLDER (owner: web customer helper).
/** Customers' support pages (my tickets, a ticket, new ticket…), mounted inside RequireAuth. */
export const supportRoutes: RouteObject[] = [];
/** Support pages open to guests (contact, guest ticket verification), mounted outside RequireAuth. */
export const publicSupportRoutes: RouteObject[] = [];

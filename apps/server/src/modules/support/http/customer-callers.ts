import type { FastifyInstance, FastifyRequest } from "fastify";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { authOf, identifyCaller } from "../../accounts/index.js";
import type { SupportDeps } from "../deps.js";
import type { TicketCaller } from "../tickets/access.js";
import { guestCaller } from "../tickets/guest.js";
import { ACCESS_HEADER } from "./customer-schemas.js";

/**
 * Who calls a customer-side ticket route: a guest by the `X-Ticket-Access` header (which names
 * one ticket), otherwise the signed-in user. No credentials at all is 401; a token that opens
 * nothing is "not found", as for a ticket that is not yours.
 */
export async function ticketCaller(
  app: Pick<FastifyInstance, "requireUser">,
  deps: SupportDeps,
  request: FastifyRequest,
): Promise<TicketCaller> {
  const header = request.headers[ACCESS_HEADER];
  if (typeof header === "string" && header.length > 0) {
    const guest = await guestCaller(deps, header);
    if (!guest) throw new DomainError("ticket_not_found");
    return guest;
  }
  // Not identifyCaller: a cookie write without its CSRF token must be told so, not taken for a guest.
  await app.requireUser(request);
  return { kind: "user", userId: authOf(request).userId };
}

/**
 * For attachments: staff see every one; customers and guests as for tickets. A staff member
 * counts as staff only when the support guard lets them in (so the staff 2FA rule holds here
 * too: a staff password alone must not open internal notes' images); otherwise 403
 * staff_mfa_required, never a fall-back to the customer's view of their own uploads.
 */
export async function attachmentViewer(
  app: Pick<FastifyInstance, "requireUser" | "requireSupport">,
  deps: SupportDeps,
  request: FastifyRequest,
): Promise<TicketCaller | { kind: "staff" }> {
  if (!request.headers[ACCESS_HEADER]) {
    const auth = await identifyCaller(app, request);
    if (auth && auth.role !== "customer") {
      await app.requireSupport(request);
      return { kind: "staff" };
    }
  }
  return ticketCaller(app, deps, request);
}

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { SupportDeps } from "../deps.js";
import { customerTicketDetail } from "../tickets/customer-view.js";
import { openGuestLink } from "../tickets/guest.js";
import { tags, ticketDetailSchema, verifyBody } from "./customer-schemas.js";

/** Link openings a minute per address: tokens have 256 bits, this only keeps scanners slow. */
const VERIFY_PER_MINUTE = 20;

/** Guests who wrote without signing in: the emailed link verifies the ticket and opens it. */
export const guestTicketRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  app.post(
    "/api/v1/tickets/guest/verify",
    {
      config: { rateLimit: { max: VERIFY_PER_MINUTE, timeWindow: "1 minute" } },
      schema: {
        tags,
        summary: "Open a guest link: confirm the address of a guest ticket, or come back to it",
        description:
          "The token from the link (/support/verify?token=…). A verification link (24 hours, single use) sends the " +
          "ticket to support and returns an access token (30 days); a link from a later email is an access token " +
          "itself and is returned as is. Use the access token as the X-Ticket-Access header to read the ticket, " +
          "reply and rate it. An expired, used or unknown link is 400 guest_link_invalid.",
        body: verifyBody,
        response: {
          200: z.object({
            ticket: ticketDetailSchema,
            accessToken: z.string().describe("Send as X-Ticket-Access; valid 30 days"),
          }),
        },
      },
    },
    async (request) => {
      const { caller, ticket, accessToken } = await openGuestLink(deps, request.body.token);
      return { ticket: await customerTicketDetail(deps.platform.db, caller, ticket), accessToken };
    },
  );
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { authOf, identifyCaller, requestContext } from "../../accounts/index.js";
import type { SupportDeps } from "../deps.js";
import { ownTicket } from "../tickets/access.js";
import { contactOptions } from "../tickets/contact-options.js";
import { customerClose, customerReply, rateTicket } from "../tickets/conversation.js";
import { createCustomerTicket, createGuestTicket, GUEST_LINKS_PER_ADDRESS } from "../tickets/create.js";
import { customerTicketDetail, listOwnTickets } from "../tickets/customer-view.js";
import { reportUnrecognizedTransaction } from "../tickets/security-report.js";
import { customerAttachmentRoutes } from "./customer-attachment-routes.js";
import { ticketCaller } from "./customer-callers.js";
import {
  accessHeaders,
  bearerAuth,
  contactOptionsSchema,
  createdSchema,
  createTicketBody,
  idParams,
  listQuery,
  messageSchema,
  optionalAuth,
  perCallerLimit,
  ratingBody,
  replyBody,
  tags,
  ticketDetailSchema,
  ticketSummarySchema,
  unrecognizedBody,
} from "./customer-schemas.js";

/** New tickets an hour: per customer, and per address for guests. */
const TICKETS_PER_HOUR = { user: 10, guest: 5 };
/** Replies an hour per caller (a conversation, not a flood). */
const REPLIES_PER_HOUR = { user: 120, guest: 60 };

/**
 * The customer side of the support desk: contact options, opening a ticket (signed in or as
 * a guest), the customer's own tickets, replies, "solved", ratings, and the security report
 * of an unrecognized transaction. Guests use the `X-Ticket-Access` header once verified.
 */
export const customerTicketRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  const { db } = deps.platform;

  await app.register(customerAttachmentRoutes, { deps });

  const detailFor = async (request: Parameters<typeof ticketCaller>[2], id: string) => {
    const caller = await ticketCaller(app, deps, request);
    const ticket = await ownTicket(db, caller, id);
    return customerTicketDetail(db, caller, ticket);
  };

  app.get(
    "/api/v1/support/contact-options",
    {
      schema: {
        tags,
        summary: "How to reach support: channels, opening hours, answer times, holidays ahead",
        description:
          "The web form and email are answered in business hours (the calendar's time zone and hours), security " +
          "reports around the clock (hours null). firstResponse is the target for a normal ticket (urgent for " +
          "security); holidaysAhead lists the days the desk is closed in the next 60 days, named in the reader's language.",
        response: { 200: contactOptionsSchema },
      },
    },
    async (request) => contactOptions(deps, request.locale),
  );

  app.post(
    "/api/v1/tickets",
    {
      config: { rateLimit: perCallerLimit(app, "support-ticket", TICKETS_PER_HOUR, "1 hour") },
      schema: {
        tags,
        security: optionalAuth,
        summary: "Open a support ticket (signed in, or as a guest with an email address)",
        description:
          "Signed in: your account's state is attached for the agent, and transactionIds must be your own (422 " +
          "ticket_transaction_not_found otherwise); attachmentIds are your unused uploads. Priority follows the " +
          "category (security urgent, login_access high, others normal). You get an email with the number and when " +
          "to expect an answer. Guests give email (and may give name): the ticket reaches support only once the " +
          `address is confirmed by the emailed link (24 hours, single use; at most ${GUEST_LINKS_PER_ADDRESS} links ` +
          "an address a day, the answer is the same either way). A deflectionId from the contact page marks that " +
          `attempt as contacted. ${TICKETS_PER_HOUR.user} tickets an hour per customer, ${TICKETS_PER_HOUR.guest} ` +
          "per address for guests.",
        body: createTicketBody,
        response: { 201: createdSchema },
      },
    },
    async (request, reply) => {
      const { email, name, ...ticket } = request.body;
      const caller = await identifyCaller(app, request);
      const input = { ...ticket, language: request.locale };
      if (caller) {
        const created = await createCustomerTicket(deps, caller.userId, input);
        return reply
          .status(201)
          .send({ id: created.id, number: String(created.number), status: created.status });
      }
      if (!email)
        throw new DomainError("validation_failed", {}, [
          { in: "body", path: "/email", code: "required", message: "Required when not signed in" },
        ]);
      const created = await createGuestTicket(deps, { ...input, email, name });
      return reply
        .status(201)
        .send({ id: created.id, number: String(created.number), status: created.status });
    },
  );

  app.get(
    "/api/v1/tickets",
    {
      preHandler: app.requireUser,
      schema: {
        tags,
        security: bearerAuth,
        summary: "Your tickets, newest first",
        querystring: listQuery,
        response: {
          200: z.object({ data: z.array(ticketSummarySchema), nextCursor: z.string().nullable() }),
        },
      },
    },
    async (request) => {
      const { status, cursor, limit } = request.query;
      return listOwnTickets(deps, authOf(request).userId, { state: status, cursor, limit });
    },
  );

  app.get(
    "/api/v1/tickets/:id",
    {
      schema: {
        tags,
        security: optionalAuth,
        summary: "One of your tickets with its conversation (signed in, or a guest's access token)",
        description: "Someone else's ticket, or a guest ticket not verified yet, is 404 ticket_not_found.",
        params: idParams,
        headers: accessHeaders,
        response: { 200: ticketDetailSchema },
      },
    },
    async (request) => detailFor(request, request.params.id),
  );

  app.post(
    "/api/v1/tickets/:id/messages",
    {
      config: { rateLimit: perCallerLimit(app, "support-reply", REPLIES_PER_HOUR, "1 hour") },
      schema: {
        tags,
        security: optionalAuth,
        summary: "Reply on your ticket (reopens it when it was waiting on you or solved)",
        description:
          "A closed ticket takes no more messages (409 ticket_closed: open a new one); a merged one names the ticket " +
          "to continue on (409 ticket_merged). attachmentIds are your unused uploads (at most 5).",
        params: idParams,
        headers: accessHeaders,
        body: replyBody,
        response: { 201: messageSchema },
      },
    },
    async (request, reply) => {
      const caller = await ticketCaller(app, deps, request);
      const message = await customerReply(deps, caller, request.params.id, request.body);
      return reply.status(201).send(message);
    },
  );

  app.post(
    "/api/v1/tickets/:id/close",
    {
      schema: {
        tags,
        security: optionalAuth,
        summary: "Mark your ticket as solved (you can then rate the answer)",
        description: "Already solved: unchanged. Closed: 409 ticket_closed.",
        params: idParams,
        headers: accessHeaders,
        response: { 200: ticketDetailSchema },
      },
    },
    async (request) => {
      const caller = await ticketCaller(app, deps, request);
      await customerClose(deps, caller, request.params.id);
      return detailFor(request, request.params.id);
    },
  );

  app.post(
    "/api/v1/tickets/:id/rating",
    {
      schema: {
        tags,
        security: optionalAuth,
        summary: "Rate the answer to a solved ticket (1 to 5, optional comment)",
        description:
          "Only once solved (409 ticket_not_solved); a new rating replaces the previous one until the ticket " +
          "closes; a closed ticket can still be rated once if it never was (409 ticket_closed otherwise).",
        params: idParams,
        headers: accessHeaders,
        body: ratingBody,
        response: { 200: z.object({ score: z.number().int(), comment: z.string().nullable() }) },
      },
    },
    async (request) => {
      const caller = await ticketCaller(app, deps, request);
      return rateTicket(deps, caller, request.params.id, request.body);
    },
  );

  app.post(
    "/api/v1/security/unrecognized-transaction",
    {
      preHandler: app.requireUser,
      config: { rateLimit: perCallerLimit(app, "support-unrecognized", TICKETS_PER_HOUR, "1 hour") },
      schema: {
        tags,
        security: bearerAuth,
        summary: "Report a transaction you do not recognize (urgent ticket; optionally freeze payments out)",
        description:
          "Opens an urgent security ticket with the transaction attached (your own: 422 ticket_transaction_not_found " +
          "otherwise). freeze: payments out of your account stop at once (money can still arrive); only support " +
          "can lift the freeze, after checking your identity. frozen tells whether the account is frozen now.",
        body: unrecognizedBody,
        response: { 201: z.object({ ticket: createdSchema, frozen: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const { ticket, frozen } = await reportUnrecognizedTransaction(
        deps,
        authOf(request).userId,
        request.body,
        requestContext(request),
      );
      return reply
        .status(201)
        .send({ ticket: { id: ticket.id, number: String(ticket.number), status: ticket.status }, frozen });
    },
  );
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { authOf } from "../../accounts/http/auth-plugin.js";
import { agentTicketDetail } from "../console/detail.js";
import { mergeTickets } from "../console/merge.js";
import { listQueue, queueCounts } from "../console/queue.js";
import { replyToTicket } from "../console/reply.js";
import { linkTransactions } from "../console/transactions.js";
import { updateAgentTicket } from "../console/update.js";
import type { SupportDeps } from "../deps.js";
import {
  agentMessage,
  agentTicketRow,
  countsView,
  agentTicketDetail as detailView,
  linkBody,
  mergeBody,
  patchBody,
  queueQuery,
  replyBody,
  security,
  tags,
  ticketParams,
} from "./agent-schemas.js";

const COMPLIANCE_NOTE =
  "Every support role reads every ticket, but agents cannot change tickets of the compliance group " +
  "(403 forbidden); compliance officers, supervisors and admins work those.";

/**
 * The agent console's tickets: queues with counts, one ticket with everything about it, and
 * the changes agents make (status, priority, tags, assignee, group), replies and internal
 * notes, merges and linked transactions. Every change is audited in its own transaction and
 * announced to open consoles after commit.
 */
export const agentTicketRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/agent/tickets",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Console: a queue of tickets, with filters and search",
        description:
          "Guests' tickets appear once the guest has confirmed the address. Merged tickets (closed) are left " +
          "out unless status includes closed or q is their number. Filters combine with AND.",
        querystring: queueQuery,
        response: { 200: z.object({ data: z.array(agentTicketRow), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor, ...filter } = request.query;
      return listQueue(deps, authOf(request).userId, filter, { limit, cursor });
    },
  );

  app.get(
    "/api/v1/agent/tickets/counts",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Console: how many tickets each queue holds",
        description:
          "open counts new and open tickets; pending and onHold their statuses; the others as the views.",
        response: { 200: countsView },
      },
    },
    async (request) => queueCounts(deps, authOf(request).userId),
  );

  app.get(
    "/api/v1/agent/tickets/:id",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary:
          "Console: one ticket with its thread (internal notes included), events, transactions and context",
        params: ticketParams,
        response: { 200: detailView },
      },
    },
    async (request) => agentTicketDetail(deps, deps.platform.db, request.params.id),
  );

  app.patch(
    "/api/v1/agent/tickets/:id",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Console: change a ticket's status, priority, category, tags, assignee or group (audited)",
        description:
          "Solving emails the customer a link to rate the answer. A category change moves the ticket to the " +
          "category's group unless it was moved by hand. 409 ticket_closed / ticket_merged, 422 " +
          `assignee_not_eligible, 422 support_group_not_found. ${COMPLIANCE_NOTE}`,
        params: ticketParams,
        body: patchBody,
        response: { 200: detailView },
      },
    },
    async (request) => updateAgentTicket(deps, authOf(request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/agent/tickets/:id/replies",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Console: answer the customer, or add an internal note (audited)",
        description:
          "A public reply emails the customer that there is a reply (never its text); the first one records the " +
          "first response. Attachments are the caller's own uploads (POST /tickets/attachments). " +
          `409 ticket_closed / ticket_merged, 404 ticket_attachment_not_found, 404 macro_not_found. ${COMPLIANCE_NOTE}`,
        params: ticketParams,
        body: replyBody,
        response: { 201: agentMessage },
      },
    },
    async (request, reply) => {
      const message = await replyToTicket(deps, authOf(request), request.params.id, request.body);
      return reply.status(201).send(message);
    },
  );

  app.post(
    "/api/v1/agent/tickets/:id/merge",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Console: merge this ticket into another of the same customer (audited)",
        description:
          "This ticket is closed with a note pointing to the other; its transactions are copied over; its messages " +
          `stay. 409 ticket_merge_invalid for another customer's ticket or a closed one. ${COMPLIANCE_NOTE}`,
        params: ticketParams,
        body: mergeBody,
        response: { 200: detailView },
      },
    },
    async (request) => mergeTickets(deps, authOf(request), request.params.id, request.body.intoTicketId),
  );

  app.post(
    "/api/v1/agent/tickets/:id/transactions",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Console: attach transactions of the requester's history to the ticket (audited)",
        description:
          "All must be the requester's own (422 ticket_transaction_not_found otherwise, also for a guest's ticket); " +
          `already attached ones are kept as they were. ${COMPLIANCE_NOTE}`,
        params: ticketParams,
        body: linkBody,
        response: { 200: detailView },
      },
    },
    async (request) =>
      linkTransactions(deps, authOf(request), request.params.id, request.body.transactionIds),
  );
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { authOf } from "../../accounts/index.js";
import { listCallbackQueue, settleCallback } from "../channels/phone/callback-queue.js";
import {
  cancelOwnCallback,
  listOwnCallbacks,
  OPEN_CALLBACKS_PER_CUSTOMER,
  requestCallback,
} from "../channels/phone/callbacks.js";
import { CALLBACKS_PER_SLOT, openSlots, SLOT_DAYS, SLOT_MINUTES } from "../channels/phone/slots.js";
import type { SupportDeps } from "../deps.js";
import { perCallerLimit } from "./customer-schemas.js";
import {
  bearerAuth,
  callbackBody,
  consoleTags,
  customerTags,
  idParams,
  ownCallbackView,
  pageQuery,
  queueQuery,
  queueView,
  settleBody,
  slotsQuery,
  slotsView,
} from "./phone-schemas.js";

/** Booking attempts an hour per customer (each emails a confirmation). */
const BOOKINGS_PER_HOUR = { user: 10, guest: 10 };

/**
 * Callbacks: signed-in customers pick a half hour of the support calendar's opening hours and
 * are called back; agents work the requests from a queue in slot order.
 */
export const phoneCallbackRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  /** Callbacks are for customers' own accounts; staff use the console. */
  const customerId = (request: Parameters<typeof authOf>[0]) => {
    const auth = authOf(request);
    if (auth.role !== "customer") throw new DomainError("forbidden");
    return auth.userId;
  };

  app.get(
    "/api/v1/support/callbacks/slots",
    {
      preHandler: app.requireUser,
      schema: {
        tags: customerTags,
        security: bearerAuth,
        summary: "Callback times that can be booked",
        description:
          `${SLOT_MINUTES}-minute slots within the support calendar's opening hours (its time zone, weekdays and ` +
          `holidays), today and the next ${SLOT_DAYS - 1} days; slots that have begun or hold ${CALLBACKS_PER_SLOT} ` +
          "callbacks already are left out.",
        querystring: slotsQuery,
        response: { 200: slotsView },
      },
    },
    async (request) => {
      customerId(request);
      const { timeZone, slots } = await openSlots(deps, deps.platform.db, request.query.date);
      return {
        timeZone,
        slotMinutes: SLOT_MINUTES,
        perSlot: CALLBACKS_PER_SLOT,
        days: SLOT_DAYS,
        slots: slots.map((s) => ({
          start: s.start.toISOString(),
          end: s.end.toISOString(),
          remaining: s.remaining,
        })),
      };
    },
  );

  app.post(
    "/api/v1/support/callbacks",
    {
      preHandler: app.requireUser,
      config: { rateLimit: perCallerLimit(app, "support-callback", BOOKINGS_PER_HOUR, "1 hour") },
      schema: {
        tags: customerTags,
        security: bearerAuth,
        summary: "Book a callback",
        description:
          "The request lands in your phone ticket (or the ticket named, or a new one) for the agents, and you get a " +
          "confirmation email. 422 callback_slot_invalid for a time that is not an open slot, 409 callback_slot_full, " +
          `409 callback_limit beyond ${OPEN_CALLBACKS_PER_CUSTOMER} open callbacks, 422 phone_required without a ` +
          "phone given or verified, 403 callback_account_unverified until your email or phone is verified.",
        body: callbackBody,
        response: { 201: ownCallbackView },
      },
    },
    async (request, reply) => {
      const userId = customerId(request);
      const { slotStart, ...rest } = request.body;
      const booked = await requestCallback(deps, userId, { ...rest, slotStart: new Date(slotStart) });
      return reply.status(201).send(booked);
    },
  );

  app.get(
    "/api/v1/support/callbacks",
    {
      preHandler: app.requireUser,
      schema: {
        tags: customerTags,
        security: bearerAuth,
        summary: "Your callbacks, newest request first",
        querystring: pageQuery,
        response: { 200: z.object({ data: z.array(ownCallbackView), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor } = request.query;
      return listOwnCallbacks(deps, customerId(request), { limit, cursor });
    },
  );

  app.post(
    "/api/v1/support/callbacks/:id/cancel",
    {
      preHandler: app.requireUser,
      schema: {
        tags: customerTags,
        security: bearerAuth,
        summary: "Cancel one of your callbacks",
        description:
          "404 callback_not_found (also for someone else's); 409 callback_closed once done, missed or cancelled.",
        params: idParams,
        response: { 200: ownCallbackView },
      },
    },
    async (request) => cancelOwnCallback(deps, customerId(request), request.params.id),
  );

  app.get(
    "/api/v1/agent/callbacks",
    {
      onRequest: app.requireSupport,
      schema: {
        tags: consoleTags,
        security: bearerAuth,
        summary: "Console: callback queue in slot order",
        description:
          "Requested callbacks by default, the next slot first, each with the customer, the number to call, the " +
          "ticket and whether its slot has passed (overdue).",
        querystring: queueQuery,
        response: { 200: z.object({ data: z.array(queueView), nextCursor: z.string().nullable() }) },
      },
    },
    async (request) => {
      const { limit, cursor, status, from, to } = request.query;
      return listCallbackQueue(
        deps,
        { status, from: from ? new Date(from) : undefined, to: to ? new Date(to) : undefined },
        { limit, cursor },
      );
    },
  );

  app.post(
    "/api/v1/agent/callbacks/:id",
    {
      onRequest: app.requireSupport,
      schema: {
        tags: consoleTags,
        security: bearerAuth,
        summary: "Console: settle a callback as done, missed or cancelled (audited)",
        description:
          "done logs the outbound call on the ticket (notes and duration with it); missed or cancelled keep the notes " +
          "as an internal note. 404 callback_not_found, 409 callback_closed when already settled; agents cannot " +
          "settle callbacks of compliance-group tickets (403 forbidden).",
        params: idParams,
        body: settleBody,
        response: { 200: queueView },
      },
    },
    async (request) => settleCallback(deps, authOf(request), request.params.id, request.body),
  );
};

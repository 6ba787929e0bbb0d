import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import type { SupportDeps } from "../deps.js";
import {
  listHolidays,
  putHoliday,
  readCalendar,
  readPolicies,
  removeHoliday,
  updateCalendar,
  updatePolicies,
} from "../sla/admin.js";
import { settingsGroupRoutes } from "./settings-groups-routes.js";
import {
  bilingualInput,
  calendarBody,
  calendarView,
  dayText,
  holidayView,
  policiesBody,
  policiesView,
  security,
  staffActor,
  adminTags as tags,
} from "./settings-schemas.js";

/**
 * Desk settings: SLA policies, the business calendar and its holidays (every support role
 * reads them; supervisors and admins change them, audited). Groups, staff groups, presence
 * and the agents list are in settings-groups-routes.ts.
 */
export const settingsRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  await app.register(settingsGroupRoutes, { deps });

  app.get(
    "/api/v1/admin/support/sla",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "SLA policies: first response and resolution targets per priority",
        response: { 200: policiesView },
      },
    },
    async () => readPolicies(deps),
  );

  app.put(
    "/api/v1/admin/support/sla",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Supervisor: change SLA policies (new tickets and changes count with them from now on)",
        description: "Only the priorities sent change. Due dates of existing tickets stay as they were.",
        body: policiesBody,
        response: { 200: policiesView },
      },
    },
    async (request) => updatePolicies(deps, await staffActor(deps, request), request.body.policies),
  );

  app.get(
    "/api/v1/admin/support/calendar",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "The business calendar: time zone and opening hours per weekday",
        response: { 200: calendarView },
      },
    },
    async () => readCalendar(deps),
  );

  app.put(
    "/api/v1/admin/support/calendar",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Supervisor: change the time zone and opening hours",
        description:
          "422 calendar_invalid for an unknown time zone, closing not after opening, a weekday given twice " +
          "or a week without opening hours.",
        body: calendarBody,
        response: { 200: calendarView },
      },
    },
    async (request) => updateCalendar(deps, await staffActor(deps, request), request.body),
  );

  app.get(
    "/api/v1/admin/support/holidays",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Holidays of the business calendar (days the SLA clock does not count)",
        querystring: z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() }),
        response: { 200: z.object({ holidays: z.array(holidayView) }) },
      },
    },
    async (request) => listHolidays(deps, request.query.year),
  );

  app.post(
    "/api/v1/admin/support/holidays",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Supervisor: add a holiday (or rename the one on that day)",
        description: "201 when added, 200 when the day was a holiday already and got the new name.",
        body: z.object({
          day: dayText.describe("Local day in the calendar's time zone"),
          name: bilingualInput,
        }),
        response: { 200: holidayView, 201: holidayView },
      },
    },
    async (request, reply) => {
      const { holiday, created } = await putHoliday(deps, await staffActor(deps, request), request.body);
      return reply.status(created ? 201 : 200).send(holiday);
    },
  );

  app.delete(
    "/api/v1/admin/support/holidays/:day",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Supervisor: remove a holiday (the day counts as a working day again)",
        params: z.object({ day: dayText }),
        response: { 204: z.null().describe("Removed, or was not a holiday") },
      },
    },
    async (request, reply) => {
      await removeHoliday(deps, await staffActor(deps, request), request.params.day);
      return reply.status(204).send(null);
    },
  );
};

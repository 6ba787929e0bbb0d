import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { SET_STATES } from "../../../platform/db/schema-status.js";
import { setComponentState, staffOverview } from "../admin.js";
import type { StatusDeps } from "../deps.js";
import {
  cancelMaintenance,
  changeMaintenance,
  endMaintenance,
  scheduleMaintenance,
} from "../maintenances.js";
import { staffMaintenanceView } from "../present-staff.js";
import {
  componentKey,
  idParams,
  maintenanceBody,
  maintenanceChanges,
  security,
  staffActor,
  staffComponent,
  staffIncident,
  staffMaintenance,
  staffTags as tags,
} from "./schemas.js";

/**
 * The staff side of the status page: the overview (supervisors and admins), components' manual
 * state and scheduled maintenance (admins). Every change is audited, records the states it
 * causes and is heard at once by the gate and the public snapshot on every node.
 */
export const statusAdminRoutes: FastifyPluginAsyncZod<{ deps: StatusDeps }> = async (app, { deps }) => {
  const now = () => deps.platform.clock.now();

  app.get(
    "/api/v1/admin/status",
    {
      onRequest: app.requireSupervisor,
      schema: {
        tags,
        security,
        summary: "Staff: components, open incidents (drafts too), maintenance and subscriber counts",
        description:
          "Read from the database, not the public snapshot. Maintenance: every window not over, and those that " +
          "ended or were canceled in the last 7 days.",
        response: {
          200: z.object({
            components: z.array(staffComponent),
            incidents: z.array(staffIncident).describe("Open incidents, newest first, drafts included"),
            maintenances: z.array(staffMaintenance),
            subscribers: z.object({
              confirmed: z.number().int(),
              pending: z.number().int().describe("Signed up, confirmation link not used yet"),
            }),
          }),
        },
      },
    },
    async () => staffOverview(deps),
  );

  app.patch(
    "/api/v1/admin/status/components/:key",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Staff: set a component's manual state",
        description:
          "The component's effective state is the worst of this, the automatic signal and its open public " +
          "incidents (maintenance wins over all). Audited as status.component_state_set.",
        params: z.object({ key: componentKey }),
        body: z.object({ state: z.enum(SET_STATES) }),
        response: { 200: staffComponent },
      },
    },
    async (request) =>
      setComponentState(deps, await staffActor(deps, request), request.params.key, request.body.state),
  );

  app.post(
    "/api/v1/admin/status/maintenances",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Staff: schedule maintenance",
        description:
          "Inside the window the components are under maintenance (with methodIds: only those payment methods): " +
          "their operations are refused with `maintenance` and the end time, from startsAt to endsAt, with no " +
          "restart. Subscribers are emailed from 72 hours before it starts (at once when nearer). 422 " +
          "maintenance_window_invalid when endsAt is not after startsAt or is not in the future. Audited as " +
          "status.maintenance_scheduled.",
        body: maintenanceBody,
        response: { 201: staffMaintenance },
      },
    },
    async (request, reply) => {
      const { description, ...body } = request.body;
      const row = await scheduleMaintenance(deps, await staffActor(deps, request), {
        ...body,
        description: description ?? { en: "", "zh-CN": "" },
      });
      return reply.status(201).send(await staffMaintenanceView(deps, row, now()));
    },
  );

  app.patch(
    "/api/v1/admin/status/maintenances/:id",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Staff: move or rewrite maintenance that is not over",
        description:
          "409 maintenance_finished once it ended or was canceled; 422 maintenance_window_invalid for a window " +
          "that would end before it starts or in the past. Moving a window that has not started announces it " +
          "again. Audited as status.maintenance_changed.",
        params: idParams,
        body: maintenanceChanges,
        response: { 200: staffMaintenance },
      },
    },
    async (request) => {
      const row = await changeMaintenance(
        deps,
        await staffActor(deps, request),
        request.params.id,
        request.body,
      );
      return staffMaintenanceView(deps, row, now());
    },
  );

  app.post(
    "/api/v1/admin/status/maintenances/:id/cancel",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Staff: cancel maintenance (scheduled or in progress)",
        description:
          "The components leave maintenance at once. 409 maintenance_finished when it is over or already " +
          "canceled. Audited as status.maintenance_canceled.",
        params: idParams,
        response: { 200: staffMaintenance },
      },
    },
    async (request) => {
      const row = await cancelMaintenance(deps, await staffActor(deps, request), request.params.id);
      return staffMaintenanceView(deps, row, now());
    },
  );

  app.post(
    "/api/v1/admin/status/maintenances/:id/end",
    {
      onRequest: app.requireAdmin,
      schema: {
        tags,
        security,
        summary: "Staff: end maintenance in progress now",
        description:
          "The work finished early: the window ends now and the components' operations work again. 409 " +
          "maintenance_finished when it is over or canceled; 422 maintenance_window_invalid when it has not " +
          "started (cancel it instead). Audited as status.maintenance_ended.",
        params: idParams,
        response: { 200: staffMaintenance },
      },
    },
    async (request) => {
      const row = await endMaintenance(deps, await staffActor(deps, request), request.params.id);
      return staffMaintenanceView(deps, row, now());
    },
  );
};

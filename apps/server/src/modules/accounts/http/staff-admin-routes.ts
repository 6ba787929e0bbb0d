import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requestContext } from "../context.js";
import type { AccountsDeps } from "../deps.js";
import {
  changeStaffRole,
  deactivateStaff,
  inviteStaff,
  listStaff,
  reactivateStaff,
  STAFF_ROLES,
  staffActor,
} from "../staff-admin.js";
import { authOf } from "./auth-plugin.js";

const tags = ["Support admin"];
const security = [{ bearerAuth: [] }];

const staffSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string().nullable(),
  role: z.enum(STAFF_ROLES),
  groups: z.array(z.string()).describe("Keys of the support groups they work in"),
  twoFactor: z.boolean().describe("Whether they sign in with a second factor"),
  lastSignInAt: z.string().nullable(),
  deactivatedAt: z.string().nullable(),
  openTickets: z.number().int().describe("Tickets assigned to them that are not solved yet"),
  createdAt: z.string(),
});

const idParams = z.object({ id: z.string().max(64) });

/** Admin: who works at Satchel, in which role and groups; invitations and deactivation. */
export const staffAdminRoutes: FastifyPluginAsyncZod<{ deps: AccountsDeps }> = async (app, { deps }) => {
  app.addHook("onRequest", app.requireAdmin);
  const actorOf = (request: Parameters<typeof authOf>[0]) => staffActor(deps, authOf(request).userId);

  app.get(
    "/api/v1/admin/staff",
    {
      schema: {
        tags,
        security,
        summary: "Staff members with role, groups, 2FA, last sign-in and deactivation",
        description: "Active staff first, then deactivated ones; each list by email.",
        response: { 200: z.object({ data: z.array(staffSchema) }) },
      },
    },
    async () => ({ data: await listStaff(deps) }),
  );

  app.post(
    "/api/v1/admin/staff",
    {
      schema: {
        tags,
        security,
        summary: "Invite a staff member: emails a set-password link valid for 72 hours (audited)",
        description:
          "The account starts with a random password nobody knows. The link opens /reset-password?token=…&invite=1. " +
          "Unknown group keys answer 422 support_group_not_found; an address already in use 409 email_already_registered.",
        body: z.object({
          email: z.email().max(254),
          name: z.string().trim().min(1).max(100),
          role: z.enum(STAFF_ROLES),
          groups: z.array(z.string().trim().min(1).max(40)).max(20).optional(),
          language: z
            .enum(["en", "zh-CN"])
            .optional()
            .describe("Of the invitation and later emails; default en"),
        }),
        response: { 201: staffSchema },
      },
    },
    async (request, reply) => {
      const member = await inviteStaff(deps, await actorOf(request), request.body, requestContext(request));
      return reply.status(201).send(member);
    },
  );

  app.patch(
    "/api/v1/admin/staff/:id",
    {
      schema: {
        tags,
        security,
        summary: "Change a staff member's role; takes effect on their next request (audited)",
        description: "Not your own (409 staff_self_change); customers are not staff (404 staff_not_found).",
        params: idParams,
        body: z.object({ role: z.enum(STAFF_ROLES) }),
        response: { 200: staffSchema },
      },
    },
    async (request) => changeStaffRole(deps, await actorOf(request), request.params.id, request.body.role),
  );

  app.post(
    "/api/v1/admin/staff/:id/deactivate",
    {
      schema: {
        tags,
        security,
        summary: "Deactivate a staff member: signs them out everywhere at once and blocks sign-in (audited)",
        description: "Their tickets stay assigned (see openTickets) for a supervisor to reassign.",
        params: idParams,
        response: { 200: staffSchema },
      },
    },
    async (request) =>
      deactivateStaff(deps, await actorOf(request), request.params.id, requestContext(request)),
  );

  app.post(
    "/api/v1/admin/staff/:id/reactivate",
    {
      schema: {
        tags,
        security,
        summary: "Let a deactivated staff member sign in again (audited)",
        params: idParams,
        response: { 200: staffSchema },
      },
    },
    async (request) => reactivateStaff(deps, await actorOf(request), request.params.id),
  );
};

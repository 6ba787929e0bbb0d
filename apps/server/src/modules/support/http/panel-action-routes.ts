import type { FastifyRequest } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { requestContext } from "../../accounts/index.js";
import {
  type IdentityCheck,
  type StaffActionOptions,
  staffFreeze,
  staffHardLock,
  staffResendVerification,
  staffResetTwoFactor,
  staffUnfreeze,
  staffUnlock,
} from "../../accounts/staff.js";
import type { Actor } from "../../audit/index.js";
import type { SupportDeps } from "../deps.js";
import type { PanelAction } from "../panel/action-copy.js";
import { panelAgent } from "../panel/agent.js";
import { underComplianceRule } from "../panel/compliance-hold.js";
import { escalateTicket } from "../panel/escalate.js";
import { ticketNotes } from "../panel/ticket-notes.js";
import { checksField, reasonField, security, tags, ticketIdField } from "./panel-schemas.js";

/**
 * What an agent does about a customer from the panel: unlock, reset two-factor authentication,
 * hard-lock, freeze, unfreeze, resend the email verification link; and escalate a ticket.
 *
 * The account actions themselves live in accounts (../../accounts/staff.ts: the change, the
 * audit entry, the customer's security-log event and email). Their routes are served here, on
 * the paths they always had, because an agent takes them from a ticket: with `ticketId` the
 * desk passes the accounts function a callback that writes the ticket's notes inside the
 * action's transaction. So accounts never imports the desk (no cycle, no hook registry), and
 * an action and its notes are committed together or not at all.
 *
 * Open to every support role (compliance officers act on the customers they review); a
 * front-line agent is refused a customer compliance is reviewing (../panel/compliance-hold.ts).
 */

const checked = z.object({ reason: reasonField, checks: checksField, ticketId: ticketIdField });
const reasoned = z.object({ reason: reasonField, ticketId: ticketIdField });
const userParams = z.object({ userId: z.string().max(64) });

export const panelActionRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  const accounts = deps.accounts.deps;

  /** Runs an accounts action for the signed-in agent, with the ticket's notes when it came from one. */
  async function act<T>(
    request: FastifyRequest,
    action: PanelAction,
    input: { reason: string; checks?: readonly IdentityCheck[]; ticketId?: string | undefined },
    run: (actor: Actor, options: StaffActionOptions) => Promise<T>,
  ): Promise<T> {
    const agent = await panelAgent(deps, request);
    const notes = input.ticketId ? ticketNotes(deps, agent, input.ticketId, action, input) : undefined;
    // Checked with or without a ticket: a customer under compliance review is theirs to act on.
    const result = await run(agent.actor, underComplianceRule(agent, notes?.options ?? {}));
    await notes?.publish();
    return result;
  }

  const route = (path: string, summary: string) => ({
    url: `/api/v1/agent/customers/:userId/${path}`,
    summary,
    description:
      "Agents, supervisors, compliance officers and admins. 403 forbidden for an agent while the customer " +
      "has a ticket in the compliance group that is not solved yet (with or without ticketId).",
  });

  const unlock = route(
    "unlock",
    "Unlock an account after two identity checks (audited; the customer is emailed)",
  );
  app.post(
    unlock.url,
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: unlock.summary,
        description: unlock.description,
        params: userParams,
        body: checked,
      },
    },
    async (request, reply) => {
      const { body } = request;
      await act(request, "unlock", body, (agent, options) =>
        staffUnlock(accounts, agent, request.params.userId, body, requestContext(request), options),
      );
      return reply.status(204).send();
    },
  );

  const reset = route(
    "2fa-reset",
    "Turn off a customer's two-factor authentication after two identity checks; holds withdrawals 24 h (audited)",
  );
  app.post(
    reset.url,
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: reset.summary,
        description: reset.description,
        params: userParams,
        body: checked,
      },
    },
    async (request, reply) => {
      const { body } = request;
      await act(request, "2fa-reset", body, (agent, options) =>
        staffResetTwoFactor(accounts, agent, request.params.userId, body, requestContext(request), options),
      );
      return reply.status(204).send();
    },
  );

  const lock = route(
    "lock",
    "Hard-lock an account on suspected takeover: signs out everywhere; only support can unlock (audited)",
  );
  app.post(
    lock.url,
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: lock.summary,
        description: lock.description,
        params: userParams,
        body: reasoned,
      },
    },
    async (request, reply) => {
      const { body } = request;
      await act(request, "lock", body, (agent, options) =>
        staffHardLock(accounts, agent, request.params.userId, body, requestContext(request), options),
      );
      return reply.status(204).send();
    },
  );

  const freeze = route(
    "freeze",
    "Freeze a customer's outgoing payments (transfers, exchanges, withdrawals); money can still arrive (audited)",
  );
  app.post(
    freeze.url,
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: freeze.summary,
        description: freeze.description,
        params: userParams,
        body: reasoned,
      },
    },
    async (request, reply) => {
      const { body } = request;
      await act(request, "freeze", body, (agent, options) =>
        staffFreeze(accounts, agent, request.params.userId, body, requestContext(request), options),
      );
      return reply.status(204).send();
    },
  );

  const unfreeze = route("unfreeze", "Lift a freeze after two identity checks (audited)");
  app.post(
    unfreeze.url,
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: unfreeze.summary,
        description: unfreeze.description,
        params: userParams,
        body: checked,
      },
    },
    async (request, reply) => {
      const { body } = request;
      await act(request, "unfreeze", body, (agent, options) =>
        staffUnfreeze(accounts, agent, request.params.userId, body, requestContext(request), options),
      );
      return reply.status(204).send();
    },
  );

  const resend = route(
    "resend-verification",
    "Send a new email verification link to a customer whose address is not confirmed yet (audited)",
  );
  app.post(
    resend.url,
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: resend.summary,
        description: `${resend.description} sent is false (and nothing is recorded) when the address is already confirmed.`,
        params: userParams,
        body: reasoned,
        response: { 200: z.object({ sent: z.boolean() }) },
      },
    },
    async (request) => {
      const { body } = request;
      return act(request, "resend-verification", body, (agent, options) =>
        staffResendVerification(
          accounts,
          agent,
          request.params.userId,
          body,
          requestContext(request),
          options,
        ),
      );
    },
  );

  app.post(
    "/api/v1/agent/tickets/:id/escalate",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary:
          "Escalate a ticket to compliance: group compliance, priority at least high, internal note (audited)",
        description:
          "Agents, supervisors, compliance officers and admins; an agent gets 403 forbidden on a ticket already " +
          "with compliance. The customer is not told (no tipping-off). 409 ticket_closed, 404 ticket_not_found.",
        params: z.object({ id: z.string().max(64) }),
        body: z.object({ reason: reasonField }),
        response: {
          200: z.object({
            id: z.string(),
            number: z.string(),
            groupKey: z.string(),
            priority: z.enum(["low", "normal", "high", "urgent"]),
            assigneeId: z.string().nullable(),
          }),
        },
      },
    },
    async (request) =>
      escalateTicket(deps, await panelAgent(deps, request), request.params.id, request.body.reason),
  );
};

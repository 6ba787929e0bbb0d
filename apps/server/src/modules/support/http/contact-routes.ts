import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { CONTACT_KINDS } from "../../../platform/db/schema-channels.js";
import { TICKET_CHANNELS, TICKET_STATUSES } from "../../../platform/db/schema-support.js";
import { plainText } from "../../../platform/http/schemas.js";
import { linkContact, unlinkContact } from "../channels/contact-links.js";
import { contactDetail, searchContacts } from "../channels/contacts.js";
import type { SupportDeps } from "../deps.js";
import { security, staffActor, consoleTags as tags } from "./settings-schemas.js";

/**
 * Support channels: contacts (people who wrote from outside the app: an email address, a
 * phone number, a Messenger or X account) and linking them to customers. Every support role
 * finds and links them; links are audited and written in the tickets' history.
 */

const contactParams = z.object({ id: z.string().min(1).max(64) });

const contactSummary = z.object({
  id: z.string(),
  kind: z.enum(CONTACT_KINDS),
  address: z.string().describe("Lower-cased email, phone number, Messenger page-scoped id or X user id"),
  displayName: z.string().nullable().describe("As the channel names them"),
  userId: z.string().nullable().describe("The customer behind the contact; null when not known"),
  linkedHow: z
    .enum(["verified", "agent"])
    .nullable()
    .describe("verified: the customer verified this email or phone; agent: an agent linked it"),
  linkedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  linkedAt: z.string().nullable(),
  customer: z
    .object({
      id: z.string(),
      email: z.string(),
      name: z.string().nullable(),
      walletNumber: z.string().nullable(),
    })
    .nullable(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
});

const contactWithTickets = contactSummary.extend({
  tickets: z
    .array(
      z.object({
        id: z.string(),
        number: z.string(),
        subject: z.string(),
        status: z.enum(TICKET_STATUSES),
        channel: z.enum(TICKET_CHANNELS),
        createdAt: z.string(),
        updatedAt: z.string(),
      }),
    )
    .describe("The latest 50 tickets from this contact, latest activity first"),
});

const reason = plainText(500);

export const contactRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  app.get(
    "/api/v1/agent/contacts",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Contacts: people who wrote by email, phone, Messenger or X, latest first",
        querystring: z.object({
          q: plainText(200).optional().describe("Text in the address or the name the channel gave"),
          limit: z.coerce.number().int().min(1).max(100).default(25),
          cursor: z.string().max(300).optional().describe("nextCursor of the previous page"),
        }),
        response: {
          200: z.object({
            data: z.array(contactSummary.extend({ tickets: z.number().int().describe("Tickets from it") })),
            nextCursor: z.string().nullable(),
          }),
        },
      },
    },
    async (request) => searchContacts(deps, request.query),
  );

  app.get(
    "/api/v1/agent/contacts/:id",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "A contact with the customer behind it (if known) and its tickets",
        description: "404 contact_not_found.",
        params: contactParams,
        response: { 200: contactWithTickets },
      },
    },
    async (request) => contactDetail(deps, request.params.id),
  );

  app.post(
    "/api/v1/agent/contacts/:id/link",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Link a contact to the customer behind it (after checking who it is)",
        description:
          "The contact's tickets without a customer get the customer's account (user, account context, the " +
          "account's email when the ticket had none) and a contact_linked event; later messages from the contact " +
          "are the customer's. Audited as contact.linked with the reason. Linking again to the same customer " +
          "changes nothing. 422 contact_link_not_customer for a staff or unknown id; 409 contact_already_linked " +
          "when linked to another customer (unlink first).",
        params: contactParams,
        body: z.object({
          userId: z.string().min(1).max(64),
          reason: reason
            .pipe(z.string().min(1))
            .describe("How the agent checked who it is (kept in the audit log)"),
        }),
        response: { 200: contactWithTickets },
      },
    },
    async (request) => linkContact(deps, await staffActor(deps, request), request.params.id, request.body),
  );

  app.post(
    "/api/v1/agent/contacts/:id/unlink",
    {
      onRequest: app.requireSupport,
      schema: {
        tags,
        security,
        summary: "Undo a contact's link to a customer",
        description:
          "The contact's tickets of that customer lose the account again (they stay visible to agents) and get a " +
          "contact_unlinked event. Audited as contact.unlinked. A contact without a link is left as it is. " +
          "409 contact_link_verified when the customer verified this email or phone on their account.",
        params: contactParams,
        body: z.object({ reason: reason.optional().describe("Why (kept in the audit log)") }),
        response: { 200: contactWithTickets },
      },
    },
    async (request) =>
      unlinkContact(deps, await staffActor(deps, request), request.params.id, {
        reason: request.body?.reason,
      }),
  );
};

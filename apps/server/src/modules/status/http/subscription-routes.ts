import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { COMPONENT_KEYS } from "../../../platform/db/schema-status.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { normalizeEmail } from "../../accounts/identifiers.js";
import type { StatusDeps } from "../deps.js";
import {
  confirmSubscription,
  describeUnsubscribe,
  requestSubscription,
  unsubscribe,
} from "../subscriptions.js";

const tags = ["Status page"];

/** Subscription requests per client address an hour (several people may share one behind a NAT); each address mailed is limited on its own. */
const REQUESTS_PER_HOUR = 30;
/** Link openings a minute per address: tokens have 256 bits, this only keeps scanners slow. */
const LINKS_PER_MINUTE = 20;
/** Our links' tokens are far shorter; anything longer is not one. */
const TOKEN_MAX = 128;

const email = z
  .string()
  .max(254)
  .refine((value) => normalizeEmail(value) !== undefined, "an email address such as name@example.com")
  .describe("The address to send status updates to");
const token = z.string().min(1).max(TOKEN_MAX).describe("The token from the emailed link");
const componentList = z
  .array(z.enum(COMPONENT_KEYS))
  .max(COMPONENT_KEYS.length)
  .describe("Components to follow (API.md's keys); empty or absent for all of them");
const subscriptionView = z.object({
  email: z.string().describe("The address, masked (a***@example.com)"),
  components: componentList,
});
const unsubscribeView = z.object({
  email: z.string().nullable().describe("The address, masked (a***@example.com); null once unsubscribed"),
  components: componentList,
  unsubscribed: z
    .boolean()
    .describe("The link is genuine but its subscription is gone already: nothing left to stop"),
});

/**
 * Public routes of the status page's email subscriptions: no sign-in anywhere, since the
 * emailed links are the proof. Double opt-in, no answer that tells whether an address is known,
 * and RFC 8058 one-click unsubscribe for mail clients.
 */
export const statusSubscriptionRoutes: FastifyPluginAsyncZod<{ deps: StatusDeps }> = async (
  app,
  { deps },
) => {
  // Mail clients send the one-click unsubscribe as a form (RFC 8058); only this plugin reads forms.
  app.addContentTypeParser(
    "application/x-www-form-urlencoded",
    { parseAs: "string", bodyLimit: 4096 },
    (_request, body, done) => {
      done(null, Object.fromEntries(new URLSearchParams(String(body))));
    },
  );

  app.post(
    "/api/v1/status/subscriptions",
    {
      config: { rateLimit: { max: REQUESTS_PER_HOUR, timeWindow: "1 hour" } },
      schema: {
        tags,
        summary: "Subscribe to status updates by email",
        description:
          "Always 202 { status: 'pending_confirmation' }, whether or not the address is known, after the same work " +
          "(one email): a confirmation link (/status/subscriptions/confirm?token=…, 48 hours, once), and nothing " +
          "else before it is used. For an address already subscribed, a change of components or language takes " +
          "effect only through the link sent to it; asking for what it has sends it a note with the link to manage " +
          "its subscription. One email per address every 5 minutes; " +
          `${REQUESTS_PER_HOUR} requests an hour per client address.`,
        body: z.object({
          email,
          components: componentList.optional(),
          language: z
            .enum(["en", "zh-CN"])
            .optional()
            .describe("The emails' language; Accept-Language when absent"),
        }),
        response: { 202: z.object({ status: z.literal("pending_confirmation") }) },
      },
    },
    async (request, reply) => {
      const { body } = request;
      await requestSubscription(deps, {
        email: normalizeEmail(body.email) ?? body.email,
        components: body.components ?? [],
        language: body.language ?? request.locale,
      });
      return reply.code(202).send({ status: "pending_confirmation" as const });
    },
  );

  app.post(
    "/api/v1/status/subscriptions/confirm",
    {
      config: { rateLimit: { max: LINKS_PER_MINUTE, timeWindow: "1 minute" } },
      schema: {
        tags,
        summary: "Confirm a subscription (the emailed link)",
        description:
          "Starts the subscription, or applies the change asked for, and spends the link. An unknown, used or " +
          "expired (48 hours) link is 400 subscription_link_invalid.",
        body: z.object({ token }),
        response: { 200: subscriptionView },
      },
    },
    async (request) => confirmSubscription(deps, request.body.token),
  );

  app.get(
    "/api/v1/status/subscriptions/unsubscribe",
    {
      config: { rateLimit: { max: LINKS_PER_MINUTE, timeWindow: "1 minute" } },
      schema: {
        tags,
        summary: "What an unsubscribe link is for",
        description:
          "The address (masked) and components of the subscriber whose link this is, for the page to show " +
          "before the button is pressed. A genuine link whose subscriber unsubscribed already (the link used " +
          "twice) is 200 { email: null, components: [], unsubscribed: true }; a link that is not ours (forged, " +
          "or from before the server secret changed) is 400 subscription_link_invalid. Nothing changes.",
        querystring: z.object({ token }),
        response: { 200: unsubscribeView },
      },
    },
    async (request) => describeUnsubscribe(deps, request.query.token),
  );

  app.post(
    "/api/v1/status/subscriptions/unsubscribe",
    {
      config: { rateLimit: { max: LINKS_PER_MINUTE, timeWindow: "1 minute" } },
      schema: {
        tags,
        summary: "Unsubscribe (the emailed link, or a mail client's one-click button)",
        description:
          "JSON { token }, or RFC 8058's one-click POST: application/x-www-form-urlencoded " +
          "`List-Unsubscribe=One-Click` with ?token= in the URL (the List-Unsubscribe header's). The address is " +
          "forgotten. Always 200 { unsubscribed: true }: again, or for a link that matches nobody, too.",
        querystring: z.object({ token: token.optional() }),
        body: z
          .object({
            token: token.optional(),
            "List-Unsubscribe": z.literal("One-Click").optional().describe("RFC 8058's form field"),
          })
          .optional(),
        response: { 200: z.object({ unsubscribed: z.literal(true) }) },
      },
    },
    async (request) => {
      const linkToken = request.body?.token ?? request.query.token;
      if (!linkToken)
        throw new DomainError("validation_failed", {}, [
          { in: "body", path: "/token", code: "invalid_type", message: "the token from the emailed link" },
        ]);
      await unsubscribe(deps, linkToken);
      return { unsubscribed: true as const };
    },
  );
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { plainText } from "../../../platform/http/schemas.js";
import { identifyCaller } from "../../accounts/index.js";
import type { HelpModule } from "../index.js";
import { ACKNOWLEDGEMENTS_PER_ADDRESS } from "../insights/contact.js";
import {
  idParams,
  isIdOf,
  langOf,
  langParam,
  multilineText,
  perCallerLimit,
  SLUG,
  slugParams,
  slugText,
  suggestionSchema,
  publicTags as tags,
} from "./public-schemas.js";

/** "Was this helpful?" answers per caller per hour. */
const FEEDBACK_PER_HOUR = 30;
/** Contact requests per caller per hour. */
const CONTACTS_PER_HOUR = 5;
/** Contact-page visits (new deflections) per caller per hour. */
const DEFLECTIONS_PER_HOUR = 60;

const deflectionAnswer = z.object({ id: z.string(), suggestions: z.array(suggestionSchema) });
const security: { [name: string]: string[] }[] = [{ bearerAuth: [] }, {}];

/**
 * What customers tell the help center: feedback on articles, the contact page's deflection
 * (suggestions before the form is sent) and the contact form itself. Open to guests; a valid
 * session ties the record to the customer.
 */
export const insightsHelpRoutes: FastifyPluginAsyncZod<{ help: HelpModule }> = async (app, { help }) => {
  const { insights } = help;
  const { deflections } = insights;
  const callerId = async (request: Parameters<typeof identifyCaller>[1]) =>
    (await identifyCaller(app, request))?.userId;
  const deflectionId = (id: string) => {
    if (!isIdOf("hdf", id)) throw new DomainError("help_deflection_not_found");
    return id;
  };

  app.post(
    "/api/v1/help/articles/:slug/feedback",
    {
      config: { rateLimit: perCallerLimit(app, "help-feedback", FEEDBACK_PER_HOUR, "1 hour") },
      schema: {
        tags,
        security,
        summary: "Was this article helpful?",
        description:
          "Yes or no with an optional comment (plain text, never rendered as HTML). contactSupport is true on a " +
          `"no": the page then offers to contact support. A signed-in customer has one vote per article: a new ` +
          "answer replaces their previous one (and its comment) in the counts. " +
          `${FEEDBACK_PER_HOUR} answers an hour per customer, or per address for guests.`,
        params: slugParams,
        body: z.object({
          helpful: z.boolean(),
          comment: multilineText(0, 1000).optional(),
          lang: langParam,
        }),
        response: { 201: z.object({ id: z.string(), contactSupport: z.boolean() }) },
      },
    },
    async (request, reply) => {
      const { slug } = request.params;
      if (!SLUG.test(slug)) throw new DomainError("help_article_not_found");
      const { helpful, comment, lang } = request.body;
      const answer = await insights.feedback({
        slug,
        helpful,
        comment,
        locale: langOf(request, lang),
        userId: await callerId(request),
      });
      return reply.status(201).send(answer);
    },
  );

  app.post(
    "/api/v1/help/deflections",
    {
      config: { rateLimit: perCallerLimit(app, "help-deflection", DEFLECTIONS_PER_HOUR, "1 hour") },
      schema: {
        tags,
        security,
        summary: "Contact page: articles that may answer the question before it is sent",
        description:
          "Up to 5 suggestions from the search index; the attempt is recorded (and the query logged as a " +
          "contact-page search). Made signed in, the deflection belongs to that customer.",
        body: z.object({ query: plainText(500).pipe(z.string().min(3)), lang: langParam }),
        response: { 201: deflectionAnswer },
      },
    },
    async (request, reply) => {
      const { query, lang } = request.body;
      const answer = await deflections.start({
        query,
        locale: langOf(request, lang),
        userId: await callerId(request),
      });
      return reply.status(201).send(answer);
    },
  );

  app.put(
    "/api/v1/help/deflections/:id",
    {
      schema: {
        tags,
        security,
        summary: "Contact page: the customer kept typing; fresh suggestions",
        params: idParams,
        body: z.object({ query: plainText(500).pipe(z.string().min(3)), lang: langParam }),
        response: { 200: deflectionAnswer },
      },
    },
    async (request) => {
      const { query, lang } = request.body;
      return deflections.update({
        id: deflectionId(request.params.id),
        query,
        locale: langOf(request, lang),
        userId: await callerId(request),
      });
    },
  );

  app.post(
    "/api/v1/help/deflections/:id/opened",
    {
      schema: {
        tags,
        security,
        summary: "Contact page: a suggested article was opened",
        description:
          "Only an article this deflection suggested is recorded; any other slug → 404 help_article_not_found. " +
          "Each call, like typing and resolving, counts as activity: a deflection settles 30 minutes after the last.",
        params: idParams,
        body: z.object({ slug: slugText }),
        response: { 204: z.null().describe("Recorded") },
      },
    },
    async (request, reply) => {
      await deflections.opened({
        id: deflectionId(request.params.id),
        slug: request.body.slug,
        userId: await callerId(request),
      });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/help/deflections/:id/resolve",
    {
      schema: {
        tags,
        security,
        summary: 'Contact page: "this answered my question"',
        description: "The deflection ends as deflected (unless the form was already sent).",
        params: idParams,
        body: z.object({ outcome: z.literal("deflected") }),
        response: { 204: z.null().describe("Recorded") },
      },
    },
    async (request, reply) => {
      await deflections.resolved({ id: deflectionId(request.params.id), userId: await callerId(request) });
      return reply.status(204).send(null);
    },
  );

  app.post(
    "/api/v1/help/contact",
    {
      config: { rateLimit: perCallerLimit(app, "help-contact", CONTACTS_PER_HOUR, "1 hour") },
      schema: {
        tags,
        security,
        summary: "Contact support",
        description:
          "The request goes to the support team by email with the customer's context when signed in (name, email, " +
          "wallet number, verification level, two-factor authentication, frozen or not), Reply-To the customer; the " +
          "address given gets an acknowledgement with the reference that never quotes what was written: with the " +
          "customer's name and anti-phishing code only for a signed-in customer's own verified address, a plain " +
          "one otherwise (the same whether or not the address has an account). At most " +
          `${ACKNOWLEDGEMENTS_PER_ADDRESS} acknowledgements per address per 24 hours; beyond that the request still ` +
          "reaches support and the answer is the same. Guests give email. A deflectionId from the contact " +
          `page marks that attempt as contacted. ${CONTACTS_PER_HOUR} requests an hour per customer or address.`,
        body: z.object({
          subject: plainText(150).pipe(z.string().min(3)),
          message: multilineText(10, 5000),
          email: plainText(254)
            .pipe(z.email())
            .optional()
            .describe("Required when not signed in: where the answer goes"),
          deflectionId: z.string().max(64).optional(),
          lang: langParam,
        }),
        response: {
          202: z.object({ reference: z.string().describe('Quote it to support, e.g. "C-7K3M9QX2"') }),
        },
      },
    },
    async (request, reply) => {
      const { subject, message, email, lang } = request.body;
      const userId = await callerId(request);
      if (!userId && !email)
        throw new DomainError("validation_failed", {}, [
          { in: "body", path: "/email", code: "required", message: "Required when not signed in" },
        ]);
      const answer = await insights.contact({
        subject,
        message,
        email,
        deflectionId:
          request.body.deflectionId === undefined ? undefined : deflectionId(request.body.deflectionId),
        locale: langOf(request, lang),
        userId,
      });
      return reply.status(202).send(answer);
    },
  );
};

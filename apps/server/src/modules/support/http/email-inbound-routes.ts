import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { DomainError } from "../../../platform/errors/domain-error.js";
import { safeEqual } from "../../accounts/security/tokens.js";
import { MAX_EMAIL_BYTES, MAX_EMAIL_MB } from "../channels/email/parse.js";
import { receiveEmail } from "../channels/email/receive.js";
import type { SupportDeps } from "../deps.js";

const tags = ["Support channels"];
/** A little over the mail limit, so a mail just over it is told so (400) rather than cut off (413). */
const BODY_LIMIT = 25 * 1024 * 1024;
const MAIL_TYPES = ["message/rfc822", "application/octet-stream", "text/plain"];

const receiptSchema = z.object({
  ticketId: z
    .string()
    .nullable()
    .describe("The ticket the mail went to (null when it was ignored and matched none)"),
  number: z.string().nullable(),
  created: z.boolean().describe("The mail opened this ticket (an acknowledgement was queued to the sender)"),
  duplicate: z.boolean().describe("This Message-ID was received before; nothing new was stored"),
  ignored: z
    .enum(["auto_reply", "bounce", "mailing_list", "loop"])
    .optional()
    .describe(
      "Not a person's mail: noted on the ticket it answers (if any), never stored as a message or answered",
    ),
});

/**
 * Support channels: POST /api/v1/channels/email/inbound, where an inbound-mail provider (or an
 * MTA's pipe) posts each raw mail, with the bearer token set on the channels admin page
 * (INBOUND_EMAIL_TOKEN). Only this scope reads raw bodies, up to 25 MB.
 */
export const emailInboundRoutes: FastifyPluginAsyncZod<{ deps: SupportDeps }> = async (app, { deps }) => {
  app.removeAllContentTypeParsers();
  // Providers label raw mail differently; whatever the label, the bytes are the mail.
  app.addContentTypeParser("*", { parseAs: "buffer", bodyLimit: BODY_LIMIT }, (_request, body, done) =>
    done(null, body),
  );

  app.post(
    "/api/v1/channels/email/inbound",
    {
      bodyLimit: BODY_LIMIT,
      schema: {
        tags,
        summary: "Inbound email: an inbound-mail provider posts one raw mail (RFC 5322)",
        description:
          "The body is the whole raw message (Content-Type message/rfc822, application/octet-stream or text/plain), " +
          `at most ${MAX_EMAIL_MB} MB. Authorization: Bearer <inbound email token> (401 channel_signature_invalid when ` +
          "missing or wrong; 503 channel_not_configured when no token is set; 503 channel_disabled when email is turned " +
          "off). The mail threads into a ticket by the reply token in its recipients (support+<token>@domain), then " +
          "In-Reply-To/References, then the ticket number in the subject when the sender is the requester; otherwise " +
          "it opens a ticket and the sender gets an acknowledgement. Autoresponders, bounces, mailing lists and our own " +
          "mail are not stored (`ignored`). The same Message-ID posted again is stored once (`duplicate`). Anything " +
          "that is not a mail with a From address is 400 inbound_email_invalid.",
        consumes: MAIL_TYPES,
        headers: z.object({
          authorization: z.string().max(1000).optional().describe("Bearer <inbound email token>"),
        }),
        body: z.unknown().describe("The raw mail"),
        response: { 202: receiptSchema },
      },
    },
    async (request, reply) => {
      const expected = await deps.channels.secret("email", "inboundToken");
      if (!expected) throw new DomainError("channel_not_configured", { channel: "email" });
      const given = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.authorization ?? "")?.[1] ?? "";
      if (!safeEqual(given, expected)) throw new DomainError("channel_signature_invalid");
      if (!(await deps.channels.enabled("email")))
        throw new DomainError("channel_disabled", { channel: "email" });
      const raw = Buffer.isBuffer(request.body) ? request.body : undefined;
      if (!raw || raw.length === 0 || raw.length > MAX_EMAIL_BYTES)
        throw new DomainError("inbound_email_invalid", { maxMb: MAX_EMAIL_MB });
      const receipt = await receiveEmail(deps, raw);
      return reply.status(202).send(receipt);
    },
  );
};

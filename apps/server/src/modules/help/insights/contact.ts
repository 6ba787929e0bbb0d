import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { HelpDeps } from "../deps.js";
import {
  acknowledgementCopies,
  type ContactRequest,
  guestAcknowledgement,
  supportEmail,
} from "./contact-emails.js";
import type { Deflections } from "./deflections.js";
import { resolveDeflection } from "./deflections-repository.js";

/** Crockford base32 without look-alikes (no I, L, O, U): references people read out on the phone. */
const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

export interface ContactInput {
  subject: string;
  message: string;
  /** Guests: where the answer goes. Ignored when signed in (the account's address is used). */
  email: string | undefined;
  deflectionId: string | undefined;
  locale: HelpLocale;
  userId: string | undefined;
}

/** Where contact requests go until the support desk exists: SUPPORT_EMAIL_ADDRESS, or support@ the public host. */
export function supportAddress(deps: HelpDeps): string {
  const { config } = deps.platform;
  return config.supportEmail ?? `support@${new URL(config.publicUrl).hostname}`;
}

/**
 * "Contact support": the request goes to the support team by email (through the outbox, in
 * the same transaction as the deflection's outcome) with the customer's context, Reply-To the
 * customer; the customer gets an acknowledgement with the reference.
 */
export function createContact(deps: HelpDeps, deflections: Deflections) {
  const { platform } = deps;

  function newReference(): string {
    let code = "";
    for (let i = 0; i < 6; i++) code += REFERENCE_ALPHABET[platform.random.int(0, REFERENCE_ALPHABET.length)];
    return `C-${code}`;
  }

  return async function contact(input: ContactInput): Promise<{ reference: string }> {
    const reference = newReference();
    const at = platform.clock.now();
    const helpUrl = deps.customers.url("/help");
    await platform.db.transaction().execute(async (trx) => {
      const customer = input.userId ? await deps.customers.profile(trx, input.userId) : undefined;
      const replyTo = customer?.email ?? input.email;
      if (!replyTo)
        throw new DomainError("validation_failed", {}, [
          { in: "body", path: "/email", code: "required", message: "Required when not signed in" },
        ]);
      const deflection = input.deflectionId
        ? await deflections.own(trx, input.deflectionId, input.userId)
        : undefined;
      const request: ContactRequest = {
        reference,
        subject: input.subject,
        message: input.message,
        locale: input.locale,
        replyTo,
        customer,
        deflection,
        at,
      };
      if (deflection) await resolveDeflection(trx, deflection.id, "contacted", at);
      await deps.messaging.send(trx, supportEmail(request, supportAddress(deps)));
      // An address that belongs to an account is written to as the account's other emails are
      // (its language, name and anti-phishing code); any other address in the page's language.
      const account = customer ?? (await deps.customers.profileByEmail(trx, replyTo));
      if (account) await deps.customers.email(trx, account.id, acknowledgementCopies(request, helpUrl));
      else await deps.messaging.send(trx, guestAcknowledgement(request, helpUrl));
    });
    return { reference };
  };
}

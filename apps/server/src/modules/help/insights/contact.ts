import { createHash } from "node:crypto";
import type { HelpLocale } from "../../../platform/db/schema-help.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import { hitThrottle } from "../../accounts/index.js";
import type { HelpDeps } from "../deps.js";
import {
  acknowledgementCopies,
  type ContactRequest,
  plainAcknowledgement,
  supportEmail,
} from "./contact-emails.js";
import type { Deflections } from "./deflections.js";
import { resolveDeflection } from "./deflections-repository.js";

/** Crockford base32 without look-alikes (no I, L, O, U): references people read out on the phone. */
const REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/** 8 characters = 40 random bits: two requests sharing a reference is negligible, so none is checked for. */
const REFERENCE_LENGTH = 8;
/**
 * Acknowledgements per address per day. Beyond it the request still reaches support but the
 * address gets no more email: the contact form cannot be used to flood someone's mailbox.
 */
export const ACKNOWLEDGEMENTS_PER_ADDRESS = 3;
const ACKNOWLEDGEMENT_WINDOW_MS = 24 * 60 * 60_000;

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
    for (let i = 0; i < REFERENCE_LENGTH; i++)
      code += REFERENCE_ALPHABET[platform.random.int(0, REFERENCE_ALPHABET.length)];
    return `C-${code}`;
  }

  /**
   * Counts one acknowledgement to the address (database counter: every node sees it) and
   * answers whether it may be sent. The address is hashed: the counter keeps no addresses.
   */
  async function mayAcknowledge(executor: Executor, address: string, at: Date): Promise<boolean> {
    const digest = createHash("sha256").update(address.trim().toLowerCase()).digest("hex");
    const count = await hitThrottle(executor, `help-ack:${digest}`, ACKNOWLEDGEMENT_WINDOW_MS, at);
    return count <= ACKNOWLEDGEMENTS_PER_ADDRESS;
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
      // The answer to the caller is the same either way: whether an acknowledgement went out
      // is never told (nor whether the address has an account).
      if (!(await mayAcknowledge(trx, replyTo, at))) return;
      // Only the signed-in customer's own verified address gets the account's email (name,
      // language, anti-phishing code); an address someone typed gets the plain one, whoever owns it.
      if (customer?.emailVerified)
        await deps.customers.email(trx, customer.id, acknowledgementCopies(reference, helpUrl));
      else await deps.messaging.send(trx, plainAcknowledgement(replyTo, input.locale, reference, helpUrl));
    });
    return { reference };
  };
}

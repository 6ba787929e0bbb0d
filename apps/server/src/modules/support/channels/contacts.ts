import type { Selectable } from "kysely";
import type { ContactKind, SupportContactsTable } from "../../../platform/db/schema-channels.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Platform } from "../../../platform/platform.js";
import { customerByVerifiedEmail, customerByVerifiedPhone } from "../../accounts/contact-view.js";

/**
 * People who write from outside the app: an address on a channel (an email address, a phone
 * number, a Messenger or X account). A contact is recognised as a customer by a verified
 * email or phone of theirs, or by a link an agent made (social accounts are only ever linked
 * by an agent, after checking who it is). Unknown senders stay contacts until then.
 */

export type ContactRow = Selectable<SupportContactsTable>;

export interface ContactAddress {
  kind: ContactKind;
  address: string;
  /** As the channel names them ("Alice Wang", an X handle); updated when it changes. */
  name?: string | null | undefined;
}

/** The form addresses are stored and compared in. */
export function normalizeAddress(kind: ContactKind, address: string): string {
  const trimmed = address.trim();
  if (kind === "email") return trimmed.toLowerCase();
  if (kind === "phone") return trimmed.replace(/[\s\-().]/g, "");
  return trimmed;
}

async function recognizedUser(executor: Executor, kind: ContactKind, address: string) {
  if (kind === "email") return customerByVerifiedEmail(executor, address);
  if (kind === "phone") return customerByVerifiedPhone(executor, address);
  return undefined;
}

/**
 * The contact for an address, created on first sight; the customer behind it when known. A
 * verified address is looked up each time (the customer may have verified it since), but a
 * link an agent made is never undone by it.
 */
export async function recognizeContact(
  executor: Executor,
  platform: Platform,
  from: ContactAddress,
  at: Date,
): Promise<ContactRow> {
  const address = normalizeAddress(from.kind, from.address);
  const name = from.name?.trim().slice(0, 200) || null;
  const existing = await executor
    .selectFrom("support_contacts")
    .selectAll()
    .where("kind", "=", from.kind)
    .where("address", "=", address)
    .forUpdate()
    .executeTakeFirst();
  const userId = existing?.user_id ?? (await recognizedUser(executor, from.kind, address)) ?? null;
  if (existing) {
    return executor
      .updateTable("support_contacts")
      .set({
        last_seen_at: at,
        user_id: userId,
        ...(name && name !== existing.display_name ? { display_name: name } : {}),
      })
      .where("id", "=", existing.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }
  // Two messages from a new address at once: the second insert finds the first one's row.
  const inserted = await executor
    .insertInto("support_contacts")
    .values({
      id: platform.ids.next("contact"),
      kind: from.kind,
      address,
      display_name: name,
      user_id: userId,
      created_at: at,
      last_seen_at: at,
    })
    .onConflict((oc) => oc.columns(["kind", "address"]).doNothing())
    .returningAll()
    .executeTakeFirst();
  if (inserted) return inserted;
  return executor
    .selectFrom("support_contacts")
    .selectAll()
    .where("kind", "=", from.kind)
    .where("address", "=", address)
    .executeTakeFirstOrThrow();
}

export async function findContact(executor: Executor, id: string): Promise<ContactRow | undefined> {
  return executor.selectFrom("support_contacts").selectAll().where("id", "=", id).executeTakeFirst();
}

import type { MessageAttachmentRef } from "../../../platform/db/schema-support.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { SupportDeps } from "../deps.js";
import { mayRead, type TicketCaller, uploaderOf } from "./access.js";
import {
  type AttachmentRow,
  deleteUnusedAttachment,
  findAttachment,
  insertAttachment,
  isInternalMessage,
  lockUnusedAttachments,
  tieAttachments,
  unusedAttachments,
} from "./customer-repository.js";
import { findTicket } from "./repository.js";

/**
 * Screenshots on tickets: images only (PNG, JPEG, GIF, WebP, decided by their first bytes,
 * whatever the sender claims), at most 5 MB each and 5 a message. Uploaded first, then named
 * by id in the message; an upload no message uses within 24 hours is deleted.
 */

export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024;
export const ATTACHMENTS_PER_MESSAGE = 5;
export const UNUSED_ATTACHMENT_TTL_MS = 24 * 3_600_000;
export const ATTACHMENT_TYPES = ["image/png", "image/jpeg", "image/gif", "image/webp"] as const;
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number];

const EXTENSIONS: Record<AttachmentType, string> = {
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
};

export const attachmentInvalid = () =>
  new DomainError("ticket_attachment_invalid", {
    maxMb: ATTACHMENT_MAX_BYTES / (1024 * 1024),
    maxFiles: ATTACHMENTS_PER_MESSAGE,
  });

const startsWith = (bytes: Uint8Array, signature: number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((b, i) => bytes[at + i] === b);

/** The image type the bytes are ("magic number"), or undefined for anything else. */
export function detectImageType(bytes: Uint8Array): AttachmentType | undefined {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  // "GIF87a" or "GIF89a".
  if (
    startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) &&
    (bytes[4] === 0x37 || bytes[4] === 0x39) &&
    bytes[5] === 0x61
  )
    return "image/gif";
  // "RIFF", a length, "WEBP".
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp";
  return undefined;
}

export const isAttachmentType = (value: string): value is AttachmentType =>
  (ATTACHMENT_TYPES as readonly string[]).includes(value);

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed.
const UNSAFE_NAME = /[\u0000-\u001f\u007f/\\"<>|:*?]+/g;

/**
 * A display name from the X-Filename header (percent-encoded for non-ASCII names): no path,
 * no control or quoting characters, at most 120 characters; the real type's extension.
 */
export function cleanFilename(header: string | undefined, type: AttachmentType): string {
  let name = header ?? "";
  try {
    name = decodeURIComponent(name);
  } catch {
    // Not percent-encoded: taken as sent.
  }
  name = name.replace(UNSAFE_NAME, " ").replace(/\s+/g, " ").trim();
  const base = name
    .replace(/\.[A-Za-z0-9]{1,5}$/, "")
    .slice(0, 110)
    .trim();
  return `${base || "screenshot"}.${EXTENSIONS[type]}`;
}

export async function uploadAttachment(
  deps: SupportDeps,
  caller: TicketCaller,
  input: { bytes: Buffer; declaredType: string; filename: string | undefined },
): Promise<MessageAttachmentRef> {
  const { bytes } = input;
  if (!isAttachmentType(input.declaredType) || bytes.length === 0 || bytes.length > ATTACHMENT_MAX_BYTES)
    throw attachmentInvalid();
  const type = detectImageType(bytes);
  if (!type) throw attachmentInvalid();
  const { platform } = deps;
  const id = platform.ids.next("ticketAttachment");
  const filename = cleanFilename(input.filename, type);
  const key = deps.store.newKey();
  await deps.store.put(key, bytes, type);
  const uploader = uploaderOf(caller);
  try {
    await insertAttachment(platform.db, {
      id,
      ticket_id: null,
      message_id: null,
      uploader_user_id: "userId" in uploader ? uploader.userId : null,
      uploader_guest_email: "guestEmail" in uploader ? uploader.guestEmail : null,
      filename,
      content_type: type,
      size: bytes.length,
      storage_key: key,
      created_at: platform.clock.now(),
    });
  } catch (error) {
    // No row points at the bytes: do not keep them.
    await deps.store.delete(key);
    throw error;
  }
  return { id, filename, contentType: type, size: bytes.length };
}

/**
 * The caller's unused uploads named by a message, locked until the message is written; any id
 * that is not one of them refuses the whole message. In upload order, or as named when asked
 * (an agent's reply shows the screenshots in the order the agent picked them).
 */
export async function takeAttachments(
  executor: Executor,
  caller: TicketCaller,
  ids: readonly string[] | undefined,
  options: { asNamed?: boolean } = {},
): Promise<MessageAttachmentRef[]> {
  const unique = [...new Set(ids ?? [])];
  if (unique.length === 0) return [];
  if (unique.length > ATTACHMENTS_PER_MESSAGE) throw attachmentInvalid();
  const rows = await lockUnusedAttachments(executor, unique, uploaderOf(caller));
  if (rows.length !== unique.length) throw new DomainError("ticket_attachment_not_found");
  const refs = rows.map(refOf);
  if (options.asNamed) refs.sort((a, b) => unique.indexOf(a.id) - unique.indexOf(b.id));
  return refs;
}

export const refOf = (row: AttachmentRow): MessageAttachmentRef => ({
  id: row.id,
  filename: row.filename,
  contentType: row.content_type,
  size: row.size,
});

export async function tieToMessage(
  executor: Executor,
  refs: readonly MessageAttachmentRef[],
  target: { ticketId: string; messageId: string },
): Promise<void> {
  await tieAttachments(
    executor,
    refs.map((r) => r.id),
    target,
  );
}

/** Who may look: staff; the uploader; the requester of the ticket it is on (not on an internal note). */
export type AttachmentViewer = TicketCaller | { kind: "staff" };

async function mayView(deps: SupportDeps, viewer: AttachmentViewer, row: AttachmentRow): Promise<boolean> {
  if (viewer.kind === "staff") return true;
  if (!row.ticket_id) {
    const uploader = uploaderOf(viewer);
    return "userId" in uploader
      ? row.uploader_user_id === uploader.userId
      : row.uploader_user_id === null && row.uploader_guest_email === uploader.guestEmail;
  }
  const ticket = await findTicket(deps.platform.db, row.ticket_id);
  if (!ticket || !mayRead(viewer, ticket)) return false;
  if (!row.message_id) return true;
  return (await isInternalMessage(deps.platform.db, row.message_id)) === false;
}

export async function openAttachment(
  deps: SupportDeps,
  viewer: AttachmentViewer,
  id: string,
): Promise<{ attachment: MessageAttachmentRef; bytes: Buffer }> {
  const row = id.length <= 64 ? await findAttachment(deps.platform.db, id) : undefined;
  if (!row || !(await mayView(deps, viewer, row))) throw new DomainError("ticket_attachment_not_found");
  const stored = await deps.store.get(row.storage_key);
  if (!stored) throw new DomainError("ticket_attachment_not_found");
  return { attachment: refOf(row), bytes: stored.bytes };
}

/** The chore: uploads no message used within 24 hours, rows and files; answers how many. */
export async function purgeUnusedAttachments(deps: SupportDeps): Promise<number> {
  const { platform } = deps;
  const before = new Date(platform.clock.now().getTime() - UNUSED_ATTACHMENT_TTL_MS);
  let purged = 0;
  for (const row of await unusedAttachments(platform.db, before, 500)) {
    // The row first: once it is gone nothing can claim the file, which is then safe to delete.
    if (await deleteUnusedAttachment(platform.db, row.id)) {
      await deps.store.delete(row.storage_key);
      purged += 1;
    }
  }
  return purged;
}

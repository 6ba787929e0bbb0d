import { DomainError } from "../../../platform/errors/domain-error.js";
import { detectDocumentType } from "../../../platform/storage/file-type.js";
import type { HelpDeps } from "../deps.js";
import { findImage, insertImage } from "../images-repository.js";
import { assertStaff, type StaffActor } from "./shared.js";

/** Article images: PNG or JPEG, at most this large (screenshots, not photo albums). */
export const HELP_IMAGE_MAX_BYTES = 2 * 1024 * 1024;
export const HELP_IMAGE_TYPES = ["image/png", "image/jpeg"] as const;

const unsupported = () =>
  new DomainError("help_image_unsupported", { maxMb: HELP_IMAGE_MAX_BYTES / (1024 * 1024) });

export const helpImageUrl = (id: string) => `/api/v1/help/images/${id}`;

/**
 * Stores an uploaded image. Its type is what its first bytes say, whatever the sender
 * claimed: a text file renamed .png is refused.
 */
export async function uploadImage(
  deps: HelpDeps,
  actor: StaffActor,
  bytes: Buffer,
): Promise<{ id: string; url: string; markdown: string }> {
  assertStaff(actor);
  if (bytes.length === 0 || bytes.length > HELP_IMAGE_MAX_BYTES) throw unsupported();
  const type = detectDocumentType(bytes);
  if (type !== "image/png" && type !== "image/jpeg") throw unsupported();
  const { db, clock, ids } = deps.platform;
  const id = ids.next("helpImage");
  const key = deps.store.newKey();
  await deps.store.put(key, bytes, type);
  try {
    await db.transaction().execute(async (trx) => {
      await insertImage(trx, {
        id,
        content_type: type,
        size: bytes.length,
        storage_key: key,
        created_by: actor.id,
        created_at: clock.now(),
      });
      await deps.audit.record(
        trx,
        actor,
        "help.image_uploaded",
        { type: "help_image", id },
        {
          contentType: type,
          size: bytes.length,
        },
      );
    });
  } catch (error) {
    // No row points at the bytes: do not keep them.
    await deps.store.delete(key);
    throw error;
  }
  const url = helpImageUrl(id);
  return { id, url, markdown: `![](${url})` };
}

/** The bytes of an uploaded image, for the public image route; 404 help_image_not_found otherwise. */
export async function openHelpImage(
  deps: Pick<HelpDeps, "platform" | "store">,
  id: string,
): Promise<{ bytes: Buffer; contentType: string }> {
  const row = await findImage(deps.platform.db, id);
  const stored = row ? await deps.store.get(row.storage_key) : undefined;
  if (!row || !stored) throw new DomainError("help_image_not_found");
  return { bytes: stored.bytes, contentType: row.content_type };
}

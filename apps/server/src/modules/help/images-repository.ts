import type { Selectable } from "kysely";
import type { HelpImagesTable } from "../../platform/db/schema-help.js";
import type { Executor } from "../../platform/outbox/outbox.js";

/** Images uploaded for articles (help_images); the bytes are in the document store. */

export type ImageRow = Selectable<HelpImagesTable>;

export async function insertImage(executor: Executor, row: ImageRow): Promise<void> {
  await executor.insertInto("help_images").values(row).execute();
}

export function findImage(executor: Executor, id: string): Promise<ImageRow | undefined> {
  return executor.selectFrom("help_images").selectAll().where("id", "=", id).executeTakeFirst();
}

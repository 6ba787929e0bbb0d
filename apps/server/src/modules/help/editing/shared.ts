import type { UserRole } from "../../../platform/db/schema.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Executor } from "../../../platform/outbox/outbox.js";
import type { Actor } from "../../audit/index.js";
import type { HelpDeps } from "../deps.js";

/** A signed-in staff member acting on the help center: who (for the audit log) and with which role. */
export interface StaffActor extends Actor {
  id: string;
  role: UserRole;
}

/** A person shown beside a draft, a publication or a version. */
export interface PersonRef {
  id: string;
  name: string;
}

/** Agents write; only admins publish, unpublish and change categories and sections. */
export function assertAdmin(actor: StaffActor): void {
  if (actor.role !== "admin") throw new DomainError("forbidden");
}

export function assertStaff(actor: StaffActor): void {
  if (actor.role !== "admin" && actor.role !== "agent") throw new DomainError("forbidden");
}

/** Names of the staff behind drafts and publications, in one query for a whole page. */
export async function peopleByIds(
  deps: HelpDeps,
  executor: Executor,
  ids: readonly (string | null)[],
): Promise<(id: string | null) => PersonRef | null> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const profiles = wanted.length > 0 ? await deps.customers.profiles(executor, wanted) : new Map();
  return (id) => {
    if (id === null) return null;
    const profile = profiles.get(id);
    return { id, name: profile?.name ?? profile?.email ?? id };
  };
}

/**
 * Tells the search index (and through it the other nodes) after the commit. The change is
 * already saved: an index that cannot be told now catches up at its next rebuild, so this
 * never turns a successful edit into an error.
 */
export async function notifyArticleChanged(deps: HelpDeps, slug: string): Promise<void> {
  try {
    await deps.index.articleChanged(slug);
  } catch (error) {
    deps.platform.log.warn({ err: error, slug }, "help index not updated after an article change");
  }
}

export async function notifySynonymsChanged(deps: HelpDeps): Promise<void> {
  try {
    await deps.index.synonymsChanged();
  } catch (error) {
    deps.platform.log.warn({ err: error }, "help index not updated after a synonym change");
  }
}

export const iso = (date: Date | null): string | null => (date ? date.toISOString() : null);

/** A cursor is opaque to clients: the last row's update time and id. */
export function encodeCursor(updatedAt: Date, id: string): string {
  return Buffer.from(JSON.stringify([updatedAt.toISOString(), id])).toString("base64url");
}

export function decodeCursor(text: string): { updatedAt: Date; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as [unknown, unknown];
    const updatedAt = new Date(String(at));
    if (typeof id !== "string" || Number.isNaN(updatedAt.getTime())) throw new Error("shape");
    return { updatedAt, id };
  } catch {
    throw new DomainError("validation_failed", {}, [
      { in: "query", path: "/cursor", code: "invalid", message: "a nextCursor from a previous page" },
    ]);
  }
}

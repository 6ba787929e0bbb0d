import { DomainError } from "../../platform/errors/domain-error.js";
import type { StatusDeps } from "./deps.js";
import { findIncident, updatesOf } from "./incidents-repository.js";
import {
  loadPublicIncidents,
  type PublicSnapshot,
  type SnapshotIncident,
  snapshotIncident,
} from "./snapshot-data.js";

/**
 * The public incident history. The snapshot holds the latest incidents, so the status page's
 * first pages answer from memory; older pages (rarely read) come from the database.
 */

/** The database failing here is the server's trouble, told as such, not as a 500. */
async function fromDatabase<T>(deps: StatusDeps, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    deps.platform.log.warn({ err: error }, "status history could not be read from the database");
    throw new DomainError("service_unavailable");
  }
}

export async function publicIncidentPage(
  deps: StatusDeps,
  snapshot: PublicSnapshot,
  page: { limit: number; cursor?: string | undefined },
): Promise<{ data: SnapshotIncident[]; nextCursor: string | null }> {
  const { incidents, incidentsComplete } = snapshot.body;
  const start = page.cursor ? incidents.findIndex((i) => i.id < (page.cursor as string)) : 0;
  const held = start === -1 ? [] : incidents.slice(start);
  // Enough in memory for this page and the question "is there more?", or memory holds them all.
  if (held.length > page.limit || incidentsComplete) {
    const data = held.slice(0, page.limit);
    return { data, nextCursor: held.length > page.limit ? (data.at(-1)?.id ?? null) : null };
  }
  const before = page.cursor ?? undefined;
  const rows = await fromDatabase(deps, () => loadPublicIncidents(deps.platform.db, page.limit + 1, before));
  const data = rows.slice(0, page.limit);
  return { data, nextCursor: rows.length > page.limit ? (data.at(-1)?.id ?? null) : null };
}

/** One public incident; drafts and unknown ids are 404 incident_not_found alike. */
export async function publicIncident(
  deps: StatusDeps,
  snapshot: PublicSnapshot,
  id: string,
): Promise<SnapshotIncident> {
  const held = snapshot.body.incidents.find((i) => i.id === id);
  if (held) return held;
  // Not in memory: an old incident, one newer than the snapshot, or none at all.
  const { db } = deps.platform;
  const found = await fromDatabase(deps, async () => {
    const row = await findIncident(db, id);
    if (!row || row.draft) return undefined;
    return snapshotIncident(row, (await updatesOf(db, [id])).get(id) ?? []);
  });
  if (!found) throw new DomainError("incident_not_found");
  return found;
}

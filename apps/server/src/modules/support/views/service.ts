import type { UserRole } from "../../../platform/db/schema.js";
import { DomainError } from "../../../platform/errors/domain-error.js";
import type { SupportDeps } from "../deps.js";
import { staffActor } from "../macros/actor.js";
import { compactFilters, type SavedFilters } from "./filters.js";
import {
  countOwnViews,
  deleteView,
  findVisibleView,
  insertView,
  type SavedViewRow,
  visibleViews,
} from "./repository.js";

/**
 * Saved views of the queue: a staff member's own, private unless shared with the whole desk.
 * A shared view is removed by its owner or a supervisor (who tidies the desk's list); a
 * private one only by its owner, and nobody else even learns it exists.
 */

/** Views one staff member may own: enough for every queue they work, short enough to pick from. */
export const MAX_VIEWS_PER_OWNER = 50;

export interface Caller {
  userId: string;
  role: UserRole;
}

const tidiesSharedViews = (role: UserRole) => role === "supervisor" || role === "admin";

function mayDelete(view: SavedViewRow, caller: Caller): boolean {
  return view.owner_id === caller.userId || (view.shared && tidiesSharedViews(caller.role));
}

async function present(deps: SupportDeps, rows: SavedViewRow[], caller: Caller) {
  const owners = await deps.customers.profiles(deps.platform.db, [...new Set(rows.map((r) => r.owner_id))]);
  return rows.map((row) => {
    const owner = owners.get(row.owner_id);
    return {
      id: row.id,
      name: row.name,
      filters: row.filters,
      shared: row.shared,
      owner: { id: row.owner_id, name: owner?.name ?? owner?.email ?? row.owner_id },
      mine: row.owner_id === caller.userId,
      canDelete: mayDelete(row, caller),
      createdAt: row.created_at.toISOString(),
    };
  });
}

export type SavedView = Awaited<ReturnType<typeof present>>[number];

export async function savedViews(deps: SupportDeps, caller: Caller): Promise<SavedView[]> {
  return present(deps, await visibleViews(deps.platform.db, caller.userId), caller);
}

export async function saveView(
  deps: SupportDeps,
  caller: Caller,
  input: { name: string; filters: SavedFilters; shared: boolean },
): Promise<SavedView> {
  const { db, clock, ids } = deps.platform;
  const actor = await staffActor(deps, caller.userId);
  const row = await db.transaction().execute(async (trx) => {
    if ((await countOwnViews(trx, caller.userId)) >= MAX_VIEWS_PER_OWNER)
      throw new DomainError("validation_failed", {}, [
        {
          in: "body",
          path: "/name",
          code: "too_many",
          message: `You have ${MAX_VIEWS_PER_OWNER} saved views, the most one person can keep: delete one first`,
        },
      ]);
    const inserted = await insertView(trx, {
      id: ids.next("savedFilter"),
      owner_id: caller.userId,
      name: input.name,
      filters: JSON.stringify(compactFilters(input.filters)),
      shared: input.shared,
      created_at: clock.now(),
    });
    await deps.audit.record(
      trx,
      actor,
      "support.view.created",
      { type: "support_saved_filter", id: inserted.id },
      {
        name: input.name,
        shared: input.shared,
      },
    );
    return inserted;
  });
  const [view] = await present(deps, [row], caller);
  if (!view) throw new Error("saved view vanished");
  return view;
}

export async function removeView(deps: SupportDeps, caller: Caller, id: string): Promise<void> {
  const { db } = deps.platform;
  const actor = await staffActor(deps, caller.userId);
  await db.transaction().execute(async (trx) => {
    const view = await findVisibleView(trx, id, caller.userId);
    if (!view) throw new DomainError("saved_filter_not_found");
    if (!mayDelete(view, caller)) throw new DomainError("forbidden");
    await deleteView(trx, id);
    await deps.audit.record(
      trx,
      actor,
      "support.view.deleted",
      { type: "support_saved_filter", id },
      {
        name: view.name,
        owner: view.owner_id,
        shared: view.shared,
      },
    );
  });
}

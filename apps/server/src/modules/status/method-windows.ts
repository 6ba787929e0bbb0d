import { sql } from "kysely";
import type { ComponentKey, Localized } from "../../platform/db/schema-status.js";
import { DomainError } from "../../platform/errors/domain-error.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { Actor } from "../audit/index.js";
import type { StatusDeps } from "./deps.js";

/** A payment method as its maintenance window needs it. */
export interface WindowedMethod {
  id: string;
  name: Localized;
  /** The status components the method's operations belong to (its deposits', withdrawals). */
  components: ComponentKey[];
}

interface OwnWindow {
  id: string;
  components: ComponentKey[];
  startsAt: Date;
  endsAt: Date;
}

const TARGET = "status_maintenance";

/**
 * The staff payment-method editor's maintenance window. A method no longer has columns of its
 * own: its window is a status-page maintenance naming only that method (method_ids = [id]),
 * the same kind migration 0012 made of the old columns, so the gate, the methods' state and
 * the public status page read one thing. The editor shows, moves and removes that window;
 * windows over whole components, or naming several methods, are managed on the status page.
 */
export function createMethodWindows(deps: StatusDeps) {
  const { platform, audit } = deps;

  /** The method's own windows not over yet nor canceled, earliest first. */
  const ownWindows = async (
    executor: Executor,
    methodIds: string[],
  ): Promise<(OwnWindow & { methodId: string })[]> => {
    if (methodIds.length === 0) return [];
    const rows = await executor
      .selectFrom("status_maintenances")
      .select(["id", "components", "method_ids", "starts_at", "ends_at"])
      .where("canceled_at", "is", null)
      .where("ends_at", ">", platform.clock.now())
      .where(sql<boolean>`cardinality(method_ids) = 1`)
      .where(sql<string>`method_ids[1]`, "in", methodIds)
      .orderBy("starts_at")
      .orderBy("id")
      .execute();
    return rows.map((r) => ({
      id: r.id,
      methodId: r.method_ids?.[0] ?? "",
      components: r.components,
      startsAt: r.starts_at,
      endsAt: r.ends_at,
    }));
  };

  /** Takes a window away: one not started yet is canceled, one going on ends now (it happened). */
  const stop = async (executor: Executor, actor: Actor, method: WindowedMethod, w: OwnWindow) => {
    const now = platform.clock.now();
    const started = w.startsAt < now;
    await executor
      .updateTable("status_maintenances")
      .set(started ? { ends_at: now, updated_at: now } : { canceled_at: now, updated_at: now })
      .where("id", "=", w.id)
      .execute();
    await audit.record(
      executor,
      actor,
      started ? "status.maintenance_ended" : "status.maintenance_canceled",
      { type: TARGET, id: w.id },
      { methodId: method.id, startsAt: w.startsAt.toISOString(), endsAt: w.endsAt.toISOString() },
    );
  };

  const sameComponents = (a: ComponentKey[], b: ComponentKey[]) =>
    a.length === b.length && a.every((c) => b.includes(c));

  return {
    /** Each method's own window not over yet (what the editor shows). */
    async own(
      executor: Executor,
      methodIds: string[],
    ): Promise<Map<string, { startsAt: Date; endsAt: Date }>> {
      const found = new Map<string, { startsAt: Date; endsAt: Date }>();
      for (const w of await ownWindows(executor, methodIds))
        if (!found.has(w.methodId)) found.set(w.methodId, { startsAt: w.startsAt, endsAt: w.endsAt });
      return found;
    },

    /**
     * Creates or moves the method's own window, or takes it away (null); audited, in the
     * caller's transaction. `undefined` keeps the times and only follows the method's
     * components (its kind or direction changed). Returns whether anything changed: call
     * `changed()` after the commit then.
     */
    async set(
      executor: Executor,
      actor: Actor,
      method: WindowedMethod,
      window: { startsAt: Date; endsAt: Date } | null | undefined,
    ): Promise<boolean> {
      const now = platform.clock.now();
      const [current, ...extra] = await ownWindows(executor, [method.id]);
      if (window === null) {
        for (const w of [current, ...extra]) if (w) await stop(executor, actor, method, w);
        return current !== undefined;
      }
      if (window && (window.endsAt <= window.startsAt || window.endsAt <= now))
        throw new DomainError("maintenance_window_invalid");
      // One own window per method: the others (two editors at once) are taken away.
      for (const w of extra) await stop(executor, actor, method, w);
      if (!current) {
        if (!window) return extra.length > 0;
        const id = platform.ids.next("maintenance");
        await executor
          .insertInto("status_maintenances")
          .values({
            id,
            title: JSON.stringify({
              en: `${method.name.en}: maintenance`,
              "zh-CN": `${method.name["zh-CN"]}：系统维护`,
            }),
            description: JSON.stringify({
              en: `${method.name.en} cannot be used during this window; other methods work as usual.`,
              "zh-CN": `维护期间无法使用${method.name["zh-CN"]}，其他支付方式不受影响。`,
            }),
            components: method.components,
            method_ids: [method.id],
            starts_at: window.startsAt,
            ends_at: window.endsAt,
            created_by: actor.id,
            created_at: now,
            updated_at: now,
          })
          .execute();
        await audit.record(
          executor,
          actor,
          "status.maintenance_scheduled",
          { type: TARGET, id },
          {
            methodId: method.id,
            components: method.components,
            startsAt: window.startsAt.toISOString(),
            endsAt: window.endsAt.toISOString(),
          },
        );
        return true;
      }
      const next = window ?? { startsAt: current.startsAt, endsAt: current.endsAt };
      const unchanged =
        next.startsAt.getTime() === current.startsAt.getTime() &&
        next.endsAt.getTime() === current.endsAt.getTime() &&
        sameComponents(current.components, method.components);
      if (unchanged) return extra.length > 0;
      const moved =
        next.startsAt.getTime() !== current.startsAt.getTime() ||
        next.endsAt.getTime() !== current.endsAt.getTime();
      await executor
        .updateTable("status_maintenances")
        .set({
          starts_at: next.startsAt,
          ends_at: next.endsAt,
          components: method.components,
          // Moved before it started: subscribers are told again, with the new times.
          ...(moved && next.startsAt > now ? { announced_at: null, start_notified_at: null } : {}),
          updated_at: now,
        })
        .where("id", "=", current.id)
        .execute();
      await audit.record(
        executor,
        actor,
        "status.maintenance_changed",
        { type: TARGET, id: current.id },
        {
          methodId: method.id,
          before: {
            components: current.components,
            startsAt: current.startsAt.toISOString(),
            endsAt: current.endsAt.toISOString(),
          },
          after: {
            components: method.components,
            startsAt: next.startsAt.toISOString(),
            endsAt: next.endsAt.toISOString(),
          },
        },
      );
      return true;
    },

    /** The gate, the status page and the other nodes learn of it; after the commit. */
    changed: () => deps.changed(),
  };
}

export type MethodWindows = ReturnType<typeof createMethodWindows>;

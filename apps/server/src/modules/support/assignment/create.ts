import { DomainError } from "../../../platform/errors/domain-error.js";
import type { Platform } from "../../../platform/platform.js";
import { FALLBACK_GROUP } from "../sla/defaults.js";
import {
  type AgentView,
  PRESENCE_ONLINE_MINUTES,
  type PresenceStatus,
  type SupportAssignment,
} from "./index.js";
import {
  groupTaking,
  isActiveStaff,
  markAssigned,
  nextMember,
  replaceMemberships,
  type StaffRow,
  selectGroups,
  selectMemberships,
  selectStaff,
  upsertPresence,
} from "./repository.js";

const WINDOW_MS = PRESENCE_ONLINE_MINUTES * 60_000;

/** What others see: the status the console last sent, or offline once its heartbeats stopped. */
export function effectivePresence(
  row: { presence: PresenceStatus | null; lastSeenAt: Date | null },
  at: Date,
): PresenceStatus {
  if (!row.presence || !row.lastSeenAt) return "offline";
  return at.getTime() - row.lastSeenAt.getTime() <= WINDOW_MS ? row.presence : "offline";
}

function agentView(row: StaffRow, groups: string[], at: Date): AgentView {
  return {
    id: row.id,
    name: row.name ?? row.email,
    email: row.email,
    role: row.role,
    status: effectivePresence(row, at),
    lastSeenAt: row.lastSeenAt?.toISOString() ?? null,
    groups,
  };
}

/**
 * Groups by category and round-robin among the group's online members: the one assigned
 * longest ago gets the next ticket, inside the transaction that creates it.
 */
export function createSupportAssignment(_platform: Platform): SupportAssignment {
  return {
    async groupFor(executor, category) {
      return (await groupTaking(executor, category)) ?? FALLBACK_GROUP;
    },

    async pickAssignee(executor, groupKey, at) {
      const since = new Date(at.getTime() - WINDOW_MS);
      // Someone else's assignment in flight holds its member's row: take the next member; if
      // every online member is being assigned right now, wait for one rather than leave the ticket waiting.
      const userId =
        (await nextMember(executor, groupKey, since, { skipLocked: true })) ??
        (await nextMember(executor, groupKey, since, { skipLocked: false }));
      if (!userId) return null;
      await markAssigned(executor, groupKey, userId, at);
      return userId;
    },

    isEligible: (executor, userId) => isActiveStaff(executor, userId),

    async groups(executor, at) {
      const groups = await selectGroups(executor);
      const staff = await selectStaff(executor, { activeOnly: true });
      const memberships = await selectMemberships(executor);
      const groupsOf = new Map<string, string[]>();
      for (const m of memberships) groupsOf.set(m.user_id, [...(groupsOf.get(m.user_id) ?? []), m.group_key]);
      return groups.map((g) => ({
        ...g,
        members: staff
          .filter((s) => groupsOf.get(s.id)?.includes(g.key))
          .map((s) => agentView(s, groupsOf.get(s.id) ?? [], at)),
      }));
    },

    async agents(executor, at) {
      const staff = await selectStaff(executor, { activeOnly: true });
      const memberships = await selectMemberships(
        executor,
        staff.map((s) => s.id),
      );
      return staff.map((s) =>
        agentView(
          s,
          memberships.filter((m) => m.user_id === s.id).map((m) => m.group_key),
          at,
        ),
      );
    },

    async setGroups(executor, userId, keys) {
      const unique = [...new Set(keys)].sort();
      if (!(await isActiveStaff(executor, userId))) throw new DomainError("staff_not_found");
      const known = new Set((await selectGroups(executor)).map((g) => g.key));
      const missing = unique.find((k) => !known.has(k));
      if (missing !== undefined)
        throw new DomainError("support_group_not_found", { key: missing }, [
          { in: "body", path: "/groups", code: "invalid_value", message: `Unknown group ${missing}` },
        ]);
      const { added, removed } = await replaceMemberships(executor, userId, unique);
      return { groups: unique, added, removed };
    },

    async setPresence(executor, userId, status, at) {
      const before = await upsertPresence(executor, userId, status, at);
      const seen = effectivePresence({ presence: before.before, lastSeenAt: before.lastSeenAt }, at);
      return { status, changed: seen !== status };
    },
  };
}

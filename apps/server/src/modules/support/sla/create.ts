import type { Platform } from "../../../platform/platform.js";
import type { SupportLive } from "../live/index.js";
import { businessMinutesBetween, localDay } from "./business-time.js";
import { slaChores } from "./chores.js";
import { DEFAULT_POLICIES } from "./defaults.js";
import type { SupportSla } from "./index.js";
import { createSettingsCache, policyOf } from "./settings.js";
import { selectHolidays } from "./settings-repository.js";
import { agentReply, dueDates, priorityChange, statusChange, viewOf } from "./ticket-clock.js";

/**
 * The desk's SLA: policies and the calendar read from the database (kept briefly in memory,
 * forgotten when a supervisor saves), each ticket's clock (ticket-clock.ts) and the chores
 * that warn before a breach and close solved tickets. `live` is where warnings and closings
 * are announced to the console (it is built after the SLA, hence a getter).
 */
export function createSupportSla(
  platform: Platform,
  links: { live?: () => SupportLive | undefined } = {},
): SupportSla {
  const cache = createSettingsCache();
  const live = links.live ?? (() => undefined);
  return {
    async onCreated(executor, ticket) {
      return dueDates(await cache.get(executor), ticket.priority, ticket.created_at);
    },
    async onStatusChange(executor, ticket, to, at) {
      if (ticket.status === to) return {};
      return statusChange(await cache.get(executor), ticket, to, at);
    },
    async onPriorityChange(executor, ticket, to, at) {
      if (ticket.priority === to) return {};
      return priorityChange(await cache.get(executor), ticket, to, at);
    },
    onAgentReply: (ticket, at) => agentReply(ticket, at),
    view: (ticket, at) => viewOf(ticket, at),
    async expectation(executor, priority) {
      const policy = policyOf(await cache.get(executor), priority);
      return { minutes: policy.firstResponseMinutes, businessHours: policy.businessHours };
    },
    chores: () => slaChores(platform, live),
    invalidate: () => cache.invalidate(),
    async settings(executor) {
      const settings = await cache.get(executor);
      return {
        policies: DEFAULT_POLICIES.map((d) => policyOf(settings, d.priority)),
        calendar: settings.calendar,
      };
    },
    async holidaysAhead(executor, at, limit = 10) {
      const { calendar } = await cache.get(executor);
      return selectHolidays(executor, { from: localDay(at, calendar.timeZone), limit });
    },
    async businessMinutesBetween(executor, from, to) {
      return businessMinutesBetween(from, to, (await cache.get(executor)).calendar);
    },
  };
}

import type { Updateable } from "kysely";
import type { Localized, StatusMaintenancesTable } from "../../platform/db/schema-status.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import { X_POST_WEIGHT_MAX, xWeightedLength } from "../support/channels/social/text.js";
import { enqueueMaintenanceBell } from "./bell.js";
import type { StatusDeps } from "./deps.js";
import { type MaintenanceRow, updateMaintenance } from "./maintenances-repository.js";
import { enqueueMaintenanceNotice, type MaintenancePhase } from "./notices.js";

/**
 * Scheduled maintenance tells people on its own (a chore, once a minute): subscribers are
 * emailed when it is announced (72 hours before its start, or at once when it is nearer),
 * when it starts and when it ends, or that it was canceled; with announceSocial, the
 * announcement goes to the support desk's social accounts too. Each phase is marked on the
 * window (announced_at, start_notified_at, end_notified_at) in the transaction that writes
 * its notice, so several workers never tell it twice. The announcement and a cancellation also
 * go in every active customer's bell (bell.ts), written in that same transaction.
 */

export const ANNOUNCE_AHEAD_MS = 72 * 60 * 60_000;
/** Windows advanced per run; the rest wait a minute. */
const WINDOWS_PER_RUN = 100;

/** What the chore does for one window now: the marks to set, the email to send, the post. */
interface Step {
  marks: Updateable<StatusMaintenancesTable>;
  phase: MaintenancePhase | null;
  /** Post the announcement on the social accounts (when the window asks for it). */
  social: boolean;
}

export function nextStep(row: MaintenanceRow, now: Date): Step | undefined {
  if (row.end_notified_at) return undefined;
  const told = row.announced_at !== null;
  if (row.canceled_at)
    return told ? { marks: { end_notified_at: now }, phase: "canceled", social: false } : undefined;
  if (row.ends_at <= now)
    // Over before anyone was told (a short window, a worker that was down): nothing to say.
    return {
      marks: {
        announced_at: row.announced_at ?? now,
        start_notified_at: row.start_notified_at ?? now,
        end_notified_at: now,
      },
      phase: told ? "completed" : null,
      social: false,
    };
  if (row.starts_at <= now) {
    if (row.start_notified_at) return undefined;
    // Started before it was announced: the start is the news, and the post goes out now.
    return {
      marks: { announced_at: row.announced_at ?? now, start_notified_at: now },
      phase: "started",
      social: !told,
    };
  }
  if (!told && row.starts_at.getTime() - ANNOUNCE_AHEAD_MS <= now.getTime())
    return { marks: { announced_at: now }, phase: "announced", social: true };
  return undefined;
}

/** Windows with something to do now. */
async function dueWindows(executor: Executor, now: Date): Promise<string[]> {
  const horizon = new Date(now.getTime() + ANNOUNCE_AHEAD_MS);
  const rows = await executor
    .selectFrom("status_maintenances")
    .select("id")
    .where("end_notified_at", "is", null)
    .where((eb) =>
      eb.or([
        eb.and([eb("canceled_at", "is not", null), eb("announced_at", "is not", null)]),
        eb.and([
          eb("canceled_at", "is", null),
          eb.or([
            eb.and([eb("announced_at", "is", null), eb("starts_at", "<=", horizon)]),
            eb.and([eb("start_notified_at", "is", null), eb("starts_at", "<=", now)]),
            eb("ends_at", "<=", now),
          ]),
        ]),
      ]),
    )
    .orderBy("starts_at")
    .orderBy("id")
    .limit(WINDOWS_PER_RUN)
    .execute();
  return rows.map((r) => r.id);
}

/** The chore: advances every window that has reached a phase; how many did. */
export async function runMaintenanceLifecycle(deps: StatusDeps): Promise<number> {
  const due = await dueWindows(deps.platform.db, deps.platform.clock.now());
  let advanced = 0;
  for (const id of due) if (await advance(deps, id)) advanced += 1;
  return advanced;
}

async function advance(deps: StatusDeps, id: string): Promise<boolean> {
  const { platform } = deps;
  return platform.db.transaction().execute(async (trx) => {
    // Another worker on it: it is theirs this minute.
    const row = await trx
      .selectFrom("status_maintenances")
      .selectAll()
      .where("id", "=", id)
      .forUpdate()
      .skipLocked()
      .executeTakeFirst();
    if (!row) return false;
    const now = platform.clock.now();
    const step = nextStep(row, now);
    if (!step) return false;
    await updateMaintenance(trx, id, step.marks);
    if (step.phase) {
      await enqueueMaintenanceNotice(deps, trx, id, step.phase, now);
      // The announcement and the cancellation go in every customer's bell too (bell.ts).
      await enqueueMaintenanceBell(deps, trx, id, step.phase, now);
    }
    if (step.social && row.announce_social) await postOnSocial(deps, trx, row);
    return true;
  });
}

/** A social post never holds up the maintenance: a refused one is logged and left out. */
async function postOnSocial(deps: StatusDeps, executor: Executor, row: MaintenanceRow): Promise<void> {
  const text = maintenanceSocialText(row, deps.platform.config.publicUrl);
  try {
    await deps.announce(executor, text, null);
  } catch (error) {
    deps.platform.log.warn({ err: error, maintenanceId: row.id }, "maintenance announcement not posted");
  }
}

const day = (date: Date, language: Locale) =>
  new Intl.DateTimeFormat(language === "zh-CN" ? "zh-CN" : "en-GB", {
    dateStyle: "medium",
    timeZone: "UTC",
  }).format(date);
const clock = (date: Date) => date.toISOString().slice(11, 16);

/** "5 Dec 2026 02:00–04:00 UTC", or both days when it spans midnight. */
function span(from: Date, to: Date, language: Locale): string {
  if (from.toISOString().slice(0, 10) === to.toISOString().slice(0, 10))
    return `${day(from, language)} ${clock(from)}–${clock(to)} UTC`;
  return `${day(from, language)} ${clock(from)} – ${day(to, language)} ${clock(to)} UTC`;
}

const clip = (text: string, max: number) => {
  const chars = [...text.trim()];
  return chars.length <= max ? chars.join("") : `${chars.slice(0, Math.max(max - 1, 0)).join("")}…`;
};

/**
 * The social post of an announcement: English, then Chinese, then the status page. Within X's
 * 280 weighted characters (Chinese counts double): long titles are shortened until it fits.
 */
export function maintenanceSocialText(
  row: Pick<MaintenanceRow, "title" | "starts_at" | "ends_at">,
  publicUrl: string,
): string {
  const title: Localized = row.title;
  const build = (max: number) => {
    const en = max > 0 ? `Scheduled maintenance: ${clip(title.en, max)}` : "Scheduled maintenance";
    const zh = max > 0 ? `计划维护：${clip(title["zh-CN"], max)}` : "计划维护";
    return [
      `${en}, ${span(row.starts_at, row.ends_at, "en")}.`,
      `${zh}，${span(row.starts_at, row.ends_at, "zh-CN")}。`,
      `${publicUrl}/status`,
    ].join("\n");
  };
  for (const max of [120, 80, 50, 30, 15]) {
    const text = build(max);
    if (xWeightedLength(text) <= X_POST_WEIGHT_MAX) return text;
  }
  return build(0);
}

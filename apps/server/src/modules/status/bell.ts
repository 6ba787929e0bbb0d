import { z } from "zod";
import type { ComponentKey, Localized } from "../../platform/db/schema-status.js";
import type { Locale } from "../../platform/i18n.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import type { NotificationMessage } from "../notifications/index.js";
import type { Bilingual, Copy } from "../notifications/templates/render.js";
import { MAINTENANCE_BELL_TOPIC, type StatusDeps } from "./deps.js";
import { componentList } from "./emails.js";
import { findMaintenance, type MaintenanceRow } from "./maintenances-repository.js";
import type { MaintenancePhase } from "./notices.js";
import { range } from "./time-text.js";

/**
 * Planned maintenance in every customer's bell: when a window is announced (and when an
 * announced one is canceled), the lifecycle chore writes a MAINTENANCE_BELL_TOPIC message in the
 * transaction that marks the phase. Its handler reads a page of active customers by id, puts the
 * notice in their bells through the notification center (which honours each customer's
 * maintenance in-app switch, and never emails or texts maintenance), and writes the next page's
 * message with the last id, in one transaction. Each notification's key names the window, the
 * phase and the customer, so a page run twice (a worker that died after committing) adds nothing.
 * The start and the end are not worth a bell entry: the app's banner shows them.
 */

/** Customers notified per page (one transaction). */
export const BELL_BATCH = 500;

export const BELL_PHASES = ["announced", "canceled"] as const satisfies readonly MaintenancePhase[];
export type BellPhase = (typeof BELL_PHASES)[number];

const bellPayload = z.object({
  maintenanceId: z.string(),
  phase: z.enum(BELL_PHASES),
  /** When the phase was reached (ms): a window moved and announced again is news again. */
  at: z.number(),
  /** The last customer of the page before; null for the first page. */
  afterUserId: z.string().nullable(),
});
type BellPayload = z.infer<typeof bellPayload>;

const isBellPhase = (phase: MaintenancePhase): phase is BellPhase =>
  (BELL_PHASES as readonly MaintenancePhase[]).includes(phase);

/** Writes the first page's message of a phase the bell tells, in the caller's transaction. */
export async function enqueueMaintenanceBell(
  deps: StatusDeps,
  executor: Executor,
  maintenanceId: string,
  phase: MaintenancePhase,
  at: Date,
): Promise<void> {
  if (!isBellPhase(phase)) return;
  const payload: BellPayload = { maintenanceId, phase, at: at.getTime(), afterUserId: null };
  await deps.platform.outbox.enqueue(executor, MAINTENANCE_BELL_TOPIC, payload, {
    dedupeKey: `status-bell:${maintenanceId}@${at.getTime()}:${phase}`,
  });
}

export function registerMaintenanceBell(deps: StatusDeps): void {
  deps.platform.outbox.register(MAINTENANCE_BELL_TOPIC, (payload) => bellPass(deps, payload));
}

/** One page of the fan-out, as the outbox runs it; tests pass a smaller `batchSize`. */
export async function bellPass(
  deps: StatusDeps,
  raw: unknown,
  options: { batchSize?: number } = {},
): Promise<void> {
  const parsed = bellPayload.safeParse(raw);
  if (!parsed.success) throw new Error("malformed maintenance bell message in outbox");
  const payload = parsed.data;
  const batchSize = options.batchSize ?? BELL_BATCH;
  const { platform, customers } = deps;
  await platform.db.transaction().execute(async (trx) => {
    const row = await findMaintenance(trx, payload.maintenanceId);
    if (!row) return;
    // Canceled before its announcement reached everyone: only the cancellation is still news.
    if (row.canceled_at && payload.phase !== "canceled") return;
    const ids = await customers.customerIdsAfter(trx, payload.afterUserId, batchSize);
    const event = `${row.id}@${payload.at}:${payload.phase}`;
    const copies = maintenanceBellCopies(bellNoticeOf(row, platform.config.publicUrl), payload.phase);
    await customers.notifyMany(
      trx,
      ids.map((userId) => ({ userId, message: bellMessage(copies, `maintenance:${event}:${userId}`) })),
    );
    const last = ids.at(-1);
    if (ids.length === batchSize && last)
      await platform.outbox.enqueue(
        trx,
        MAINTENANCE_BELL_TOPIC,
        { ...payload, afterUserId: last },
        { dedupeKey: `status-bell:${event}:after:${last}` },
      );
  });
}

const bellMessage = (copies: Bilingual, dedupeKey: string): NotificationMessage => ({
  kind: "maintenance",
  copies,
  link: "/status",
  dedupeKey,
});

/** What the bell says about a window. */
export interface MaintenanceBellNotice {
  title: Localized;
  components: ComponentKey[];
  /** The window covers only some payment methods of its components. */
  methodsOnly: boolean;
  startsAt: Date;
  endsAt: Date;
  /** The status page (the email preview's button; in the app the entry itself leads there). */
  url: string;
}

const bellNoticeOf = (row: MaintenanceRow, publicUrl: string): MaintenanceBellNotice => ({
  title: row.title,
  components: row.components,
  methodsOnly: row.method_ids !== null,
  startsAt: row.starts_at,
  endsAt: row.ends_at,
  url: `${publicUrl}/status`,
});

const statusPageLabel: Localized = { en: "View on the status page", "zh-CN": "在状态页面查看" };

/**
 * The bell's entry for a phase, in both languages: the title is the subject, the body the lines
 * (when, what is affected). Never emailed: subscribers get the status page's own emails.
 */
export function maintenanceBellCopies(notice: MaintenanceBellNotice, phase: BellPhase): Bilingual {
  const copy = (l: Locale): Copy => {
    const affected =
      l === "zh-CN"
        ? `受影响的服务：${componentList(notice.components, l)}`
        : `Affected: ${componentList(notice.components, l)}`;
    const methods = notice.methodsOnly
      ? [
          l === "zh-CN"
            ? "仅影响上述服务中的部分支付方式。"
            : "Only some payment methods of these services are affected.",
        ]
      : [];
    const period = range(notice.startsAt, notice.endsAt, l);
    const action = { label: statusPageLabel[l], url: notice.url };
    if (phase === "canceled")
      return {
        subject: `${l === "zh-CN" ? "维护已取消：" : "Maintenance canceled: "}${notice.title[l]}`,
        lines: [
          l === "zh-CN"
            ? `原定于 ${period} 进行的维护已取消，相关服务照常可用。`
            : `The maintenance planned for ${period} will not take place; the services stay available.`,
        ],
        action,
      };
    return {
      subject: `${l === "zh-CN" ? "计划维护：" : "Scheduled maintenance: "}${notice.title[l]}`,
      lines: [
        l === "zh-CN" ? `维护时间：${period}` : `When: ${period}`,
        affected,
        ...methods,
        l === "zh-CN"
          ? "维护期间，受影响的服务将暂停使用。"
          : "While it lasts, the affected services are not available.",
      ],
      action,
    };
  };
  return { en: copy("en"), "zh-CN": copy("zh-CN") };
}

/** A sample for the template previews. */
export const sampleMaintenanceBell = (publicUrl: string): MaintenanceBellNotice => ({
  title: { en: "Card processor upgrade", "zh-CN": "银行卡支付通道升级" },
  components: ["card_deposits", "withdrawals"],
  methodsOnly: false,
  startsAt: new Date("2026-12-05T02:00:00Z"),
  endsAt: new Date("2026-12-05T04:00:00Z"),
  url: `${publicUrl}/status`,
});

import { z } from "zod";
import type { ComponentKey } from "../../platform/db/schema-status.js";
import type { Executor } from "../../platform/outbox/outbox.js";
import { hashToken } from "../accounts/security/tokens.js";
import type { Bilingual } from "../notifications/templates/render.js";
import { type StatusDeps, SUBSCRIBER_NOTICE_TOPIC } from "./deps.js";
import { type IncidentNotice, type MaintenanceNotice, statusEmails, subscriberEmail } from "./emails.js";
import { findIncident } from "./incidents-repository.js";
import { findMaintenance } from "./maintenances-repository.js";
import { followersPage, updateSubscriber } from "./subscribers-repository.js";
import { unsubscribeLinks, unsubscribeToken } from "./subscriptions.js";

/**
 * Subscribers hear of incidents and maintenance through the outbox (SUBSCRIBER_NOTICE_TOPIC):
 * a notice is written in the transaction of the change, and its handler mails the confirmed
 * subscribers who follow an affected component, FAN_OUT_BATCH at a time, writing the next pass
 * as a new notice with a cursor in the same transaction as the emails of this one. Every
 * email's outbox key names the event, the phase and the subscriber, so a notice delivered
 * twice (a worker that died after sending) never mails anyone twice.
 */

/** Subscribers mailed per pass (one transaction). */
export const FAN_OUT_BATCH = 500;

export const INCIDENT_PHASES = ["created", "updated", "resolved"] as const;
export type IncidentPhase = (typeof INCIDENT_PHASES)[number];
export const MAINTENANCE_PHASES = ["announced", "started", "completed", "canceled"] as const;
export type MaintenancePhase = (typeof MAINTENANCE_PHASES)[number];

const noticePayload = z.discriminatedUnion("event", [
  z.object({
    event: z.literal("incident_update"),
    updateId: z.string(),
    /** Set by whoever knows better than the timeline (a published draft is "created"). */
    phase: z.enum(INCIDENT_PHASES).optional(),
    cursor: z.string().optional(),
  }),
  z.object({
    event: z.literal("maintenance"),
    maintenanceId: z.string(),
    phase: z.enum(MAINTENANCE_PHASES),
    /** When the phase was reached (ms): an announcement made again after a move is a new event. */
    at: z.number().optional(),
    cursor: z.string().optional(),
  }),
]);
type NoticePayload = z.infer<typeof noticePayload>;

/** What one notice says, to whom, and under which key its emails are kept once. */
interface Notice {
  /** `<event id>:<phase>`. */
  key: string;
  /** Followers of any of these are mailed; empty for every subscriber. */
  components: ComponentKey[];
  copies(unsubscribeUrl: string): Bilingual;
}

/** Writes a maintenance phase's notice in the caller's transaction. */
export async function enqueueMaintenanceNotice(
  deps: StatusDeps,
  executor: Executor,
  maintenanceId: string,
  phase: MaintenancePhase,
  at: Date,
): Promise<void> {
  const payload: NoticePayload = { event: "maintenance", maintenanceId, phase, at: at.getTime() };
  await deps.platform.outbox.enqueue(executor, SUBSCRIBER_NOTICE_TOPIC, payload, {
    dedupeKey: `status-notice:${maintenanceId}@${at.getTime()}:${phase}`,
  });
}

export function registerSubscriberNotices(deps: StatusDeps): void {
  deps.platform.outbox.register(SUBSCRIBER_NOTICE_TOPIC, (payload) => noticePass(deps, payload));
}

/** One pass of a notice's fan-out, as the outbox runs it (tests call it to look at one pass). */
export async function noticePass(deps: StatusDeps, raw: unknown): Promise<void> {
  const parsed = noticePayload.safeParse(raw);
  if (!parsed.success) throw new Error("malformed subscriber notice in outbox");
  await fanOut(deps, parsed.data);
}

async function fanOut(deps: StatusDeps, payload: NoticePayload): Promise<void> {
  const { platform } = deps;
  await platform.db.transaction().execute(async (trx) => {
    const notice =
      payload.event === "incident_update"
        ? await incidentNotice(deps, trx, payload)
        : await maintenanceNotice(deps, trx, payload);
    if (!notice) return;
    const page = await followersPage(trx, notice.components, payload.cursor ?? null, FAN_OUT_BATCH);
    for (const subscriber of page) {
      // The stored hash follows the server secret, so the link in this email finds its subscriber.
      const expected = hashToken(unsubscribeToken(platform.config.secret, subscriber.id));
      if (subscriber.unsubscribe_token_hash !== expected)
        await updateSubscriber(trx, subscriber.id, { unsubscribe_token_hash: expected });
      const links = unsubscribeLinks(deps, subscriber.id);
      await deps.messaging.send(trx, subscriberEmail(subscriber, notice.copies(links.page), links.oneClick), {
        dedupeKey: `status:${notice.key}:${subscriber.id}`,
      });
    }
    const last = page.at(-1);
    if (page.length === FAN_OUT_BATCH && last)
      await platform.outbox.enqueue(
        trx,
        SUBSCRIBER_NOTICE_TOPIC,
        { ...payload, cursor: last.id },
        { dedupeKey: `status-notice:${notice.key}:after:${last.id}` },
      );
  });
}

async function incidentNotice(
  deps: StatusDeps,
  executor: Executor,
  payload: Extract<NoticePayload, { event: "incident_update" }>,
): Promise<Notice | undefined> {
  const update = await executor
    .selectFrom("status_incident_updates")
    .selectAll()
    .where("id", "=", payload.updateId)
    .executeTakeFirst();
  if (!update) return undefined;
  const incident = await findIncident(executor, update.incident_id);
  // A draft is not public: its subscribers hear of it once staff publish it.
  if (!incident || incident.draft) return undefined;
  const earlier = await executor
    .selectFrom("status_incident_updates")
    .select("id")
    .where("incident_id", "=", incident.id)
    .where((eb) =>
      eb.or([
        eb("created_at", "<", update.created_at),
        eb.and([eb("created_at", "=", update.created_at), eb("id", "<", update.id)]),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  const phase =
    payload.phase ?? (update.status === "resolved" ? "resolved" : earlier ? "updated" : "created");
  const build =
    phase === "created"
      ? statusEmails.incidentCreated
      : phase === "resolved"
        ? statusEmails.incidentResolved
        : statusEmails.incidentUpdated;
  const url = `${deps.platform.config.publicUrl}/status/incidents/${incident.id}`;
  return {
    key: `${update.id}:${phase}`,
    components: incident.components,
    copies: (unsubscribeUrl) => {
      const notice: IncidentNotice = {
        title: incident.title,
        message: update.body,
        status: update.status,
        components: incident.components,
        url,
        unsubscribeUrl,
      };
      return build(notice);
    },
  };
}

const MAINTENANCE_EMAIL = {
  announced: statusEmails.maintenanceAnnounced,
  started: statusEmails.maintenanceStarted,
  completed: statusEmails.maintenanceCompleted,
  canceled: statusEmails.maintenanceCanceled,
} satisfies Record<MaintenancePhase, (notice: MaintenanceNotice) => Bilingual>;

async function maintenanceNotice(
  deps: StatusDeps,
  executor: Executor,
  payload: Extract<NoticePayload, { event: "maintenance" }>,
): Promise<Notice | undefined> {
  const row = await findMaintenance(executor, payload.maintenanceId);
  if (!row) return undefined;
  // Canceled before this notice went out: only the cancellation is still worth an email.
  if (row.canceled_at && payload.phase !== "canceled") return undefined;
  const eventId = payload.at === undefined ? row.id : `${row.id}@${payload.at}`;
  return {
    key: `${eventId}:${payload.phase}`,
    components: row.components,
    copies: (unsubscribeUrl) =>
      MAINTENANCE_EMAIL[payload.phase]({
        title: row.title,
        description: row.description,
        components: row.components,
        methodsOnly: row.method_ids !== null,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        url: `${deps.platform.config.publicUrl}/status`,
        unsubscribeUrl,
      }),
  };
}

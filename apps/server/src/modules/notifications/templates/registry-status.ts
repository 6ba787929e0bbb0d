import type { Localized, NotificationKind } from "../../../platform/db/schema-status.js";
import { type BellPhase, maintenanceBellCopies, sampleMaintenanceBell } from "../../status/bell.js";
import {
  type StatusEmailKey,
  statusEmailSamples,
  statusEmails,
  subscriberEmail,
} from "../../status/emails.js";
import { accountEmail, customTemplate, type MessageTemplate } from "./define.js";

/**
 * The status page's emails to its subscribers (an address, not necessarily an account: no
 * anti-phishing code): the double opt-in, and notices about incidents and maintenance, each with
 * its one-click unsubscribe link. Rendered by the status module's own subscriberEmail (which
 * adds the List-Unsubscribe headers) from its samples.
 */

const STATUS_TEMPLATES: Record<
  StatusEmailKey,
  { key: string; kind: NotificationKind | null; description: Localized }
> = {
  confirmSubscription: {
    key: "status.subscription_confirm",
    kind: null,
    description: {
      en: "Confirm a status subscription (double opt-in)",
      "zh-CN": "确认订阅服务状态通知（双重确认）",
    },
  },
  confirmSubscriptionChange: {
    key: "status.subscription_change_confirm",
    kind: null,
    description: {
      en: "Confirm a change to a confirmed status subscription",
      "zh-CN": "确认修改已生效的服务状态订阅",
    },
  },
  alreadySubscribed: {
    key: "status.subscription_exists",
    kind: null,
    description: {
      en: "A confirmed address asked to subscribe again: the link to manage it",
      "zh-CN": "已确认的邮箱再次申请订阅：附管理订阅的链接",
    },
  },
  incidentCreated: {
    key: "status.incident_created",
    kind: "maintenance",
    description: { en: "A new incident on the status page", "zh-CN": "状态页面发布了新故障" },
  },
  incidentUpdated: {
    key: "status.incident_update",
    kind: "maintenance",
    description: { en: "An update to an open incident", "zh-CN": "故障有新进展" },
  },
  incidentResolved: {
    key: "status.incident_resolved",
    kind: "maintenance",
    description: { en: "An incident was resolved", "zh-CN": "故障已解决" },
  },
  maintenanceAnnounced: {
    key: "status.maintenance_announced",
    kind: "maintenance",
    description: { en: "Scheduled maintenance, announced ahead", "zh-CN": "提前公告的计划维护" },
  },
  maintenanceStarted: {
    key: "status.maintenance_started",
    kind: "maintenance",
    description: { en: "A maintenance window started", "zh-CN": "维护已开始" },
  },
  maintenanceCompleted: {
    key: "status.maintenance_completed",
    kind: "maintenance",
    description: { en: "A maintenance window ended", "zh-CN": "维护已结束" },
  },
  maintenanceCanceled: {
    key: "status.maintenance_canceled",
    kind: "maintenance",
    description: { en: "Announced maintenance was canceled", "zh-CN": "已公告的维护被取消" },
  },
};

/** The answers to a request (confirmation links, the already-subscribed note) are not notices: no List-Unsubscribe headers. */
const CONFIRMATIONS = new Set<StatusEmailKey>([
  "confirmSubscription",
  "confirmSubscriptionChange",
  "alreadySubscribed",
]);

/**
 * Maintenance in every customer's bell (status/bell.ts): shown in the app only, never emailed
 * or texted; previewed as an account's email so staff see the title (subject) and body (lines).
 */
const BELL_TEMPLATES: Record<BellPhase, { key: string; description: Localized }> = {
  announced: {
    key: "status.maintenance_bell_announced",
    description: {
      en: "In the bell only: scheduled maintenance, announced to every customer",
      "zh-CN": "仅应用内通知：向所有客户公告的计划维护",
    },
  },
  canceled: {
    key: "status.maintenance_bell_canceled",
    description: {
      en: "In the bell only: announced maintenance was canceled",
      "zh-CN": "仅应用内通知：已公告的维护被取消",
    },
  },
};

const bellTemplates: MessageTemplate[] = (Object.keys(BELL_TEMPLATES) as BellPhase[]).map((phase) =>
  accountEmail(
    { ...BELL_TEMPLATES[phase], kind: "maintenance", builders: [maintenanceBellCopies] },
    ({ config }) => maintenanceBellCopies(sampleMaintenanceBell(config.publicUrl), phase),
  ),
);

const subscriberTemplates: readonly MessageTemplate[] = (
  Object.keys(STATUS_TEMPLATES) as StatusEmailKey[]
).map((name) =>
  customTemplate(
    {
      ...STATUS_TEMPLATES[name],
      channel: "email",
      audience: "subscriber",
      builders: [statusEmails[name], subscriberEmail],
    },
    (to, { config }) =>
      subscriberEmail(
        { email: to.email, language: to.language },
        statusEmailSamples[name](),
        CONFIRMATIONS.has(name)
          ? null
          : `${config.publicUrl}/api/v1/status/subscriptions/unsubscribe?token=sample-token-0000`,
      ),
  ),
);

export const statusTemplates: readonly MessageTemplate[] = [...subscriberTemplates, ...bellTemplates];

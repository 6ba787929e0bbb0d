import type { ComponentKey, IncidentStatus, Localized } from "../../platform/db/schema-status.js";
import type { Locale } from "../../platform/i18n.js";
import type { OutboundMessage } from "../messaging/index.js";
import { type Bilingual, type Copy, composeAddressEmail } from "../notifications/templates/render.js";
import { COMPONENTS } from "./components.js";
import { range, when } from "./time-text.js";

/**
 * What the status page emails its subscribers, in both languages: the double opt-in links, and
 * the notices about incidents and maintenance. Every notice ends with its unsubscribe link
 * (and carries List-Unsubscribe headers, see subscriberEmail). Subscribers need no account, so
 * these emails never carry an anti-phishing code.
 */

const bilingual = (build: (language: Locale) => Copy): Bilingual => ({
  en: build("en"),
  "zh-CN": build("zh-CN"),
});

/** "Card deposits, Withdrawals"; no components named means the whole page. */
export function componentList(components: readonly ComponentKey[], language: Locale): string {
  if (components.length === 0) return language === "zh-CN" ? "所有服务" : "all services";
  return components.map((key) => COMPONENTS[key].name[language]).join(language === "zh-CN" ? "、" : ", ");
}

const INCIDENT_STATUS: Record<IncidentStatus, Localized> = {
  investigating: { en: "Investigating", "zh-CN": "调查中" },
  identified: { en: "Identified", "zh-CN": "已查明原因" },
  monitoring: { en: "Monitoring", "zh-CN": "监控中" },
  resolved: { en: "Resolved", "zh-CN": "已解决" },
};

const unsubscribeLine = (url: string, language: Locale) =>
  language === "zh-CN"
    ? `您收到此邮件，是因为您订阅了 Satchel 服务状态通知。退订：${url}`
    : `You receive this because you subscribed to Satchel status updates. Unsubscribe: ${url}`;

const statusPageLabel: Localized = { en: "View on the status page", "zh-CN": "在状态页面查看" };

export interface IncidentNotice {
  title: Localized;
  /** The update's message. */
  message: Localized;
  status: IncidentStatus;
  components: ComponentKey[];
  /** The incident's page. */
  url: string;
  unsubscribeUrl: string;
}

export interface MaintenanceNotice {
  title: Localized;
  description: Localized;
  components: ComponentKey[];
  /** The window covers only some payment methods of its components. */
  methodsOnly: boolean;
  startsAt: Date;
  endsAt: Date;
  /** The status page. */
  url: string;
  unsubscribeUrl: string;
}

function incidentCopy(notice: IncidentNotice, subject: Localized): Bilingual {
  return bilingual((l) => ({
    subject: `${subject[l]}${notice.title[l]}`,
    lines: [
      l === "zh-CN"
        ? `受影响的服务：${componentList(notice.components, l)}`
        : `Affected: ${componentList(notice.components, l)}`,
      l === "zh-CN"
        ? `状态：${INCIDENT_STATUS[notice.status][l]}`
        : `Status: ${INCIDENT_STATUS[notice.status][l]}`,
      notice.message[l],
      unsubscribeLine(notice.unsubscribeUrl, l),
    ],
    action: { label: statusPageLabel[l], url: notice.url },
  }));
}

function maintenanceCopy(
  notice: MaintenanceNotice,
  subject: Localized,
  lines: (l: Locale) => string[],
): Bilingual {
  return bilingual((l) => ({
    subject: `${subject[l]}${notice.title[l]}`,
    lines: [
      ...lines(l),
      l === "zh-CN"
        ? `受影响的服务：${componentList(notice.components, l)}`
        : `Affected: ${componentList(notice.components, l)}`,
      ...(notice.methodsOnly
        ? [
            l === "zh-CN"
              ? "仅影响上述服务中的部分支付方式。"
              : "Only some payment methods of these services are affected.",
          ]
        : []),
      ...(notice.description[l].trim() ? [notice.description[l].trim()] : []),
      unsubscribeLine(notice.unsubscribeUrl, l),
    ],
    action: { label: statusPageLabel[l], url: notice.url },
  }));
}

export const statusEmails = {
  /** The double opt-in: nothing is sent to the address until this link is used. */
  confirmSubscription: (url: string, components: ComponentKey[]): Bilingual => ({
    en: {
      subject: "Confirm your Satchel status updates",
      lines: [
        `Someone (we hope you) asked for emails from the Satchel status page about: ${componentList(components, "en")}.`,
        "Confirm with the link below; it works once, for 48 hours. If it was not you, ignore this email: nothing will be sent to you.",
      ],
      action: { label: "Confirm subscription", url },
    },
    "zh-CN": {
      subject: "请确认订阅 Satchel 服务状态通知",
      lines: [
        `有人（希望是您本人）申请通过邮件接收 Satchel 状态页面关于以下服务的通知：${componentList(components, "zh-CN")}。`,
        "请通过下方链接确认，链接 48 小时内有效，仅可使用一次。如果不是您本人操作，请忽略此邮件，我们不会向您发送任何通知。",
      ],
      action: { label: "确认订阅", url },
    },
  }),
  /** A confirmed address asked for other components or another language: it changes only with this link. */
  confirmSubscriptionChange: (url: string, components: ComponentKey[]): Bilingual => ({
    en: {
      subject: "Confirm the change to your Satchel status updates",
      lines: [
        `Someone asked to change the Satchel status updates this address receives, to: ${componentList(components, "en")}.`,
        "Confirm with the link below; it works once, for 48 hours. If it was not you, ignore this email: your subscription stays as it is.",
      ],
      action: { label: "Confirm the change", url },
    },
    "zh-CN": {
      subject: "请确认修改 Satchel 服务状态通知订阅",
      lines: [
        `有人申请将此邮箱订阅的 Satchel 服务状态通知改为：${componentList(components, "zh-CN")}。`,
        "请通过下方链接确认，链接 48 小时内有效，仅可使用一次。如果不是您本人操作，请忽略此邮件，您的订阅不会改变。",
      ],
      action: { label: "确认修改", url },
    },
  }),
  /**
   * A confirmed address asked for exactly what it has: nothing changes, and its owner gets the
   * link to see or stop the subscription (the same work as for a new address: one email).
   */
  alreadySubscribed: (manageUrl: string, components: ComponentKey[]): Bilingual => ({
    en: {
      subject: "You already get Satchel status updates",
      lines: [
        `Someone (we hope you) asked for emails from the Satchel status page for this address. It is already subscribed, to: ${componentList(components, "en")}. Nothing has changed.`,
        "To see what you follow or to unsubscribe, use the link below. If it was not you, ignore this email.",
      ],
      action: { label: "Manage subscription", url: manageUrl },
    },
    "zh-CN": {
      subject: "您已订阅 Satchel 服务状态通知",
      lines: [
        `有人（希望是您本人）为此邮箱申请接收 Satchel 状态页面的邮件通知。此邮箱已订阅以下服务的通知：${componentList(components, "zh-CN")}，订阅没有任何改变。`,
        "如需查看订阅内容或退订，请使用下方链接。如果不是您本人操作，请忽略此邮件。",
      ],
      action: { label: "管理订阅", url: manageUrl },
    },
  }),
  incidentCreated: (notice: IncidentNotice): Bilingual =>
    incidentCopy(notice, { en: "Incident: ", "zh-CN": "故障通知：" }),
  incidentUpdated: (notice: IncidentNotice): Bilingual =>
    incidentCopy(notice, { en: "Update: ", "zh-CN": "故障进展：" }),
  incidentResolved: (notice: IncidentNotice): Bilingual =>
    incidentCopy(notice, { en: "Resolved: ", "zh-CN": "故障已解决：" }),
  maintenanceAnnounced: (notice: MaintenanceNotice): Bilingual =>
    maintenanceCopy(notice, { en: "Scheduled maintenance: ", "zh-CN": "计划维护：" }, (l) =>
      l === "zh-CN"
        ? [`维护时间：${range(notice.startsAt, notice.endsAt, l)}`, "维护期间，以下服务将暂停使用。"]
        : [
            `When: ${range(notice.startsAt, notice.endsAt, l)}`,
            "While it lasts, the services below are not available.",
          ],
    ),
  maintenanceStarted: (notice: MaintenanceNotice): Bilingual =>
    maintenanceCopy(notice, { en: "Maintenance started: ", "zh-CN": "维护已开始：" }, (l) =>
      l === "zh-CN"
        ? [`维护已开始，预计于 ${when(notice.endsAt, l)} 结束。`]
        : [`The maintenance has started and should be over by ${when(notice.endsAt, l)}.`],
    ),
  maintenanceCompleted: (notice: MaintenanceNotice): Bilingual =>
    maintenanceCopy(notice, { en: "Maintenance completed: ", "zh-CN": "维护已完成：" }, (l) =>
      l === "zh-CN"
        ? ["维护已结束，相关服务已恢复。"]
        : ["The maintenance is over and the services are back."],
    ),
  maintenanceCanceled: (notice: MaintenanceNotice): Bilingual =>
    maintenanceCopy(notice, { en: "Maintenance canceled: ", "zh-CN": "维护已取消：" }, (l) =>
      l === "zh-CN"
        ? [`原定于 ${range(notice.startsAt, notice.endsAt, l)} 进行的维护已取消，相关服务照常可用。`]
        : [
            `The maintenance planned for ${range(notice.startsAt, notice.endsAt, l)} will not take place; the services stay available.`,
          ],
    ),
};

export type StatusEmailKey = keyof typeof statusEmails;

/**
 * The status page's email to one subscriber, in their language: an address someone typed, so no
 * name and no anti-phishing code; with `unsubscribeUrl`, the one-click List-Unsubscribe headers.
 */
export function subscriberEmail(
  to: { email: string; language: Locale },
  copies: Bilingual,
  unsubscribeUrl: string | null,
): OutboundMessage {
  const email = composeAddressEmail(to.email, to.language, copies);
  return email.channel === "email" && unsubscribeUrl ? { ...email, listUnsubscribe: unsubscribeUrl } : email;
}

const SAMPLE_URL = "https://wallet.example.com";
const sampleStart = new Date("2026-12-05T02:00:00Z");
const sampleEnd = new Date("2026-12-05T04:00:00Z");
const sampleIncident = (status: IncidentStatus, message: Localized): IncidentNotice => ({
  title: { en: "Elevated errors on card deposits", "zh-CN": "银行卡充值错误率升高" },
  message,
  status,
  components: ["card_deposits"],
  url: `${SAMPLE_URL}/status/incidents/inc_01JDSAMPLE00000000000000000`,
  unsubscribeUrl: `${SAMPLE_URL}/status/unsubscribe?token=sample-unsubscribe-token`,
});
const sampleMaintenance: MaintenanceNotice = {
  title: { en: "Card processor upgrade", "zh-CN": "银行卡支付通道升级" },
  description: {
    en: "Our card processor is moving to new servers.",
    "zh-CN": "我们的银行卡支付服务商正在迁移到新服务器。",
  },
  components: ["card_deposits", "withdrawals"],
  methodsOnly: false,
  startsAt: sampleStart,
  endsAt: sampleEnd,
  url: `${SAMPLE_URL}/status`,
  unsubscribeUrl: `${SAMPLE_URL}/status/unsubscribe?token=sample-unsubscribe-token`,
};

/** Each email with realistic parameters, for template previews. */
export const statusEmailSamples: Record<StatusEmailKey, () => Bilingual> = {
  confirmSubscription: () =>
    statusEmails.confirmSubscription(
      `${SAMPLE_URL}/status/subscriptions/confirm?token=sample-confirm-token`,
      [],
    ),
  confirmSubscriptionChange: () =>
    statusEmails.confirmSubscriptionChange(
      `${SAMPLE_URL}/status/subscriptions/confirm?token=sample-confirm-token`,
      ["card_deposits", "withdrawals"],
    ),
  alreadySubscribed: () =>
    statusEmails.alreadySubscribed(`${SAMPLE_URL}/status/unsubscribe?token=sample-unsubscribe-token`, [
      "card_deposits",
    ]),
  incidentCreated: () =>
    statusEmails.incidentCreated(
      sampleIncident("investigating", {
        en: "Some card deposits fail. We are looking into it.",
        "zh-CN": "部分银行卡充值失败，我们正在调查。",
      }),
    ),
  incidentUpdated: () =>
    statusEmails.incidentUpdated(
      sampleIncident("identified", {
        en: "Our card processor has a fault on their side; they are fixing it.",
        "zh-CN": "银行卡支付服务商一侧出现故障，对方正在修复。",
      }),
    ),
  incidentResolved: () =>
    statusEmails.incidentResolved(
      sampleIncident("resolved", {
        en: "Card deposits work normally again.",
        "zh-CN": "银行卡充值已恢复正常。",
      }),
    ),
  maintenanceAnnounced: () => statusEmails.maintenanceAnnounced(sampleMaintenance),
  maintenanceStarted: () => statusEmails.maintenanceStarted(sampleMaintenance),
  maintenanceCompleted: () => statusEmails.maintenanceCompleted(sampleMaintenance),
  maintenanceCanceled: () => statusEmails.maintenanceCanceled(sampleMaintenance),
};

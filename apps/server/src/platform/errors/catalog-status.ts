import type { ErrorDefinition } from "./catalog.js";

/** Errors of the status page, incidents, maintenance and the notification center; part of the one catalogue in catalog.ts. */
export const statusErrors = {
  provider_unavailable: {
    status: 503,
    title: { en: "Temporarily unavailable", "zh-CN": "服务暂时不可用" },
    detail: {
      en: "This service has a major outage at the moment. Nothing was started; the status page shows what we know and when it is fixed.",
      "zh-CN": "该服务目前出现重大故障，本次操作未开始。状态页面会说明进展以及何时恢复。",
    },
    helpArticle: "service-status",
  },
  incident_not_found: {
    status: 404,
    title: { en: "Incident not found", "zh-CN": "未找到该事件" },
    detail: { en: "There is no such incident.", "zh-CN": "没有该事件。" },
  },
  incident_resolved: {
    status: 409,
    title: { en: "Incident already resolved", "zh-CN": "事件已解决" },
    detail: {
      en: "This incident is resolved; open a new one if the problem is back.",
      "zh-CN": "该事件已解决；如问题再次出现，请新建事件。",
    },
  },
  maintenance_not_found: {
    status: 404,
    title: { en: "Maintenance not found", "zh-CN": "未找到该维护计划" },
    detail: { en: "There is no such maintenance window.", "zh-CN": "没有该维护计划。" },
  },
  maintenance_window_invalid: {
    status: 422,
    title: { en: "Window not valid", "zh-CN": "维护时间无效" },
    detail: {
      en: "A maintenance window must end after it starts, and must not have ended already.",
      "zh-CN": "维护结束时间必须晚于开始时间，且不能已经结束。",
    },
  },
  maintenance_finished: {
    status: 409,
    title: { en: "Maintenance already over", "zh-CN": "维护已结束" },
    detail: {
      en: "This maintenance window has ended or was canceled; it can no longer be changed.",
      "zh-CN": "该维护已结束或已取消，无法再修改。",
    },
  },
  subscription_link_invalid: {
    status: 400,
    title: { en: "Link not valid", "zh-CN": "链接无效" },
    detail: {
      en: "This link is not valid or has expired. Subscribe again from the status page.",
      "zh-CN": "该链接无效或已过期，请在状态页面重新订阅。",
    },
    helpArticle: "service-status",
  },
  notification_not_found: {
    status: 404,
    title: { en: "Notification not found", "zh-CN": "未找到该通知" },
    detail: { en: "There is no such notification.", "zh-CN": "没有该通知。" },
  },
  notification_locked: {
    status: 422,
    title: { en: "Security notices stay on", "zh-CN": "安全通知无法关闭" },
    detail: {
      en: "Security notices by in-app message and email cannot be turned off: they tell you when someone else may be using your account.",
      "zh-CN": "应用内和邮件的安全通知无法关闭：它们会在他人可能使用您的账户时提醒您。",
    },
    helpArticle: "notification-settings",
  },
  notification_phone_required: {
    status: 409,
    title: { en: "Verify your phone first", "zh-CN": "请先验证手机号" },
    detail: {
      en: "Text-message notifications go only to a verified phone number. Add and verify one in your profile first.",
      "zh-CN": "短信通知只会发送到已验证的手机号。请先在个人资料中添加并验证手机号。",
    },
    helpArticle: "notification-settings",
  },
  notification_email_unverified: {
    status: 409,
    title: { en: "Confirm your email address first", "zh-CN": "请先确认邮箱地址" },
    detail: {
      en: "Maintenance emails go only to a confirmed address. Open the link in the email we sent when you signed up, or ask for a new one in your profile.",
      "zh-CN":
        "维护邮件只会发送到已确认的邮箱地址。请打开注册时我们发送的邮件中的链接，或在个人资料中重新获取确认邮件。",
    },
    helpArticle: "notification-settings",
  },
  template_not_found: {
    status: 404,
    title: { en: "Template not found", "zh-CN": "未找到该模板" },
    detail: { en: "There is no message template with this key.", "zh-CN": "没有该键对应的消息模板。" },
  },
  outbox_message_not_found: {
    status: 404,
    title: { en: "Message not found", "zh-CN": "未找到该消息" },
    detail: {
      en: "There is no such message waiting in the dead-letter list.",
      "zh-CN": "死信列表中没有该消息。",
    },
  },
} satisfies Record<string, ErrorDefinition>;

import type { ErrorDefinition } from "./catalog.js";

/** Errors of the support channels (email, chat, phone, Messenger, X); part of the one catalogue in catalog.ts. */
export const channelErrors = {
  reply_channel_unavailable: {
    status: 422,
    title: { en: "Cannot reply that way", "zh-CN": "无法通过该渠道回复" },
    detail: {
      en: "This ticket has no way to reach the customer on {channel}. Reply in the app or by email instead.",
      "zh-CN": "该工单无法通过 {channel} 联系到客户。请改为在应用内或通过邮件回复。",
    },
  },
  channel_disabled: {
    status: 503,
    title: { en: "Channel turned off", "zh-CN": "该渠道已关闭" },
    detail: {
      en: "Support through {channel} is turned off at the moment. Use another way to contact us.",
      "zh-CN": "{channel} 客服渠道暂时关闭，请使用其他方式联系我们。",
    },
    helpArticle: "contact-support",
  },
  channel_not_configured: {
    status: 503,
    title: { en: "Channel not set up", "zh-CN": "渠道尚未配置" },
    detail: {
      en: "{channel} is not set up on this installation: its secret is missing.",
      "zh-CN": "本系统尚未配置 {channel}：缺少其密钥。",
    },
  },
  channel_signature_invalid: {
    status: 401,
    title: { en: "Signature does not match", "zh-CN": "签名不匹配" },
    detail: {
      en: "The request's signature is missing or does not match its body.",
      "zh-CN": "请求的签名缺失或与请求内容不匹配。",
    },
  },
  channel_verify_failed: {
    status: 403,
    title: { en: "Verification refused", "zh-CN": "验证被拒绝" },
    detail: {
      en: "The verification token or challenge is missing or wrong.",
      "zh-CN": "验证令牌或质询缺失或错误。",
    },
  },
  inbound_email_invalid: {
    status: 400,
    title: { en: "Not an email", "zh-CN": "不是有效的邮件" },
    detail: {
      en: "The body must be a raw RFC 5322 message (message/rfc822) of at most {maxMb} MB.",
      "zh-CN": "请求体必须是原始 RFC 5322 邮件（message/rfc822），且不超过 {maxMb} MB。",
    },
  },
  contact_not_found: {
    status: 404,
    title: { en: "Contact not found", "zh-CN": "未找到该联系人" },
    detail: { en: "There is no such contact.", "zh-CN": "没有该联系人。" },
  },
  chat_not_found: {
    status: 404,
    title: { en: "Chat not found", "zh-CN": "未找到该对话" },
    detail: {
      en: "This chat does not exist or has ended. Start a new chat.",
      "zh-CN": "该对话不存在或已结束，请开始新的对话。",
    },
    helpArticle: "contact-support",
  },
  chat_rate_limited: {
    status: 429,
    title: { en: "Slow down", "zh-CN": "发送太快了" },
    detail: {
      en: "You are sending messages too quickly. Wait a moment and try again.",
      "zh-CN": "您发送消息太快了，请稍候再试。",
    },
  },
  callback_slot_invalid: {
    status: 422,
    title: { en: "Pick another time", "zh-CN": "请选择其他时间" },
    detail: {
      en: "Callbacks can be booked in the coming {days} days, within our phone hours.",
      "zh-CN": "回电可预约未来 {days} 天内、在电话服务时间内的时段。",
    },
    helpArticle: "contact-support",
  },
  callback_not_found: {
    status: 404,
    title: { en: "Callback not found", "zh-CN": "未找到该回电预约" },
    detail: { en: "There is no such callback request.", "zh-CN": "没有该回电预约。" },
  },
  phone_required: {
    status: 422,
    title: { en: "Phone number needed", "zh-CN": "需要电话号码" },
    detail: {
      en: "Give a phone number in international format, such as +8613812345678.",
      "zh-CN": "请以国际格式填写电话号码，例如 +8613812345678。",
    },
  },
} satisfies Record<string, ErrorDefinition>;

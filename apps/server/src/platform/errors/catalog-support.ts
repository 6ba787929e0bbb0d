import type { ErrorDefinition } from "./catalog.js";

/** Errors of the support desk (tickets, console, SLA settings, staff administration); part of the one catalogue in catalog.ts. */
export const supportErrors = {
  ticket_not_found: {
    status: 404,
    title: { en: "Ticket not found", "zh-CN": "未找到该工单" },
    detail: {
      en: "There is no support ticket with this number that you can see.",
      "zh-CN": "没有您可以查看的此编号工单。",
    },
    helpArticle: "support-tickets",
  },
  ticket_closed: {
    status: 409,
    title: { en: "This ticket is closed", "zh-CN": "该工单已关闭" },
    detail: {
      en: "A closed ticket cannot take new messages. Open a new ticket and mention #{number}.",
      "zh-CN": "已关闭的工单不能再回复。请新建工单并注明 #{number}。",
    },
    helpArticle: "support-tickets",
  },
  ticket_not_solved: {
    status: 409,
    title: { en: "Not solved yet", "zh-CN": "尚未解决" },
    detail: {
      en: "You can rate a ticket once it has been solved.",
      "zh-CN": "工单解决后才能评价。",
    },
    helpArticle: "support-tickets",
  },
  ticket_merged: {
    status: 409,
    title: { en: "This ticket was merged", "zh-CN": "该工单已合并" },
    detail: {
      en: "This ticket was merged into #{number}; continue there.",
      "zh-CN": "该工单已合并到 #{number}，请在那里继续。",
    },
    helpArticle: "support-tickets",
  },
  ticket_merge_invalid: {
    status: 409,
    title: { en: "These tickets cannot be merged", "zh-CN": "无法合并这些工单" },
    detail: {
      en: "A ticket can be merged only into another open ticket of the same customer.",
      "zh-CN": "工单只能合并到同一客户的另一个未关闭工单。",
    },
  },
  ticket_transaction_not_found: {
    status: 422,
    title: { en: "Transaction not found", "zh-CN": "未找到该交易" },
    detail: {
      en: "One of the transactions is not in your history. Pick transactions from your own list.",
      "zh-CN": "其中一笔交易不在您的交易记录中，请从自己的列表中选择。",
    },
    helpArticle: "contact-support",
  },
  ticket_attachment_invalid: {
    status: 422,
    title: { en: "This file cannot be attached", "zh-CN": "无法附加此文件" },
    detail: {
      en: "Attach screenshots as PNG, JPEG, GIF or WebP images of at most {maxMb} MB each, up to {maxFiles} per message.",
      "zh-CN":
        "请附加 PNG、JPEG、GIF 或 WebP 格式的截图，每张不超过 {maxMb} MB，每条消息最多 {maxFiles} 张。",
    },
    helpArticle: "contact-support",
  },
  ticket_attachment_not_found: {
    status: 404,
    title: { en: "Attachment not found", "zh-CN": "未找到该附件" },
    detail: { en: "There is no attachment here that you can see.", "zh-CN": "此处没有您可以查看的附件。" },
    helpArticle: "contact-support",
  },
  guest_link_invalid: {
    status: 400,
    title: { en: "This link no longer works", "zh-CN": "此链接已失效" },
    detail: {
      en: "The link has expired or was already used. Open the contact form again to get a new one.",
      "zh-CN": "链接已过期或已使用。请重新打开联系表单以获取新链接。",
    },
    helpArticle: "contact-support",
  },
  macro_not_found: {
    status: 404,
    title: { en: "Macro not found", "zh-CN": "未找到该快捷回复" },
    detail: { en: "There is no macro with this id.", "zh-CN": "不存在此编号的快捷回复。" },
  },
  saved_filter_not_found: {
    status: 404,
    title: { en: "Saved view not found", "zh-CN": "未找到该视图" },
    detail: {
      en: "There is no saved view with this id that you can change.",
      "zh-CN": "不存在您可以修改的此视图。",
    },
  },
  support_group_not_found: {
    status: 422,
    title: { en: "Unknown group", "zh-CN": "未知的组" },
    detail: { en: "There is no support group called {key}.", "zh-CN": "不存在名为 {key} 的支持组。" },
  },
  assignee_not_eligible: {
    status: 422,
    title: { en: "Cannot assign to this person", "zh-CN": "不能分配给此人" },
    detail: {
      en: "Tickets can be assigned only to active staff who work tickets.",
      "zh-CN": "工单只能分配给处理工单的在职员工。",
    },
  },
  calendar_invalid: {
    status: 422,
    title: { en: "The business calendar is not valid", "zh-CN": "工作日历无效" },
    detail: {
      en: "Check the time zone and that each day closes after it opens.",
      "zh-CN": "请检查时区，并确保每天的下班时间晚于上班时间。",
    },
  },
  staff_mfa_required: {
    status: 403,
    title: { en: "Turn on two-factor authentication", "zh-CN": "请开启双重验证" },
    detail: {
      en: "Staff must sign in with two-factor authentication. Turn it on in your security settings, then sign in again.",
      "zh-CN": "员工必须使用双重验证登录。请在安全设置中开启后重新登录。",
    },
    helpArticle: "two-factor-authentication",
  },
  staff_not_found: {
    status: 404,
    title: { en: "Staff member not found", "zh-CN": "未找到该员工" },
    detail: { en: "There is no staff member with this id.", "zh-CN": "不存在此编号的员工。" },
  },
  staff_self_change: {
    status: 409,
    title: { en: "You cannot change your own access", "zh-CN": "不能修改自己的权限" },
    detail: {
      en: "Ask another admin to change your role or deactivate your account.",
      "zh-CN": "请让另一位管理员修改您的角色或停用您的账户。",
    },
  },
  last_admin: {
    status: 409,
    title: { en: "This is the last administrator", "zh-CN": "这是最后一位管理员" },
    detail: {
      en: "Make another staff member an admin before changing this one's role or deactivating them.",
      "zh-CN": "请先将另一位员工设为管理员，再修改此人的角色或停用其账户。",
    },
  },
  account_deactivated: {
    status: 403,
    title: { en: "This staff account is deactivated", "zh-CN": "该员工账户已停用" },
    detail: {
      en: "An administrator has deactivated this account.",
      "zh-CN": "管理员已停用此账户。",
    },
  },
} satisfies Record<string, ErrorDefinition>;

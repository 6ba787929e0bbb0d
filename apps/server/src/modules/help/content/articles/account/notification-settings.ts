import type { ShippedArticle } from "../../types.js";

export const notificationSettings: ShippedArticle = {
  slug: "notification-settings",
  section: "account-basics",
  kind: "how_to",
  tags: [
    "notifications",
    "notification settings",
    "bell",
    "email notifications",
    "sms notifications",
    "stop emails",
    "too many emails",
    "unread",
    "通知",
    "通知设置",
    "铃铛",
    "邮件通知",
    "短信通知",
    "不想收邮件",
    "未读",
  ],
  related: [
    "anti-phishing-code",
    "sessions-and-login-alerts",
    "service-status",
    "update-profile-and-language",
  ],
  en: {
    title: "Notifications: the bell, and choosing what reaches you by email or SMS",
    body: `Satchel tells you when something happens to your money or your account: a deposit arrived or failed, a withdrawal was sent, someone sent you money, a security change, a reply from support, planned maintenance.

## The bell

The bell at the top of every page shows how many notifications you have not read yet. It updates by itself while the page is open. Click it to see the latest ones; clicking a notification opens what it is about (the transaction, the ticket). **Mark all as read** clears the count, and **See all** opens the full list.

## Choosing how you are told

Open **Notification settings** (from the bell, or your profile). For each kind of notification you choose the ways it reaches you:

- **In the app**: in the bell and the list.
- **Email**: to your account's email address.
- **SMS**: to your verified phone number. Add and verify a number on your [profile](/app/profile) first.

Each change is saved at once. **Maintenance** emails are off until you turn them on; turning them on is the same as subscribing to the [status page](/help/service-status) updates with your account's email.

## Security notices always reach you

Notices about your account's security (a new sign-in, a changed password or email, two-factor changes, a lock or freeze, identity-check decisions) cannot be turned off in the app or by email: they are how you find out if someone else is using your account. You can add SMS for them too.

## Is this email really from Satchel?

Every email we send about your account starts with your [anti-phishing code](/help/anti-phishing-code) once you have set one. An email without it is not from us: do not click its links.

Emails you asked for, such as a password reset link or a sign-in code, are always sent, whatever these settings say.`,
  },
  "zh-CN": {
    title: "通知：铃铛提醒，以及选择哪些通知通过邮件或短信发送",
    body: `当您的资金或账户发生变化时，Satchel 会通知您：充值到账或失败、提现已汇出、有人向您转账、安全设置变更、客服回复、计划维护等。

## 铃铛

每个页面顶部的铃铛会显示您尚未阅读的通知数量，页面打开时会自动更新。点击铃铛可查看最新通知；点击某条通知会打开相关内容（交易或工单）。**全部标为已读**会清除未读数，**查看全部**会打开完整列表。

## 选择通知方式

打开**通知设置**（在铃铛中或个人资料页）。您可以为每类通知选择接收方式：

- **应用内**：显示在铃铛和通知列表中。
- **邮件**：发送到您账户的邮箱。
- **短信**：发送到您已验证的手机号。请先在[个人资料](/app/profile)中添加并验证手机号。

每项更改都会立即保存。**维护**邮件默认关闭，需要您手动开启；开启后等同于用账户邮箱订阅[系统状态](/help/service-status)更新。

## 安全通知一定会送达

有关账户安全的通知（新设备登录、密码或邮箱变更、双重验证变更、账户锁定或冻结、身份验证审核结果）在应用内和邮件中都无法关闭：它们能让您及时发现他人是否在使用您的账户。您还可以额外开启短信通知。

## 这封邮件真的来自 Satchel 吗？

设置[防钓鱼码](/help/anti-phishing-code)后，我们发送的每封账户相关邮件开头都会显示该码。没有防钓鱼码的邮件不是我们发送的，请不要点击其中的链接。

您主动请求的邮件（例如重置密码链接或登录验证码）无论如何设置都会发送。`,
  },
};

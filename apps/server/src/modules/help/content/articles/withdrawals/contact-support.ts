import type { ShippedArticle } from "../../types.js";

export const contactSupport: ShippedArticle = {
  slug: "contact-support",
  section: "contacting-support",
  kind: "how_to",
  tags: [
    "contact",
    "support",
    "customer service",
    "support ticket",
    "send a ticket",
    "without logging in",
    "phone support",
    "live chat",
    "email support",
    "opening hours",
    "联系客服",
    "客服",
    "人工客服",
    "客服电话",
    "客服邮箱",
    "提交工单",
    "未登录提交工单",
    "投诉",
    "找客服",
    "联系方式",
    "客服时间",
  ],
  related: ["support-tickets", "what-to-prepare", "suspicious-activity", "official-channels"],
  en: {
    title: "How do I contact Satchel support?",
    body: `Send us a **support ticket** from the [contact page](/contact), signed in or not. You get a ticket number (such as #100234) and follow our answer under [My tickets](/support/tickets) and by email.

## Ways to reach us

| way | when | first answer |
| --- | --- | --- |
| Live chat: **Chat with us** at the bottom right of the app and the help center | {{support.hours}} | usually within minutes while we are online |
| Support ticket, from the [contact page](/contact) | {{support.hours}} | {{support.firstResponse.normal}} |
| Email: {{support.email}} | {{support.hours}} | {{support.firstResponse.normal}} |
| Phone, or a callback at a time you choose | see the lines below | while the line is open |
| Facebook Messenger and X direct message to our official accounts | {{support.hours}} | {{support.firstResponse.normal}} |
| Security emergency: money left your account without you, or someone else is in it | around the clock | {{support.firstResponse.urgent}} |

Whichever way you write, your messages land in **one ticket**, and we answer the way you wrote: by email if you emailed, in Messenger if you messaged us there. The contact page shows whether we are open right now and the public holidays coming up. A ticket sent on a holiday is answered from the next working day; security emergencies are answered as usual.

### Live chat

Click **Chat with us**. Signed in, we already know who you are; otherwise give your name and email first. While you wait you see your place in the queue. If nobody is online, your chat becomes a ticket and we answer by email {{support.firstResponse.normal}}. At the end you can have the transcript emailed to you.

### Email

Write to {{support.email}} from the address of your account, so we can find it. Our answers arrive by email with the ticket number in the subject, like **[#100234]**; just reply to them and your answer joins the same ticket. Emails about a ticket on your account show your [anti-phishing code](/help/anti-phishing-code).

### Phone and callbacks

{{table.phoneLines}}

Signed in, you can also **book a callback** on the [contact page](/contact): pick a day and a half-hour slot within our opening hours in the coming week, and we call you then. We only ever call you when you booked a callback, and from the numbers above. Even on the phone we never ask for your password or codes.

### Facebook Messenger and X

Send a direct message to our official accounts (see [official channels](/help/official-channels)). Before we discuss your account there, we may ask you to confirm who you are. Never send card numbers, passwords or codes in a social message.

## Sending a ticket while signed in

1. Open the [contact page](/contact), or **Support** in the menu and then **New ticket**. On the contact page, we suggest articles as you type that may already answer your question; if one does, click **This answered my question** and you are done.
2. Choose what it is about (login and access, a transaction problem, deposit, withdrawal, security, verification, or something else), then write a subject and what happened.
3. Under **Transactions**, click **Choose from your history** to add the payments your question is about: we see their details as they were at that moment.
4. Under **Screenshots**, add pictures of what you saw (PNG, JPEG, GIF or WebP; the form says how many and how large). Cover any full card number first.
5. Click **Send ticket**. The page shows your ticket number, and we email you **"We received your request #…"** with the time we aim to answer in.

**We attach your account details automatically**: your wallet number, verification level, whether the account is locked or frozen, whether two-step verification is on, and whether your email is confirmed. You do not need to type them, and we never ask for your password or codes.

## Sending a ticket without signing in

Locked out, or no account? Use the same [contact page](/contact) and give your email address (and name):

1. After you click **Send ticket**, we email you a link to confirm the address. **Our team sees your ticket only once you open that link.** It works once and for a limited time; if it expired, send the form again.
2. Use the email address of your Satchel account if you have one: our team then finds your account from it. We never show account details to someone who is not signed in.
3. Our answers come by email, each with a fresh link to read the ticket and reply. After confirming, you can add screenshots to your replies.

Transactions can only be attached while signed in; without signing in, copy the transaction reference into your message.

## Straight from a transaction

On any transaction's page in [Transactions](/transactions):

- **Get help with this transaction** opens the ticket form with that transaction already attached.
- **I don't recognize this transaction** (for money that left your account) opens an urgent security ticket at once and lets you **freeze outgoing payments** in the same step. See [suspicious activity](/help/suspicious-activity).

## After you send it

Everything about your tickets is in [My tickets](/support/tickets): what each status means, replying, marking a ticket as solved and rating our answer. See [your support tickets](/help/support-tickets).

## Stay safe

- Our emails about a ticket on your account show your [anti-phishing code](/help/anti-phishing-code) at the top.
- We never ask for your password, two-step or text-message codes, recovery codes or your full card number. Anyone who does is not Satchel.
- Not sure an email, website or account is really ours? Check [official channels](/help/official-channels).`,
  },
  "zh-CN": {
    title: "如何联系 Satchel 客服？",
    body: `在[联系客服](/contact)页面提交**工单**即可，登录或未登录都可以。您会得到一个工单编号（例如 #100234），并可在[我的工单](/support/tickets)和邮件中查看我们的答复。

## 联系方式

| 方式 | 服务时间 | 首次回复 |
| --- | --- | --- |
| 在线咨询：应用和帮助中心右下角的**在线咨询** | {{support.hours}} | 客服在线时通常几分钟内 |
| 工单：在[联系客服](/contact)页面提交 | {{support.hours}} | {{support.firstResponse.normal}} |
| 电子邮件：{{support.email}} | {{support.hours}} | {{support.firstResponse.normal}} |
| 电话，或预约在您方便的时间回电 | 见下方电话线路 | 线路服务时间内 |
| 通过 Facebook Messenger 或 X 私信我们的官方账号 | {{support.hours}} | {{support.firstResponse.normal}} |
| 安全紧急情况：资金在您不知情时转出，或有他人在使用您的账户 | 全天候 | {{support.firstResponse.urgent}} |

无论您通过哪种方式联系我们，消息都会汇集到**同一个工单**中，我们也会通过您使用的方式答复：您发邮件，我们就回邮件；您在 Messenger 留言，我们就在 Messenger 回复。联系页面会显示我们当前是否在服务时间内，以及即将到来的公共假期。假期内提交的工单将从下一个工作日开始处理；安全紧急情况照常处理。

### 在线咨询

点击**在线咨询**。登录后我们已经知道您是谁；未登录时请先填写姓名和邮箱。等待时您可以看到自己的排队位置。如果暂时没有客服在线，对话会自动转为工单，我们会在{{support.firstResponse.normal}}通过邮件答复。对话结束后，您可以让我们把聊天记录发送到您的邮箱。

### 电子邮件

请使用您账户绑定的邮箱发送邮件至 {{support.email}}，以便我们找到您的账户。我们的答复邮件主题中带有工单编号，例如 **[#100234]**；直接回复即可，您的回复会进入同一个工单。关于您账户工单的邮件会显示您的[防钓鱼码](/help/anti-phishing-code)。

### 电话与预约回电

{{table.phoneLines}}

登录后，您还可以在[联系客服](/contact)页面**预约回电**：选择未来一周内、服务时间内的某一天和半小时时段，我们会按时给您打电话。只有在您预约回电时我们才会主动致电，并且只使用上面列出的号码。即使在电话中，我们也绝不会索要您的密码或验证码。

### Facebook Messenger 和 X

请私信我们的官方账号（见[官方渠道查询](/help/official-channels)）。在讨论您的账户之前，我们可能会先请您确认身份。请勿在社交媒体消息中发送卡号、密码或验证码。

## 登录后提交工单

1. 打开[联系客服](/contact)页面，或在菜单中选择**客户支持**，再点击**新建工单**。在联系客服页面输入时，我们会推荐可能已经解答您问题的文章；如果找到了答案，点击**问题已解决**即可。
2. 选择问题类型（登录与访问、交易问题、充值、提现、安全、身份验证或其他），然后填写主题和事情经过。
3. 在**交易**一栏点击**从交易记录中选择**，添加与问题相关的交易：我们会看到这些交易在当时的详情。
4. 在**截图**一栏添加您看到的画面（PNG、JPEG、GIF 或 WebP 格式，数量和大小限制以表单提示为准）。发送前请遮住完整卡号。
5. 点击**提交工单**。页面会显示您的工单编号，我们也会发送邮件**“我们已收到您的请求 #…”**，并告知预计的回复时间。

**我们会自动附上您的账户信息**：钱包号、认证等级、账户是否被锁定或冻结、是否开启两步验证，以及邮箱是否已验证。您无需再填写，我们也绝不会索要您的密码或验证码。

## 未登录时提交工单

无法登录，或者还没有账户？同样使用[联系客服](/contact)页面，并填写您的邮箱（和姓名）：

1. 点击**提交工单**后，我们会向该邮箱发送一封确认邮件。**您打开邮件中的链接后，我们的团队才能看到您的工单。**链接只能使用一次，并有有效期；如已过期，请重新提交表单。
2. 如果您有 Satchel 账户，请填写账户绑定的邮箱：我们的团队可以据此找到您的账户。我们绝不会向未登录的人显示账户信息。
3. 我们的答复会通过邮件通知您，每封邮件都附有新的链接，用于查看和回复工单。确认邮箱后，您可以在回复中添加截图。

只有登录后才能附加交易；未登录时，请把交易编号复制到留言中。

## 直接从交易发起

在[交易记录](/transactions)中打开任意一笔交易：

- **获取关于此交易的帮助**：打开工单表单，并已附上这笔交易。
- **我不认识这笔交易**（适用于从您账户转出的资金）：立即创建紧急安全工单，并可在同一步中**冻结转出付款**。详见[发现可疑活动怎么办](/help/suspicious-activity)。

## 提交之后

与工单有关的一切都在[我的工单](/support/tickets)中：各状态的含义、回复、标记为已解决以及评价我们的答复。详见[您的工单](/help/support-tickets)。

## 注意安全

- 我们就您账户中的工单发送的邮件，顶部会显示您的[防钓鱼码](/help/anti-phishing-code)。
- 我们绝不会索要您的密码、两步验证码、短信验证码、恢复码或完整卡号。凡是索要这些信息的，都不是 Satchel。
- 不确定某封邮件、某个网站或账号是否属于我们？请在[官方渠道查询](/help/official-channels)中核实。`,
  },
};

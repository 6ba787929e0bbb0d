import type { ShippedArticle } from "../../types.js";

export const supportTickets: ShippedArticle = {
  slug: "support-tickets",
  section: "contacting-support",
  kind: "faq",
  tags: [
    "my tickets",
    "ticket status",
    "ticket number",
    "waiting for you",
    "reply to support",
    "reopen ticket",
    "mark as solved",
    "rate support",
    "satisfaction survey",
    "reply not in the email",
    "我的工单",
    "工单状态",
    "工单编号",
    "处理进度",
    "工单进度",
    "等待您回复",
    "回复客服",
    "重新打开",
    "标记为已解决",
    "评价客服",
    "给客服打分",
    "邮件里看不到回复",
    "满意度",
  ],
  related: ["contact-support", "what-to-prepare", "anti-phishing-code", "suspicious-activity"],
  en: {
    title: "Your support tickets",
    body: `Every question you send us becomes a ticket with a number such as #100234. Signed in, you follow all of them and their progress under [My tickets](/support/tickets) (**Support** in the menu), with tabs for **Open** and **Closed** tickets and a note when one is waiting for your reply.

A ticket you sent without signing in is not listed there: open it with the link in our latest email about it.

## What the status means

| you see | what it means |
| --- | --- |
| **Received** | We have your ticket and nobody has answered yet. The ticket shows when our answer is due. |
| **In progress** | Someone on our team is working on it. |
| **Waiting for you** | We answered and need something from you. Our response clock stops until you reply. |
| **In progress**, waiting for a partner | We are waiting for a bank or payment provider (the ticket is on hold). Our clock keeps running, and we update you. |
| **Solved** | We think it is fixed (or you said so). Reply if it is not, and it opens again. |
| **Closed** | A solved ticket closes by itself after {{support.solvedClosesDays}} days without a reply. A closed ticket cannot take new messages: open a new ticket and mention its number. |

## How soon we answer

Until we answer, each ticket shows **"Our answer is due by …"**. The time depends on what the ticket is about: security problems (including "I don't recognize this transaction") come first, then sign-in trouble, then everything else.

{{table.supportTimes}}

Working times follow our opening hours, {{support.hours}}, and skip public holidays; security tickets are worked around the clock.

## Replying

Open the ticket, write in **Reply** and click **Send reply**. You can add screenshots to a reply, too. Replying to a ticket that is **Waiting for you** or **Solved** hands it back to us: it is **In progress** again.

Please answer in the same ticket instead of opening a new one: the whole conversation stays together. If you did open two about the same thing, we may merge them; the older one then says **"This ticket was merged into #…; continue there."**

## Marking a ticket as solved

Problem gone? Click **Mark as solved**. You can still reply for {{support.solvedClosesDays}} days if it comes back; after that the ticket closes.

## Rating our answer

Once a ticket is solved, **How did we do?** asks for a rating from 1 (very poor) to 5 (excellent) and, if you like, a comment. You can change your rating until the ticket closes. The email telling you a ticket is solved has a **Rate our answer** link too. We read every rating and comment.

## The emails we send

We email you when we receive your ticket (with its number and when to expect an answer), each time we reply (**"You have a reply on #…"**) and when it is solved.

- **Our reply is never in the email.** Click the link and read it on our site, signed in (or through the link, if you wrote without signing in). Nothing you or we typed appears in an email's subject.
- Emails about a ticket on your account show your [anti-phishing code](/help/anti-phishing-code) at the top. Emails about a ticket sent without signing in do not, since anyone can type any address into the form: check that the link goes to our website.
- We never ask for your password, codes or full card number, in a ticket or anywhere else.

## "Ticket not found"

You can only see the tickets of the account you are signed in to. Check you are signed in to the right account, or use the link in our email for a ticket sent without signing in. More ways to reach us: [contact support](/help/contact-support).`,
  },
  "zh-CN": {
    title: "您的工单",
    body: `您发给我们的每个问题都会成为一个工单，并有一个编号，例如 #100234。登录后，您可以在[我的工单](/support/tickets)（菜单中的**客户支持**）中查看所有工单及其处理进度，分为**未关闭**和**已关闭**两栏；如果有工单在等待您回复，页面上会提示。

未登录时提交的工单不会列在这里：请通过我们最近一封相关邮件中的链接打开它。

## 工单状态的含义

| 您看到的状态 | 含义 |
| --- | --- |
| **已收到** | 我们已收到您的工单，还没有人答复。工单上会显示我们预计的答复时间。 |
| **处理中** | 我们的团队正在处理。 |
| **等待您回复** | 我们已答复，需要您提供信息或确认。在您回复之前，我们的响应计时会暂停。 |
| **处理中**（等待合作方） | 我们正在等待银行或支付服务商的回复（工单处于挂起状态）。计时照常进行，有进展时我们会通知您。 |
| **已解决** | 我们认为问题已经解决（或您已确认）。如果仍未解决，请回复，工单会重新打开。 |
| **已关闭** | 已解决的工单在 {{support.solvedClosesDays}} 天内没有回复会自动关闭。已关闭的工单不能再回复：请新建工单并注明原工单编号。 |

## 我们多久答复

在我们答复之前，每个工单都会显示**“我们将在……前答复”**。答复时间取决于工单类型：安全问题（包括“我不认识这笔交易”）最优先，其次是无法登录，然后是其他问题。

{{table.supportTimes}}

工作时间按我们的服务时间计算（{{support.hours}}），不含公共假期；安全工单全天候处理。

## 回复工单

打开工单，在**回复**中填写内容，然后点击**发送回复**。回复时也可以添加截图。回复状态为**等待您回复**或**已解决**的工单后，工单会交回给我们，状态重新变为**处理中**。

请在同一个工单中回复，不要新建工单，这样整个对话都在一起。如果您就同一件事提交了两个工单，我们可能会将它们合并；较早的工单会显示**“该工单已合并到 #…，请在那里继续。”**

## 标记为已解决

问题已经解决？请点击**标记为已解决**。如果问题再次出现，您在 {{support.solvedClosesDays}} 天内仍可回复；之后工单会关闭。

## 评价我们的答复

工单解决后，**您对我们的服务满意吗？**会请您打 1 分（很差）到 5 分（非常好），并可留下意见。工单关闭前，您可以修改评分。通知工单已解决的邮件中也有**评价我们的服务**链接。我们会阅读每一条评分和意见。

## 我们发送的邮件

收到您的工单时（附工单编号和预计答复时间）、每次答复时（**“您的请求 #… 有新回复”**）以及工单解决时，我们都会发邮件通知您。

- **邮件中不会包含答复内容。**请点击链接，在我们的网站上登录后查看（未登录时提交的工单，通过邮件中的链接查看）。您或我们填写的内容都不会出现在邮件主题中。
- 关于您账户中工单的邮件，顶部会显示您的[防钓鱼码](/help/anti-phishing-code)。未登录时提交的工单，相关邮件不显示防钓鱼码，因为任何人都可以在表单中填写任意邮箱：请确认链接指向我们的网站。
- 无论在工单中还是其他任何地方，我们都绝不会索要您的密码、验证码或完整卡号。

## 提示“未找到该工单”

您只能看到当前登录账户的工单。请确认登录的是正确的账户；未登录时提交的工单，请使用邮件中的链接打开。更多联系方式请见[如何联系客服](/help/contact-support)。`,
  },
};

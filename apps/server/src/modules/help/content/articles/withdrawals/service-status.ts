import type { ShippedArticle } from "../../types.js";

export const serviceStatus: ShippedArticle = {
  slug: "service-status",
  section: "service-status",
  kind: "troubleshooting",
  tags: [
    "status",
    "status page",
    "down",
    "outage",
    "not working",
    "maintenance",
    "unavailable",
    "服务状态",
    "系统状态",
    "维护",
    "宕机",
    "出故障",
    "打不开",
    "系统故障",
    "暂停使用",
    "subscribe",
    "incident",
    "uptime",
    "订阅",
    "事件",
  ],
  related: [
    "maintenance-and-outages",
    "network-problems-and-retrying",
    "payment-failed",
    "withdrawal-not-received",
    "notification-settings",
  ],
  en: {
    title: "Is Satchel down? Checking service status and maintenance",
    body: `The [status page](/status) shows whether each part of Satchel is working right now, what we are doing about any problem, and the maintenance we have planned. You do not need to sign in, and it keeps working when the rest of Satchel struggles.

## What the status page shows

At the top, one line sums up everything: **All systems operational**, or the worst problem right now. Below, each part of the service (sign-in, card deposits, bank deposits, e-wallet deposits, withdrawals, transfers, exchange, merchant payments, the help center, live chat, email support and the API) has a state:

- **Operational**: working normally.
- **Degraded performance**: working, but slower or with some errors.
- **Partial outage**: failing for some people or some payments.
- **Major outage**: not working. Satchel refuses what depends on it at once, so nothing is left half done.
- **Under maintenance**: closed for planned work until the time shown.

Next to each part, a bar for each of the last 90 days shows how it went that day; point at a day to see its uptime and how long any outage lasted.

## Incidents

When something goes wrong we post an incident: what is affected and how badly, then updates as we work on it (**Investigating**, **Identified**, **Monitoring**, **Resolved**). Past incidents stay listed under **Incident history**.

## Planned maintenance

Maintenance is announced ahead: on the status page, in a banner at the top of the app from 72 hours before it starts, and by email to subscribers. It starts and ends by itself at the times shown.

If you try something that is under maintenance, you see **"Under maintenance"** with the time it ends. Nothing was started and no money moved; try again after that time. During a major outage you see **"Temporarily unavailable"** with a link to the incident. Other parts keep working: while card deposits are in maintenance you can still send money and exchange currencies, for example.

A single payment method can also have its own maintenance; it shows next to the method on the [Add money](/deposit) and [Withdraw](/withdraw) pages and on [Fees, limits and rules](/policies).

## Payments already under way

Payments started before a maintenance or an outage finish safely: deposits keep being confirmed as the provider answers, and withdrawals already requested wait and are sent once it is over. Nothing is paid or charged twice. See [Network problems and retrying](/help/network-problems-and-retrying).

## Getting told by email

Use **Subscribe to updates** on the status page: enter your email and, if you like, choose the parts you care about. We send a link to confirm; nothing else is sent until you click it. Every email has an **Unsubscribe** link that works at once, without signing in. With an account, you can also turn on maintenance emails in your [notification settings](/help/notification-settings).

The status page also has an Atom feed for feed readers.

If the status page itself cannot be reached, either Satchel is down or your own connection is; try another network to tell which. Still stuck? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "Satchel 出故障了吗？查看服务状态与维护信息",
    body: `[系统状态](/status)页面会显示 Satchel 各部分当前是否运行正常、我们正在如何处理出现的问题，以及已计划的维护。无需登录即可查看，即使 Satchel 其他部分出现问题，状态页面也能正常打开。

## 系统状态页面显示什么

页面顶部用一句话概括整体情况：**所有系统运行正常**，或当前最严重的问题。下方列出服务的各个部分（登录、银行卡充值、银行转账充值、电子钱包充值、提现、转账、货币兑换、商户付款、帮助中心、在线客服、邮件客服和 API）及其状态：

- **运行正常**：一切正常。
- **性能下降**：可以使用，但较慢或偶有错误。
- **部分中断**：部分用户或部分付款失败。
- **严重中断**：无法使用。Satchel 会立即拒绝依赖它的操作，不会留下只完成一半的操作。
- **维护中**：正在进行计划维护，直到显示的时间。

每个部分旁边有最近 90 天的状态条，每天一格；将鼠标指向某一天，可查看当天的可用率以及故障持续了多久。

## 事件

出现问题时，我们会发布事件：说明受影响的部分和严重程度，并在处理过程中持续更新（**调查中**、**已确定原因**、**观察中**、**已解决**）。过往事件会保留在**历史事件**中。

## 计划维护

维护会提前公告：显示在状态页面上，从开始前 72 小时起显示在应用顶部的横幅中，并通过邮件通知订阅者。维护会在公告的时间自动开始和结束。

如果您在维护期间使用相关功能，会看到**“系统维护中”**以及维护结束的时间。操作不会开始，资金不会变动；请在该时间之后重试。严重中断期间会看到**“服务暂时不可用”**以及事件链接。其他部分不受影响：例如，银行卡充值维护期间，您仍然可以转账和兑换货币。

单个支付方式也可能单独维护，这会显示在[充值](/deposit)和[提现](/withdraw)页面的该方式旁边，以及[手续费、限额与规则](/policies)页面上。

## 已经在处理中的付款

维护或故障开始前已发起的付款会安全完成：充值会在支付机构回复后继续确认，已申请的提现会等待，并在结束后汇出。绝不会重复付款或重复扣款。详见[网络问题与重试](/help/network-problems-and-retrying)。

## 通过邮件接收通知

在状态页面点击**订阅更新**：输入邮箱，也可以只选择您关心的部分。我们会发送确认链接；在您点击之前，不会再发送任何邮件。每封邮件都有**退订**链接，无需登录，点击即可立即退订。如果您有账户，也可以在[通知设置](/help/notification-settings)中开启维护邮件。

状态页面还提供 Atom 订阅源，可用于阅读器订阅。

如果连状态页面也打不开，可能是 Satchel 出了故障，也可能是您自己的网络有问题；换一个网络试试就能分辨。仍有问题？[联系客服](/contact)。`,
  },
};

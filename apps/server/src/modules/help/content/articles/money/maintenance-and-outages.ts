import type { ShippedArticle } from "../../types.js";

export const maintenanceAndOutages: ShippedArticle = {
  slug: "maintenance-and-outages",
  section: "payment-failures",
  kind: "troubleshooting",
  tags: [
    "maintenance",
    "under maintenance",
    "paused",
    "temporarily unavailable",
    "outage",
    "down",
    "pending at provider",
    "系统维护",
    "维护中",
    "暂停使用",
    "暂时不可用",
    "故障",
    "宕机",
    "用不了",
  ],
  related: ["service-status", "network-problems-and-retrying", "payment-methods", "deposit-not-arrived"],
  en: {
    title: "A payment method is under maintenance or not working",
    body: `Sometimes a payment method is closed for a while: for planned maintenance, because we paused it, or because the bank or partner behind it has a problem. Your money is safe in every case: either nothing starts, or the payment waits and completes once.

## Planned maintenance

Maintenance is announced on the method itself, on the [Add money](/deposit) and [Withdraw](/withdraw) pages and on the [Policies](/policies) page: "Maintenance planned from … to …", then "Under maintenance until …" while it lasts.

If you try it during the window you see **"Under maintenance"**: "This service is in scheduled maintenance until …. Nothing was started; try again after that." Choose another method, or come back after the time shown.

## Paused methods

A method marked "Paused for now" is switched off with no end time yet. Trying it gives **"Temporarily unavailable"**: "This payment method is paused for the moment. Nothing was started; choose another method."

If every method for a currency is closed, the page says so and shows when they are back. You can add money in another currency and [exchange](/help/currencies-and-exchange) it.

## When our payment partner has a problem

If the card network, bank or e-wallet doesn't answer while you add money, your deposit is not lost. Its page says "Waiting for … to confirm the payment" and it stays **Pending**. We keep asking the partner automatically, at growing intervals, and credit the deposit **once** as soon as they confirm; we email you then. Please **don't pay a second time**: a second deposit is a separate payment and would be charged too.

If a payment ends with **"Our payment partner is unavailable"**, the partner did not answer and no money moved: try again later or use another method.

## The status page

The [status page](/status) shows whether Satchel itself is running ("All systems operational" or "Service disruption"), checked every 30 seconds. Maintenance of a single payment method is shown on the payment pages above, not on the status page. See also [Service status](/help/service-status).

Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "支付方式维护中或暂时无法使用",
    body: `有时某种支付方式会暂时关闭：可能是计划维护、我们暂停了它，或者背后的银行或合作方出了问题。无论哪种情况，您的资金都是安全的：要么操作根本不会开始，要么付款会等待并且只完成一次。

## 计划维护

维护会标注在支付方式上，可在[充值](/deposit)、[提现](/withdraw)页面和[政策](/policies)页面看到：先显示“计划于 … 至 … 维护”，维护期间显示“维护中，预计 … 恢复”。

在维护时段内使用会提示 **“系统维护中”**：“该服务正在进行计划维护，预计于 … 结束。本次操作未开始，请在此之后重试。”请改用其他方式，或在显示的时间之后再来。

## 暂停使用的方式

标有“暂停使用”的方式已关闭，且暂无恢复时间。使用时会提示 **“暂时不可用”**：“该支付方式暂时停用，本次操作未开始，请选择其他方式。”

如果某个币种的所有方式都已关闭，页面会提示并显示恢复时间。您可以先用其他币种充值，再[换汇](/help/currencies-and-exchange)。

## 支付合作方出现故障时

如果充值时卡组织、银行或电子钱包没有响应，您的充值不会丢失。充值页面会显示“正在等待 … 确认付款”，状态保持 **处理中**。我们会自动向合作方持续查询（间隔逐渐拉长），对方一确认就立即入账，并且**只入账一次**，届时会发邮件通知您。请**不要重复付款**：再发起一笔充值就是另一笔独立的付款，同样会被扣款。

如果某笔付款以 **“支付合作方暂不可用”** 结束，说明合作方没有响应，资金没有变动：请稍后重试或改用其他方式。

## 状态页面

[状态页面](/status)显示 Satchel 系统本身是否正常运行（“所有系统运行正常”或“服务中断”），每 30 秒检查一次。单个支付方式的维护信息显示在上述付款相关页面，而不在状态页面上。另请参阅[服务状态](/help/service-status)。

仍需帮助？请[联系客服](/contact)。`,
  },
};

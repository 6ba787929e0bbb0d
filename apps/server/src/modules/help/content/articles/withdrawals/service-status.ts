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
  ],
  related: [
    "maintenance-and-outages",
    "network-problems-and-retrying",
    "payment-failed",
    "withdrawal-not-received",
  ],
  en: {
    title: "Is Satchel down? Checking service status and maintenance",
    body: `The [status page](/status) shows whether Satchel itself is working right now. It checks every 30 seconds, and **Check now** checks at once. You do not need to sign in.

## What the status page shows

At the top, either **All systems operational** or **Service disruption**. Below, under **Components**, each part of the system has a state:

- **Operational**: working normally.
- **Unavailable**: not responding; things that depend on it will fail until it is back.
- **Unknown**: the last check did not return details.

If the page says the server could not be reached, either Satchel is down or your own connection is; try another network to tell which.

## When one payment method is unavailable

A single method (a card network, a bank transfer route or an e-wallet) can be unavailable while everything else works. This does not show on the status page; it shows next to the method on the [Add money](/deposit) and [Withdraw](/withdraw) pages and in the **Right now** column of [Fees, limits and rules](/policies):

- **"Under maintenance until"** a time, or **"Maintenance planned from … to …"**: a scheduled window. Trying it then shows "Under maintenance". Nothing was started; try again after the time shown.
- **"Paused for now"**: trying it shows "Temporarily unavailable". Nothing was started; choose another method.

The method works again by itself when the window ends.

## "Our payment partner is unavailable" or "Card service not answering"

The bank or payment partner behind a method did not answer. No money moved (a card you were saving as a payout destination was not saved). Try again a little later or use another method.

## Payments already under way

You do not need to do anything for payments already started: deposits waiting for a provider and withdrawals being sent are checked again automatically until the provider answers, and nothing is paid or charged twice. See [Network problems and retrying](/help/network-problems-and-retrying).

Still stuck? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "Satchel 出故障了吗？查看服务状态与维护信息",
    body: `[系统状态](/status)页面会显示 Satchel 自身当前是否运行正常。页面每 30 秒自动检查一次，点击“立即检查”可马上检查。无需登录即可查看。

## 系统状态页面显示什么

页面顶部显示“所有系统运行正常”或“服务中断”。下方“组件”中列出系统各部分的状态：

- **正常**：运行正常。
- **不可用**：没有响应；依赖它的功能在恢复之前都会失败。
- **未知**：上次检查没有返回详情。

如果页面提示无法连接到服务器，可能是 Satchel 出了故障，也可能是您自己的网络有问题；换一个网络试试就能分辨。

## 某个支付方式不可用

有时其他功能都正常，只有某一种方式（某个卡组织、某种银行转账或某个电子钱包）不可用。这种情况不会显示在系统状态页面上，而是显示在[充值](/deposit)和[提现](/withdraw)页面的该方式旁边，以及[手续费、限额与规则](/policies)页面的“当前状态”一栏：

- **“维护中，预计……恢复”**或**“计划于……至……维护”**：计划内的维护时段。期间使用会提示“系统维护中”，操作不会开始，请在显示的时间之后重试。
- **“暂停使用”**：使用时会提示“暂时不可用”，操作不会开始，请选择其他方式。

维护时段结束后，该方式会自动恢复。

## 提示“支付合作方暂不可用”或“银行卡服务暂无响应”

该方式背后的银行或支付合作方没有响应，资金未发生变动（如果您当时在添加银行卡作为收款账户，则银行卡没有保存）。请稍后重试或改用其他方式。

## 已经在处理中的付款

已经发起的付款无需您做任何操作：等待支付机构确认的充值和正在汇出的提现，我们都会自动反复查询，直到对方回复，绝不会重复付款或重复扣款。详见[网络问题与重试](/help/network-problems-and-retrying)。

仍有问题？[联系客服](/contact)。`,
  },
};

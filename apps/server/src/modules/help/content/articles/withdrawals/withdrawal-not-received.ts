import type { ShippedArticle } from "../../types.js";

export const withdrawalNotReceived: ShippedArticle = {
  slug: "withdrawal-not-received",
  section: "withdrawal-problems",
  kind: "troubleshooting",
  tags: [
    "not received",
    "not arrived",
    "paid but not received",
    "missing withdrawal",
    "where is my money",
    "processing",
    "提现没到账",
    "提现未到账",
    "没收到",
    "到帐",
    "提现一直处理中",
    "汇出中",
    "钱去哪了",
  ],
  related: ["withdrawals", "withdrawal-rejected", "service-status", "what-to-prepare"],
  en: {
    title: "My withdrawal has not arrived in my bank or e-wallet",
    body: `Start with the withdrawal's page (the **See the withdrawal** link in our emails, or open it from [Transactions](/transactions)). Its status tells you where the money is.

## Requested or In review

The money has not left Satchel yet; it is set aside in your wallet.

- **Requested**: we start sending it shortly.
- **In review**: our team checks the first withdrawal to a new destination and amounts of {{withdrawals.reviewOver}} or more. This usually takes less than one business day. We email you when it moves on.

## Processing

The money is on its way to your destination and should arrive within the method's processing time:

{{table.withdrawalMethods}}

Bank transfers count business days, so weekends and public holidays add to the wait. If the bank or provider is slow to answer, we keep asking it automatically until it confirms. Please do not make a second withdrawal in the meantime: the first one is still on its way, and it is never paid twice.

## Paid

"Sent. The money has left Satchel." If it has not arrived after the processing time:

1. Check that the destination shown under **Sent to** is the account you expected.
2. Ask your bank or e-wallet provider, quoting the amount, the date and the withdrawal's **History reference**. Banks can sometimes hold incoming money for their own checks.
3. If they cannot find it, [contact support](/contact) with the same details. See [What to prepare](/help/what-to-prepare).

## Rejected, Failed or Returned

Nothing is missing: the money, fee included, is back in your available balance. The page says why. See [My withdrawal was rejected, failed or returned](/help/withdrawal-rejected).

## Is something down?

The [status page](/status) shows whether Satchel itself is working. A payment method that is paused or in maintenance says so on the Withdraw page. See [Service status](/help/service-status).`,
  },
  "zh-CN": {
    title: "提现一直没有到账怎么办？",
    body: `请先打开这笔提现的详情页（点击邮件中的“查看提现详情”，或在[交易记录](/transactions)中打开）。页面上的状态会告诉您资金目前在哪里。

## 已申请或审核中

资金还没有离开 Satchel，仍冻结在您的钱包中。

- **已申请**：我们很快会开始汇出。
- **审核中**：首次提现到新的收款账户，或金额达到 {{withdrawals.reviewOver}}及以上时，我们的团队会先审核，通常不超过一个工作日。状态变化时我们会发邮件通知您。

## 汇出中

资金正在汇往您的收款账户，应在该方式的到账时间内到账：

{{table.withdrawalMethods}}

银行转账按工作日计算，遇到周末和法定节假日会顺延。如果银行或支付机构迟迟没有回复，我们会自动持续查询，直到对方确认。在此期间请不要再发起一笔提现：第一笔仍在途中，而且绝不会重复汇出。

## 已汇出

“已汇出，资金已离开 Satchel。”如果超过到账时间仍未收到：

1. 核对“提现到”显示的收款账户是否正确。
2. 联系您的银行或电子钱包服务商，提供金额、日期和这笔提现的“交易记录编号”。银行有时会因自身审查暂时扣留入账资金。
3. 如果对方查不到，请带着同样的信息[联系客服](/contact)，可参考[联系客服前需要准备什么](/help/what-to-prepare)。

## 未通过、失败或已退回

钱没有丢：资金（含手续费）已退回您的可用余额，页面会说明原因。详见[提现被拒绝、失败或退回怎么办](/help/withdrawal-rejected)。

## 是不是系统出问题了？

[系统状态](/status)页面会显示 Satchel 自身是否运行正常。某个支付方式暂停或维护时，提现页面上会直接注明。详见[查看服务状态](/help/service-status)。`,
  },
};

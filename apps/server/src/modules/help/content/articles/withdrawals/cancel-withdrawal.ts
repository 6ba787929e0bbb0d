import type { ShippedArticle } from "../../types.js";

export const cancelWithdrawal: ShippedArticle = {
  slug: "cancel-withdrawal",
  section: "withdrawing",
  kind: "how_to",
  tags: [
    "cancel",
    "cancel withdrawal",
    "stop withdrawal",
    "undo",
    "by mistake",
    "changed my mind",
    "取消提现",
    "撤回提现",
    "撤销",
    "撤回",
    "不想提现了",
    "取消",
  ],
  related: ["withdrawals", "withdrawal-not-received", "transaction-history"],
  en: {
    title: "Can I cancel or stop a withdrawal?",
    body: `Yes, as long as we have not started sending it: while its status is **Requested** or **In review**. Once it is **Processing**, the money has been handed to the bank or provider and it can no longer be canceled.

## How to cancel

1. Open the withdrawal's page: use the **See the withdrawal** button in the email we sent you, or find it in [Transactions](/transactions) and choose **See the withdrawal: status and details**.
2. Click **Cancel withdrawal**.
3. Confirm with **Yes, cancel it**.

You do not need a two-factor code to cancel.

## What happens when you cancel

- The whole amount we set aside, fee included, goes back to your available balance at once.
- The part of your daily and monthly limits the withdrawal used is given back.
- The status becomes **Canceled**, the reason reads "Cancelled by you", and we email you that it is canceled.

Nothing else changes: your payout destination stays saved and you can start a new withdrawal whenever you like.

## "Cannot be canceled now"

This message means the withdrawal is already being sent (or has been paid, rejected or canceled before). A withdrawal that is Requested usually moves on to Processing within moments, so the time to cancel is short unless it is waiting for review.

If you sent money to the wrong details, wait for the outcome: when the bank or provider cannot pay the account, the withdrawal ends as **Failed** or **Returned** and the money comes back to your wallet. See [My withdrawal was rejected, failed or returned](/help/withdrawal-rejected). If it was **Paid** to an account that is not yours, [contact support](/contact) at once with the withdrawal's reference.

## Waiting for review?

A withdrawal in review keeps the money set aside. You can cancel it while you wait, for example to change the amount or the destination, and then make a new one.`,
  },
  "zh-CN": {
    title: "提现可以取消吗？取消后钱什么时候回来？",
    body: `可以，只要我们还没有开始汇出：即状态为“已申请”或“审核中”时。一旦进入“汇出中”，资金已交给银行或支付机构处理，就无法再取消了。

## 如何取消

1. 打开这笔提现的详情页：点击我们发给您的邮件中的“查看提现详情”按钮，或在[交易记录](/transactions)中找到这笔提现，点击“查看这笔提现的状态与详情”。
2. 点击“取消提现”。
3. 点击“确定取消”确认。

取消提现不需要输入两步验证码。

## 取消后会怎样

- 之前冻结的全部金额（含手续费）会立即回到您的可用余额。
- 这笔提现占用的每日、每月限额会退还给您。
- 状态变为“已取消”，原因显示为“已由您取消”，我们也会发邮件通知您。

其他都不受影响：收款账户仍然保留，您随时可以重新发起提现。

## 提示“目前无法取消”

这表示这笔提现已在汇出中（或者已经汇出、未通过审核或已取消）。处于“已申请”状态的提现通常很快就会进入“汇出中”，所以除非正在等待审核，可以取消的时间很短。

如果收款信息填错了，请等待处理结果：银行或支付机构无法入账时，提现会变为“失败”或“已退回”，资金会回到您的钱包，详见[提现被拒绝、失败或退回怎么办](/help/withdrawal-rejected)。如果已经“已汇出”到一个不属于您的账户，请立即[联系客服](/contact)，并提供这笔提现的交易编号。

## 正在审核中？

审核期间资金保持冻结。您可以在等待时取消，例如想修改金额或更换收款账户，然后重新发起一笔提现。`,
  },
};

import type { ShippedArticle } from "../../types.js";

export const withdrawalRejected: ShippedArticle = {
  slug: "withdrawal-rejected",
  section: "withdrawal-problems",
  kind: "troubleshooting",
  tags: [
    "rejected",
    "declined",
    "not approved",
    "failed withdrawal",
    "returned by bank",
    "bounced",
    "提现被拒",
    "提现被拒绝",
    "提线被拒",
    "提现失败",
    "未通过审核",
    "被退回",
    "退款",
    "拒绝",
  ],
  related: ["withdrawals", "payout-destinations", "withdrawal-not-received", "contact-support"],
  en: {
    title: "My withdrawal was rejected, failed or returned",
    body: `In every one of these cases the money is back in your wallet, fee included, and the part of your limits the withdrawal used is given back. The withdrawal's page shows the reason and what to do next, and we email you the same.

## Rejected: "Not approved by our review"

Our compliance team checks the first withdrawal to a new destination and withdrawals of {{withdrawals.reviewOver}} or more. When they cannot approve one, its status becomes **Rejected** and the page shows **Note from our team:** with the reviewer's explanation. Read it first: it usually says what is needed, such as a different destination or more verification. The reason may also be "Stopped for your protection" when our checks think the withdrawal may not have been made by you; if it was you, [contact support](/contact) to confirm, and if it was not, change your password now.

## Failed: "The payout details were refused"

The bank, card or e-wallet could not accept money with the details you saved, so nothing was sent. Usually a digit is wrong, the account is closed, or the name does not match.

1. Check the details with your bank or e-wallet.
2. On [Payout destinations](/payout-destinations), remove the old destination and add the correct one (see [Adding a payout destination](/help/payout-destinations)).
3. Withdraw to the new destination once it is ready.

## Returned: "Returned by the receiving bank"

The money was sent, but the receiving bank sent it back, often because the account name or number does not match an open account ("The receiving bank returned the money"). The status becomes **Returned** and its entry in [Transactions](/transactions) shows **Reversed**. Check the account details with your bank before trying again.

## Before you try again

- A corrected destination is a new destination: it waits {{destinations.holdHours}} and its first withdrawal is reviewed.
- Do not just repeat the same withdrawal to the same details: it will most likely fail the same way.

## Still unsure why?

[Contact support](/contact) with the withdrawal's reference (shown as **History reference** on its page). See [What to prepare](/help/what-to-prepare).`,
  },
  "zh-CN": {
    title: "提现被拒绝、失败或退回怎么办？",
    body: `无论是哪种情况，资金（含手续费）都已退回您的钱包，这笔提现占用的限额也会退还。提现详情页会显示原因和下一步该怎么做，我们也会发邮件告诉您。

## 未通过：“未通过审核”

首次提现到新的收款账户，或金额达到 {{withdrawals.reviewOver}}及以上的提现，会由我们的合规团队审核。如果未能批准，状态会变为“未通过”，详情页会显示“审核人员备注：”及说明。请先阅读这段说明，通常会写明需要怎么做，例如更换收款账户或完成更高等级的认证。原因也可能是“为保护您的账户已拦截”：我们的风控检查认为这笔提现可能并非您本人操作。如果是您本人，请[联系客服](/contact)确认；如果不是，请立即修改密码。

## 失败：“收款信息被拒绝”

银行、银行卡或电子钱包无法按您保存的信息收款，因此没有汇出任何资金。常见原因是号码输错、账户已注销或户名不符。

1. 向您的银行或电子钱包核对账户信息。
2. 在[收款账户](/payout-destinations)页面删除旧账户，添加正确的账户（见[如何添加收款账户](/help/payout-destinations)）。
3. 新账户可以使用后，再提现到新账户。

## 已退回：“被收款银行退回”

款项已经汇出，但被收款银行退回，常见原因是户名或账号与在用账户不符（“收款银行退回了款项”）。状态会变为“已退回”，[交易记录](/transactions)中这笔会显示为“已冲正”。重新提现前，请先向银行核对账户信息。

## 重新提现前

- 改正后的收款账户属于新账户：需要等待 {{destinations.holdHours}}，首次提现也会审核。
- 不要用同样的信息直接重试，结果很可能还是一样。

## 仍不清楚原因？

请[联系客服](/contact)，并提供这笔提现的交易编号（详情页上的“交易记录编号”）。可参考[联系客服前需要准备什么](/help/what-to-prepare)。`,
  },
};

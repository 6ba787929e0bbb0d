import type { ShippedArticle } from "../../types.js";

export const insufficientFunds: ShippedArticle = {
  slug: "insufficient-funds",
  section: "payment-failures",
  kind: "troubleshooting",
  tags: [
    "insufficient funds",
    "not enough money",
    "not enough balance",
    "available balance",
    "held balance",
    "on hold",
    "余额不足",
    "钱不够",
    "可用余额",
    "冻结金额",
    "资金被冻结",
    "余额不够",
    "可用余额和冻结",
  ],
  related: ["transaction-history", "cancel-withdrawal", "currencies-and-exchange", "payment-failed"],
  en: {
    title: "It says I don't have enough money",
    body: `"Not enough money in the wallet" means the **available** balance of that wallet was lower than the amount **plus any fee**. Nothing was sent, and the attempt stays in your history as failed ("This attempt is in your history as a failed transaction").

## Available, held and posted

Your [dashboard](/app) shows three figures for each wallet:

- **Available**: what you can spend now.
- **Held**: set aside for payments still in progress. Today that means withdrawals: the amount plus the fee is held as soon as you ask, and released if the withdrawal is cancelled, rejected or fails.
- **Posted**: everything that has settled, including what is held.

So: available = posted − held. A balance can look big enough and still be short because part of it is held.

## Common reasons

1. **The fee was not counted.** Any fee is paid on top of what you send (fee for sending: {{transfer.fee}}; a withdrawal's fee is shown before you confirm it). "Total to pay" on the confirmation screen is what must be available.
2. **Wrong currency.** Each currency has its own wallet. US dollars don't pay a payment in euros: [exchange](/help/currencies-and-exchange) first.
3. **A withdrawal is holding money.** Open it from [Transactions](/transactions); if you no longer want it you may be able to [cancel it](/help/cancel-withdrawal).
4. **A deposit hasn't arrived yet.** Money counts only once it is credited. Bank transfers take a few days: see [My deposit has not arrived](/help/deposit-not-arrived).

## What to do

- [Add money](/deposit) to that wallet, or send a smaller amount.
- Exchange from another wallet.
- Wait for a pending deposit or withdrawal to finish.

Then try again.

## Not the same as "Not enough money on the card"

That message comes from your card's bank when a card deposit is declined: it is about your card, not your Satchel wallet. See [My card was declined](/help/card-declined).

Still need help? [Contact support](/contact) with the reference of the failed transaction.`,
  },
  "zh-CN": {
    title: "提示余额不足怎么办？",
    body: `“钱包余额不足”表示该钱包的**可用余额**低于金额**加上手续费**。这笔付款没有发出，这次尝试会作为失败交易记入交易记录（“这次尝试已作为一笔失败交易记入你的交易记录”）。

## 可用、冻结与已入账

[账户概览](/app)页面上每个钱包都显示三个金额：

- **可用余额**：现在可以使用的金额。
- **冻结**：为仍在处理中的付款预留的金额。目前指的是提现：提交提现申请后，金额和手续费会立即被预留；提现被取消、拒绝或失败时会释放。
- **已入账**：所有已结算的资金，包含冻结部分。

也就是说：可用余额 = 已入账 − 冻结。余额看起来够，但其中一部分被冻结，可用余额就可能不足。

## 常见原因

1. **没有算上手续费。** 如有手续费，需在转账金额之外另行支付（转账手续费：{{transfer.fee}}；提现手续费会在确认前显示）。确认页面上的“合计支付”才是需要的可用余额。
2. **币种不对。** 每个币种是独立的钱包，美元余额不能用来支付欧元：请先[换汇](/help/currencies-and-exchange)。
3. **有提现占用了资金。** 在[交易记录](/transactions)中打开该提现；如果不再需要，或许可以[取消提现](/help/cancel-withdrawal)。
4. **充值还没到账。** 资金到账后才能使用，银行转账需要几天时间，详见[充值还没到账怎么办](/help/deposit-not-arrived)。

## 怎么办

- 向该钱包[充值](/deposit)，或减少金额。
- 从其他币种钱包换汇过来。
- 等待处理中的充值或提现完成。

然后再试一次。

## 与“银行卡余额不足”不同

“银行卡余额不足”是银行卡充值被拒时发卡行返回的提示，说的是您的银行卡，而不是 Satchel 钱包。详见[银行卡被拒绝了怎么办](/help/card-declined)。

仍需帮助？请[联系客服](/contact)，并提供失败交易的交易编号。`,
  },
};

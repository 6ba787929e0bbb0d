import type { ShippedArticle } from "../../types.js";

export const fees: ShippedArticle = {
  slug: "fees",
  section: "limits-and-fees",
  kind: "faq",
  tags: [
    "fees",
    "withdrawal fee",
    "deposit fee",
    "charges",
    "cost",
    "how much",
    "commission",
    "spread",
    "手续费",
    "费用",
    "收费",
    "服务费",
    "汇率差",
    "提现手续费",
    "充值手续费",
  ],
  related: ["limits", "policies-and-terms", "currencies-and-exchange", "payment-methods"],
  en: {
    title: "What fees does Satchel charge? Deposit, withdrawal and exchange fees",
    body: `You always see the fee before you confirm: the Add money, Withdraw, Send and Exchange pages show it with the total. Opening an account, holding money and receiving money from other Satchel customers cost nothing.

## Adding money

The fee depends on the method and is **taken from the amount**: the deposit page shows what will reach your wallet before you pay.

{{table.depositMethods}}

## Withdrawing

The fee depends on the method and is **added on top**: the destination receives the full amount, and your wallet pays the amount plus the fee.

{{table.withdrawalMethods}}

If a withdrawal is canceled, rejected, fails or is returned, the fee comes back to your wallet with the amount.

## Sending money to another Satchel customer

Fee for sending: {{transfer.fee}}. If a fee is charged, the sender pays it on top of the amount, so the recipient gets exactly what you send.

## Exchanging currencies

There is no separate fee. The rate you get is the market rate less a spread of {{fx.spread}}; the quote shows the rate and exactly what you will get before you confirm. See [Currencies and exchange](/help/currencies-and-exchange).

## Good to know

- Fixed fees are set in US dollars and converted at the day's rate when you pay in another currency.
- Your own bank, card issuer or e-wallet may charge its own fees (for example for international transfers); those are outside Satchel.
- Fees can change. Every change is listed on the public [Fees, limits and rules](/policies) page with the date it took effect; see [Our policies](/help/policies-and-terms).`,
  },
  "zh-CN": {
    title: "手续费是多少？Satchel 收取哪些费用？",
    body: `确认之前您一定能看到手续费：充值、提现、转账和换汇页面都会显示手续费和总额。注册账户、存放资金以及接收其他 Satchel 用户的转账都不收费。

## 充值

手续费因方式而异，**从充值金额中扣除**：付款前，充值页面会显示实际到账金额。

{{table.depositMethods}}

## 提现

手续费因方式而异，**在金额之外另收**：收款方收到全额，您的钱包支付金额加手续费。

{{table.withdrawalMethods}}

如果提现被取消、未通过、失败或被退回，手续费会连同金额一起退回您的钱包。

## 向其他 Satchel 用户转账

转账手续费：{{transfer.fee}}。如有手续费，由付款方在金额之外支付，收款人收到的正是您发送的金额。

## 换汇

不单独收取手续费。您得到的汇率是市场汇率减去 {{fx.spread}}的点差；确认前，报价会显示汇率和您将收到的确切金额。详见[币种与换汇](/help/currencies-and-exchange)。

## 温馨提示

- 固定手续费以美元设定，使用其他币种时按当日汇率换算。
- 您的银行、发卡机构或电子钱包可能会收取其自身的费用（例如跨境汇款费），这些费用与 Satchel 无关。
- 手续费可能会调整。每次调整都会列在公开的[手续费、限额与规则](/policies)页面上，并注明生效日期，详见[Satchel 的政策与规则](/help/policies-and-terms)。`,
  },
};

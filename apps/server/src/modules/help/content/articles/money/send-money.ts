import type { ShippedArticle } from "../../types.js";

export const sendMoney: ShippedArticle = {
  slug: "send-money",
  section: "sending",
  kind: "how_to",
  tags: [
    "send money",
    "transfer",
    "pay someone",
    "p2p",
    "wallet number",
    "recipient not found",
    "转账",
    "汇款给朋友",
    "付款给别人",
    "钱包号",
    "收款人",
    "找不到收款人",
    "转帐",
  ],
  related: ["limits", "insufficient-funds", "transaction-history", "network-problems-and-retrying"],
  en: {
    title: "How do I send money to someone?",
    body: `You can send money to anyone with a Satchel account, using their **wallet number**, **email address** or **phone number**. It arrives in their wallet straight away.

## Step by step

1. Open [Send money](/send).
2. Enter the recipient: a wallet number (like S1234-5678-90), an email address, or a phone number with its country code (like +8613800000000).
3. Enter the amount and choose the currency (the wallet it comes from). Add a note if you like: the recipient sees it too.
4. Click **Continue**. The "Check and confirm" screen shows the recipient's name, partly hidden (for example "Bo*** Wa***"), their wallet number, the fee and the "Total to pay".
5. Check the name, then click **Confirm and send**. You get a reference (like T7K3M-9QPA2) for your [history](/help/transaction-history).

The recipient gets the amount in the same currency; if they don't have a wallet in it yet, one opens for them.

## Fees and limits

- Fee for sending: {{transfer.fee}}. Any fee is paid by you on top of the amount; the recipient gets the full amount.
- Limits before you verify your identity: {{limits.transfer.level0.perTransaction}} per payment, {{limits.transfer.level0.daily}} a day, {{limits.transfer.level0.monthly}} a month. After verification: {{limits.transfer.level1.perTransaction}} / {{limits.transfer.level1.daily}} / {{limits.transfer.level1.monthly}}. Other currencies count at their US dollar value; days and months are in UTC. The form shows what is left today. See [Limits](/help/limits).

## "Recipient not found"

"No Satchel account matches the wallet number, email or phone number that was entered." Check:

- the wallet number for a typo (dashes are optional);
- that the phone number has its country code;
- that the person has a Satchel account and has **confirmed** that email or phone number: an unconfirmed one can't receive money. The wallet number always works.

After many unknown recipients in a short time, look-ups pause for an hour ("Too many requests"). Ask the person for their wallet number instead of guessing.

## Other messages

- **"Invalid amount"** or **"Amount must be positive"**: enter a plain number above zero, such as 12.50, without thousands separators.
- **"That is your own account"**: to move money between your own currencies, use [exchange](/help/currencies-and-exchange).
- **"Not enough money"**: see [insufficient funds](/help/insufficient-funds).
- **"Outgoing payments are frozen"**: see [My account is frozen](/help/account-frozen).

## Sent to the wrong person?

A completed payment is not undone automatically. [Contact support](/contact) straight away with the reference.`,
  },
  "zh-CN": {
    title: "如何给别人转账？",
    body: `您可以通过对方的**钱包号**、**邮箱**或**手机号**，向任何 Satchel 用户转账，款项会立即到达对方钱包。

## 操作步骤

1. 打开[转账](/send)页面。
2. 填写收款人：钱包号（如 S1234-5678-90）、邮箱地址，或带国家代码的手机号（如 +8613800000000）。
3. 输入金额并选择币种（即从哪个钱包付款）。可以填写备注，收款人也能看到。
4. 点击 **下一步**。“请核对并确认”页面会显示收款人部分隐藏的姓名（例如“Bo*** Wa***”）、钱包号、手续费和“合计支付”金额。
5. 核对姓名无误后，点击 **确认转账**。您会得到一个交易编号（如 T7K3M-9QPA2），可在[交易记录](/help/transaction-history)中查询。

收款人收到的是相同币种；如果对方还没有该币种的钱包，会自动为其开通。

## 手续费与限额

- 转账手续费：{{transfer.fee}}。如有手续费，由您在转账金额之外另行支付，收款人收到全额。
- 完成身份认证前的限额：单笔 {{limits.transfer.level0.perTransaction}}，每日 {{limits.transfer.level0.daily}}，每月 {{limits.transfer.level0.monthly}}。认证后：单笔 {{limits.transfer.level1.perTransaction}}，每日 {{limits.transfer.level1.daily}}，每月 {{limits.transfer.level1.monthly}}。其他币种按美元价值计算；“每日”“每月”均按 UTC 时间。表单上会显示今日剩余额度。详见[限额说明](/help/limits)。

## 提示“未找到收款人”

“没有与所输入的钱包号、邮箱或手机号匹配的 Satchel 账户。”请检查：

- 钱包号是否输错（短横线可填可不填）；
- 手机号是否带了国家代码；
- 对方是否已注册 Satchel，并且已**验证**该邮箱或手机号：未验证的邮箱或手机号无法收款。钱包号则始终可用。

短时间内多次输入不存在的收款人后，查询会暂停一小时（提示“请求过于频繁”）。请直接向对方索要钱包号，不要反复尝试。

## 其他提示

- **“金额无效”** 或 **“金额必须大于零”**：请输入大于零的数字，例如 12.50，不要加千位分隔符。
- **“这是您自己的账户”**：在自己的不同币种之间转移资金，请使用[货币兑换](/help/currencies-and-exchange)。
- **“余额不足”**：请查看[提示余额不足怎么办](/help/insufficient-funds)。
- **“转出功能已冻结”**：请查看[账户被冻结了怎么办](/help/account-frozen)。

## 转错人了？

已完成的转账不会自动撤回。请立即[联系客服](/contact)，并提供交易编号。`,
  },
};

import type { ShippedArticle } from "../../types.js";

export const limits: ShippedArticle = {
  slug: "limits",
  section: "limits-and-fees",
  kind: "faq",
  tags: [
    "limits",
    "limit exceeded",
    "over your limit",
    "daily limit",
    "monthly limit",
    "maximum",
    "minimum",
    "raise limit",
    "限额",
    "超出限额",
    "额度",
    "每日限额",
    "单笔限额",
    "提高额度",
    "最低金额",
  ],
  related: ["identity-verification", "fees", "policies-and-terms", "withdrawals"],
  en: {
    title: "What are my limits, and how do I raise them?",
    body: `How much you can add, withdraw and send depends on your verification level. Each kind of payment has a limit per transaction, per day and per month:

{{table.limits}}

Amounts are in US dollars. Money in other currencies counts at its USD value at the time. Days and months are counted in UTC, so a daily limit resets at midnight UTC, not at midnight where you are.

## At a glance

- **Level 0** (Unverified): you can add money and send money, but not withdraw.
- **Level 1** (Basic): withdraw up to {{limits.withdrawal.level1.perTransaction}} at a time, {{limits.withdrawal.level1.daily}} a day and {{limits.withdrawal.level1.monthly}} a month.
- **Level 2** (Full): withdraw up to {{limits.withdrawal.level2.perTransaction}} at a time, {{limits.withdrawal.level2.daily}} a day and {{limits.withdrawal.level2.monthly}} a month.

The Withdraw page shows **Your withdrawal limits** for your level, and the [verification page](/verification) compares your limits now with the next level.

## How limits are counted

- The amount counts, not the fee.
- A withdrawal that is canceled, rejected, fails or is returned gives its part of the limit back.
- A limit is a ceiling, not a balance: the money must also be available in your wallet.

## "Over your limit"

"This is more than your … limit allows", followed by how much you can still send. You can:

1. Send a smaller amount.
2. Wait until the daily or monthly limit resets.
3. [Verify your identity](/help/identity-verification) to reach the next level.

## "Amount too small" or "Amount too large"

Each payment method also has its own smallest and largest amount, whatever your level: "The smallest amount for this method is …". The Add money and Withdraw pages show each method's range before you start, and so does the public [Fees, limits and rules](/policies) page. Split a large amount or choose a method with a higher maximum.

Limits can change over time; the tables here and on [/policies](/policies) always show the ones in force.`,
  },
  "zh-CN": {
    title: "我的限额是多少？怎样提高限额？",
    body: `您可以充值、提现和转账的金额取决于您的认证等级。每类付款都有单笔、每日和每月限额：

{{table.limits}}

金额以美元计，其他币种按当时的美元价值折算。日和月按 UTC 时间计算，所以每日限额在 UTC 零点重置（北京时间早上 8 点），而不是您当地的零点。

## 一览

- **0 级**（未认证）：可以充值和转账，但不能提现。
- **1 级**（基础认证）：单笔最多提现 {{limits.withdrawal.level1.perTransaction}}，每日 {{limits.withdrawal.level1.daily}}，每月 {{limits.withdrawal.level1.monthly}}。
- **2 级**（完整认证）：单笔最多提现 {{limits.withdrawal.level2.perTransaction}}，每日 {{limits.withdrawal.level2.daily}}，每月 {{limits.withdrawal.level2.monthly}}。

提现页面会显示您当前等级的“提现限额”，[身份认证](/verification)页面会对比您当前和升级后的限额。

## 限额如何计算

- 只计算金额，不含手续费。
- 提现被取消、未通过、失败或被退回后，占用的限额会退还。
- 限额只是上限，不是余额：钱包里还必须有足够的可用余额。

## 提示“超出限额”

“该金额超出了您的……限额”，后面会显示您还可以发送多少。您可以：

1. 减少金额。
2. 等待每日或每月限额重置。
3. [完成身份认证](/help/identity-verification)，升级到下一个等级。

## 提示“金额过小”或“金额过大”

无论您是什么等级，每种支付方式都有自己的最低和最高金额：“该方式的最低金额为……”。充值和提现页面在您开始之前就会显示每种方式的金额范围，公开的[手续费、限额与规则](/policies)页面也有。金额较大时可以拆分，或选择上限更高的方式。

限额可能会调整；这里和 [/policies](/policies) 页面上的表格始终显示当前生效的限额。`,
  },
};

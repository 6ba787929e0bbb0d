import type { ShippedArticle } from "../../types.js";

export const paymentMethods: ShippedArticle = {
  slug: "payment-methods",
  section: "deposit-methods",
  kind: "faq",
  tags: [
    "payment methods",
    "deposit methods",
    "ways to pay",
    "top up",
    "topup",
    "visa",
    "mastercard",
    "alipay",
    "paypal",
    "支付方式",
    "充值方式",
    "付款方式",
    "入金",
    "支付宝",
    "怎么充钱",
  ],
  related: [
    "deposit-by-card",
    "deposit-by-bank-transfer",
    "deposit-by-ewallet",
    "method-not-available-in-region",
  ],
  en: {
    title: "Which payment methods can I use to add money?",
    body: `You can add money by **card**, by **bank transfer** or with an **e-wallet**. Which of them you see depends on the country in your profile, the currency you pick and your verification level.

## Methods, fees and times

{{table.depositMethods}}

These figures are always the current ones. The fee is taken from the amount you pay: before you start, the deposit page shows the fee and what will reach your wallet ("You will receive").

## Why don't I see every method?

When you open [Add money](/deposit) and choose a currency, we list only the methods that work:

1. **in your country**: we go by the country saved in your [profile](/app/profile), not by where you are connecting from;
2. **in that currency**: each method accepts only the currencies in the table;
3. **at your verification level**: a method that needs a higher level says "Needs verification level …" with a link to [verify your identity](/verification).

A method that is paused or under maintenance is still listed, with the time it is expected back (see [Maintenance and outages](/help/maintenance-and-outages)). If nothing works for a currency you see "No way to add … where you are": pick another currency, you can [exchange](/help/currencies-and-exchange) it afterwards.

## Smallest and largest amounts

Each method has a minimum and a maximum, shown in your currency (converted from US dollars at today's rate).

- **"Amount too small"**: "The smallest amount for this method is …". You also see this when the fee would take the whole amount.
- **"Amount too large"**: split the payment or choose a method with a higher maximum.
- **"Not for this direction"**: some methods can only be used to add money, or only to withdraw.

Your own deposit limits apply on top of these, for example {{limits.deposit.level0.perTransaction}} per deposit before you verify your identity. See [Limits](/help/limits).

## "Not available where you are"

The method does not serve your country or that currency (in your history: "Not available in your region"). The message lists what you can use instead; see [A payment method is not available in my country](/help/method-not-available-in-region).

Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "可以用哪些方式充值？",
    body: `您可以通过**银行卡**、**银行转账**或**电子钱包**充值。具体能看到哪些方式，取决于您个人资料中的国家或地区、所选币种以及您的认证等级。

## 充值方式、手续费与到账时间

{{table.depositMethods}}

以上数据均为实时配置。手续费从您支付的金额中扣除：开始充值前，页面会显示手续费和“实际到账”金额。

## 为什么有些方式我看不到？

打开[充值](/deposit)页面并选择币种后，我们只会列出同时满足以下条件的方式：

1. **支持您所在的国家或地区**：以您[个人资料](/app/profile)中保存的国家或地区为准，与您当前从哪里上网无关；
2. **支持该币种**：每种方式只接受上表列出的币种；
3. **符合您的认证等级**：需要更高等级的方式会显示“需要 … 级身份认证”，并附有[去认证](/verification)的入口。

暂停或维护中的方式仍会显示，并注明预计恢复时间（详见[支付方式维护与故障](/help/maintenance-and-outages)）。如果某个币种没有任何可用方式，页面会提示“您所在地区暂不支持充值 …”：请换一个币种，之后可以再[兑换](/help/currencies-and-exchange)。

## 最低与最高金额

每种方式都有最低和最高金额，会按当日汇率从美元换算成您所选的币种显示。

- **“金额过小”**：提示“该方式的最低金额为 …”。如果手续费会把整笔金额扣光，也会出现这个提示。
- **“金额过大”**：请拆分成几笔，或选择上限更高的方式。
- **“该方式不支持此操作”**：有些方式只能用于充值，或只能用于提现。

此外还受您个人充值限额的约束，例如完成身份认证前，单笔充值最多 {{limits.deposit.level0.perTransaction}}。详见[限额说明](/help/limits)。

## 提示“您所在地区不支持该方式”

说明该方式不支持您所在的国家或地区或所选币种（交易记录中显示为“您所在地区不可用”）。提示中会列出您可以改用的方式，详见[我所在的地区不能用某种支付方式](/help/method-not-available-in-region)。

仍需帮助？请[联系客服](/contact)。`,
  },
};

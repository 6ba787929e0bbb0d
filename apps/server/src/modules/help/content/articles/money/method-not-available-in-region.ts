import type { ShippedArticle } from "../../types.js";

export const methodNotAvailableInRegion: ShippedArticle = {
  slug: "method-not-available-in-region",
  section: "payment-failures",
  kind: "troubleshooting",
  tags: [
    "not available in my country",
    "not available where you are",
    "region",
    "country",
    "unsupported country",
    "method missing",
    "地区不支持",
    "不支持我的国家",
    "所在地区不可用",
    "国家",
    "看不到支付宝",
    "没有这个支付方式",
  ],
  related: [
    "payment-methods",
    "update-profile-and-language",
    "currencies-and-exchange",
    "identity-verification",
  ],
  en: {
    title: "A payment method is not available in my country",
    body: `Each payment method works only in certain countries and currencies, because the banks and partners behind it do. When one doesn't serve your country or the currency you chose, you see **"Not available where you are"** ("This payment method is not offered for your country and currency") or, in your history, **"Not available in your region"**. Nothing was started.

## What to do

1. **Pick a method from the list.** Under the message, "Available to you:" lists what you can use for that currency.
2. **Try another currency.** If you see "No way to add … where you are", no method serves that currency in your country. Add money in a currency that works and [exchange](/help/currencies-and-exchange) it afterwards.
3. **Check your country.** We go by the country in your [profile](/app/profile), not by where you are connecting from, so a VPN or travelling changes nothing. If you have moved, update your country there; the list follows it.

Which countries and currencies each method serves is in the table in [Payment methods](/help/payment-methods). Cards and international wires usually work from most countries.

## Similar messages that mean something else

- **"Not for this direction"**: the method can only be used to add money, or only to withdraw.
- **"Verify your identity first"** or "Needs verification level …": the method is available to you, but needs a higher verification level. See [identity verification](/help/identity-verification).
- **"Under maintenance"** or **"Temporarily unavailable"**: the method is available but closed for now. See [Maintenance and outages](/help/maintenance-and-outages).

## Withdrawals

The same rules apply to the methods you withdraw to: you can add a payout destination only with a method that serves your country, and withdraw only in a currency that method accepts. See [Payout destinations](/help/payout-destinations).

## Can support switch a method on for me?

No: support cannot turn on a method for one account outside the countries it serves. [Contact support](/contact) if your profile's country is right and a method that should work for it is missing.`,
  },
  "zh-CN": {
    title: "我所在的地区不能用某种支付方式",
    body: `每种支付方式只在特定的国家或地区和币种下可用，因为背后的银行和合作方有这样的限制。如果某种方式不支持您所在的国家或地区或所选币种，您会看到 **“您所在地区不支持该方式”**（“该支付方式不支持您所在的国家或币种”），或在交易记录中看到 **“您所在地区不可用”**。操作没有开始。

## 怎么办

1. **从列表中选择可用的方式。** 提示下方“您可以使用：”列出了该币种下您能用的方式。
2. **换一个币种。** 如果看到“您所在地区暂不支持充值 …”，说明在您所在的国家或地区没有任何方式支持该币种。可以先用支持的币种充值，之后再[换汇](/help/currencies-and-exchange)。
3. **核对您的国家或地区。** 我们以您[个人资料](/app/profile)中的国家或地区为准，而不是您当前从哪里上网，所以使用 VPN 或出境旅行都不会改变结果。如果您已搬到其他国家或地区，请在个人资料中更新，可用方式会随之变化。

各方式支持的国家或地区和币种，见[支付方式](/help/payment-methods)中的表格。银行卡和国际电汇通常在大多数国家或地区都可使用。

## 这些提示的意思不同

- **“该方式不支持此操作”**：该方式只能用于充值，或只能用于提现。
- **“请先完成身份认证”** 或“需要 … 级身份认证”：该方式对您可用，但需要更高的认证等级，详见[身份认证](/help/identity-verification)。
- **“系统维护中”** 或 **“暂时不可用”**：该方式可用，只是暂时关闭，详见[支付方式维护与故障](/help/maintenance-and-outages)。

## 提现

提现方式也遵循同样的规则：只能添加支持您所在国家或地区的收款方式，并且只能以该方式支持的币种提现。详见[收款账户](/help/payout-destinations)。

## 客服能为我单独开通吗？

不能：客服无法为单个账户开通其所在国家或地区不支持的方式。如果您个人资料中的国家或地区没有错，而本应可用的方式却没有显示，请[联系客服](/contact)。`,
  },
};

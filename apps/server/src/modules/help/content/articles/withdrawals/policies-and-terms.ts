import type { ShippedArticle } from "../../types.js";

export const policiesAndTerms: ShippedArticle = {
  slug: "policies-and-terms",
  section: "limits-and-fees",
  kind: "policy",
  tags: [
    "policies",
    "terms",
    "rules",
    "terms and conditions",
    "fee changes",
    "policy version",
    "政策",
    "规则",
    "条款",
    "服务条款",
    "收费标准",
    "规则变更",
  ],
  related: ["fees", "limits", "privacy-and-your-data"],
  en: {
    title: "Where can I read Satchel's policies, and how do I know when they change?",
    body: `Our rules for adding and withdrawing money are on the public [Fees, limits and rules](/policies) page. Anyone can read it without signing in.

## What the page contains

- **Payment methods**: each method with where it is offered, its currencies, its fee, its smallest and largest amount, how long it takes, the verification level it needs to add money and to withdraw, and its state **Right now** (available, paused or under maintenance).
- **Limits by verification level**: what you can add, withdraw and send per transaction, per day and per month at each level.
- **Rules**: for example that withdrawals of {{withdrawals.reviewOver}} or more and the first withdrawal to a new destination are checked by our team, that a new payout destination can be used after {{destinations.holdHours}}, that adding a destination and every withdrawal need your two-factor code, how long bank transfer details for a deposit stay valid, how deposit and withdrawal fees are charged, and until when you can cancel a withdrawal.

## Always the settings in force

The page is made from the settings the system actually uses, so it cannot fall out of date: when a fee or a limit changes, the page shows the new one. The numbers in this help center are filled in from the same settings.

## Versions and what changed

Every change to a fee, a limit, a method or a rule makes a new version:

- The top of the page shows **Version** with its number and **In force since** with the date.
- **What changed in this version** lists each change in plain words, for example a card fee going from one percentage to another.
- **Earlier versions** lists the previous ones with their dates and changes.

A method being paused or under maintenance for a while is shown live but is not a change of terms, so it does not make a new version.

## Questions about a policy?

[Contact support](/contact). How we handle your personal information is described in [Your data](/help/privacy-and-your-data).`,
  },
  "zh-CN": {
    title: "在哪里查看 Satchel 的政策？政策变更怎么知道？",
    body: `充值和提现的规则都在公开的[手续费、限额与规则](/policies)页面上，无需登录即可查看。

## 页面包含哪些内容

- **支付方式**：每种方式的适用地区、币种、手续费、最低和最高金额、到账时间、充值和提现所需的认证等级，以及“当前状态”（可用、暂停使用或维护中）。
- **各认证等级的限额**：每个等级单笔、每日和每月可以充值、提现和转账的金额。
- **规则**：例如 {{withdrawals.reviewOver}}及以上的提现和首次提现到新收款账户会由我们的团队审核；新添加的收款账户需等待 {{destinations.holdHours}}后才能使用；添加收款账户和每次提现都需要两步验证码；充值的银行转账信息有效期多长；充值和提现手续费如何收取；以及在什么时候之前可以取消提现。

## 始终是当前生效的设置

该页面直接由系统实际使用的设置生成，因此不会过时：手续费或限额一旦调整，页面上显示的就是新的数值。本帮助中心文章中的数字也来自同一套设置。

## 版本与变更记录

手续费、限额、支付方式或规则的每次变更都会生成一个新版本：

- 页面顶部显示“第 N 版”和“自……起生效”的日期。
- “本版本的变更”用通俗的语言逐条列出变更内容，例如银行卡手续费率从一个百分比调整为另一个。
- “历史版本”列出以往各版本的日期和变更。

某个支付方式临时暂停或维护会实时显示，但不属于条款变更，因此不会生成新版本。

## 对政策有疑问？

请[联系客服](/contact)。我们如何处理您的个人信息，请见[我们保存哪些关于您的数据](/help/privacy-and-your-data)。`,
  },
};

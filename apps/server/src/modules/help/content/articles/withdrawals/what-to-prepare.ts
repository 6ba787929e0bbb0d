import type { ShippedArticle } from "../../types.js";

export const whatToPrepare: ShippedArticle = {
  slug: "what-to-prepare",
  section: "contacting-support",
  kind: "faq",
  tags: [
    "wallet number",
    "reference",
    "transaction id",
    "screenshot",
    "information for support",
    "what to send support",
    "attach transaction",
    "钱包号",
    "交易编号",
    "流水号",
    "订单号",
    "截图",
    "提供什么信息",
    "联系客服需要什么",
    "附上交易",
  ],
  related: ["contact-support", "support-tickets", "transaction-history", "deposit-not-arrived"],
  en: {
    title: "What information should I have ready for support (wallet number, reference)?",
    body: `A few details let us find your account and your payment straight away, so we can answer in one reply instead of several. Send your ticket signed in and most of them are attached for you.

## 1. Your wallet number: where to find it

It looks like S1234-5678-90. You find it on your [dashboard](/app) under **Your wallet number**, with a button to copy it.

**Signed in, you don't need it**: a ticket from the [contact page](/contact) carries your account details automatically — wallet number, verification level, whether the account is locked or frozen, whether two-step verification is on and whether your email is confirmed. Without signing in, give the email address of your account and your wallet number if you know it.

## 2. The transaction reference

Signed in, attach the payment itself rather than its reference: click **Choose from your history** under **Transactions** in the ticket form, or **Get help with this transaction** on the transaction's page. We then see its amount, status and reason as they were.

Otherwise, give its reference. Every payment has one, such as T7K3M-9QPA2:

- in [Transactions](/transactions), in the **Reference** column and on each transaction's page;
- on a deposit's or withdrawal's page, as **History reference**;
- in the emails we send about it, on the line **Reference:**.

For a bank transfer deposit, also give the reference code we showed you (like SAT-7K3M9QPA) and your bank's own reference for the payment, if you have it.

## 3. Amount, currency and date

The amount and currency, roughly when it happened (and your time zone), and the method: card, bank transfer or e-wallet.

## 4. What happened

In a few sentences: what you did, what you expected, and what you saw instead. Copy any message on the screen word for word, for example "The payout details were refused". Say what you have already tried.

## 5. Screenshots

A screenshot of the message or the page often helps. Add it under **Screenshots** in the ticket form (PNG, JPEG, GIF or WebP; the form says how many and how large), or to any reply in your ticket. Without signing in, you can add screenshots to your replies once you have confirmed your email address. Cover any full card numbers before you send it.

## Never send us these

- your password;
- two-factor codes, text-message codes or recovery codes;
- your full card number or its security code (CVC).

We never ask for them, and anyone who does is not Satchel. See [Official channels](/help/official-channels).

Ready? [Send a ticket](/contact).`,
  },
  "zh-CN": {
    title: "联系客服前需要准备哪些信息（钱包号、交易编号）？",
    body: `提前准备好以下信息，我们就能立即找到您的账户和那笔付款，一次回复就把问题说清楚。登录后提交工单，其中大部分信息会自动附上。

## 1. 钱包号在哪里找

格式类似 S1234-5678-90。您可以在[首页](/app)的“你的钱包号”处找到，旁边有复制按钮。

**登录后无需提供**：在[联系客服](/contact)页面提交的工单会自动附上您的账户信息，包括钱包号、认证等级、账户是否被锁定或冻结、是否开启两步验证以及邮箱是否已验证。未登录时，请填写账户绑定的邮箱，如果知道钱包号也请一并提供。

## 2. 交易编号

登录后，请直接附上这笔交易，而不只是编号：在工单表单的**交易**一栏点击**从交易记录中选择**，或在交易详情页点击**获取关于此交易的帮助**。这样我们就能看到它当时的金额、状态和原因。

否则，请提供交易编号。每笔付款都有一个交易编号，例如 T7K3M-9QPA2：

- 在[交易记录](/transactions)的“交易编号”一栏以及每笔交易的详情页中；
- 在充值或提现的详情页上，显示为“交易记录编号”；
- 在我们发送的相关邮件中，“交易编号：”那一行。

如果是银行转账充值，还请提供我们给您的参考码（例如 SAT-7K3M9QPA），以及您银行的汇款流水号（如有）。

## 3. 金额、币种和时间

金额和币种、大概的时间（以及您所在的时区），以及付款方式：银行卡、银行转账还是电子钱包。

## 4. 发生了什么

用几句话说明：您做了什么、原本期望什么、实际看到了什么。屏幕上的提示请逐字复制，例如“收款信息被拒绝”。也请说明您已经尝试过哪些办法。

## 5. 截图

提示信息或页面的截图往往很有帮助。您可以在工单表单的**截图**一栏添加（PNG、JPEG、GIF 或 WebP 格式，数量和大小限制以表单提示为准），也可以在工单的任意一条回复中添加。未登录时，确认邮箱后即可在回复中添加截图。发送前请遮住完整的卡号。

## 请勿发送以下信息

- 您的密码；
- 两步验证码、短信验证码或恢复码；
- 完整卡号或卡背面的安全码（CVC）。

我们绝不会索要这些信息，凡是索要的都不是 Satchel。详见[官方渠道查询](/help/official-channels)。

准备好了？[提交工单](/contact)。`,
  },
};

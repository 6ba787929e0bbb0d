import type { ShippedArticle } from "../../types.js";

export const depositNotArrived: ShippedArticle = {
  slug: "deposit-not-arrived",
  section: "deposit-problems",
  kind: "troubleshooting",
  tags: [
    "deposit not received",
    "missing deposit",
    "money not arrived",
    "where is my money",
    "trace deposit",
    "deposit pending",
    "deposit stuck",
    "deposit expired",
    "充值未到账",
    "没到账",
    "不到帐",
    "钱没到",
    "入金未到",
    "充值失败",
    "查询充值",
  ],
  related: ["deposit-by-bank-transfer", "payment-failed", "contact-support", "what-to-prepare"],
  en: {
    title: "My deposit has not arrived",
    body: `Most deposits arrive on their own: card payments within seconds, e-wallets within minutes of your approval, bank transfers within the method's usual time. If yours is still pending or missing, here is how to find out where your money is.

## 1. Has the usual time passed?

- Card: {{method.card.processingTime}}
- E-wallets: {{method.ewallet_alipay.processingTime}} after you approve
- {{method.bank_us_ach.name}}: {{method.bank_us_ach.processingTime}}
- {{method.bank_sepa.name}}: {{method.bank_sepa.processingTime}}
- {{method.bank_cn.name}}: {{method.bank_cn.processingTime}}
- {{method.bank_swift.name}}: {{method.bank_swift.processingTime}}

Bank times count from when your bank sends the money; weekends and bank holidays don't count.

## 2. Look at the deposit's page

Open it from [Transactions](/transactions) ("See the deposit: status and details") or from our email. It tells you where it is:

- **"Waiting for … to confirm the payment"**: our payment partner is slow to answer. We keep asking automatically, credit it once, and email you. Don't pay again.
- **"Approve the payment with … to finish"** or a 3-D Secure request: it waits for you. Click **Continue**.
- **"Waiting for your bank transfer"**: we haven't received it yet; check you quoted the reference (SAT-…).
- **Failed**: the reason and what to do are shown, for example "Payment not approved" (cancelled or not approved on the e-wallet's page: start a new deposit). Nothing was charged.
- **Expired**, "No money arrived in time": the bank details ran out after {{bank.depositExpiryDays}} before money arrived.

On the bank's or e-wallet's page, "This payment is no longer waiting" means it was already answered or is over an hour old: open the deposit in Satchel. "The deposit is closed" means it already finished (credited, failed or expired) and can't take more money.

## 3. Use the deposit tracer

[My deposit has not arrived](/deposits/trace) works even without signing in. Enter the amount, the currency, how you paid ("I am not sure" is fine), roughly when, and the reference from your bank statement or ours. Signed in, you see the answer at once; otherwise we email it to your account's address.

If money reached us without a reference we could match (or after the deposit expired), the tracer says "We received money we could not match" and opens a case: our team matches it to your account and emails you.

## When to contact support

[Contact support](/contact) (or write to {{support.email}}) if the tracer says "We could not find it yet" and your bank confirms the money left, or if your deposit expired but the money was sent. Please include:

1. your wallet number (like S1234-5678-90);
2. the amount, currency, date and method;
3. the SAT- reference or the deposit ID, and the history reference (T…);
4. your bank's transfer confirmation (a screenshot or PDF). For cards, only the last 4 digits.

Never send your full card number, security code, password or verification codes.`,
  },
  "zh-CN": {
    title: "充值还没到账怎么办？",
    body: `大多数充值都会自动到账：银行卡几秒钟，电子钱包在您确认后几分钟内，银行转账在该方式的通常时间内。如果您的充值一直在处理中或找不到了，可以按下面的步骤查清钱在哪里。

## 1. 是否已超过通常到账时间？

- 银行卡：{{method.card.processingTime}}
- 电子钱包：确认付款后{{method.ewallet_alipay.processingTime}}
- {{method.bank_us_ach.name}}：{{method.bank_us_ach.processingTime}}
- {{method.bank_sepa.name}}：{{method.bank_sepa.processingTime}}
- {{method.bank_cn.name}}：{{method.bank_cn.processingTime}}
- {{method.bank_swift.name}}：{{method.bank_swift.processingTime}}

银行转账的时间从您的银行汇出时开始计算，周末和银行假日不算在内。

## 2. 查看这笔充值的详情页

在[交易记录](/transactions)中点击“查看这笔充值的状态与详情”，或打开我们发给您的邮件。页面会告诉您进度：

- **“正在等待 … 确认付款”**：支付合作方响应较慢。我们会自动持续查询，只入账一次，并发邮件通知您。请不要重复付款。
- **“请在 … 中确认付款以完成充值”** 或 3-D Secure 验证：正在等您操作，请点击 **继续**。
- **“正在等待您的银行转账”**：我们还没收到款项，请确认转账时填写了附言代码（SAT-…）。
- **失败**：页面会显示原因和下一步，例如“付款未获批准”（在电子钱包页面被取消或未确认，请重新发起充值）。不会扣款。
- **已过期**，“未在有效期内收到款项”：收款信息 {{bank.depositExpiryDays}} 的有效期已过，期间没有收到款项。

如果银行或电子钱包页面提示“该付款已不在等待确认”，说明它已被处理或已超过一小时，请回到 Satchel 打开这笔充值查看。“该充值单已结束”表示这笔充值已经到账、失败或过期，不能再接收款项。

## 3. 使用充值查询工具

[充值未到账](/deposits/trace)查询无需登录即可使用。填写付款金额、币种、付款方式（不确定也可以）、大约时间，以及银行账单上的参考号或我们给您的附言代码。登录后查询可以直接在页面上看到结果；未登录时，结果会发送到您账户的邮箱。

如果款项已到达我们账户，但没有可识别的附言代码（或在充值过期后才到），查询结果会显示“我们收到了一笔无法匹配的款项”，并自动创建工单：工作人员会把它匹配到您的账户，并发邮件通知您。

## 什么时候需要联系客服

如果查询结果为“暂时没有找到”而银行确认款项已经汇出，或者充值已过期但钱确实汇出了，请[联系客服](/contact)（或发邮件至 {{support.email}}），并提供：

1. 您的钱包号（格式如 S1234-5678-90）；
2. 金额、币种、日期和付款方式；
3. SAT- 附言代码或充值编号，以及交易编号（T 开头）；
4. 银行的汇款凭证（截图或 PDF）。银行卡只需提供卡号后 4 位。

请勿发送完整卡号、安全码、密码或任何验证码。`,
  },
};

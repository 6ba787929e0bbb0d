import type { ShippedArticle } from "../../types.js";

export const depositByCard: ShippedArticle = {
  slug: "deposit-by-card",
  section: "deposit-methods",
  kind: "how_to",
  tags: [
    "card",
    "debit card",
    "credit card",
    "visa",
    "mastercard",
    "top up with card",
    "银行卡充值",
    "信用卡",
    "借记卡",
    "刷卡",
    "万事达",
    "用卡充值",
    "信用卡充值",
    "card deposit",
  ],
  related: ["card-authentication-3ds", "card-declined", "wrong-card-details", "payment-methods"],
  en: {
    title: "How do I add money with a card?",
    body: `You can add money with a Visa or Mastercard debit or credit card. It is usually the fastest way: the money is in your wallet within seconds of your bank approving the payment.

## Fees and amounts

- Fee: {{method.card.fee}}, taken from the amount you pay
- Smallest deposit: {{method.card.min}}; largest: {{method.card.max}} (shown in your currency on the page)
- Arrives: {{method.card.processingTime}}

Your deposit limits also apply (before you verify your identity: {{limits.deposit.level0.perTransaction}} per deposit, {{limits.deposit.level0.daily}} a day). See [Limits](/help/limits).

## Step by step

1. Open [Add money](/deposit) and choose the currency.
2. Choose **{{method.card.name}}** and enter the amount. The page shows the fee and "You will receive".
3. Enter the card number, the expiry date (MM/YY) and the security code (CVC) from the back of the card. The form checks each field as you type.
4. Click **Add money**.
5. Your bank may ask you to confirm the payment (3-D Secure): you go to your bank's page, confirm, and come back to Satchel. See [3-D Secure](/help/card-authentication-3ds).
6. The deposit page shows the progress and updates by itself. When it says **Credited** the money is in your wallet, and we email you "Your deposit of … has arrived".

If you do not have a wallet in that currency yet, it opens when the money arrives.

## If the card is declined

The deposit page says "This deposit did not go through" with the reason your bank gave and what to do, and we email you the same. **Nothing is charged** for a declined payment. See [My card was declined](/help/card-declined) and [It says my card details are wrong](/help/wrong-card-details).

## Your card details are safe

"Your full card number is sent to the card provider only. We keep the brand, the last 4 digits and the expiry date." We never store your security code, and Satchel staff will never ask you for it.

Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "如何用银行卡充值？",
    body: `您可以使用 Visa 或万事达卡（Mastercard）的借记卡或信用卡充值。这通常是最快的方式：发卡行批准付款后，几秒钟内就会到账。

## 手续费与金额

- 手续费：{{method.card.fee}}，从您支付的金额中扣除
- 单笔最低：{{method.card.min}}；单笔最高：{{method.card.max}}（页面上会按您所选币种显示）
- 到账时间：{{method.card.processingTime}}

同时还受您的充值限额约束（完成身份认证前：单笔 {{limits.deposit.level0.perTransaction}}，每日 {{limits.deposit.level0.daily}}）。详见[限额说明](/help/limits)。

## 操作步骤

1. 打开[充值](/deposit)页面，选择币种。
2. 选择 **{{method.card.name}}**，输入金额。页面会显示手续费和“实际到账”金额。
3. 输入卡号、有效期（月/年，MM/YY）和卡背面的安全码（CVC）。表单会在您输入时逐项检查。
4. 点击 **充值**。
5. 发卡行可能会要求您确认这笔付款（3-D Secure 验证）：页面会跳转到银行的验证页，确认后回到 Satchel。详见[3-D Secure 验证](/help/card-authentication-3ds)。
6. 充值页面会显示处理进度并自动更新。显示 **已到账** 即表示资金已存入钱包，我们也会发送“您的 … 充值已到账”邮件。

如果您还没有该币种的钱包，到账时会自动开通。

## 如果银行卡被拒绝

充值页面会显示“这笔充值未成功”，并说明银行给出的原因和下一步怎么做，我们也会发邮件告知。被拒绝的付款**不会扣款**。详见[银行卡被拒绝了怎么办](/help/card-declined)和[提示银行卡信息有误怎么办](/help/wrong-card-details)。

## 您的卡片信息是安全的

“完整卡号只发送给发卡服务商。我们只保存卡组织、卡号后 4 位和有效期。”我们从不保存安全码，Satchel 工作人员也绝不会向您索要安全码。

仍需帮助？请[联系客服](/contact)。`,
  },
};

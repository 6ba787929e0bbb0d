import type { ShippedArticle } from "../../types.js";

export const cardDeclined: ShippedArticle = {
  slug: "card-declined",
  section: "deposit-problems",
  kind: "troubleshooting",
  tags: [
    "card declined",
    "card rejected",
    "declined",
    "card refused",
    "do not honor",
    "payment declined",
    "not enough money on card",
    "银行卡被拒",
    "卡被拒绝",
    "刷卡失败",
    "扣款失败",
    "卡余额不足",
    "拒付",
    "被拒",
  ],
  related: ["wrong-card-details", "card-authentication-3ds", "deposit-by-card", "payment-failed"],
  en: {
    title: "My card was declined",
    body: `A declined card payment **costs you nothing**: no money is taken and nothing is added to your wallet. The deposit page ("This deposit did not go through") and our email say why, using what your card's bank told us.

## What each reason means

| On screen | What happened | What to do |
| --- | --- | --- |
| **The card was declined** | Your bank refused and did not say why. Often: online or international payments are switched off, a card limit was reached, or the bank's fraud check stepped in. | Call the number on the back of your card, or try another card. |
| **Not enough money on the card** | The card's balance or credit limit is too low. | Use another card, a smaller amount, or a [bank transfer](/help/deposit-by-bank-transfer). |
| **The card was reported lost** | The card is blocked as lost. | Use another card. If you still have this one, call your bank. |
| **The card was reported stolen** | The card is blocked as stolen. | Use another card and contact your card issuer. |
| **The card has expired** | The expiry date has passed. | Use your new card or another method. |
| **The security code was wrong** | The 3- or 4-digit CVC did not match. | Check the code and try again: [wrong card details](/help/wrong-card-details). |
| **Card details are not right** | The number, expiry date or code did not match the bank's records. | Check and enter them again. |
| **The card could not be processed** | An error in the card network. You were not charged. | Wait a moment and try again; if it happens again, use another card. |
| **Card verification failed** | The 3-D Secure check was not completed. | Try again and finish the check: [3-D Secure](/help/card-authentication-3ds). |

If the form says **"Check the card details"** instead, nothing was sent to your bank: see [wrong card details](/help/wrong-card-details).

## Trying again

Click **Try again** on the deposit page to start a new deposit. Trying again is fine after a security-code mistake or a processing error. For a lost, stolen or expired card, use another card: repeating will only be declined again, and many declines in a row can make your bank block the card.

## Only your bank can lift a decline

Satchel sees only the reason your bank gives, and our support team cannot approve a payment your bank refused. Your bank can tell you more and, for example, allow online payments. Meanwhile you can add money by [bank transfer or e-wallet](/help/payment-methods).

Still need help? [Contact support](/contact) with the deposit's history reference (T…).`,
  },
  "zh-CN": {
    title: "银行卡被拒绝了怎么办？",
    body: `银行卡付款被拒绝**不会产生任何费用**：不会扣款，钱包里也不会增加金额。充值页面（“这笔充值未成功”）和我们的邮件会根据发卡行给出的信息告诉您原因。

## 各种原因的含义

| 页面提示 | 发生了什么 | 怎么办 |
| --- | --- | --- |
| **银行卡被拒绝** | 发卡行拒绝了付款但没有说明原因。常见情况：未开通网上支付或境外支付、达到卡片限额，或被银行风控拦截。 | 拨打卡背面的电话咨询银行，或换一张卡。 |
| **银行卡余额不足** | 卡内余额或信用额度不足。 | 换一张卡、减少金额，或改用[银行转账](/help/deposit-by-bank-transfer)。 |
| **该卡已挂失** | 该卡已作为挂失卡被冻结。 | 请换用其他银行卡。如果卡仍在您手中，请联系银行。 |
| **该卡已被报告被盗** | 该卡已作为被盗卡被冻结。 | 请换用其他银行卡，并联系发卡机构。 |
| **银行卡已过期** | 该卡已超过有效期。 | 请使用新卡或其他支付方式。 |
| **安全码错误** | 3 位或 4 位安全码（CVC）不匹配。 | 核对后重试，详见[银行卡信息有误](/help/wrong-card-details)。 |
| **银行卡信息有误** | 卡号、有效期或安全码与银行记录不符。 | 核对卡面信息后重新输入。 |
| **银行卡处理出错** | 卡组织处理时出错，您未被扣款。 | 稍后重试；如果再次出现，请换用其他银行卡。 |
| **银行卡验证未通过** | 未完成 3-D Secure 验证。 | 重试并完成验证，详见[3-D Secure 验证](/help/card-authentication-3ds)。 |

如果表单提示的是 **“请检查银行卡信息”**，说明信息还没有发送给银行，详见[银行卡信息有误](/help/wrong-card-details)。

## 重新尝试

在充值页面点击 **重新充值** 即可发起新的充值。如果是安全码输错或处理出错，可以放心重试。如果卡已挂失、被盗或过期，请换一张卡：重复尝试只会再次被拒，而且连续多次被拒可能导致银行冻结该卡。

## 只有发卡行能解除拒绝

Satchel 只能看到发卡行给出的原因，客服也无法批准被银行拒绝的付款。您可以联系银行了解详情，例如开通网上支付。在此期间，也可以通过[银行转账或电子钱包](/help/payment-methods)充值。

仍需帮助？请[联系客服](/contact)，并提供这笔充值的交易编号（T 开头）。`,
  },
};

import type { ShippedArticle } from "../../types.js";

export const cardAuthentication3ds: ShippedArticle = {
  slug: "card-authentication-3ds",
  section: "deposit-methods",
  kind: "faq",
  tags: [
    "3-D Secure",
    "3d secure",
    "3ds",
    "verified by visa",
    "mastercard identity check",
    "securecode",
    "bank confirmation",
    "otp",
    "card verification",
    "3D验证",
    "银行验证",
    "银行卡验证",
    "验证码",
    "安全验证",
  ],
  related: ["deposit-by-card", "card-declined", "official-channels"],
  en: {
    title: "Why does my bank ask me to confirm a card payment (3-D Secure)?",
    body: `3-D Secure is a check your **card issuer** runs to make sure it is really you paying. Visa calls it Visa Secure, Mastercard calls it Identity Check. Your bank decides when to ask for it, not Satchel: some banks ask every time, some only for larger or unusual payments.

## What happens

1. You start a [card deposit](/help/deposit-by-card).
2. If your bank wants a confirmation, the deposit page says "Your card issuer wants you to confirm this payment (3-D Secure)" and takes you to your bank's page.
3. Confirm there, the way your bank usually asks: in its app, with a code it texts you, or with a password. Check that the amount is right and the merchant is Satchel.
4. You come back to the Satchel deposit page. Once your bank confirms, the money is credited, usually within seconds.

## If you closed the page or the browser

The deposit waits. Open it from [Transactions](/transactions) ("See the deposit: status and details") and click **Continue** to go back to your bank's page. Nothing is charged until you confirm.

## If the check fails

If you cancel or the check fails, the deposit ends with **"Card verification failed"**: "The 3-D Secure check with your card issuer was not completed, so the payment was not made." If you don't finish **within an hour**, we close the payment and the deposit shows **Expired**. Either way nothing is charged: start a new deposit and complete the check, or use another card.

Common causes: the bank's text message did not arrive (check the phone number your bank has), the banking app was not up to date, or the time ran out. Only your bank can help with its own check.

## Stay safe

The confirmation page belongs to your bank. Satchel will **never** ask you for your bank's confirmation code, your card PIN or your security code by email, phone or message. If anyone does, it is not us: see [Is this really Satchel?](/help/official-channels)

Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "银行卡充值时为什么要我确认（3-D Secure 验证）？",
    body: `3-D Secure 是**发卡行**为确认是您本人付款而进行的验证。Visa 称之为 Visa Secure，万事达卡称之为 Identity Check。是否需要验证由您的银行决定，而不是 Satchel：有的银行每次都要验证，有的只在金额较大或付款异常时才要求。

## 验证流程

1. 您发起[银行卡充值](/help/deposit-by-card)。
2. 如果银行要求确认，充值页面会提示“发卡行需要您确认这笔付款（3-D Secure 验证）”，并跳转到银行的验证页面。
3. 按银行平时的方式完成确认：在银行 App 中确认、输入银行发送的短信验证码或输入密码。请核对金额无误、商户为 Satchel。
4. 完成后会回到 Satchel 的充值页面。银行确认后即会入账，通常只需几秒钟。

## 不小心关掉了页面或浏览器？

充值会一直等您确认。在[交易记录](/transactions)中点击“查看这笔充值的状态与详情”，再点击 **继续** 即可回到银行验证页面。确认之前不会扣款。

## 验证没有通过

如果您取消了验证或验证失败，充值会以 **“银行卡验证未通过”** 结束：“未完成发卡机构的 3-D Secure 验证，因此付款未进行。”如果**一小时内**没有完成验证，我们会关闭这笔付款，充值显示为 **已过期**。无论哪种情况都不会扣款：请重新发起充值并完成验证，或换用其他银行卡。

常见原因：没收到银行的短信（请核对您在银行预留的手机号）、银行 App 不是最新版本，或超时未完成。银行自己的验证问题只有银行能帮您解决。

## 注意安全

验证页面属于您的银行。Satchel **绝不会**通过邮件、电话或消息向您索要银行验证码、银行卡密码或安全码。如果有人这样做，那一定不是我们：请查看[如何确认是 Satchel 官方渠道](/help/official-channels)。

仍需帮助？请[联系客服](/contact)。`,
  },
};

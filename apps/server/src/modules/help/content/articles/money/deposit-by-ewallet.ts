import type { ShippedArticle } from "../../types.js";

export const depositByEwallet: ShippedArticle = {
  slug: "deposit-by-ewallet",
  section: "deposit-methods",
  kind: "how_to",
  tags: [
    "e-wallet",
    "ewallet",
    "alipay",
    "paypal",
    "pay pal",
    "approve payment",
    "电子钱包",
    "支付宝",
    "支付宝充值",
    "贝宝",
    "钱包充值",
  ],
  related: ["payment-methods", "deposit-not-arrived", "payment-failed"],
  en: {
    title: "How do I add money with Alipay or PayPal?",
    body: `You start the deposit in Satchel, approve it on the e-wallet's own page, and come back. The money usually arrives within minutes of your approval.

## Fees and amounts

| E-wallet | Fee | Smallest | Largest | Arrives |
| --- | --- | --- | --- | --- |
| {{method.ewallet_alipay.name}} | {{method.ewallet_alipay.fee}} | {{method.ewallet_alipay.min}} | {{method.ewallet_alipay.max}} | {{method.ewallet_alipay.processingTime}} |
| {{method.ewallet_paypal.name}} | {{method.ewallet_paypal.fee}} | {{method.ewallet_paypal.min}} | {{method.ewallet_paypal.max}} | {{method.ewallet_paypal.processingTime}} |

Each e-wallet works in certain countries and currencies only: see [Payment methods](/help/payment-methods). If one is missing from your list, see [A payment method is not available in my country](/help/method-not-available-in-region).

## Step by step

1. Open [Add money](/deposit), choose the currency, then the e-wallet, and enter the amount. The page shows the fee and "You will receive".
2. Click **Add money**. You are taken to the e-wallet's page.
3. Sign in there if asked, check that the merchant is **Satchel** and the amount is right, and approve the payment.
4. You come back to the deposit page, which updates by itself. When it says **Credited**, the money is in your wallet and we email you.

## If you closed the page before approving

The deposit waits for you. Open it from [Transactions](/transactions) ("See the deposit: status and details"): it says "Approve the payment with … to finish" and a **Continue** button takes you back to the e-wallet. Nothing is charged until you approve.

## If you cancel, or don't approve in time

If you cancel on the e-wallet's page, the deposit ends as **"Payment not approved"**. If you don't approve it **within an hour**, we close the payment and the deposit shows **Expired**. Either way no money moves: start a new deposit when you are ready.

If the e-wallet's page says "This payment is no longer waiting", it was already approved, cancelled or is older than an hour. Go back to Satchel and open the deposit to see where it is.

Approved but nothing arrived after a while? See [My deposit has not arrived](/help/deposit-not-arrived).`,
  },
  "zh-CN": {
    title: "如何用支付宝或 PayPal 充值？",
    body: `在 Satchel 发起充值后，页面会跳转到电子钱包自己的页面，您在那里确认付款后再回到 Satchel。确认后通常几分钟内到账。

## 手续费与金额

| 电子钱包 | 手续费 | 单笔最低 | 单笔最高 | 到账时间 |
| --- | --- | --- | --- | --- |
| {{method.ewallet_alipay.name}} | {{method.ewallet_alipay.fee}} | {{method.ewallet_alipay.min}} | {{method.ewallet_alipay.max}} | {{method.ewallet_alipay.processingTime}} |
| {{method.ewallet_paypal.name}} | {{method.ewallet_paypal.fee}} | {{method.ewallet_paypal.min}} | {{method.ewallet_paypal.max}} | {{method.ewallet_paypal.processingTime}} |

每种电子钱包只支持特定的国家或地区和币种，详见[支付方式](/help/payment-methods)。如果列表里没有您想用的钱包，请查看[我所在的地区不能用某种支付方式](/help/method-not-available-in-region)。

## 操作步骤

1. 打开[充值](/deposit)页面，选择币种和电子钱包，输入金额。页面会显示手续费和“实际到账”金额。
2. 点击 **充值**，页面会跳转到电子钱包的付款页。
3. 如有需要请先登录，核对商户为 **Satchel**、金额无误后确认付款。
4. 随后会回到 Satchel 的充值页面，页面会自动更新。显示 **已到账** 即表示资金已存入钱包，我们也会发邮件通知您。

## 还没确认就关掉了页面？

充值会一直等您确认。在[交易记录](/transactions)中点击“查看这笔充值的状态与详情”，页面会提示“请在 … 中确认付款以完成充值”，点击 **继续** 即可回到电子钱包。确认之前不会扣款。

## 取消了付款，或没有及时确认

如果您在电子钱包页面取消了付款，充值会以 **“付款未获批准”** 结束。如果**一小时内**没有确认，我们会关闭这笔付款，充值显示为 **已过期**。无论哪种情况资金都不会有任何变动，需要时请重新发起充值。

如果电子钱包页面提示“该付款已不在等待确认”，说明它已被确认、取消，或已超过一小时。请回到 Satchel 打开这笔充值查看状态。

已经确认付款，过了很久还没到账？请查看[充值还没到账怎么办](/help/deposit-not-arrived)。`,
  },
};

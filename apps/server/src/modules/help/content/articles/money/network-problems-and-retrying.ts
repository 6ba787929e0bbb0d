import type { ShippedArticle } from "../../types.js";

export const networkProblemsAndRetrying: ShippedArticle = {
  slug: "network-problems-and-retrying",
  section: "payment-failures",
  kind: "troubleshooting",
  tags: [
    "connection dropped",
    "network error",
    "timeout",
    "timed out",
    "charged twice",
    "double charge",
    "retry",
    "try again",
    "网络中断",
    "断网",
    "连接超时",
    "重复扣款",
    "扣了两次",
    "重试",
    "没反应",
  ],
  related: ["transaction-history", "payment-failed", "maintenance-and-outages", "send-money"],
  en: {
    title: "The connection dropped: will I be charged twice if I try again?",
    body: `**No, not if you try again from the same screen.** When you confirm a payment, the app gives it a unique tag. If the connection drops and the app sends the same payment again, we recognise the tag and carry it out only once. If the first attempt already went through, trying again simply shows you that result.

## What you see

If the answer gets lost on the way, the screen says "We could not tell whether that went through" (for a transfer: "We don't know yet whether the money was sent") with a **Try again** button. Pressing it is safe: "the same payment is never sent twice". Don't change the amount or recipient first, or it counts as a new payment.

If the page says "The server could not be reached. Check your connection and try again.", nothing reached us: check your Wi-Fi or mobile data and try again.

## Check your history before starting again

If you reloaded the page, closed the app, or started a fresh payment, the app can't know it's the same payment. So before you pay again:

1. Open [Transactions](/transactions) and look for the payment (amount, recipient, time).
2. **Completed**: it went through. Don't send it again.
3. **Pending**: it's still in progress. Wait; it finishes on its own.
4. **Failed**, or not there at all: nothing moved. It's safe to try again.

## Deposits and slow partners

When a card or e-wallet partner answers slowly, your deposit waits ("Waiting for … to confirm the payment") and we keep checking with the partner automatically. If a transaction shows **"The connection timed out"**, the same applies: "We check the result automatically and will not charge you twice." Wait a few minutes and look at it again before retrying. Starting a second deposit would be a second payment.

## Exchanges

A quote can be used once. If an exchange went through and you try the same quote again, you'll be told the quote has expired: check your history before asking for a new quote.

## Other messages

- **"Too many requests"**: "Wait … seconds and try again."
- **"Conflicting change"**: something changed at the same moment. Reload the page and try again.
- **"Idempotency key already used"**: the app tried to resend a payment with different details. Reload the page, check your history, and start again.

## Bank transfers

If your bank sent the same transfer twice, both amounts reach us: our team matches the second one to your account. [Contact support](/contact) if you need help with it.

See also [Maintenance and outages](/help/maintenance-and-outages).`,
  },
  "zh-CN": {
    title: "网络断了，重试会重复扣款吗？",
    body: `**只要在同一个页面上重试，就不会。** 您确认付款时，App 会给这笔付款加上一个唯一标记。如果网络中断后 App 再次发送同一笔付款，我们会识别出这个标记，只执行一次。如果第一次其实已经成功，重试只会把那次的结果显示给您。

## 您会看到什么

如果结果在传输途中丢失，页面会提示“无法确认操作是否成功”（转账时为“暂时无法确定转账是否成功”），并显示 **重试** 按钮。可以放心点击：“同一笔转账绝不会重复支付”。重试前请不要修改金额或收款人，否则会被当作一笔新的付款。

如果页面提示“无法连接到服务器。请检查网络连接后重试。”，说明请求根本没有到达我们这里：请检查 Wi-Fi 或移动数据后重试。

## 重新付款前，先查看交易记录

如果您刷新了页面、关闭了 App 或重新填写了一笔付款，App 就无法知道这是同一笔付款。所以再次付款前请先：

1. 打开[交易记录](/transactions)，按金额、收款人和时间查找这笔付款。
2. **已完成**：已经成功，请不要再付一次。
3. **处理中**：仍在进行，请耐心等待，它会自动完成。
4. **失败** 或根本找不到：资金没有变动，可以放心重试。

## 充值与响应慢的合作方

如果银行卡或电子钱包合作方响应较慢，您的充值会保持等待状态（“正在等待 … 确认付款”），我们会自动向合作方持续核查。如果交易显示 **“连接超时”**，也是同样的情况：“我们会自动核查结果，不会重复扣款。”请等几分钟，再次查看状态后再决定是否重试。再发起一笔充值就是第二笔付款。

## 货币兑换

每个报价只能使用一次。如果兑换其实已经成功，用同一个报价重试会提示报价已过期：请先查看交易记录，再决定是否重新获取报价。

## 其他提示

- **“请求过于频繁”**：“请等待 … 秒后重试。”
- **“更改冲突”**：同一时间有其他改动。请刷新页面后重试。
- **“幂等键已被使用”**：App 重新发送付款时内容与原来不一致。请刷新页面，先查看交易记录，再重新发起。

## 银行转账

如果您的银行把同一笔转账汇了两次，两笔钱都会到达我们这里：工作人员会把第二笔匹配到您的账户。如需帮助，请[联系客服](/contact)。

另请参阅[支付方式维护与故障](/help/maintenance-and-outages)。`,
  },
};

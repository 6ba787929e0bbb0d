import type { ShippedArticle } from "../../types.js";

export const wrongCardDetails: ShippedArticle = {
  slug: "wrong-card-details",
  section: "deposit-problems",
  kind: "troubleshooting",
  tags: [
    "wrong card details",
    "invalid card number",
    "card number not valid",
    "cvc",
    "cvv",
    "security code",
    "expiry date",
    "卡号错误",
    "卡号无效",
    "安全码",
    "有效期",
    "银行卡信息错误",
    "CVV错误",
  ],
  related: ["card-declined", "deposit-by-card", "card-authentication-3ds"],
  en: {
    title: "It says my card details are wrong",
    body: `Nothing is charged when card details are wrong: fix the field that is flagged and try again. There are three places a mistake can show up.

## 1. In the form, as you type

The card form checks each field before anything is sent:

- "This card number is not valid. Check it for a typo." or "The card number is not complete.": a card number has 12 to 19 digits, and we check them with the same checksum banks use, so one wrong digit is caught.
- "Enter the expiry date as MM/YY.", "The month must be between 01 and 12.", "This card has expired." or "This expiry date is too far in the future.": type the date exactly as printed, e.g. 08/29.
- "The security code has … digits.": the code on the back of the card (the form says how many digits your card has).

## 2. "Check the card details"

"The card … is not valid. Nothing was charged." names the field (number, expiry month, expiry year or security code). Correct it and click **Add money** again.

## 3. Your bank's answer

Details that look right can still differ from what your bank has. Then the deposit fails with one of these, and nothing is charged:

- **"The security code was wrong"**: check the 3- or 4-digit code and try again.
- **"Card details are not right"**: the number, expiry date or code did not match the bank's records.
- **"The card has expired"**: use your new card.

## Tips

- Got a new card recently? It has a new expiry date and security code, and often a new number.
- Your browser's saved card may be outdated: type the details yourself.
- Virtual cards from a banking app have their own number, expiry and code: copy them from the app.
- Don't keep guessing: after a few wrong security codes in a row, banks often block the card. If it still fails, call the number on the back of your card.

We never store your full card number or security code, and Satchel will never ask you for them by email, phone or message.

See also [My card was declined](/help/card-declined). Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "提示银行卡信息有误怎么办？",
    body: `银行卡信息有误时不会扣款：按提示改正出错的那一项后重试即可。错误可能出现在以下三个环节。

## 1. 填写表单时

银行卡表单会在提交前逐项检查：

- “卡号无效，请检查是否输错。”或“卡号不完整。”：卡号为 12 至 19 位数字，我们会用银行通用的校验规则检查，输错一位也能发现。
- “请按 MM/YY 格式输入有效期。”“月份应在 01 到 12 之间。”“此卡已过期。”或“有效期太远，请检查。”：请按卡面印刷的格式输入，例如 08/29。
- “安全码为 … 位数字。”：即卡片背面的安全码（表单会提示您的卡是几位）。

## 2. 提示“请检查银行卡信息”

“银行卡的 … 无效，未发生任何扣款。”提示中会指出具体哪一项（卡号、有效期月份、有效期年份或安全码（CVC））。改正后再次点击 **充值** 即可。

## 3. 发卡行返回的结果

有时信息看起来没错，但与银行的记录不一致。这时充值会失败并显示以下原因之一，同样不会扣款：

- **“安全码错误”**：请核对 3 位或 4 位安全码后重试。
- **“银行卡信息有误”**：卡号、有效期或安全码与银行记录不符。
- **“银行卡已过期”**：请使用新卡。

## 小贴士

- 最近换了新卡？新卡的有效期和安全码都变了，卡号通常也会变。
- 浏览器自动填充的卡片信息可能已过时，建议手动输入。
- 手机银行里的虚拟卡有自己的卡号、有效期和安全码，请从 App 中复制。
- 不要反复猜测：连续多次输错安全码，银行往往会冻结该卡。如果仍然失败，请拨打卡背面的电话咨询银行。

我们从不保存完整卡号和安全码，Satchel 也绝不会通过邮件、电话或消息向您索要这些信息。

另请参阅[银行卡被拒绝了怎么办](/help/card-declined)。仍需帮助？请[联系客服](/contact)。`,
  },
};

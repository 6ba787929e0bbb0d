import type { ShippedArticle } from "../../types.js";

export const payoutDestinations: ShippedArticle = {
  slug: "payout-destinations",
  section: "withdrawing",
  kind: "how_to",
  tags: [
    "payout destination",
    "bank account",
    "add bank",
    "not ready yet",
    "IBAN",
    "SWIFT",
    "收款账户",
    "收款方式",
    "绑定银行卡",
    "绑卡",
    "支付宝",
    "提现账户",
    "不能马上用",
    "等待",
  ],
  related: ["withdrawals", "two-factor-authentication", "withdrawal-rejected", "suspicious-activity"],
  en: {
    title: "Adding a bank account, card or e-wallet to withdraw to (and why it must wait)",
    body: `Withdrawals go to a payout destination you have saved: a bank account, a card or an e-wallet. Add one on [Payout destinations](/payout-destinations). You need two-step verification turned on; no verification level is needed to save a destination (only to withdraw).

## Add a destination

1. Open [Payout destinations](/payout-destinations) and go to **Add a destination**.
2. Choose the **Type**. You only see the methods that pay out in your country.
3. Enter the details:
   - **Bank account**: the **Account holder** exactly as your bank has it, the **Bank name**, and the **Account number** or **IBAN**. US accounts add the 9-digit **Routing number**; international transfers the **SWIFT / BIC** (8 or 11 characters).
   - **Card**: the card number and expiry date.
   - **E-wallet**: the email address or phone number of the account, the phone with + and the country code (for example +86…).
4. Optionally **Name it**, such as "Salary account".
5. Enter your two-factor code and click **Save destination**.

## Why a new destination has to wait

For your safety a new destination can be used {{destinations.holdHours}} after you add it, and we email you "A payout destination was added to your account". So even someone who got into your account could not empty your wallet before you notice. Until then the list shows **Not ready yet** and **Usable from** with the time; trying to withdraw shows "New destination not usable yet".

The first withdrawal to each new destination is also checked by our team.

**Got that email but did not add anything?** Remove the destination at once, change your password and read [Suspicious activity](/help/suspicious-activity).

## Messages you may see

- **"Check the payout details"**: a field is not valid, such as an IBAN with a typo; the form marks which one.
- **"Already saved"**: you already have this account or card for this method.
- **"Destination removed"**: choose another destination or add it again.
- **"Card service not answering"**: the card was not saved; try again in a few minutes.

## Removing a destination

Click **Remove**. Withdrawals already made to it are not affected. If you add the same account again later, it is a new destination: it waits again and its first withdrawal is reviewed again.

Only a masked form of each destination is ever shown (for example •••• 6789). Account details are stored encrypted; for a card we keep only the card provider's token, the brand and the last 4 digits, never the full number.`,
  },
  "zh-CN": {
    title: "如何添加收款账户（银行卡、支付宝等）？新账户为什么要等？",
    body: `提现只能汇到您已保存的收款账户：银行账户、银行卡或电子钱包。请在[收款账户](/payout-destinations)页面添加。添加前需要开启两步验证；保存收款账户不要求认证等级（提现时才需要）。

## 添加收款账户

1. 打开[收款账户](/payout-destinations)页面，找到“添加收款账户”。
2. 选择“类型”。这里只会列出支持向您所在国家或地区付款的方式。
3. 填写信息：
   - **银行账户**：“户名”须与银行登记的姓名完全一致，填写“开户银行”，以及“账号”或 IBAN。美国账户还需填写 9 位“路由号”；国际汇款需填写 SWIFT / BIC（8 或 11 位）。
   - **银行卡**：卡号和有效期。
   - **电子钱包**：该账号使用的邮箱或手机号，手机号需以 + 和国家代码开头（例如 +86…）。
4. 可以填写“备注名称”，例如“工资卡”。
5. 输入两步验证码，点击“保存收款账户”。

## 为什么新账户要等一段时间才能用

为保障资金安全，新添加的收款账户需等待 {{destinations.holdHours}}后才能使用，同时我们会给您发送邮件“您的账户添加了新的收款方式”。这样，即使有人盗用了您的账户，也无法在您察觉之前把钱转走。在此之前，列表中会显示“暂不可用”和“自……起可用”；此时提现会提示“新收款方式暂不可用”。

首次提现到新的收款账户时，我们的团队还会进行审核。

**收到邮件但您并没有添加？** 请立即删除该收款账户、修改密码，并阅读[发现可疑活动怎么办](/help/suspicious-activity)。

## 可能看到的提示

- **“请检查收款信息”**：某个字段无效，例如 IBAN 输错，表单会标出具体字段。
- **“已保存过”**：该方式下已保存过这个账户或这张卡。
- **“收款方式已删除”**：请选择其他收款账户，或重新添加。
- **“银行卡服务暂无响应”**：银行卡没有保存成功，请几分钟后重试。

## 删除收款账户

点击“删除”即可，已完成的提现不受影响。以后再次添加同一个账户时，它会被视为新的收款账户：需要重新等待，首次提现也会再次审核。

收款账户任何时候都只显示脱敏信息（例如 •••• 6789）。账户信息加密保存；银行卡只保存银行卡服务机构提供的令牌、卡组织和卡号末 4 位，绝不保存完整卡号。`,
  },
};

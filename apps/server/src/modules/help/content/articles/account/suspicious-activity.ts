import type { ShippedArticle } from "../../types.js";

export const suspiciousActivity: ShippedArticle = {
  slug: "suspicious-activity",
  section: "staying-safe",
  kind: "how_to",
  tags: [
    "suspicious activity",
    "unauthorized transaction",
    "hacked",
    "account stolen",
    "report fraud",
    "someone used my account",
    "stopped for your protection",
    "可疑交易",
    "盗号",
    "账号被盗",
    "被盗刷",
    "不是我操作的",
    "举报",
    "异常交易",
  ],
  related: ["account-frozen", "sessions-and-login-alerts", "cancel-withdrawal", "contact-support"],
  en: {
    title: "I see a transaction or sign-in I don't recognise",
    body: `Act straight away. These steps take a few minutes and stop most misuse.

## 1. Change your password

Go to [Profile → Password](/app/profile#password) and choose a new, [strong password](/help/choosing-a-strong-password) you use nowhere else. Your other devices are signed out. Can't log in? [Reset your password](/help/forgot-password): every device is signed out, and withdrawals are paused for {{withdrawals.pauseAfterResetHours}} in case someone else tries.

## 2. Sign out everything else

In [Security center → Devices signed in](/app/security#sessions), click **Sign out everywhere else**. Check the **Login history** for sign-ins that were not you.

## 3. Check your security settings

- Make sure [two-step verification](/help/two-factor-authentication) is on, with an authenticator app.
- Look at your [payout destinations](/payout-destinations) and remove any you don't know. A new destination can only be used {{destinations.holdHours}} after it was added, and we email you **"A payout destination was added to your account"**.
- A withdrawal you didn't ask for can be canceled until the money is on its way — see [canceling a withdrawal](/help/cancel-withdrawal).

## 4. Tell support

[Contact support](/contact) with your wallet number, the **reference** of each transaction you don't recognise (such as T7K3M-9QPA2, shown in [Transactions](/transactions)) and what you noticed. Support can:

- **freeze payments out of your account** — sending money and withdrawals stop while money can still arrive (see [account frozen](/help/account-frozen));
- **lock the account and sign out every device** if it looks taken over; only support can unlock it then, after [identity checks](/help/support-identity-checks).

A payment already completed to another Satchel user is not undone automatically; support will look into it with you.

## "Stopped for your protection"

If a payment failed with **"Our checks flagged this payment as possibly not made by you, so it was stopped."**: if it was you, contact support to confirm; if not, change your password now and follow the steps above.

Suspicious email or call? See [anti-phishing code](/help/anti-phishing-code) and [official channels](/help/official-channels). Support never asks for your password or codes.`,
  },
  "zh-CN": {
    title: "发现不认识的交易或登录怎么办？",
    body: `请立即处理。以下步骤只需几分钟，就能阻止绝大多数盗用。

## 1. 修改密码

前往[个人资料 → 密码](/app/profile#password)，设置一个在其他地方都没用过的[高强度密码](/help/choosing-a-strong-password)，其他设备会随之退出登录。无法登录？请[重置密码](/help/forgot-password)：所有设备都会退出登录，并且提现将暂停 {{withdrawals.pauseAfterResetHours}}，以防他人趁机提现。

## 2. 退出其他所有设备

在[安全中心 → 已登录的设备](/app/security#sessions)中点击**退出其他所有设备**，并在**登录记录**中查看是否有不是您本人的登录。

## 3. 检查安全设置

- 确认已开启[两步验证](/help/two-factor-authentication)，并使用身份验证器应用。
- 查看您的[收款方式](/payout-destinations)，移除不认识的收款方式。新添加的收款方式要在 {{destinations.holdHours}} 后才能使用，添加时我们会发送邮件**“您的账户添加了新的收款方式”**。
- 不是您发起的提现，在资金发出前都可以取消，详见[如何取消提现](/help/cancel-withdrawal)。

## 4. 告知客服

请[联系客服](/contact)，提供您的钱包号、每笔陌生交易的**交易编号**（例如 T7K3M-9QPA2，可在[交易记录](/transactions)中找到）以及您发现的情况。客服可以：

- **冻结账户的转出功能**：转账和提现将被停止，但账户仍可收款（详见[账户被冻结](/help/account-frozen)）；
- 如果账户疑似被盗，**锁定账户并让所有设备退出登录**；之后只能在完成[身份核验](/help/support-identity-checks)后由客服解锁。

已经完成的向其他 Satchel 用户的转账不会自动撤回，客服会与您一起调查。

## 提示“为保护您的账户已拦截”

如果某笔付款失败并提示**“我们的风控检查认为这笔付款可能并非您本人操作，因此已将其拦截。”**：如果是您本人操作，请联系客服确认；如果不是，请立即修改密码，并按上述步骤处理。

收到可疑邮件或电话？请参阅[防钓鱼码](/help/anti-phishing-code)和[官方渠道查询](/help/official-channels)。客服绝不会索要您的密码或验证码。`,
  },
};

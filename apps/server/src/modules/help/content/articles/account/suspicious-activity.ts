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
    "i don't recognize this transaction",
    "可疑交易",
    "盗号",
    "账号被盗",
    "被盗刷",
    "不是我操作的",
    "我不认识这笔交易",
    "举报",
    "异常交易",
  ],
  related: ["account-frozen", "sessions-and-login-alerts", "support-tickets", "contact-support"],
  en: {
    title: "I see a transaction or sign-in I don't recognise",
    body: `Think your account was hacked? Act straight away. These steps take a few minutes and stop most misuse.

## 1. Report the transaction and freeze payments out

Open the payment in [Transactions](/transactions) and click **I don't recognize this transaction**:

- Keep **Freeze outgoing payments now** ticked: no money can leave your account from that moment (transfers, withdrawals, payments), while money can still come in. Only support can lift the freeze, after checking it is really you — see [account frozen](/help/account-frozen).
- Add anything we should know (when you last used your account, whether you shared a code), then click **Report it and freeze**.

We open an **urgent security ticket** with that transaction attached. Security tickets are worked around the clock and answered {{support.firstResponse.urgent}}; follow yours under [My tickets](/support/tickets).

No transaction to point at — a sign-in you don't recognise, a stolen phone, money that came in from a stranger? [Send a ticket](/contact) with **Security / suspicious activity** as the topic. It is just as urgent, and you can ask us to freeze your account there.

## 2. Change your password

Go to [Profile → Password](/app/profile#password) and choose a new, [strong password](/help/choosing-a-strong-password) you use nowhere else. Your other devices are signed out. Can't log in? [Reset your password](/help/forgot-password): every device is signed out, and withdrawals are paused for {{withdrawals.pauseAfterResetHours}} in case someone else tries.

## 3. Sign out everything else

In [Security center → Devices signed in](/app/security#sessions), click **Sign out everywhere else**. Check the **Login history** for sign-ins that were not you.

## 4. Check your security settings

- Make sure [two-step verification](/help/two-factor-authentication) is on, with an authenticator app.
- Look at your [payout destinations](/payout-destinations) and remove any you don't know. A new destination can only be used {{destinations.holdHours}} after it was added, and we email you **"A payout destination was added to your account"**.
- A withdrawal you didn't ask for can be canceled until the money is on its way — see [canceling a withdrawal](/help/cancel-withdrawal).

## What support does next

Support answers in your ticket. Depending on what they find, they can:

- **freeze payments out of your account**, if you have not already;
- **lock the account and sign out every device** if it looks taken over; only support can unlock it then, after [identity checks](/help/support-identity-checks);
- look into where the money went. A payment already completed to another Satchel user is not undone automatically.

## "Stopped for your protection"

If a payment failed with **"Our checks flagged this payment as possibly not made by you, so it was stopped."**: if it was you, open that payment and click **Get help with this transaction** to tell us; if not, change your password now and follow the steps above.

Suspicious email or call? See [anti-phishing code](/help/anti-phishing-code) and [official channels](/help/official-channels). Support never asks for your password or codes.`,
  },
  "zh-CN": {
    title: "发现不认识的交易或登录怎么办？",
    body: `怀疑账户被盗？请立即处理。以下步骤只需几分钟，就能阻止绝大多数盗用。

## 1. 上报这笔交易并冻结转出

在[交易记录](/transactions)中打开这笔付款，点击**我不认识这笔交易**：

- 保持勾选**立即冻结转出付款**：从那一刻起，任何资金都无法从您的账户转出（转账、提现、付款），但账户仍可收款。只有客服在核实是您本人后才能解除冻结，详见[账户被冻结](/help/account-frozen)。
- 补充需要告诉我们的信息（例如您最后一次使用账户的时间、是否向他人提供过验证码），然后点击**上报并冻结**。

我们会创建一个附有这笔交易的**紧急安全工单**。安全工单全天候处理，首次答复时间为{{support.firstResponse.urgent}}；您可以在[我的工单](/support/tickets)中跟进。

没有具体的交易？例如发现不认识的登录、手机被盗，或收到陌生人的转账：请[提交工单](/contact)，问题类型选择**安全 / 可疑活动**。这类工单同样会被紧急处理，您也可以在工单中请我们冻结账户。

## 2. 修改密码

前往[个人资料 → 密码](/app/profile#password)，设置一个在其他地方都没用过的[高强度密码](/help/choosing-a-strong-password)，其他设备会随之退出登录。无法登录？请[重置密码](/help/forgot-password)：所有设备都会退出登录，并且提现将暂停 {{withdrawals.pauseAfterResetHours}}，以防他人趁机提现。

## 3. 退出其他所有设备

在[安全中心 → 已登录的设备](/app/security#sessions)中点击**退出其他所有设备**，并在**登录记录**中查看是否有不是您本人的登录。

## 4. 检查安全设置

- 确认已开启[两步验证](/help/two-factor-authentication)，并使用身份验证器应用。
- 查看您的[收款方式](/payout-destinations)，移除不认识的收款方式。新添加的收款方式要在 {{destinations.holdHours}} 后才能使用，添加时我们会发送邮件**“您的账户添加了新的收款方式”**。
- 不是您发起的提现，在资金发出前都可以取消，详见[如何取消提现](/help/cancel-withdrawal)。

## 客服接下来会做什么

客服会在您的工单中答复。根据调查情况，客服可以：

- **冻结账户的转出功能**（如果您还没有冻结）；
- 如果账户疑似被盗，**锁定账户并让所有设备退出登录**；之后只能在完成[身份核验](/help/support-identity-checks)后由客服解锁；
- 调查资金的去向。已经完成的向其他 Satchel 用户的转账不会自动撤回。

## 提示“为保护您的账户已拦截”

如果某笔付款失败并提示**“我们的风控检查认为这笔付款可能并非您本人操作，因此已将其拦截。”**：如果是您本人操作，请打开这笔付款，点击**获取关于此交易的帮助**告诉我们；如果不是，请立即修改密码，并按上述步骤处理。

收到可疑邮件或电话？请参阅[防钓鱼码](/help/anti-phishing-code)和[官方渠道查询](/help/official-channels)。客服绝不会索要您的密码或验证码。`,
  },
};

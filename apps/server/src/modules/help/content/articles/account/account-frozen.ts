import type { ShippedArticle } from "../../types.js";

export const accountFrozen: ShippedArticle = {
  slug: "account-frozen",
  section: "staying-safe",
  kind: "troubleshooting",
  tags: [
    "frozen",
    "freeze",
    "unfreeze",
    "outgoing payments frozen",
    "can't send money",
    "can't withdraw",
    "冻结",
    "账户冻结",
    "解冻",
    "解除冻结",
    "转出冻结",
    "不能转账",
    "不能提现",
  ],
  related: ["suspicious-activity", "support-identity-checks", "account-locked", "contact-support"],
  en: {
    title: "Payments out of my account are frozen",
    body: `A freeze stops money **leaving** your account. Support sets it to protect you — for example after you reported a stolen phone or a transaction you don't recognise. You can still sign in and money can still arrive.

## What you see

- We email you **"Payments out of your Satchel account are frozen"**.
- Sending money or withdrawing is refused with **"Outgoing payments are frozen"**: **"Payments out of this account are frozen. Contact support to lift the freeze."**
- A refused payment appears in your [transactions](/transactions) as failed, with the same reason.

## What still works, and what doesn't

| still works | stopped |
| --- | --- |
| Signing in, your balances and history | Sending money to other users |
| Receiving money from others | New withdrawals |
| Deposits | Paying out withdrawals that were not yet on their way |

A withdrawal you requested before the freeze, if it was not yet on its way, waits for our team's review; its amount stays held in your wallet.

## Lifting the freeze

1. [Contact support](/contact) from the email address of your account, with your wallet number.
2. Support checks that it is really you, with at least two identity checks — see [identity checks](/help/support-identity-checks). They never ask for your password or codes.
3. When the freeze is lifted we email you **"Payments out of your Satchel account are possible again"**, and you can send money and withdraw again.

Before asking, make sure your account is safe: change your password, sign out other devices and turn on two-step verification — see [suspicious activity](/help/suspicious-activity).

## Want us to freeze your account?

There is no freeze button in the app. If your phone was stolen or you think someone is using your account, [contact support](/contact) and ask for a freeze.

## Frozen or locked?

A **locked** account cannot sign in at all, usually after too many wrong passwords — see [my account is locked](/help/account-locked). A **frozen** account signs in normally, but money cannot leave it.`,
  },
  "zh-CN": {
    title: "账户转出功能被冻结了怎么办？",
    body: `冻结会阻止资金**转出**您的账户。客服会在需要保护您的账户时设置冻结，例如您报告手机被盗或发现不认识的交易之后。冻结期间您仍可登录，账户也仍可收款。

## 您会看到什么

- 我们会发送邮件**“您的 Satchel 账户已冻结转出”**。
- 转账或提现时会被拒绝，并提示**“转出功能已冻结”**：**“该账户的转出功能已被冻结，请联系客服解除。”**
- 被拒绝的付款会在[交易记录](/transactions)中显示为失败，并注明同样的原因。

## 哪些功能可用，哪些不可用

| 仍可使用 | 已停止 |
| --- | --- |
| 登录、查看余额和交易记录 | 向其他用户转账 |
| 接收他人转账 | 发起新的提现 |
| 充值 | 尚未发出的提现的出款 |

冻结前已提交但尚未发出的提现会等待我们的团队审核，相应金额仍冻结在您的钱包中。

## 解除冻结

1. 使用账户绑定的邮箱[联系客服](/contact)，并提供钱包号。
2. 客服会通过至少两项身份核验确认是您本人，详见[客服会如何核实身份](/help/support-identity-checks)。客服绝不会索要您的密码或验证码。
3. 解除冻结后，我们会发送邮件**“您的 Satchel 账户已恢复转出”**，您即可再次转账和提现。

申请解冻前，请先确保账户安全：修改密码、退出其他设备并开启两步验证，详见[发现可疑活动怎么办](/help/suspicious-activity)。

## 想让我们冻结您的账户？

应用中没有自助冻结按钮。如果手机被盗或您怀疑有人在使用您的账户，请[联系客服](/contact)申请冻结。

## 冻结和锁定有什么区别？

**锁定**的账户完全无法登录，通常是因为密码输错次数过多，详见[账户被锁定了怎么办](/help/account-locked)。**冻结**的账户可以正常登录，但资金无法转出。`,
  },
};

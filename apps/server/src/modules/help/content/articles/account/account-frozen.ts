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
    "freeze my account",
    "freeze outgoing payments",
    "冻结",
    "账户冻结",
    "解冻",
    "解除冻结",
    "自己冻结",
    "转出冻结",
    "不能转账",
    "不能提现",
  ],
  related: ["suspicious-activity", "support-identity-checks", "account-locked", "contact-support"],
  en: {
    title: "Payments out of my account are frozen",
    body: `A freeze stops money **leaving** your account. You can set it yourself, at once, when you report a transaction you don't recognise; support sets it to protect you, for example after you report a lost or stolen phone. You can still sign in and money can still arrive.

## What you see

- We email you **"Payments out of your Satchel account are frozen"** (support froze it) or **"You froze payments out of your Satchel account"** (you froze it).
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

Only support can lift a freeze, even one you set yourself: if someone else is in your account, they must not be able to undo it.

1. Make sure your account is safe first: change your password, sign out other devices and turn on two-step verification — see [suspicious activity](/help/suspicious-activity).
2. Reply in the ticket about the freeze under [My tickets](/support/tickets), or [send a ticket](/contact) signed in. Your wallet number and the freeze are attached automatically.
3. Support checks that it is really you, with at least two identity checks — see [identity checks](/help/support-identity-checks). They never ask for your password or codes.
4. When the freeze is lifted we email you **"Payments out of your Satchel account are possible again"**, and you can send money and withdraw again.

## Freeze your account yourself

If money left your account without you, don't wait for us:

1. Open the payment in [Transactions](/transactions) and click **I don't recognize this transaction**.
2. Leave **Freeze outgoing payments now** ticked, add anything we should know, and click **Report it and freeze**.
3. Payments out stop at once. We open an urgent security ticket with that transaction attached, and answer it {{support.firstResponse.urgent}}.

The page then walks you through locking anyone else out. Lost your phone, or worried without a transaction to point at? [Send a ticket](/contact) with **Security / suspicious activity** as the topic and ask us to freeze your account.

## Frozen or locked?

A **locked** account cannot sign in at all, usually after too many wrong passwords — see [my account is locked](/help/account-locked). A **frozen** account signs in normally, but money cannot leave it.`,
  },
  "zh-CN": {
    title: "账户转出功能被冻结了怎么办？",
    body: `冻结会阻止资金**转出**您的账户。报告不认识的交易时，您可以自己立即设置；客服也会在需要保护您的账户时设置，例如您报告手机丢失之后。在此期间您仍可登录，账户也仍可收款。

## 您会看到什么

- 我们会发送邮件**“您的 Satchel 账户已冻结转出”**（由客服设置）或**“您已冻结 Satchel 账户的转出”**（由您自己设置）。
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

只有客服可以解除，即使是您自己设置的也是如此：如果有他人在使用您的账户，对方不能将其撤销。

1. 请先确保账户安全：修改密码、退出其他设备并开启两步验证，详见[发现可疑活动怎么办](/help/suspicious-activity)。
2. 在[我的工单](/support/tickets)中回复相关的工单，或登录后[提交工单](/contact)。您的钱包号和账户状态会自动附上。
3. 客服会通过至少两项身份核验确认是您本人，详见[客服会如何核实身份](/help/support-identity-checks)。客服绝不会索要您的密码或验证码。
4. 解除后，我们会发送邮件**“您的 Satchel 账户已恢复转出”**，您即可再次转账和提现。

## 自己立即停止转出

如果有资金在您不知情的情况下转出，不必等我们：

1. 在[交易记录](/transactions)中打开这笔付款，点击**我不认识这笔交易**。
2. 保持勾选**立即冻结转出付款**，补充需要告诉我们的信息，然后点击**上报并冻结**。
3. 转出会立即停止。我们会创建附有这笔交易的紧急安全工单，首次答复时间为{{support.firstResponse.urgent}}。

随后页面会引导您阻止他人访问账户。手机丢了，或者担心账户安全但没有具体的交易？请[提交工单](/contact)，问题类型选择**安全 / 可疑活动**，由客服为您处理。

## 冻结和锁定有什么区别？

**锁定**的账户完全无法登录，通常是因为密码输错次数过多，详见[账户被锁定了怎么办](/help/account-locked)。**冻结**的账户可以正常登录，但资金无法转出。`,
  },
};

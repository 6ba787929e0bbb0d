import type { ShippedArticle } from "../../types.js";

export const withdrawalsPaused: ShippedArticle = {
  slug: "withdrawals-paused",
  section: "withdrawal-problems",
  kind: "troubleshooting",
  tags: [
    "withdrawals paused",
    "on hold",
    "can't withdraw",
    "password reset",
    "2fa reset",
    "提现暂停",
    "不能提现",
    "无法提现",
    "提不了现",
    "重置密码",
    "关闭两步验证",
    "提现被暂停",
    "暂停提现",
  ],
  related: ["forgot-password", "lost-phone-2fa", "account-security", "withdrawals"],
  en: {
    title: "Why are my withdrawals paused after I reset my password?",
    body: `After a password reset, or after support turned off your two-step verification, withdrawals are paused for {{withdrawals.pauseAfterResetHours}}. It is a safety measure: if someone else got hold of your email or phone and reset your password, they cannot take your money out before you notice.

## What you see

Withdrawing shows **"Withdrawals paused for your safety"**: "After a recent security change on your account, withdrawals are paused until" the exact time. The email confirming the change gives the same time.

## What triggers the pause

- **Resetting a forgotten password** with the emailed link or the text-message code.
- **Support turning off two-step verification** at your request, for example after you lost your phone and your recovery codes.

Changing your password on your [profile page](/app/profile) while signed in, with your current password, does **not** pause withdrawals. A second reset during a pause starts a new {{withdrawals.pauseAfterResetHours}} from that moment.

## What still works

You can sign in, add money, send money and exchange as usual. Only withdrawals wait.

A withdrawal you requested before the reset and that had not been sent yet is not sent automatically: it goes to our team for review ("Withdrawals were paused after a password or two-step verification reset.") and the money stays set aside. You can [cancel it](/help/cancel-withdrawal) if you prefer.

## What to do

1. Wait until the time shown. The pause ends by itself; support cannot end it early.
2. If support turned off two-step verification, turn it on again in the [security center](/app/security): withdrawals need it.
3. Then withdraw as usual.

## Did you not reset your password?

Then someone else may have. Reset your password again straight away, check **Devices signed in** and sign out any you do not recognise, check your [payout destinations](/payout-destinations), and read [Suspicious activity](/help/suspicious-activity).`,
  },
  "zh-CN": {
    title: "重置密码后为什么暂时不能提现？",
    body: `重置密码后，或客服为您关闭两步验证后，提现会暂停 {{withdrawals.pauseAfterResetHours}}。这是一项安全措施：万一有人盗用了您的邮箱或手机并重置了密码，在您察觉之前也无法把钱提走。

## 您会看到

提现时会提示 **“为保障安全，提现已暂停”**：“由于您的账户近期进行了安全设置变更，提现暂停至”具体时间。确认这次变更的邮件里也会写明同一时间。

## 哪些操作会触发暂停

- 通过邮件链接或短信验证码**重置忘记的密码**。
- 应您的请求，**客服关闭了您的两步验证**，例如您丢了手机、恢复码也找不到了。

登录状态下在[个人资料](/app/profile)页面用当前密码修改密码，**不会**暂停提现。如果在暂停期间再次重置密码，会从那一刻起重新计算 {{withdrawals.pauseAfterResetHours}}。

## 哪些功能不受影响

您可以照常登录、充值、转账和换汇，只有提现需要等待。

重置之前已经申请、但尚未汇出的提现不会自动汇出：它会转交我们的团队审核（“重置密码或两步验证后，提现已暂停。”），资金保持冻结。如果您愿意，也可以[取消这笔提现](/help/cancel-withdrawal)。

## 您需要做什么

1. 等到页面显示的时间。暂停会自动结束，客服也无法提前解除。
2. 如果是客服关闭了两步验证，请在[安全中心](/app/security)重新开启：提现必须开启两步验证。
3. 之后即可照常提现。

## 如果不是您本人重置的密码

那可能是其他人操作的。请立即再次重置密码，在“已登录设备”中退出所有不认识的设备，检查您的[收款账户](/payout-destinations)，并阅读[发现可疑活动怎么办](/help/suspicious-activity)。`,
  },
};

import type { ShippedArticle } from "../../types.js";

export const verifyEmail: ShippedArticle = {
  slug: "verify-email",
  section: "account-basics",
  kind: "how_to",
  tags: [
    "verify email",
    "confirm email",
    "verification email",
    "confirmation email",
    "email not received",
    "link expired",
    "resend",
    "验证邮箱",
    "确认邮箱",
    "验证邮件",
    "收不到邮件",
    "没收到邮件",
    "链接失效",
    "链接过期",
  ],
  related: ["create-account", "update-profile-and-language", "sms-codes", "anti-phishing-code"],
  en: {
    title: "How do I verify my email address?",
    body: `After you sign up we email you a link titled **"Confirm your email address"**. Open it and your address is confirmed: the page says **"Your email is verified"**. The link works for 24 hours and only once.

## Why it matters

- It proves the address is yours, so password resets, security alerts and receipts reach you.
- Other Satchel users can send you money by your email address only once it is confirmed (your wallet number always works).
- The security checkup on [your security center](/app/security#checkup) lists **"Verify your email address"** until it is done.

## Didn't get the verification email?

1. Wait a few minutes, then look in your spam or junk folder.
2. Check the address on your [profile](/app/profile#email). If it is wrong, change it there: we send a confirmation link to the new address.
3. Log in and click **Resend verification email** on your profile. You can ask for a new link a few times an hour; only use the newest one.

## "This link doesn't work"

The link has expired (after 24 hours), was already used, or was cut off when you copied it. Log in and click **Send a new link** or **Resend verification email**. If the page says **"Your email address is already verified"**, there is nothing more to do.

## Changing your email address

On your [profile](/app/profile#email), enter the **New email address** and click **Change email**. You may be asked to confirm it is you. We email a confirmation link to the new address (valid 24 hours) and tell your current address about the request. Until the link is opened, keep logging in with your current email.

Still no email after resending? [Send a ticket](/contact): support can check the address on your account and send you a fresh verification link.`,
  },
  "zh-CN": {
    title: "如何验证我的邮箱？",
    body: `注册后，我们会向您发送一封标题为**“请确认您的邮箱地址”**的邮件。打开其中的链接即可完成验证，页面会显示**“邮箱验证成功”**。链接 24 小时内有效，且只能使用一次。

## 为什么要验证邮箱

- 证明邮箱属于您本人，密码重置、安全提醒和交易通知才能准确送达。
- 只有验证邮箱后，其他 Satchel 用户才能通过您的邮箱向您转账（通过钱包号转账则不受影响）。
- 在[安全中心](/app/security#checkup)的安全体检中，验证完成前会一直显示**“验证邮箱地址”**待完成。

## 收不到验证邮件

1. 稍等几分钟，并检查垃圾邮件文件夹。
2. 在[个人资料](/app/profile#email)中核对邮箱地址。如果填错了，可以直接在那里更换，我们会向新地址发送确认链接。
3. 登录后在个人资料页面点击**重新发送验证邮件**。每小时可以重新发送几次，请只使用最新的那封邮件中的链接。

## 提示“该链接无法使用”

链接可能已超过 24 小时、已被使用过，或者复制时不完整。请登录后点击**发送新的链接**或**重新发送验证邮件**。如果页面显示**“你的邮箱已经验证过了”**，则无需任何操作。

## 更换邮箱地址

在[个人资料](/app/profile#email)中填写**新邮箱地址**，然后点击**更换邮箱**，系统可能会要求您确认是本人操作。我们会向新地址发送确认链接（24 小时内有效），同时通知您当前的邮箱。在打开链接之前，请继续使用当前邮箱登录。

重新发送后仍然收不到？请[提交工单](/contact)：客服可以核对您账户中的邮箱地址，并为您重新发送验证链接。`,
  },
};

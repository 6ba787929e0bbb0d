import type { ShippedArticle } from "../../types.js";

export const accountLocked: ShippedArticle = {
  slug: "account-locked",
  section: "signing-in",
  kind: "troubleshooting",
  tags: [
    "locked",
    "lockout",
    "locked out",
    "unlock",
    "too many attempts",
    "account blocked",
    "锁定",
    "被锁",
    "账户锁定",
    "账号被锁",
    "解锁",
    "登录失败次数过多",
    "封号",
  ],
  related: ["forgot-password", "support-identity-checks", "cant-log-in", "contact-support"],
  en: {
    title: "My account is locked",
    body: `Your account locks after **{{lockout.threshold}} wrong passwords or verification codes in a row**, to stop anyone guessing. While it is locked, even the right password is refused. Usually you can unlock it yourself at once.

## How long does it last?

- The first lock lasts **{{lockout.minutes}}**. The login page says when you can try again.
- Each further lock within 24 hours lasts twice as long as the one before.
- If the account locks **{{lockout.hardLockAfter}} times within 24 hours**, the lock no longer ends by itself: only support can lift it, and every device is signed out.

Wrong passwords and codes count wherever you type them: at sign-in, when asked to confirm it's you, when changing your password and during a password reset.

## Unlock it yourself

When the account locks, we email you **"Your Satchel account is locked for now"**:

1. Click **Unlock my account** in the email. The link works for 30 minutes, once.
2. The page says **"Your account is unlocked"**. Log in again.

If the page says **"This link doesn't work"**, or you don't remember your password, [reset your password](/help/forgot-password): a reset also ends a temporary lock.

## When only support can unlock it

If the message says **"Only support can unlock it now: contact Satchel support."** (and we emailed you **"Your Satchel account is locked"**), neither the unlock link nor a password reset will lift the lock.

Support may also lock an account this way if it looks taken over; every device is then signed out, and we email you about it.

### Getting support to unlock it

1. You can't sign in, so send a ticket without signing in: open the [contact page](/contact), choose **Login and access**, and give the **email address of your account**. Add your wallet number if you know it.
2. We email you a link: open it to confirm the address. Our team sees your ticket only after that. Sign-in tickets come before most others: first answer {{support.firstResponse.high}}.
3. Our answers come by email, each with a link to read and reply. Support checks that it is really you with at least two checks — for example your date of birth, the last 4 digits of your bank account, the amount of a recent transaction — see [identity checks](/help/support-identity-checks). They never ask for your password or codes.
4. Support unlocks the account and we email you **"Support unlocked your Satchel account"**. Log in again.

## It wasn't me

If you did not try to log in, someone may know your email or password. After unlocking, change your password, turn on [two-step verification](/help/two-factor-authentication) and review [suspicious activity](/help/suspicious-activity).`,
  },
  "zh-CN": {
    title: "账户被锁定了怎么办？",
    body: `**连续输错密码或验证码 {{lockout.threshold}} 次**后，账户会被锁定，以防他人猜测密码。锁定期间，即使输入正确的密码也无法登录。通常您可以自行立即解锁。

## 锁定多久？

- 第一次锁定持续 **{{lockout.minutes}}**，登录页面会显示何时可以重试。
- 24 小时内再次被锁定，每次锁定时长都会是上一次的两倍。
- 如果 **24 小时内被锁定达到 {{lockout.hardLockAfter}} 次**，锁定将不会自动解除：只能由客服解锁，并且所有设备都会退出登录。

无论在哪里输错密码或验证码都会累计：登录时、系统要求确认本人时、修改密码时以及重置密码过程中。

## 自行解锁

账户被锁定时，我们会发送邮件**“您的 Satchel 账户已被临时锁定”**：

1. 点击邮件中的**解锁我的账户**。链接 30 分钟内有效，仅可使用一次。
2. 页面显示**“账户已解锁”**后，重新登录即可。

如果页面提示**“该链接无法使用”**，或者您不记得密码，请[重置密码](/help/forgot-password)：重置密码后临时锁定也会随之解除。

## 只能由客服解锁的情况

如果提示**“现在只能由客服解锁，请联系 Satchel 客服。”**（我们也会发送邮件**“您的 Satchel 账户已被锁定”**），解锁链接和重置密码都无法解除锁定。

如果账户疑似被盗，客服也可能这样锁定账户；此时所有设备都会退出登录，我们也会发邮件通知您。

### 请客服解锁

1. 您无法登录，因此请在未登录状态下提交工单：打开[联系客服](/contact)页面，问题类型选择**登录与访问**，并填写**账户绑定的邮箱**。如果知道钱包号，请一并提供。
2. 我们会向该邮箱发送一个链接，请打开链接确认邮箱。确认之后，我们的团队才能看到您的工单。登录问题的工单会优先处理：首次答复时间为{{support.firstResponse.high}}。
3. 我们的答复会通过邮件通知您，邮件中附有查看和回复工单的链接。客服会通过至少两项核验确认是您本人，例如出生日期、银行账户后 4 位、最近一笔交易的金额，详见[客服会如何核实身份](/help/support-identity-checks)。客服绝不会索要您的密码或验证码。
4. 客服解锁后，我们会发送邮件**“客服已解锁您的 Satchel 账户”**，您即可重新登录。

## 不是我本人在登录

如果您并没有尝试登录，可能有人知道了您的邮箱或密码。解锁后请修改密码，开启[两步验证](/help/two-factor-authentication)，并参阅[发现可疑活动怎么办](/help/suspicious-activity)。`,
  },
};

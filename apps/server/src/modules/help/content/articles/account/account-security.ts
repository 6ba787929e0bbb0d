import type { ShippedArticle } from "../../types.js";

export const accountSecurity: ShippedArticle = {
  slug: "account-security",
  section: "staying-safe",
  kind: "how_to",
  tags: [
    "security checkup",
    "security score",
    "protect my account",
    "withdrawals paused",
    "confirm it's you",
    "安全体检",
    "安全评分",
    "账户安全",
    "保护账户",
    "安全设置",
    "提现暂停",
    "安全中心",
    "确认本人",
  ],
  related: [
    "two-factor-authentication",
    "anti-phishing-code",
    "sessions-and-login-alerts",
    "suspicious-activity",
  ],
  en: {
    title: "How do I make my account more secure? The security checkup",
    body: `The **security checkup** at the top of your [security center](/app/security#checkup) (and on your dashboard until it is complete) lists what is still missing, each with a **Fix** link. Your security score is the share of items done, out of 100.

## What the checkup looks at

- **Verify your email address** and **Verify your phone number** — so resets and alerts reach you.
- **Turn on two-step verification** — done with an [authenticator app](/help/two-factor-authentication); text-message codes alone don't count.
- **Keep enough recovery codes** — at least 3 [recovery codes](/help/recovery-codes) left.
- **Set an anti-phishing code** — see [anti-phishing code](/help/anti-phishing-code).
- **Use a strong password** — your password reached at least **Good** on the strength meter. See [strong passwords](/help/choosing-a-strong-password).
- **Check the devices signed in to your account** — shown while a device first seen in the last two weeks is signed in. If it is yours, it clears by itself after two weeks; if not, sign it out. See [devices and alerts](/help/sessions-and-login-alerts).
- **Change your password at least once a year.**

When everything is in place you see **"Everything is in place. Well done."**

## "Confirm it's you"

Changing your password, email, phone number or two-step settings asks for your password — or a code, when two-step verification is on — if you last confirmed it more than 5 minutes ago. You won't be asked again for 5 minutes.

## "Withdrawals paused for your safety"

After a [password reset](/help/forgot-password), or after support turns off your two-step verification, **withdrawals are paused for {{withdrawals.pauseAfterResetHours}}**. The message reads: **"After a recent security change on your account, withdrawals are paused until …. Other payments still work."** A withdrawal already requested waits for our team's review meanwhile.

This protects you if someone else reset your password: you have time to notice the email and act. The pause cannot be shortened; it ends at the time shown. Changing your password from your profile while signed in does not pause withdrawals.

If you didn't reset anything, see [suspicious activity](/help/suspicious-activity) and [contact support](/contact).`,
  },
  "zh-CN": {
    title: "如何让我的账户更安全？安全体检说明",
    body: `[安全中心](/app/security#checkup)顶部（以及完成前的账户概览页面）会显示**安全体检**，列出尚未完成的项目，每项都带有**去设置**链接。安全评分是已完成项目所占的比例，满分 100。

## 安全体检检查哪些项目

- **验证邮箱地址**和**验证手机号**：确保重置信息和安全提醒能送达您。
- **开启两步验证**：需使用[身份验证器应用](/help/two-factor-authentication)，仅开启短信验证码不计为完成。
- **保留足够的恢复码**：至少剩余 3 个[恢复码](/help/recovery-codes)。
- **设置防钓鱼码**：详见[防钓鱼码](/help/anti-phishing-code)。
- **使用高强度密码**：您的密码在强度条上至少达到**较强**。详见[如何设置安全的密码](/help/choosing-a-strong-password)。
- **检查已登录你账户的设备**：当有最近两周内首次出现的设备处于登录状态时会显示此项。如果是您自己的设备，两周后会自动消除；如果不是，请将其退出登录。详见[已登录设备与登录提醒](/help/sessions-and-login-alerts)。
- **至少每年修改一次密码。**

全部完成后，页面会显示**“各项设置均已完成，做得好！”**

## “确认是你本人”

修改密码、邮箱、手机号或两步验证设置时，如果距上次确认本人已超过 5 分钟，系统会要求您输入密码（开启两步验证后需输入验证码）。确认后 5 分钟内不会再次询问。

## “为保障安全，提现已暂停”

[重置密码](/help/forgot-password)后，或客服为您关闭两步验证后，**提现将暂停 {{withdrawals.pauseAfterResetHours}}**。提示内容为：**“由于您的账户近期进行了安全设置变更，提现暂停至……。其他付款不受影响。”**在此期间已提交的提现会等待我们的团队审核。

这样即使有人冒充您重置了密码，您也有时间看到邮件并及时处理。暂停时间无法缩短，会在显示的时间自动结束。登录状态下在个人资料中修改密码不会导致提现暂停。

如果您并没有重置过任何设置，请参阅[发现可疑活动怎么办](/help/suspicious-activity)并[联系客服](/contact)。`,
  },
};

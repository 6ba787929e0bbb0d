import type { ShippedArticle } from "../../types.js";

export const twoFactorAuthentication: ShippedArticle = {
  slug: "two-factor-authentication",
  section: "two-factor",
  kind: "how_to",
  tags: [
    "2fa",
    "two-factor",
    "two step verification",
    "authenticator",
    "google authenticator",
    "totp",
    "mfa",
    "两步验证",
    "二次验证",
    "双重认证",
    "双重验证",
    "身份验证器",
    "谷歌验证器",
    "动态码",
  ],
  related: ["recovery-codes", "sms-codes", "lost-phone-2fa", "account-security"],
  en: {
    title: "How do I turn on two-step verification (2FA)?",
    body: `Two-step verification (two-factor authentication, 2FA) asks for a code as well as your password, so a stolen password alone is not enough. **You need it to withdraw money.** Set it up in your [security center](/app/security#two-factor).

## With an authenticator app (recommended)

1. Install an authenticator app on your phone, such as Google Authenticator, Microsoft Authenticator, 1Password or Authy. Any app that supports time-based codes (TOTP) works.
2. Open [Security center → Two-step verification](/app/security#two-factor) and click **Turn on** next to **Authenticator app**. You may be asked to confirm it's you with your password.
3. Scan the QR code with the app. Can't scan it? Type the key shown under the code into the app instead.
4. Enter the 6-digit code the app shows and click **Turn on**.
5. **Save your recovery codes.** We show 10 codes once: copy, download or write them down and keep them safe, then click **I've saved them**. See [recovery codes](/help/recovery-codes).

We email you **"Two-factor authentication is on"**.

## With codes by text message

Under **Codes by text message**, click **Turn on**. Your account needs a verified phone number first ([verify it on your profile](/app/profile#phone)). Text messages can be intercepted or redirected (for example by SIM swapping), so use them as a backup to an authenticator app. Text-message codes come without recovery codes, and the security checkup counts two-step verification as done only with an authenticator app. See [SMS codes](/help/sms-codes).

## When you will be asked for a code

- When you log in, and when you reset your password.
- For sensitive changes (password, email, phone, two-step settings) if you last confirmed it's you more than 5 minutes ago.
- For every withdrawal and when you add a payout destination.

## "Wrong verification code"

**"The code is wrong or has already been used. Codes change every 30 seconds."** Wait for a new code and type it quickly. Each code works once. If codes are always refused, set your phone's clock to update automatically.

## Turning it off or moving to a new phone

Click **Turn off** (you may be asked for a code first). Your recovery codes then stop working, and unless text-message codes are on, you cannot withdraw until you turn it on again. To move to a new phone, turn it off and set it up again on the new one. Lost the phone? See [lost phone](/help/lost-phone-2fa).`,
  },
  "zh-CN": {
    title: "如何开启两步验证（2FA）？",
    body: `两步验证（也称双重认证、二次验证、2FA）要求您在输入密码之外再输入一个验证码，这样即使密码被盗，别人也无法登录。**提现必须开启两步验证。**请在[安全中心](/app/security#two-factor)中设置。

## 使用身份验证器应用（推荐）

1. 在手机上安装身份验证器应用，例如 Google Authenticator、Microsoft Authenticator、1Password 或 Authy。任何支持基于时间的验证码（TOTP）的应用均可。
2. 打开[安全中心 → 两步验证](/app/security#two-factor)，点击**身份验证器应用**旁的**开启**。系统可能会要求您输入密码确认本人操作。
3. 用应用扫描二维码。无法扫描？请在应用中手动输入二维码下方显示的密钥。
4. 输入应用中显示的 6 位验证码，然后点击**开启**。
5. **保存恢复码。**我们只会显示一次 10 个恢复码：请复制、下载或抄写下来并妥善保管，然后点击**我已保存**。详见[恢复码是什么](/help/recovery-codes)。

开启后，我们会发送邮件**“两步验证已开启”**。

## 使用短信验证码

在**短信验证码**一栏点击**开启**。您的账户需要先绑定已验证的手机号（[前往个人资料验证](/app/profile#phone)）。短信可能被拦截或转移（例如遭遇 SIM 卡劫持），因此建议仅作为身份验证器应用的备用方式。仅使用短信验证码时不提供恢复码，安全体检也只有在使用身份验证器应用时才会将两步验证计为已完成。详见[短信验证码问题](/help/sms-codes)。

## 什么时候需要输入验证码

- 登录时，以及重置密码时。
- 进行敏感操作（修改密码、邮箱、手机号或两步验证设置）时，如果距上次确认本人已超过 5 分钟。
- 每次提现时，以及添加收款方式时。

## 提示“验证码错误”

**“验证码错误或已被使用。动态验证码每 30 秒更新一次。”**请等待新的验证码出现后尽快输入，每个验证码只能使用一次。如果验证码总是被拒，请将手机时间设置为自动同步。

## 关闭或更换手机

点击**关闭**（系统可能会要求您先输入验证码）。关闭后恢复码将失效；如果没有开启短信验证码，在重新开启之前将无法提现。如需换到新手机，请先关闭，再在新手机上重新设置。手机丢了？请参阅[手机丢失怎么办](/help/lost-phone-2fa)。`,
  },
};

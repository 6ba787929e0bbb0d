import type { ShippedArticle } from "../../types.js";

export const smsCodes: ShippedArticle = {
  slug: "sms-codes",
  section: "two-factor",
  kind: "troubleshooting",
  tags: [
    "sms code",
    "text message code",
    "code not received",
    "didn't get code",
    "code expired",
    "otp",
    "短信验证码",
    "收不到验证码",
    "收不到短信",
    "没收到短信",
    "验证码过期",
    "验证码失效",
    "验证码",
  ],
  related: ["two-factor-authentication", "forgot-password", "lost-phone-2fa", "update-profile-and-language"],
  en: {
    title: "I didn't get the SMS code, or it expired",
    body: `Our text messages start with **[Satchel]** and come in your account's language. Each code works for a short time, and only the newest one works.

## How long each code works

| code | where you ask for it | works for |
| --- | --- | --- |
| Sign-in code | **Send me an SMS code** on the code screen when you log in | 5 minutes (the sign-in itself must finish within 5 minutes) |
| "Confirm it's you" code | **Text me a code** | 5 minutes |
| Password reset code | [Forgot your password?](/forgot-password) → **A code by text message** | 10 minutes, 5 tries |
| Phone verification code | [Profile](/app/profile#phone) → **Send a code** | 10 minutes, 5 tries |

Asking again replaces the earlier code. There are limits to stop anyone flooding a phone: 3 sign-in codes per sign-in, 3 "confirm it's you" codes every 15 minutes, a few phone verification codes an hour, and a few password resets every 15 minutes.

## The code doesn't arrive

1. Wait a minute and check your signal. Texts can take a little while.
2. Check your blocked or spam messages: many phones filter texts from unknown senders.
3. Check the number on your [profile](/app/profile#phone). It must be in international format, starting with + and the country code. A reset code goes only to a **verified** number; otherwise we email a link instead.
4. Abroad? Your operator may not deliver international texts while roaming.
5. Don't ask for many codes in a row: you may hit a limit, and only the last one works.

Still nothing? Use another way: a code from your authenticator app, a [recovery code](/help/recovery-codes), or for a reset, **A link by email**.

## "Link or code no longer valid"

**"It is wrong, has expired or has already been used. Ask for a new one."** Request a new code and type it soon. At sign-in, **"Sign in again"** means the sign-in took too long or had too many wrong codes: enter your password again.

## A code I didn't ask for

Someone may be trying to log in or reset your password. Never share the code — Satchel never asks for it. If a sign-in code came unasked, someone knows your password: [change it](/app/profile#password) now. See [suspicious activity](/help/suspicious-activity).

Text messages can be intercepted; an [authenticator app](/help/two-factor-authentication) is safer.`,
  },
  "zh-CN": {
    title: "收不到短信验证码或验证码过期了怎么办？",
    body: `我们发送的短信都以 **[Satchel]** 开头，并使用您账户设置的语言。每个验证码的有效时间都很短，并且只有最新的验证码有效。

## 各类验证码的有效期

| 验证码 | 在哪里获取 | 有效期 |
| --- | --- | --- |
| 登录验证码 | 登录时在验证码页面点击**给我发送短信验证码** | 5 分钟（整个登录过程需在 5 分钟内完成） |
| “确认是你本人”验证码 | 点击**发送短信验证码** | 5 分钟 |
| 密码重置验证码 | [忘记密码？](/forgot-password) → **通过短信发送验证码** | 10 分钟，最多尝试 5 次 |
| 手机号验证码 | [个人资料](/app/profile#phone) → **发送验证码** | 10 分钟，最多尝试 5 次 |

重新获取后，之前的验证码即失效。为防止有人用短信骚扰他人手机，发送次数有限制：每次登录最多 3 条登录验证码，每 15 分钟最多 3 条“确认本人”验证码，手机号验证码每小时只能获取几次，密码重置每 15 分钟也只能申请几次。

## 收不到验证码

1. 稍等一分钟，并检查手机信号。短信有时会稍有延迟。
2. 检查手机的短信拦截或骚扰短信文件夹：很多手机会拦截陌生号码发来的短信。
3. 在[个人资料](/app/profile#phone)中核对手机号，需为国际格式，以 + 和国家代码开头。密码重置验证码只会发送到**已验证**的手机号；否则我们会改为发送邮件链接。
4. 在国外？漫游时运营商可能无法接收国际短信。
5. 不要连续多次获取验证码：可能会触发次数限制，而且只有最后一条有效。

还是收不到？请换一种方式：使用身份验证器应用中的验证码、[恢复码](/help/recovery-codes)，重置密码时也可以选择**通过邮件发送链接**。

## 提示“链接或验证码已失效”

**“它有误、已过期或已被使用，请重新获取。”**请重新获取验证码并尽快输入。登录时提示**“请重新登录”**，说明本次登录耗时过长或输错验证码次数过多，请重新输入密码。

## 收到了不是自己申请的验证码

可能有人正在尝试登录您的账户或重置密码。请勿把验证码告诉任何人，Satchel 绝不会向您索要验证码。如果收到的是您没有申请的登录验证码，说明有人知道了您的密码，请立即[修改密码](/app/profile#password)。详见[发现可疑活动怎么办](/help/suspicious-activity)。

短信可能被拦截，使用[身份验证器应用](/help/two-factor-authentication)更安全。`,
  },
};

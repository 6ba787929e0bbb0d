import type { ShippedArticle } from "../../types.js";

export const forgotPassword: ShippedArticle = {
  slug: "forgot-password",
  section: "signing-in",
  kind: "how_to",
  tags: [
    "forgot password",
    "forgotten password",
    "reset password",
    "pasword",
    "password reset sms",
    "reset link",
    "忘记密码",
    "找回密码",
    "重置密码",
    "密码忘了",
    "改密码",
    "短信重置",
  ],
  related: ["cant-log-in", "sms-codes", "lost-phone-2fa", "account-locked"],
  en: {
    title: "I forgot my password",
    body: `Reset it at [/forgot-password](/forgot-password), by email or by text message.

## Steps

1. Open [Reset your password](/forgot-password) (or click **Forgot your password?** on the login page).
2. Enter the **email address or phone number** of your account. Type a phone number in international format, starting with + and the country code.
3. Choose how to receive the reset:
   - **A link by email** — works for 30 minutes, once.
   - **A code by text message** — a 6-digit code sent to the account's phone number. It works for 10 minutes, and you have 5 tries.
4. Click **Continue**. For your privacy the answer is the same whether or not an account matches.
5. Open the link from the email **"Reset your Satchel password"**, or enter the code from the text message, then choose a new password and click **Change password**.

Only the newest link or code works: asking again cancels the earlier ones. A code by text message goes only to a **verified** phone number; if your number is not verified, we email a link instead.

## If two-step verification is on

A reset never skips your second factor:

- With an **authenticator app**, you also enter a code from the app or one of your [recovery codes](/help/recovery-codes).
- With **text-message codes** only, a reset by email link also texts a code to your phone: enter both. A reset by text-message code needs nothing more.

Lost your phone as well? See [lost phone](/help/lost-phone-2fa): support must turn off two-step verification first.

## After the reset

- You are **signed out everywhere** and we email you **"Your Satchel password was changed"**.
- As a precaution, **withdrawals are paused for {{withdrawals.pauseAfterResetHours}}**, in case it was not you. Other payments keep working.
- A temporary [account lock](/help/account-locked) ends with the reset.

## Nothing arrives

Check your spam folder and the address or number you typed. Resets are limited to a few requests per account every 15 minutes, so wait before trying again. See also [SMS codes](/help/sms-codes).

Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "忘记密码了怎么办？",
    body: `您可以在 [/forgot-password](/forgot-password) 通过邮件或短信重置密码。

## 操作步骤

1. 打开[重置密码](/forgot-password)页面（或在登录页点击**忘记密码？**）。
2. 输入账户的**邮箱或手机号**。手机号请使用国际格式，以 + 和国家代码开头。
3. 选择接收方式：
   - **通过邮件发送链接**：30 分钟内有效，仅可使用一次。
   - **通过短信发送验证码**：6 位验证码发送到账户绑定的手机号，10 分钟内有效，最多可尝试 5 次。
4. 点击**继续**。为保护隐私，无论是否存在匹配的账户，页面提示都相同。
5. 打开标题为**“重置您的 Satchel 密码”**的邮件中的链接，或输入短信验证码，然后设置新密码并点击**修改密码**。

只有最新的链接或验证码有效：重新申请后，之前的都会失效。短信验证码只会发送到**已验证**的手机号；如果您的手机号尚未验证，我们会改为发送邮件链接。

## 如果开启了两步验证

重置密码不会绕过第二重验证：

- 使用**身份验证器应用**的，还需输入应用中的验证码或一个[恢复码](/help/recovery-codes)。
- 仅使用**短信验证码**的，通过邮件链接重置时我们还会向您的手机发送验证码，两者都需要填写；通过短信验证码重置则无需其他验证。

手机也丢了？请参阅[手机丢失怎么办](/help/lost-phone-2fa)：需要先由客服关闭两步验证。

## 重置之后

- 您的账户会在**所有设备上退出登录**，我们会发送邮件**“您的 Satchel 密码已修改”**。
- 为防万一不是您本人操作，**提现将暂停 {{withdrawals.pauseAfterResetHours}}**，其他付款不受影响。
- 如果账户处于临时[锁定](/help/account-locked)状态，重置密码后锁定随即解除。

## 收不到邮件或短信

请检查垃圾邮件文件夹，并核对输入的邮箱或手机号。每个账户每 15 分钟只能申请几次重置，请稍候再试。另请参阅[短信验证码问题](/help/sms-codes)。

仍需帮助？请[联系客服](/contact)。`,
  },
};

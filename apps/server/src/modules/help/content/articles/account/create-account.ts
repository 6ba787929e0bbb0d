import type { ShippedArticle } from "../../types.js";

export const createAccount: ShippedArticle = {
  slug: "create-account",
  section: "account-basics",
  kind: "how_to",
  tags: [
    "sign up",
    "signup",
    "register",
    "registration",
    "open an account",
    "new account",
    "wallet number",
    "注册",
    "开户",
    "新用户",
    "创建账户",
    "钱包号",
  ],
  related: [
    "verify-email",
    "choosing-a-strong-password",
    "update-profile-and-language",
    "identity-verification",
  ],
  en: {
    title: "How do I create a Satchel account?",
    body: `You can open a Satchel account in a minute at [/signup](/signup). You get your wallet number straight away.

## Steps

1. Go to [Create your account](/signup).
2. Enter your **email** and a **password** (8 to 128 characters). The form shows how strong the password is as you type — see [choosing a strong password](/help/choosing-a-strong-password).
3. Choose your **country or region**. It decides which ways of adding and withdrawing money you are offered.
4. Choose your **language**. Emails and text messages from Satchel will be in this language.
5. Your **mobile phone** and **name** are optional. Type the phone in international format, starting with + and the country code (for example +8613800000000).
6. Click **Create account**.

## What happens next

- We email you a link to confirm your address. It works for 24 hours — see [verifying your email](/help/verify-email).
- If you gave a phone number, we also text you a 6-digit code. You can enter it on your profile page after you log in.
- Your account gets a **wallet number** such as S1234-5678-90. Give it to people who send you money and quote it when you contact support.

## If sign-up fails

- **"Email already registered"** or **"Phone number already registered"**: that address or number already has an account. Log in instead, or [reset your password](/help/forgot-password) if you have forgotten it.
- **"Choose a stronger password"**: the form lists why the password was refused.
- **"Too many requests"**: several accounts were just created from your network. Wait and try again later.

New accounts start at verification level 0. To withdraw money and raise your limits, [verify your identity](/help/identity-verification).

Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "如何注册 Satchel 账户？",
    body: `在 [/signup](/signup) 只需一分钟即可注册 Satchel 账户，注册后立即获得钱包号。

## 注册步骤

1. 打开 [创建账户](/signup) 页面。
2. 填写**邮箱**和**密码**（8 到 128 个字符）。输入时页面会实时显示密码强度，可参考[如何设置安全的密码](/help/choosing-a-strong-password)。
3. 选择**国家或地区**。它决定了您可以使用哪些充值和提现方式。
4. 选择**语言**。Satchel 发给您的邮件和短信将使用此语言。
5. **手机号**和**姓名**为选填项。手机号需使用国际格式，以 + 和国家代码开头，例如 +8613800000000。
6. 点击**创建账户**。

## 注册之后

- 我们会向您的邮箱发送一封验证邮件，链接 24 小时内有效，详见[如何验证邮箱](/help/verify-email)。
- 如果填写了手机号，我们还会发送一条 6 位短信验证码，登录后可在个人资料页面输入。
- 您的账户会获得一个**钱包号**，例如 S1234-5678-90。别人向您转账时可以使用它，联系客服时也请提供它。

## 注册失败怎么办

- 提示**“该邮箱已注册”**或**“该手机号已注册”**：该邮箱或手机号已有账户。请直接登录；如果忘记密码，可以[重置密码](/help/forgot-password)。
- 提示**“请设置更安全的密码”**：页面会列出密码未通过的原因。
- 提示**“请求过于频繁”**：您所在的网络刚刚注册了较多账户，请稍后再试。

新账户的认证等级为 0 级。如需提现或提高限额，请[完成身份认证](/help/identity-verification)。

仍需帮助？请[联系客服](/contact)。`,
  },
};

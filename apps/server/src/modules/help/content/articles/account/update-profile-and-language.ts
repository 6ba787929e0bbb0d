import type { ShippedArticle } from "../../types.js";

export const updateProfileAndLanguage: ShippedArticle = {
  slug: "update-profile-and-language",
  section: "account-basics",
  kind: "how_to",
  tags: [
    "profile",
    "change name",
    "change language",
    "chinese",
    "english",
    "change phone number",
    "country",
    "个人资料",
    "修改资料",
    "改名",
    "切换语言",
    "中文",
    "英文",
    "换手机号",
    "国家",
  ],
  related: ["verify-email", "sms-codes", "choosing-a-strong-password", "identity-verification"],
  en: {
    title: "How do I change my name, language, phone number or country?",
    body: `Everything about you is on your [profile](/app/profile): personal details, email and phone, and your password.

## Name, country and language

1. Open [Profile](/app/profile) → **Personal details**.
2. Change your **Name**, **Country or region** or **Language**.
3. Click **Save**. You will see **"Your details have been saved."**

The **language** you save is used by the app and for every email and text message we send you. The 中文 / English switch at the top of the page only changes what this browser shows.

Your **country or region** decides which ways to add and withdraw money you are offered. The legal name and address used for [identity verification](/help/identity-verification) are entered separately, on the verification page.

## Phone number

Under **Email and phone**:

- **Add** a number in international format, starting with + and the country code (for example +8613800000000). We text a 6-digit code that works for 10 minutes; enter it and click **Verify**.
- **Change** replaces your number. If your old number was verified, it stays on your account until the new one is verified, and we text the old number to tell it that it was removed.
- **Remove number**: you can no longer log in with it or receive codes by text message, for example to reset your password.

Adding or changing a phone number may ask you to **confirm it's you** with your password or a verification code. If you use [text-message codes](/help/sms-codes) for two-step verification, check your security center afterwards.

## Email and password

- Changing your email needs a confirmation from the new address — see [verifying your email](/help/verify-email).
- To change your password, enter the current and the new one under **Password**. Other devices are signed out.

Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "如何修改姓名、语言、手机号或国家？",
    body: `您的个人信息都在[个人资料](/app/profile)页面：个人信息、邮箱和手机，以及密码。

## 姓名、国家和语言

1. 打开[个人资料](/app/profile) → **个人信息**。
2. 修改**姓名**、**国家或地区**或**语言**。
3. 点击**保存**，页面会提示**“你的信息已保存。”**

您保存的**语言**会用于本应用，以及我们发给您的所有邮件和短信。页面顶部的“中文 / English”切换按钮只改变当前浏览器的显示语言。

**国家或地区**决定了您可以使用哪些充值和提现方式。[身份认证](/help/identity-verification)所用的法定姓名和地址需要在认证页面单独填写。

## 手机号

在**邮箱和手机**部分：

- **添加**：请使用国际格式，以 + 和国家代码开头（例如 +8613800000000）。我们会发送 6 位短信验证码，10 分钟内有效，输入后点击**验证**。
- **更换**：如果原号码已验证，在新号码验证通过前，原号码仍保留在账户中；更换完成后，我们会发短信通知原号码它已被移除。
- **移除号码**：移除后将无法用该号码登录，也无法通过短信接收验证码（例如重置密码时）。

添加或更换手机号时，系统可能会要求您输入密码或验证码**确认是您本人**。如果您使用[短信验证码](/help/sms-codes)进行两步验证，更换号码后请到安全中心检查设置。

## 邮箱和密码

- 更换邮箱需要在新邮箱中确认，详见[如何验证邮箱](/help/verify-email)。
- 修改密码：在**密码**部分输入当前密码和新密码即可，其他设备会随之退出登录。

仍需帮助？请[联系客服](/contact)。`,
  },
};

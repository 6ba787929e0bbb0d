import type { ShippedArticle } from "../../types.js";

export const choosingAStrongPassword: ShippedArticle = {
  slug: "choosing-a-strong-password",
  section: "signing-in",
  kind: "how_to",
  tags: [
    "strong password",
    "weak password",
    "password rules",
    "password requirements",
    "passwrod",
    "change password",
    "密码强度",
    "密码太弱",
    "密码要求",
    "密码规则",
    "设置密码",
    "修改密码",
  ],
  related: ["create-account", "forgot-password", "account-security", "two-factor-authentication"],
  en: {
    title: "Why was my password refused? Choosing a strong password",
    body: `Satchel accepts any password of **8 to 128 characters** — letters, digits, spaces, symbols, Chinese characters, anything. There are no "one capital, one digit" rules. Instead, we refuse passwords that are easy to guess.

## Why a password is refused

When you see **"Choose a stronger password"**, the form says why:

- **"Use at least 8 characters."** or **"Use at most 128 characters."**
- **"It is too easy to guess."** The strength meter must reach at least **Good**.
- **"It is a common password, or one that has appeared in a data breach."**
- **"It contains your email address, name or phone number."**

The meter updates as you type and suggests what to change, for example **"Avoid keyboard patterns like 'qwerty' or 'asdf'."**

## How to make one that is strong and memorable

- **Use several unrelated words**, like a short odd sentence only you would think of. Length helps more than symbols.
- **Use it only for Satchel.** A password used elsewhere can leak from another site.
- **Avoid** dates and years, your name, keyboard patterns, sequences like "123", and predictable tricks such as "@" for "a".
- **A password manager** can create and remember a long random password for you.

## Changing your password

Go to [Profile → Password](/app/profile#password), enter your **Current password** and the **New password**, and click **Change password**. Your other devices are signed out and we email you to confirm. If two-step verification is on, you may be asked for a code too.

The [security checkup](/help/account-security) reminds you to **"Use a strong password"** and to **"Change your password at least once a year"**.

A strong password is only half the protection: turn on [two-step verification](/help/two-factor-authentication) too. And remember: Satchel never asks for your password by email, phone or chat.`,
  },
  "zh-CN": {
    title: "为什么密码不能用？如何设置安全的密码",
    body: `Satchel 接受 **8 到 128 个字符**的任意密码：字母、数字、空格、符号、汉字都可以，也不强制要求“必须包含大写字母和数字”。但我们会拒绝容易被猜到的密码。

## 密码被拒的原因

当页面提示**“请设置更安全的密码”**时，会同时列出原因：

- **“至少需要 8 个字符。”**或**“最多 128 个字符。”**
- **“太容易被猜到。”**密码强度需至少达到**较强**。
- **“这是常见密码，或曾出现在数据泄露中。”**
- **“包含了你的邮箱、姓名或手机号。”**

输入时强度条会实时更新，并给出修改建议，例如**“避免“qwerty”“asdf”这类键盘排列。”**

## 如何设置既安全又好记的密码

- **用几个互不相关的词组合**，比如一句只有您自己才想得到的奇怪短句。长度比符号更重要。
- **只在 Satchel 使用这个密码。**在其他网站用过的密码可能会随那些网站泄露。
- **避免**日期和年份、您的名字、键盘排列、“123”之类的序列，以及用“@”代替“a”这类可预测的变化。
- **密码管理器**可以帮您生成并记住一个又长又随机的密码。

## 修改密码

前往[个人资料 → 密码](/app/profile#password)，输入**当前密码**和**新密码**，然后点击**修改密码**。其他设备会退出登录，我们也会发邮件确认。如果开启了两步验证，可能还需要输入验证码。

[安全体检](/help/account-security)会提醒您**“使用高强度密码”**以及**“至少每年修改一次密码”**。

强密码只是第一道防线，请同时开启[两步验证](/help/two-factor-authentication)。请记住：Satchel 绝不会通过邮件、电话或聊天向您索要密码。`,
  },
};

import type { ShippedArticle } from "../../types.js";

export const antiPhishingCode: ShippedArticle = {
  slug: "anti-phishing-code",
  section: "staying-safe",
  kind: "how_to",
  tags: [
    "anti-phishing code",
    "phishing",
    "fake email",
    "scam email",
    "is this email really from you",
    "email from satchel",
    "防钓鱼码",
    "钓鱼邮件",
    "假邮件",
    "诈骗邮件",
    "邮件是真的吗",
    "防伪码",
    "骗子",
  ],
  related: ["official-channels", "suspicious-activity", "support-identity-checks", "account-security"],
  en: {
    title: "Is this email really from Satchel? Using an anti-phishing code",
    body: `Set an **anti-phishing code** and every email we send you starts with it. An email that claims to be from Satchel without your code, or with a different one, is **not from us**: don't click its links or reply.

## Set your code

1. Open [Security center → Anti-phishing code](/app/security#anti-phishing).
2. Under **Choose a code**, type a word or phrase only you would recognise (up to 40 characters). Not a password.
3. Click **Save**. You will see **"Saved. Look for it at the top of our next email."**

From then on, our emails begin with a highlighted line: **"Your anti-phishing code: …"**. To change it, type a new one under **Change the code** and save; to remove it, clear the field and click **Remove**.

The code appears in every email Satchel sends automatically about your account and your money: sign-in alerts, password resets, deposits, withdrawals, and the emails about your support tickets (received, a new reply, solved). Emails sent before you set it do not have it.

Two kinds of email cannot carry it, because they go to an address someone typed rather than to your account: the link to confirm a ticket you sent **without signing in**, and later emails about that ticket. Ours never contain support's reply itself, only a link to read it on our site; check where the link goes and remember that support never asks for a password or code. See [your support tickets](/help/support-tickets).

## Is this email really from us?

- **Check the code** at the top. No code, or the wrong one: it's fake.
- **Check where links go** before clicking. Our links lead to the Satchel site you use; you can check an address at [official channels](/help/official-channels).
- **We never ask** for your password, verification codes, recovery codes or card security code by email — and never ask you to "confirm your account" through a link you did not expect.

## What to do with a fake email

Don't click, don't reply and don't open attachments. Tell us through the [contact page](/contact), then delete it. If you already typed your password on a fake page, [change your password](/app/profile#password) at once and see [suspicious activity](/help/suspicious-activity).

If a suspicious email shows your correct code, someone may have access to your mailbox or to your Satchel account: change both passwords and contact support.

Text messages cannot carry the code: ours start with **[Satchel]**, but never trust a text that asks for a code or a password.`,
  },
  "zh-CN": {
    title: "这封邮件真的是 Satchel 发的吗？如何使用防钓鱼码",
    body: `设置**防钓鱼码**后，我们发给您的每封邮件开头都会显示它。自称来自 Satchel、却没有防钓鱼码或码不一致的邮件，**都不是我们发的**：请不要点击其中的链接，也不要回复。

## 设置防钓鱼码

1. 打开[安全中心 → 防钓鱼码](/app/security#anti-phishing)。
2. 在**设置防钓鱼码**中输入一个只有您自己认得出的词或短语（最多 40 个字符），不要使用密码。
3. 点击**保存**，页面会提示**“已保存。请留意我们下一封邮件顶部的防钓鱼码。”**

此后，我们的邮件开头都会有一行醒目的提示：**“您的防钓鱼码：……”**。如需修改，在**修改防钓鱼码**中输入新的内容并保存；如需移除，清空输入框后点击**移除**。

Satchel 自动发送的所有与您的账户和资金相关的邮件都会显示防钓鱼码，包括登录提醒、密码重置、充值、提现，以及与您的工单有关的邮件（已收到、有新回复、已解决）。设置之前发出的邮件不会有防钓鱼码。

有两类邮件无法显示防钓鱼码，因为它们发往的是有人在表单中填写的邮箱，而不是您账户的邮箱：**未登录时**提交工单后收到的确认链接邮件，以及之后与该工单有关的邮件。我们的这类邮件绝不会包含客服的答复内容，只附有在我们网站上查看的链接；请核实链接指向哪里，并牢记客服绝不会索要密码或验证码。详见[您的工单](/help/support-tickets)。

## 如何判断邮件是否真的来自我们

- **看防钓鱼码**：邮件开头没有防钓鱼码，或者码不对，就是假邮件。
- **点击前先看链接指向哪里**：我们的链接只会指向您正在使用的 Satchel 网站，您可以在[官方渠道查询](/help/official-channels)中核实网址。
- **我们绝不会**通过邮件索要您的密码、验证码、恢复码或银行卡安全码，也不会让您通过意料之外的链接“验证账户”。

## 收到假邮件怎么办

不要点击链接、不要回复、不要打开附件。请通过[联系我们](/contact)页面告知我们，然后删除邮件。如果您已经在假页面上输入过密码，请立即[修改密码](/app/profile#password)，并参阅[发现可疑活动怎么办](/help/suspicious-activity)。

如果可疑邮件中显示了正确的防钓鱼码，说明可能有人能登录您的邮箱或 Satchel 账户：请同时修改两者的密码，并联系客服。

短信无法显示防钓鱼码：我们的短信以 **[Satchel]** 开头，但凡是向您索要验证码或密码的短信，都不要相信。`,
  },
};

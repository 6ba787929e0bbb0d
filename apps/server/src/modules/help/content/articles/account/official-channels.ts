import type { ShippedArticle } from "../../types.js";

export const officialChannels: ShippedArticle = {
  slug: "official-channels",
  section: "staying-safe",
  kind: "how_to",
  tags: [
    "official channels",
    "is this really satchel",
    "fake website",
    "fake support",
    "scam call",
    "social media",
    "instagram",
    "wechat",
    "官方渠道",
    "官方网站",
    "假客服",
    "诈骗电话",
    "是不是官方",
    "官方账号",
    "钓鱼网站",
  ],
  related: ["anti-phishing-code", "suspicious-activity", "support-identity-checks", "contact-support"],
  en: {
    title: "How do I check that a website, email, phone number or social account is really Satchel?",
    body: `Use the **official-channels check** at the end of this article: give it a link, an email address, a phone number or a social-media handle, and it tells you whether it is one of ours.

## How to check

Paste what you want to check — a link, an email address, a phone number (with its country code, + or 00) or a social-media handle — into **Is this really Satchel?** below this article and press **Check**.

- **Official Satchel channel** — it is ours, and the answer names the channel.
- **Not one of our channels** — treat it as a stranger: don't click its links, call it back or give it any code.

## What counts as official

- The address of this Satchel site, and addresses ending with it. A look-alike such as the same name followed by another domain (for example ".com.example.io"), or with an extra word or a changed letter, is **not** ours.
- Our support email address, and the phone numbers, email addresses and social accounts our team has added to the list.

An email or phone number must match exactly. Type phone numbers with the country code, or the check cannot recognise them.

## If it's not official

- Don't click its links, don't pay, and never give a password, a verification code or a recovery code. Real Satchel staff never ask for them.
- Satchel support answers in your tickets (on the [contact page](/contact) and under [My tickets](/support/tickets)), by email, in the live chat inside the app, on our phone lines and through our official social accounts: all listed in [how to contact support](/help/contact-support). We call you only when you booked a callback, and only from our listed numbers. If someone else calls or messages you claiming to be Satchel support, hang up and contact us yourself.
- Tell us about it through the [contact page](/contact), so we can warn others.

If you already gave away a password or code, act now: see [suspicious activity](/help/suspicious-activity). For emails, also set an [anti-phishing code](/help/anti-phishing-code).`,
  },
  "zh-CN": {
    title: "如何确认网站、邮箱、电话或社交账号是不是 Satchel 官方的？",
    body: `请使用本文末尾的**官方渠道查询**：输入一个链接、邮箱地址、手机号或社交媒体账号，即可知道它是否为我们的官方渠道。

## 如何查询

把要查询的内容（链接、邮箱地址、带国家代码的手机号（以 + 或 00 开头）或社交媒体账号）粘贴到本文下方的**这真的是 Satchel 吗？**中，然后点击**核对**。

- **这是 Satchel 官方渠道**：是我们的渠道，结果会显示渠道名称。
- **这不是我们的渠道**：请把对方当作陌生人，不要点击其中的链接、回拨电话或提供任何验证码。

## 哪些算官方渠道

- 本 Satchel 网站的网址，以及以该网址结尾的子域名。仿冒网址，例如在相同名称后面再接一个其他域名（如“.com.example.io”），或多加了一个词、改了一个字母，都**不是**我们的。
- 我们的客服邮箱，以及我们团队添加到列表中的电话号码、邮箱地址和社交账号。

邮箱和电话号码必须完全一致。查询电话号码时请带上国家代码，否则无法识别。

## 如果不是官方渠道

- 不要点击其中的链接，不要付款，绝不要透露密码、验证码或恢复码。Satchel 的工作人员绝不会索要这些信息。
- Satchel 客服通过工单（在[联系我们](/contact)页面提交，在[我的工单](/support/tickets)中查看）、邮件、应用内的在线咨询、客服电话以及我们的官方社交账号提供服务，详见[如何联系客服](/help/contact-support)。只有在您预约回电时我们才会主动致电，并且只使用列出的号码。如果有其他人打电话或发消息自称 Satchel 客服，请挂断，然后自行联系我们。
- 请通过[联系我们](/contact)页面告诉我们，以便我们提醒其他用户。

如果您已经透露了密码或验证码，请立即处理，详见[发现可疑活动怎么办](/help/suspicious-activity)。对于邮件，还可以设置[防钓鱼码](/help/anti-phishing-code)。`,
  },
};

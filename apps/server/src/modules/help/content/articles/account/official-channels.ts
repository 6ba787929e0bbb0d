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
    body: `Use the **official-channels check**: give it a link, an email address, a phone number or a social-media handle, and it tells you whether it is one of ours.

## How to check

Open this address in your browser, putting what you want to check after **value=**:

- a website or link: [/api/v1/official-channels/check?value=example.com](/api/v1/official-channels/check?value=example.com)
- an email address: /api/v1/official-channels/check?value=name@example.com
- a phone number, in international format, writing **%2B** instead of the + sign: /api/v1/official-channels/check?value=%2B8613800000000
- a social-media handle: /api/v1/official-channels/check?value=@handle

The answer is short:

- **"official": true**, followed by the channel and its name — it is ours.
- **"official": false** — it is **not** one of our channels. Treat it as a stranger.

## What counts as official

- The address of this Satchel site, and addresses ending with it. A look-alike such as the same name followed by another domain (for example ".com.example.io"), or with an extra word or a changed letter, is **not** ours.
- Our support email address, and the phone numbers, email addresses and social accounts our team has added to the list.

An email or phone number must match exactly. Type phone numbers with the country code, or the check cannot recognise them.

## If it's not official

- Don't click its links, don't pay, and never give a password, a verification code or a recovery code. Real Satchel staff never ask for them.
- Satchel support works through the [contact page](/contact) and by email. If someone calls or messages you claiming to be Satchel, hang up and contact us yourself.
- Tell us about it through the [contact page](/contact), so we can warn others.

If you already gave away a password or code, act now: see [suspicious activity](/help/suspicious-activity). For emails, also set an [anti-phishing code](/help/anti-phishing-code).`,
  },
  "zh-CN": {
    title: "如何确认网站、邮箱、电话或社交账号是不是 Satchel 官方的？",
    body: `请使用**官方渠道查询**：输入一个链接、邮箱地址、手机号或社交媒体账号，即可知道它是否为我们的官方渠道。

## 如何查询

在浏览器中打开以下地址，并把要查询的内容放在 **value=** 后面：

- 网站或链接：[/api/v1/official-channels/check?value=example.com](/api/v1/official-channels/check?value=example.com)
- 邮箱地址：/api/v1/official-channels/check?value=name@example.com
- 手机号：使用国际格式，并把 + 号写成 **%2B**：/api/v1/official-channels/check?value=%2B8613800000000
- 社交媒体账号：/api/v1/official-channels/check?value=@handle

返回结果很简短：

- **"official": true**，后面附有渠道类型和名称：这是我们的官方渠道。
- **"official": false**：这**不是**我们的渠道，请把对方当作陌生人。

## 哪些算官方渠道

- 本 Satchel 网站的网址，以及以该网址结尾的子域名。仿冒网址，例如在相同名称后面再接一个其他域名（如“.com.example.io”），或多加了一个词、改了一个字母，都**不是**我们的。
- 我们的客服邮箱，以及我们团队添加到列表中的电话号码、邮箱地址和社交账号。

邮箱和电话号码必须完全一致。查询电话号码时请带上国家代码，否则无法识别。

## 如果不是官方渠道

- 不要点击其中的链接，不要付款，绝不要透露密码、验证码或恢复码。Satchel 的工作人员绝不会索要这些信息。
- Satchel 客服通过[联系我们](/contact)页面和邮件提供服务。如果有人打电话或发消息自称 Satchel，请挂断，然后自行联系我们。
- 请通过[联系我们](/contact)页面告诉我们，以便我们提醒其他用户。

如果您已经透露了密码或验证码，请立即处理，详见[发现可疑活动怎么办](/help/suspicious-activity)。对于邮件，还可以设置[防钓鱼码](/help/anti-phishing-code)。`,
  },
};

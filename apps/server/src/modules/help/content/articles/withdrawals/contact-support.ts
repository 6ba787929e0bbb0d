import type { ShippedArticle } from "../../types.js";

export const contactSupport: ShippedArticle = {
  slug: "contact-support",
  section: "contacting-support",
  kind: "how_to",
  tags: [
    "contact",
    "support",
    "customer service",
    "phone support",
    "live chat",
    "email support",
    "联系客服",
    "客服",
    "人工客服",
    "客服电话",
    "客服邮箱",
    "投诉",
    "找客服",
    "联系方式",
  ],
  related: ["what-to-prepare", "suspicious-activity", "official-channels", "account-frozen"],
  en: {
    title: "How do I contact Satchel support?",
    body: `Write to us through the [contact form](/contact), or by email at {{support.email}}. We reply by email. There is no phone line or live chat.

## Suspect fraud? Act first

If you think someone else is using your account or you see a payment you did not make:

1. Change your password and, in the [security center](/app/security), sign out every device you do not recognise.
2. Check your [payout destinations](/payout-destinations) and remove any you did not add. Cancel any withdrawal you did not make while it can still be canceled.
3. Then contact us and ask us to **freeze your account**: put that in the subject. A freeze stops all payments out of your account at once, while money can still come in and you can still sign in. We lift it after checking it is really you.

More in [Suspicious activity](/help/suspicious-activity).

## Using the contact form

1. Open the [contact form](/contact). It works signed in or not.
2. Describe what you need. As you type, we suggest help articles that may already answer it; if one does, you are done.
3. If not, add a subject and your message (and your email address if you are not signed in), then send it.

You get a confirmation email with a reference for your message. When you are signed in, we see your account details with your message, so you do not need to repeat your wallet number or email.

## Make it quick to answer

Include the wallet number, the transaction reference, the amount and date, and what happened. See [What to prepare](/help/what-to-prepare).

## Stay safe

- If you have set an anti-phishing code, every email we send you shows it at the top; an email without it is not from us.
- We will never ask for your password, your two-factor or recovery codes, or your full card number. Anyone who does is not Satchel.
- Not sure a website, email or account is really ours? Check it in [Official channels](/help/official-channels).`,
  },
  "zh-CN": {
    title: "如何联系 Satchel 客服？",
    body: `您可以通过[联系表单](/contact)或发送邮件至 {{support.email}}联系我们，我们会通过邮件回复。目前没有客服电话，也没有在线聊天。

## 怀疑被盗用？请先采取行动

如果您认为有人在使用您的账户，或看到不是您本人发起的付款：

1. 修改密码，并在[安全中心](/app/security)中退出所有不认识的设备。
2. 检查您的[收款账户](/payout-destinations)，删除不是您添加的账户；对于不是您发起的提现，趁还能取消时立即取消。
3. 然后联系我们，请求**冻结账户**，并写在主题中。冻结后，您账户的所有转出会立即停止，但仍可以收款，您也仍可以登录。核实是您本人后，我们会解除冻结。

详见[发现可疑活动怎么办](/help/suspicious-activity)。

## 使用联系表单

1. 打开[联系表单](/contact)，登录或未登录都可以使用。
2. 描述您遇到的问题。输入时，我们会推荐可能已经解答您问题的帮助文章；如果找到了答案，就不用再提交了。
3. 如果没有找到，请填写主题和留言（未登录时还需填写邮箱），然后发送。

您会收到一封确认邮件，其中附有本次留言的编号。登录状态下发送，我们会同时看到您的账户信息，您无需重复填写钱包号或邮箱。

## 让我们更快解决问题

请写明钱包号、交易编号、金额和日期，以及发生了什么。详见[联系客服前需要准备什么](/help/what-to-prepare)。

## 注意安全

- 如果您设置了防钓鱼码，我们发给您的每封邮件顶部都会显示它；没有防钓鱼码的邮件不是我们发的。
- 我们绝不会索要您的密码、两步验证码、恢复码或完整卡号。凡是索要这些信息的，都不是 Satchel。
- 不确定某个网站、邮箱或账号是否属于我们？请在[官方渠道查询](/help/official-channels)中核实。`,
  },
};

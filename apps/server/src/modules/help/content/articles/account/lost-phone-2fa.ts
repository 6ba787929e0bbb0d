import type { ShippedArticle } from "../../types.js";

export const lostPhone2fa: ShippedArticle = {
  slug: "lost-phone-2fa",
  section: "two-factor",
  kind: "troubleshooting",
  tags: [
    "lost phone",
    "new phone",
    "stolen phone",
    "changed phone",
    "authenticator lost",
    "reset 2fa",
    "手机丢了",
    "手机丢失",
    "换手机",
    "换了新手机",
    "手机被偷",
    "验证器丢了",
    "重置两步验证",
  ],
  related: ["recovery-codes", "support-identity-checks", "two-factor-authentication", "suspicious-activity"],
  en: {
    title: "I lost my phone and can't get a verification code",
    body: `You can still get into your account. What to do depends on what you have left.

## You have your recovery codes

1. Log in with your email or phone number and your password.
2. On the code screen, click **Use a recovery code** and enter one of the codes you saved (for example 1a2b-3c4d-5e6f). Each code works once.
3. Go to [Security center → Two-step verification](/app/security#two-factor), click **Turn off**, then **Turn on** again and scan the new QR code with the authenticator app on your new phone. You get 10 new recovery codes: save them.

If your authenticator app backs up to the cloud, restoring it on the new phone may bring your codes back.

## Text-message codes are on and you still have the number

Put your SIM card in another phone, click **Send me an SMS code** on the code screen and enter the code. If you lost the number too, your mobile operator may be able to give it back on a new SIM.

## You have no code at all

Support can turn off two-step verification for you, after checking it is really you:

1. Without a code you can't sign in, so send a ticket without signing in: open the [contact page](/contact), choose **Login and access**, give the **email address of your account** and say you lost your phone. Add your wallet number if you know it.
2. Open the link we email you to confirm the address: our team sees your ticket only after that, and answers sign-in problems {{support.firstResponse.high}}.
3. In the ticket, support asks you for at least two identity checks — for example your date of birth, the last 4 digits of your bank account or the amount of a recent transaction; see [identity checks](/help/support-identity-checks). They never ask for your password or for codes.
4. Support turns off two-step verification. Every device is signed out, your recovery codes stop working, and we email you **"Support turned off two-factor authentication"**.
5. Log in with your password and [turn two-step verification on again](/help/two-factor-authentication).

For your safety, **withdrawals are paused for {{withdrawals.pauseAfterResetHours}}** after support turns it off.

If you have also forgotten your password, ask support to turn off two-step verification first: a [password reset](/help/forgot-password) needs a code too.

## If the phone was stolen

Someone may try to use it. Change your password, click **Sign out everywhere else**, and [send a ticket](/contact) with **Security / suspicious activity** as the topic: support can freeze payments out of your account while you sort things out. If you see a payment you did not make, open it and click **I don't recognize this transaction** to freeze payments out yourself at once. See [suspicious activity](/help/suspicious-activity).`,
  },
  "zh-CN": {
    title: "手机丢了，收不到验证码怎么办？",
    body: `您仍然可以登录账户，具体做法取决于您手上还有什么。

## 您保存了恢复码

1. 用邮箱或手机号和密码登录。
2. 在输入验证码的页面点击**使用恢复码**，输入您保存的任意一个恢复码（例如 1a2b-3c4d-5e6f）。每个恢复码只能使用一次。
3. 前往[安全中心 → 两步验证](/app/security#two-factor)，点击**关闭**，再点击**开启**，用新手机上的身份验证器应用扫描新的二维码。您会获得 10 个新的恢复码，请妥善保存。

如果您的身份验证器应用支持云端备份，在新手机上恢复后，验证码可能就能找回。

## 开启了短信验证码，且号码还在

把 SIM 卡插到另一部手机上，在输入验证码的页面点击**给我发送短信验证码**并输入收到的验证码。如果号码也丢了，可以联系运营商补办 SIM 卡。

## 什么验证码都没有

客服可以在核实您的身份后为您关闭两步验证：

1. 没有验证码就无法登录，因此请在未登录状态下提交工单：打开[联系客服](/contact)页面，问题类型选择**登录与访问**，填写**账户绑定的邮箱**，并说明手机丢失。如果知道钱包号，请一并提供。
2. 打开我们发送的邮件中的链接确认邮箱：确认之后，我们的团队才能看到您的工单。登录问题的首次答复时间为{{support.firstResponse.high}}。
3. 客服会在工单中请您完成至少两项身份核验，例如出生日期、银行账户后 4 位或最近一笔交易的金额，详见[客服会如何核实身份](/help/support-identity-checks)。客服绝不会索要密码或验证码。
4. 客服关闭两步验证后，所有设备都会退出登录，原有恢复码失效，我们会发送邮件**“客服已关闭您的两步验证”**。
5. 用密码登录，然后[重新开启两步验证](/help/two-factor-authentication)。

为保障安全，客服关闭两步验证后，**提现将暂停 {{withdrawals.pauseAfterResetHours}}**。

如果您同时忘记了密码，请先请客服关闭两步验证，因为[重置密码](/help/forgot-password)同样需要验证码。

## 如果手机被偷了

对方可能会尝试使用这部手机。请修改密码，点击**退出其他所有设备**，并[提交工单](/contact)，问题类型选择**安全 / 可疑活动**：客服可以在您处理期间冻结账户的转出功能。如果发现不是您本人的付款，请打开这笔付款并点击**我不认识这笔交易**，即可立即自己冻结转出。详见[发现可疑活动怎么办](/help/suspicious-activity)。`,
  },
};

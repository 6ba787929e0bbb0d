import type { ShippedArticle } from "../../types.js";

export const cantLogIn: ShippedArticle = {
  slug: "cant-log-in",
  section: "signing-in",
  kind: "troubleshooting",
  tags: [
    "can't log in",
    "cannot login",
    "sign in problem",
    "wrong password",
    "logged out",
    "login failed",
    "登不上",
    "登录不了",
    "无法登录",
    "登录失败",
    "密码错误",
    "账号或密码错误",
    "掉线",
  ],
  related: ["forgot-password", "account-locked", "lost-phone-2fa", "support-identity-checks"],
  en: {
    title: "I can't log in",
    body: `Most sign-in problems come from the login, the password or the verification code. Find the message you see below.

## "Wrong login or password"

The message reads **"The login or password is not correct."** For your safety we never say which of the two is wrong.

- Log in with your **email** or your **phone number**. Type the phone number in international format, starting with + and the country code (for example +8613800000000): a number without its country code is not recognised.
- Check for typos, Caps Lock, and an old password saved in your browser or password manager.
- Forgotten it? [Reset your password](/help/forgot-password) by email or text message.

Each wrong password counts: after {{lockout.threshold}} in a row the account locks for a while.

## "This account is locked"

Too many wrong passwords or codes in a row. The page says when you can try again, and we email you a link to unlock it at once. See [my account is locked](/help/account-locked).

## Problems with the verification code

- **"Wrong verification code"**: the code is wrong or was already used. Authenticator codes change every 30 seconds; wait for the next one. Check that your phone's clock is set automatically.
- **"That sign-in took too long. Please enter your password again."**: a sign-in must be finished within 5 minutes of entering your password. Start over.
- Lost your phone? Use a recovery code, or see [lost phone](/help/lost-phone-2fa).
- Text message not arriving? See [SMS codes](/help/sms-codes).

## "Too many requests"

Many failed sign-ins came from your network. Wait as long as the message says, then try again.

## I keep being signed out

For your safety a web session ends after {{session.idleMinutes}} without activity, and after {{session.absoluteHours}} in any case. Changing or resetting your password also signs you out, and so does **Sign out everywhere else** from another device. See [devices and login alerts](/help/sessions-and-login-alerts).

If the whole site seems down, check the [status page](/status).

## Still can't get in?

You don't need to be signed in to ask us: open the [contact page](/contact), choose **Login and access**, and give the email address of your account. We email you a link to confirm it; once you open it, the ticket reaches our team, which answers sign-in problems {{support.firstResponse.high}}. Before unlocking your account or turning off two-step verification, support checks that it is really you — see [identity checks](/help/support-identity-checks).`,
  },
  "zh-CN": {
    title: "我无法登录怎么办？",
    body: `大多数登录问题都与账号、密码或验证码有关。请根据您看到的提示对照下文。

## 提示“账号或密码错误”

页面显示**“账号或密码不正确。”**为保护您的账户安全，我们不会告诉您具体是哪一项错了。

- 请使用**邮箱**或**手机号**登录。手机号需使用国际格式，以 + 和国家代码开头（例如 +8613800000000），不带国家代码的号码无法识别。
- 检查是否有错别字、是否开启了大写锁定，以及浏览器或密码管理器中保存的是否为旧密码。
- 忘记密码？可以通过邮件或短信[重置密码](/help/forgot-password)。

每次输错密码都会被记录：连续输错 {{lockout.threshold}} 次后，账户会被暂时锁定。

## 提示“该账户已被锁定”

连续输错密码或验证码次数过多。页面会显示何时可以重试，我们也会发邮件给您，其中的链接可立即解锁。详见[账户被锁定了怎么办](/help/account-locked)。

## 验证码相关问题

- **“验证码错误”**：验证码有误或已被使用过。身份验证器中的验证码每 30 秒更新一次，请等待下一个验证码。同时请确认手机时间设置为自动同步。
- **“本次登录耗时过长，请重新输入密码。”**：输入密码后需在 5 分钟内完成登录，请重新开始。
- 手机丢了？可以使用恢复码，或参阅[手机丢失怎么办](/help/lost-phone-2fa)。
- 收不到短信？请参阅[短信验证码问题](/help/sms-codes)。

## 提示“请求过于频繁”

您所在的网络登录失败次数过多，请按提示等待相应的时间后再试。

## 总是被自动退出登录

为保障安全，网页登录在 {{session.idleMinutes}} 无操作后会自动结束，并且无论是否操作，最长 {{session.absoluteHours}} 后也会结束。修改或重置密码、在其他设备上点击**退出其他所有设备**，也会让您退出登录。详见[已登录设备与登录提醒](/help/sessions-and-login-alerts)。

如果整个网站都打不开，请查看[系统状态](/status)页面。

## 仍然无法登录？

联系我们不需要先登录：打开[联系客服](/contact)页面，问题类型选择**登录与访问**，并填写账户绑定的邮箱。我们会发送一个链接请您确认邮箱；您打开链接后，工单才会送达我们的团队。登录问题的首次答复时间为{{support.firstResponse.high}}。在为您解锁账户或关闭两步验证之前，客服会核实是您本人，详见[客服会如何核实身份](/help/support-identity-checks)。`,
  },
};

import type { ShippedArticle } from "../../types.js";

export const sessionsAndLoginAlerts: ShippedArticle = {
  slug: "sessions-and-login-alerts",
  section: "signing-in",
  kind: "faq",
  tags: [
    "devices",
    "sessions",
    "sign out everywhere",
    "log out other devices",
    "login history",
    "new sign-in email",
    "login alert",
    "已登录设备",
    "登录设备",
    "登录记录",
    "登录提醒",
    "异地登录",
    "退出登录",
    "下线",
  ],
  related: ["suspicious-activity", "account-security", "cant-log-in", "anti-phishing-code"],
  en: {
    title: 'Which devices are signed in, and why did I get a "new sign-in" email?',
    body: `Your [security center](/app/security#sessions) shows every browser and app signed in to your account, and the sign-ins of the last 90 days. We also email you when something important happens.

## Devices signed in

Under **Devices signed in** you see each device with its browser and system, IP address, when it signed in and when it was last used. The one you are using says **This device**.

- Click **Sign out** next to a device to end that session at once.
- Click **Sign out everywhere else** to end every session except this one.

If you don't recognise a device, sign it out and change your password — see [suspicious activity](/help/suspicious-activity).

## Login history

**Login history** lists sign-ins and failed attempts over the last 90 days, newest first: **Signed in**, **Failed**, **Locked** or **Wrong code**, with the IP address and browser.

## The "New sign-in to your Satchel account" email

We send it when your account is signed in from a browser or device we have not seen on your account before (not for your very first sign-in). It says which browser and system, the IP address and the time. If it was you, there is nothing to do. If not, act at once: change your password and sign out the devices you don't know.

We also email you when your password is changed, when two-step verification is turned on or off, when someone asks to change your email address (to your current address), when your account locks, and whenever support acts on your account. Every email starts with your [anti-phishing code](/help/anti-phishing-code) if you set one.

## When sessions end by themselves

A web session ends after {{session.idleMinutes}} without activity, and after {{session.absoluteHours}} in any case. Changing your password signs out your other devices; resetting it signs out all of them.

Still need help? [Contact support](/contact).`,
  },
  "zh-CN": {
    title: "如何查看已登录设备？为什么收到“新的登录”邮件？",
    body: `在[安全中心](/app/security#sessions)可以看到当前登录您账户的所有浏览器和应用，以及最近 90 天的登录记录。发生重要变动时，我们也会发邮件提醒您。

## 已登录的设备

在**已登录的设备**中，每台设备都会显示浏览器和系统、IP 地址、登录时间和最近使用时间，您正在使用的设备标有**当前设备**。

- 点击设备旁的**退出登录**，可立即结束该设备的登录。
- 点击**退出其他所有设备**，可结束除当前设备外的所有登录。

如有不认识的设备，请将其退出登录并修改密码，详见[发现可疑活动怎么办](/help/suspicious-activity)。

## 登录记录

**登录记录**按时间从新到旧列出最近 90 天内的登录和失败尝试，结果分为**登录成功**、**登录失败**、**已锁定**和**验证码错误**，并显示 IP 地址和浏览器。

## 关于“您的 Satchel 账户有新的登录”邮件

当您的账户在一个此前从未用过的浏览器或设备上登录时（首次登录除外），我们会发送这封邮件，注明浏览器和系统、IP 地址及时间。如果是您本人，无需任何操作；如果不是，请立即修改密码，并将不认识的设备退出登录。

此外，在密码被修改、两步验证开启或关闭、有人申请更换邮箱（通知发往您当前的邮箱）、账户被锁定，以及客服对您的账户进行操作时，我们也会发邮件通知您。如果您设置了[防钓鱼码](/help/anti-phishing-code)，每封邮件开头都会显示它。

## 登录何时自动结束

网页登录在 {{session.idleMinutes}} 无操作后会自动结束，并且最长 {{session.absoluteHours}} 后也会结束。修改密码会让其他设备退出登录；重置密码则会让所有设备退出登录。

仍需帮助？请[联系客服](/contact)。`,
  },
};
